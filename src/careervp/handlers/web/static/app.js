// The page's behaviour: the form, generation, editing and re-verifying, wired to the modules that draw the rest.
// Text from the user or the server is only ever set with textContent; errors go next to the field they concern.

import { getToken, jobIdFor, newIdempotencyKey, request, setToken } from "./api.js";
import { chosenFile, setupDropZone, uploadCv } from "./cv.js";
import { renderResult } from "./result.js";
import { onHashChange, onTokenSubmit, signIn } from "./session.js";
import { $, FORM_FIELDS, clearErrors, onUnauthorized, setBusy, showError, showFieldError, state } from "./ui.js";
import { initVersions, loadVersions, onCompare } from "./versions.js";

function preferences() {
  const words = Number.parseInt($("target-length").value, 10);
  const emphasis = $("emphasis")
    .value.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    tone: $("tone").value,
    word_count_target: Number.isFinite(words) ? words : $("target-length").value,
    emphasis_areas: emphasis.length ? emphasis : null,
  };
}

function missingInputs() {
  let first = null;
  const need = (ok, id, message) => {
    if (ok) return;
    showFieldError(id, message);
    first = first || id;
  };
  need(chosenFile() || state.cv, "cv-file", "Choose your CV file (or drop it on the box).");
  need($("company").value.trim(), "company", "Enter the company you are applying to.");
  need($("job-title").value.trim(), "job-title", "Enter the job title from the posting.");
  need($("job-description").value.trim(), "job-description", "Paste the job description.");
  return first;
}

async function onGenerate(ev) {
  ev.preventDefault();
  if (state.busy) return;
  clearErrors();
  const missing = missingInputs();
  if (missing) {
    $(missing).focus();
    return;
  }
  try {
    setBusy(true, "Reading your CV…");
    const file = chosenFile();
    const cv = file ? await uploadCv(file) : state.cv;
    const company = $("company").value.trim();
    const title = $("job-title").value.trim();
    const description = $("job-description").value;
    const jobId = await jobIdFor(company, title, description);
    setBusy(true, "Writing your letter and checking every fact against your CV…");
    const body = await request("POST", "/api/cover-letter", {
      json: {
        cv_id: cv.id,
        job_id: jobId,
        company_name: company,
        job_title: title,
        job_description: description,
        preferences: preferences(),
      },
      headers: { "Idempotency-Key": newIdempotencyKey() },
    });
    state.job = { id: jobId, company, title };
    await showResult(body, { announce: "Your letter is ready." });
  } catch (err) {
    showError(err);
  } finally {
    setBusy(false);
  }
}

async function onRegenerate() {
  if (state.busy || !state.current) return;
  clearErrors();
  const letter = state.current.cover_letter;
  try {
    setBusy(true, "Writing a new version with your current preferences…");
    const body = await request("POST", "/api/cover-letter", {
      json: {
        cv_id: letter.cv_id,
        job_id: letter.job_id,
        company_name: letter.company_name,
        job_title: letter.job_title,
        preferences: preferences(),
      },
      headers: { "Idempotency-Key": newIdempotencyKey() },
    });
    await showResult(body, { announce: `Version ${body.cover_letter.version} is ready.` });
  } catch (err) {
    showError(err);
  } finally {
    setBusy(false);
  }
}

async function showResult(body, { announce = "", focus = true, refreshVersions = true } = {}) {
  const letter = body.cover_letter;
  const pair = letter.cv_id + "\u0000" + letter.job_id;
  // Stored versions do not repeat the posting's requirement coverage; it is the same for every version of a job.
  if (body.requirement_coverage && body.requirement_coverage.length) state.coverage.set(pair, body.requirement_coverage);
  else body = { ...body, requirement_coverage: state.coverage.get(pair) || [] };
  state.current = body;
  state.shown = body;
  renderResult(body);
  stopEditing();
  $("save-edit").hidden = true;
  $("result").hidden = false;
  $("result-notice").textContent = announce;
  if (focus) $("result").focus();
  if (refreshVersions) await loadVersions();
}

function startEditing() {
  if (!state.current) return;
  $("letter-editor").value = state.shown.cover_letter.content;
  $("letter").hidden = true;
  $("editor").hidden = false;
  $("edit").hidden = true;
  $("save-edit").hidden = true;
  $("reverify").hidden = false;
  $("cancel-edit").hidden = false;
  $("letter-editor").focus();
}

function stopEditing() {
  $("letter").hidden = false;
  $("editor").hidden = true;
  $("edit").hidden = false;
  $("reverify").hidden = true;
  $("cancel-edit").hidden = true;
  clearErrors(["letter-editor"]);
}

function verifyPath(letter, save) {
  const base = `/api/cover-letters/${encodeURIComponent(letter.cv_id)}/${encodeURIComponent(letter.job_id)}/verify`;
  return save ? base + "?save=true" : base;
}

/** Check the edited text as a generated letter is checked; show it with its new scores, unsaved until asked. */
async function onReverify() {
  if (state.busy || !state.current) return;
  clearErrors(["letter-editor"]);
  const letter = state.current.cover_letter;
  const content = $("letter-editor").value;
  if (!content.trim()) {
    showFieldError("letter-editor", "The letter is empty.");
    return;
  }
  try {
    setBusy(true, "Checking your edited letter against your CV…");
    const check = await request("POST", verifyPath(letter, false), { json: { content, version: letter.version } });
    const draft = {
      ...state.current,
      cover_letter: {
        ...letter,
        content,
        word_count: check.word_count,
        personalization_score: check.personalization_score,
        relevance_score: check.relevance_score,
        tone_score: check.tone_score,
      },
      fvs_validation: check.fvs_validation,
      quality_score: check.quality_score,
      quality: check.quality,
      code: check.code,
      unsaved: true,
    };
    state.shown = draft;
    renderResult(draft);
    stopEditing();
    const valid = check.fvs_validation && check.fvs_validation.is_valid;
    $("save-edit").hidden = !valid;
    $("result-notice").textContent = valid
      ? "Your edit was checked. It is not saved yet: save it as a new version to download it."
      : "Your edit states something your CV does not support (highlighted). Edit it again before saving.";
    $("result").focus();
  } catch (err) {
    showError(err, { fallbackField: "letter-editor" });
  } finally {
    setBusy(false);
  }
}

async function onSaveEdit() {
  if (state.busy || !state.shown || !state.shown.unsaved) return;
  const letter = state.current.cover_letter;
  try {
    setBusy(true, "Saving your edit as a new version…");
    const body = await request("POST", verifyPath(letter, true), {
      json: { content: state.shown.cover_letter.content, version: letter.version },
    });
    await showResult(body.saved, { announce: `Your edit is saved as version ${body.saved.cover_letter.version}.` });
  } catch (err) {
    showError(err);
  } finally {
    setBusy(false);
  }
}

function start() {
  setupDropZone();
  $("letter-form").addEventListener("submit", onGenerate);
  $("token-form").addEventListener("submit", onTokenSubmit);
  $("regenerate").addEventListener("click", onRegenerate);
  $("edit").addEventListener("click", startEditing);
  $("cancel-edit").addEventListener("click", () => {
    stopEditing();
    $("edit").focus();
  });
  $("reverify").addEventListener("click", onReverify);
  $("save-edit").addEventListener("click", onSaveEdit);
  $("compare-form").addEventListener("submit", onCompare);
  for (const id of FORM_FIELDS) {
    $(id).addEventListener("input", () => clearErrors([id]));
  }
  window.addEventListener("hashchange", onHashChange);
  initVersions(showResult);
  onUnauthorized(async () => {
    setToken(null);
    await signIn();
    return Boolean(getToken());
  });
  signIn();
}

start();
