// The page's behaviour: sign-in, the form, the result and its versions. Text from the user or the server is only
// ever set with textContent; errors go next to the field they concern.

import { ApiError, getToken, jobIdFor, newIdempotencyKey, request, setToken } from "./api.js";
import { diffWords, renderDiffSide, renderLetter, sourcesFor } from "./letter.js";

const $ = (id) => document.getElementById(id);
const locale = navigator.languages && navigator.languages.length ? navigator.languages : undefined;
const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });

const FIELD_INPUTS = {
  file: "cv-file",
  cv: "cv-file",
  cv_id: "cv-file",
  company_name: "company",
  job_title: "job-title",
  job_description: "job-description",
  description: "job-description",
  tone: "tone",
  word_count_target: "target-length",
  emphasis_areas: "emphasis",
  content: "letter-editor",
  token: "token",
};
const FORM_FIELDS = ["cv-file", "company", "job-title", "job-description", "tone", "target-length", "emphasis"];
const BANDS = { excellent: "Excellent", good: "Good", fair: "Fair", poor: "Poor" };
const TONES = { professional: "Professional", enthusiastic: "Enthusiastic", technical: "Technical" };

const state = {
  config: null,
  cv: null, // {id, fileKey, sources}
  job: null, // {id, company, title}
  current: null, // the stored version on screen, shaped as a generation response
  shown: null, // what is on screen: `current`, or an edit of it that was checked but not saved
  coverage: new Map(), // requirement coverage by CV and job
  versions: [],
  busy: false,
};

// -- errors ------------------------------------------------------------------------------------------------------

function inputForField(field) {
  if (!field) return null;
  const parts = String(field).split(/[.\[\]/]+/).filter(Boolean).reverse();
  for (const part of parts) if (FIELD_INPUTS[part]) return FIELD_INPUTS[part];
  return null;
}

function showFieldError(inputId, message) {
  const input = $(inputId);
  const slot = $(inputId + "-error");
  if (!input || !slot) return false;
  slot.textContent = message;
  input.setAttribute("aria-invalid", "true");
  return true;
}

function clearErrors(ids = FORM_FIELDS) {
  for (const id of ids) {
    const slot = $(id + "-error");
    if (slot) slot.textContent = "";
    const input = $(id);
    if (input) input.removeAttribute("aria-invalid");
  }
  $("form-error").textContent = "";
}

/** The API's message, in words a job seeker understands, with what to do next. */
function explain(err) {
  if (!(err instanceof ApiError)) return "Something went wrong in the page: " + String(err && err.message ? err.message : err);
  switch (err.code) {
    case "UNAUTHORIZED":
      return "Your sign-in is missing or has expired. Sign in again, then retry.";
    case "RATE_LIMIT_EXCEEDED":
      return `You have used your letter allowance for now. Try again in ${err.retryAfter || "a few"} seconds.`;
    case "LLM_RATE_LIMITED":
      return "The writing model is busy. Please retry in a moment.";
    case "PAYLOAD_TOO_LARGE":
      return err.message || "That file is too large (the limit is 5 MB).";
    case "FVS_HALLUCINATION_DETECTED":
      return "No version of the letter could be made without claims your CV does not support. " + err.message;
    case "GENERATION_QUALITY_INSUFFICIENT":
      return "The best letter was too weak to hand over. Add more detail to the posting or your CV and retry. " + err.message;
    case "CV_LETTER_GENERATION_TIMEOUT":
      return "Writing the letter took too long. Please retry.";
    default:
      return err.message;
  }
}

/** Put an API error where it belongs: next to its field when it names one, else under the form. */
function showError(err, { fallbackField = null, area = "form-error" } = {}) {
  const message = explain(err);
  const target = (err instanceof ApiError && inputForField(err.field)) || fieldFromMessage(message) || fallbackField;
  if (target && showFieldError(target, withoutFieldName(message))) {
    $(target).focus();
    return;
  }
  $(area).textContent = message;
  if (err instanceof ApiError && err.code === "UNAUTHORIZED") {
    // An expired token, or one from another server: sign in again (silently, where local sign-in is on offer).
    setToken(null);
    signIn().then(() => {
      if (getToken()) $(area).textContent = "You were signed in again. Please retry.";
    });
  }
}

/** Next to its field, "company_name: may contain only ..." reads better as "May contain only ...". */
function withoutFieldName(message) {
  const rest = String(message).replace(/^\s*[a-z_.\d]+\s*:\s*/, "");
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : message;
}

function fieldFromMessage(message) {
  const m = /^\s*([a-z_.]+)\s*:/.exec(message || "");
  return m ? inputForField(m[1]) : null;
}

// -- progress ------------------------------------------------------------------------------------------------------

function setBusy(busy, text = "") {
  state.busy = busy;
  $("letter-form").setAttribute("aria-busy", busy ? "true" : "false");
  $("result").setAttribute("aria-busy", busy ? "true" : "false");
  $("progress").hidden = !busy;
  $("progress-text").textContent = text;
  for (const id of ["generate", "regenerate", "reverify", "edit", "save-edit"]) $(id).disabled = busy;
}

// -- sign-in -------------------------------------------------------------------------------------------------------

function showSignIn() {
  $("signin").hidden = false;
  $("session-status").textContent = "Not signed in.";
}

function tokenFromFragment() {
  if (!location.hash || location.hash.length < 2) return null;
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get("id_token") || params.get("access_token");
  if (token) history.replaceState(null, "", location.pathname + location.search);
  return token;
}

async function signIn() {
  try {
    state.config = await request("GET", "/auth/config", { auth: false });
  } catch {
    state.config = { mode: "unknown", local_sign_in: false };
  }
  const fromFragment = tokenFromFragment();
  if (fromFragment) setToken(fromFragment);
  if (!getToken() && state.config.local_sign_in) {
    try {
      const session = await request("POST", "/auth/local-session", { auth: false });
      setToken(session.access_token);
    } catch (err) {
      $("form-error").textContent = "Automatic sign-in failed: " + explain(err);
    }
  }
  if (getToken()) {
    signedIn(state.config.local_sign_in && !fromFragment ? "Signed in as the local user." : "Signed in.");
    return;
  }
  const hosted = state.config.hosted_ui_url;
  if (hosted) {
    $("hosted-ui-link").href = hosted;
    $("hosted-ui").hidden = false;
  }
  showSignIn();
}

function signedIn(message) {
  $("session-status").textContent = message;
  $("signin").hidden = true;
}

/** A sign-in page that redirects back to this one while it is open changes only the fragment: take the token. */
function onHashChange() {
  const token = tokenFromFragment();
  if (!token) return;
  setToken(token);
  signedIn("Signed in.");
}

function onTokenSubmit(ev) {
  ev.preventDefault();
  clearErrors(["token"]);
  const token = $("token").value.trim().replace(/^Bearer\s+/i, "");
  if (token.split(".").length !== 3) {
    showFieldError("token", "That does not look like a token: a token has three parts separated by dots.");
    return;
  }
  setToken(token);
  $("token").value = "";
  signedIn("Signed in.");
}

// -- the CV file ---------------------------------------------------------------------------------------------------

function chosenFile() {
  const files = $("cv-file").files;
  return files && files.length ? files[0] : null;
}

function describeFile() {
  const file = chosenFile();
  $("cv-file-chosen").textContent = file ? "Chosen: " + file.name : "";
  clearErrors(["cv-file"]);
}

function setupDropZone() {
  const zone = $("drop-zone");
  const stop = (ev) => {
    ev.preventDefault();
    ev.stopPropagation();
  };
  for (const type of ["dragenter", "dragover"]) {
    zone.addEventListener(type, (ev) => {
      stop(ev);
      zone.classList.add("dragging");
    });
  }
  zone.addEventListener("dragleave", (ev) => {
    stop(ev);
    zone.classList.remove("dragging");
  });
  zone.addEventListener("drop", (ev) => {
    stop(ev);
    zone.classList.remove("dragging");
    const files = ev.dataTransfer && ev.dataTransfer.files;
    if (!files || !files.length) return;
    const transfer = new DataTransfer();
    transfer.items.add(files[0]);
    $("cv-file").files = transfer.files;
    describeFile();
  });
  $("cv-file").addEventListener("change", describeFile);
}

async function uploadCv(file) {
  const fileKey = [file.name, file.size, file.lastModified].join("|");
  if (state.cv && state.cv.fileKey === fileKey) return state.cv;
  const form = new FormData();
  form.append("file", file, file.name);
  let body;
  try {
    body = await request("POST", "/api/cvs", { form });
  } catch (err) {
    if (err instanceof ApiError && !inputForField(err.field) && err.status !== 401) err.field = "file";
    throw err;
  }
  const record = body.cv_id ? body : body.cv || body;
  state.cv = { id: record.cv_id, fileKey, sources: cvSources(record.cv || body.cv || null) };
  return state.cv;
}

/** Every statement of the parsed CV, with where it sits, for tracing sentences back to it. */
function cvSources(cv) {
  if (!cv || typeof cv !== "object") return [];
  const out = [];
  if (cv.summary) out.push({ text: cv.summary, origin: "Summary" });
  for (const job of cv.experience || []) {
    const origin = [job.title, job.employer].filter(Boolean).join(", ");
    out.push({ text: origin, origin: "Experience", exact: true });
    for (const line of job.achievements || []) out.push({ text: line, origin });
    if (job.description) out.push({ text: job.description, origin });
  }
  for (const ed of cv.education || []) {
    out.push({ text: [ed.degree, ed.field, ed.institution, ed.year].filter(Boolean).join(", "), origin: "Education" });
  }
  for (const cert of cv.certifications || []) {
    out.push({ text: [cert.name, cert.issuer, cert.year].filter(Boolean).join(", "), origin: "Certifications", exact: true });
  }
  for (const skill of cv.skills || []) out.push({ text: skill, origin: "Skills", exact: true });
  return out;
}

// -- generating ----------------------------------------------------------------------------------------------------

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

// -- the result ----------------------------------------------------------------------------------------------------

async function showResult(body, { announce = "", focus = true, refreshVersions = true } = {}) {
  const letter = body.cover_letter;
  const pair = letter.cv_id + "\u0000" + letter.job_id;
  // Stored versions do not repeat the posting's requirement coverage; it is the same for every version of a job.
  if (body.requirement_coverage && body.requirement_coverage.length) state.coverage.set(pair, body.requirement_coverage);
  else body = { ...body, requirement_coverage: state.coverage.get(pair) || [] };
  state.current = body;
  state.shown = body;
  renderResult(body);
  $("save-edit").hidden = true;
  $("result").hidden = false;
  $("result-notice").textContent = announce;
  if (focus) $("result").focus();
  if (refreshVersions) await loadVersions();
}

function band(score) {
  if (score >= 0.8) return "excellent";
  if (score >= 0.7) return "good";
  if (score >= 0.5) return "fair";
  return "poor";
}

function renderResult(body) {
  const letter = body.cover_letter;
  $("result-title").textContent = `Cover letter for ${letter.job_title} at ${letter.company_name}`;
  const when = letter.generated_at ? dateTime.format(new Date(letter.generated_at)) : "";
  const meta = [`Version ${letter.version}`, when, `${letter.word_count} words`];
  if (body.unsaved) meta.push("your edit, not saved yet");
  else if (body.edited) meta.push("edited by you");
  $("result-meta").textContent = meta.filter(Boolean).join(" · ");
  renderScores(body);
  renderLetterView(body);
  renderFvs(body.fvs_validation, letter.content);
  renderCoverage(body.requirement_coverage || []);
  renderDownloads(body);
  stopEditing();
}

function renderScores(body) {
  const letter = body.cover_letter;
  const overall = typeof body.quality_score === "number" ? body.quality_score : null;
  const rows = [
    ["Personalization", letter.personalization_score, "How much of the letter is about you and this employer."],
    ["Relevance", letter.relevance_score, "How well it answers the posting's requirements."],
    ["Tone", letter.tone_score, "How well it matches the tone and length you asked for."],
  ];
  const dl = $("scores");
  dl.replaceChildren();
  for (const [name, value, help] of rows) {
    const wrap = document.createElement("div");
    wrap.className = "score";
    const dt = document.createElement("dt");
    dt.textContent = name;
    dt.title = help;
    const dd = document.createElement("dd");
    dd.textContent = typeof value === "number" ? percent.format(value) : "–";
    wrap.append(dt, dd);
    dl.append(wrap);
  }
  if (overall !== null) {
    const wrap = document.createElement("div");
    wrap.className = "score overall";
    const dt = document.createElement("dt");
    dt.textContent = "Overall";
    const dd = document.createElement("dd");
    const name = (body.quality && body.quality.band) || band(overall);
    dd.textContent = `${decimal.format(overall)} (${BANDS[name] || name})`;
    dd.dataset.band = name;
    wrap.append(dt, dd);
    dl.append(wrap);
  }
  const notes = $("quality-notes");
  notes.replaceChildren();
  for (const note of (body.quality && body.quality.notes) || []) {
    const li = document.createElement("li");
    li.textContent = note;
    notes.append(li);
  }
  if (body.code === "COVER_LETTER_GENERATED_WITH_WARNINGS") {
    const li = document.createElement("li");
    li.textContent = "This letter is usable but weaker than we aim for: read it closely before sending.";
    notes.append(li);
  }
}

function renderLetterView(body) {
  const letter = body.cover_letter;
  const violations = (body.fvs_validation && body.fvs_validation.violations) || [];
  renderLetter($("letter"), letter.content, violations, (sentence, el) => showSources(sentence, el), locale);
  $("source-sentence").textContent = "";
  $("source-facts").replaceChildren();
  $("source-empty").textContent = "Select a sentence of the letter.";
  $("source-empty").hidden = false;
}

function evidenceSources(body) {
  const seen = new Map();
  for (const req of body.requirement_coverage || []) {
    for (const text of req.evidence || []) {
      if (!seen.has(text)) seen.set(text, { text, origin: "Evidence for: " + req.requirement });
    }
  }
  return [...seen.values()];
}

/** The posting's own lines: a sentence about the employer should be traced to the posting, not to the CV. */
function postingSources() {
  return $("job-description")
    .value.split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9"“(])/u)
    .map((line) => line.replace(/^[\s#*>-]+/, "").trim())
    .filter((line) => line.length > 20)
    .map((text) => ({ text, origin: "The job posting" }));
}

function showSources(sentence, el) {
  for (const s of $("letter").querySelectorAll(".sentence.selected")) s.classList.remove("selected");
  el.classList.add("selected");
  const body = state.shown;
  const facts = [...(state.cv && state.cv.sources ? state.cv.sources : []), ...evidenceSources(body), ...postingSources()];
  const found = sourcesFor(sentence, facts);
  $("source-sentence").textContent = sentence;
  const list = $("source-facts");
  list.replaceChildren();
  for (const fact of found) {
    const li = document.createElement("li");
    const quote = document.createElement("q");
    quote.textContent = fact.text;
    const origin = document.createElement("span");
    origin.className = "origin";
    origin.textContent = fact.origin;
    li.append(quote, document.createTextNode(" — "), origin);
    list.append(li);
  }
  const flagged = el.querySelector("mark.unverified");
  const empty = $("source-empty");
  if (flagged) {
    empty.textContent = "Part of this sentence could not be verified against your CV: " + flagged.title;
    empty.hidden = false;
  } else if (!found.length) {
    empty.textContent = "This sentence states no fact from your CV or the posting: it is about you and your motivation.";
    empty.hidden = false;
  } else {
    empty.hidden = true;
  }
}

function renderFvs(fvs, content) {
  const verdict = $("fvs-verdict");
  const list = $("fvs-violations");
  list.replaceChildren();
  if (!fvs) {
    verdict.textContent = "This letter has not been checked.";
    return;
  }
  const critical = (fvs.violations || []).filter((v) => v.severity === "CRITICAL").length;
  const warnings = (fvs.violations || []).length - critical;
  if (fvs.is_valid && !warnings) verdict.textContent = "Every fact in this letter was found in your CV or the posting.";
  else if (fvs.is_valid) verdict.textContent = `Verified, with ${warnings} point${warnings === 1 ? "" : "s"} to review.`;
  else verdict.textContent = `Not verified: ${critical} statement${critical === 1 ? "" : "s"} your CV does not support.`;
  verdict.dataset.valid = String(Boolean(fvs.is_valid));
  const checks = [
    [fvs.company_name_verified, "The company is named correctly.", "The company is not named correctly."],
    [fvs.job_title_verified, "The job title is named correctly.", "The job title is not named correctly."],
  ];
  for (const [ok, yes, no] of checks) {
    const li = document.createElement("li");
    li.className = ok ? "ok" : "critical";
    li.textContent = ok ? yes : no;
    list.append(li);
  }
  (fvs.violations || []).forEach((v, index) => {
    const li = document.createElement("li");
    li.className = String(v.severity || "").toLowerCase();
    const sev = document.createElement("strong");
    sev.textContent = v.severity === "CRITICAL" ? "Unsupported: " : "Check: ";
    li.append(sev, document.createTextNode(v.message || ""));
    const mark = $("letter").querySelector(`mark[data-violation="${index}"]`);
    if (mark) {
      const show = document.createElement("button");
      show.type = "button";
      show.className = "link";
      show.textContent = "Show in letter";
      show.addEventListener("click", () => {
        const sentence = mark.closest(".sentence");
        (sentence || mark).focus();
        if (sentence) sentence.click();
      });
      li.append(document.createTextNode(" "), show);
    }
    list.append(li);
  });
}

function renderCoverage(coverage) {
  const tbody = $("coverage").querySelector("tbody");
  tbody.replaceChildren();
  const met = coverage.filter((c) => c.met).length;
  $("coverage-summary").textContent = coverage.length
    ? `${met} of ${coverage.length} requirements are backed by your CV.`
    : "The posting listed no requirements we could read.";
  const kinds = { must_have: "Must have", nice_to_have: "Nice to have", responsibility: "Responsibility", emphasis: "Your emphasis" };
  for (const item of coverage) {
    const tr = document.createElement("tr");
    tr.className = item.met ? "met" : "gap";
    const req = document.createElement("td");
    req.textContent = item.requirement;
    const kind = document.createElement("td");
    kind.textContent = kinds[item.category] || item.category;
    const status = document.createElement("td");
    status.textContent = item.met ? "Met" : "Gap";
    const evidence = document.createElement("td");
    if (item.met && (item.evidence || []).length) {
      const ul = document.createElement("ul");
      for (const text of item.evidence) {
        const li = document.createElement("li");
        li.textContent = text;
        ul.append(li);
      }
      evidence.append(ul);
    } else {
      evidence.textContent = item.met ? "—" : "Nothing in your CV shows this yet.";
    }
    tr.append(req, kind, status, evidence);
    tbody.append(tr);
  }
}

function renderDownloads(body) {
  const urls = body.unsaved ? {} : body.download_urls || {};
  const fallback = body.download_url;
  for (const fmt of ["pdf", "docx", "md", "txt"]) {
    const link = $("download-" + fmt);
    const url = urls[fmt] || (fmt === "pdf" && !body.unsaved ? fallback : null);
    if (url) {
      link.href = url;
      link.removeAttribute("aria-disabled");
    } else {
      link.removeAttribute("href");
      link.setAttribute("aria-disabled", "true");
    }
  }
}

// -- editing ------------------------------------------------------------------------------------------------------

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

// -- versions ------------------------------------------------------------------------------------------------------

function arrayIn(body) {
  if (Array.isArray(body)) return body;
  for (const value of Object.values(body || {})) if (Array.isArray(value)) return value;
  return [];
}

function asResponse(item) {
  if (!item) return null;
  if (item.cover_letter) return item;
  if (item.response && item.response.cover_letter) return { ...item.response, ...item, cover_letter: { ...item.response.cover_letter, content: item.content || item.response.cover_letter.content } };
  return { cover_letter: item, fvs_validation: item.fvs_validation, quality_score: item.quality_score, quality: item.quality };
}

async function loadVersions() {
  const letter = state.current && state.current.cover_letter;
  if (!letter) return;
  $("versions-error").textContent = "";
  let items = [];
  try {
    const query = `?cv_id=${encodeURIComponent(letter.cv_id)}&job_id=${encodeURIComponent(letter.job_id)}`;
    items = arrayIn(await request("GET", "/api/cover-letters" + query));
  } catch (err) {
    $("versions-error").textContent = "The list of versions could not be loaded: " + explain(err);
  }
  state.versions = items
    .map(asResponse)
    .filter((r) => r && r.cover_letter.job_id === letter.job_id && r.cover_letter.cv_id === letter.cv_id)
    .sort((a, b) => a.cover_letter.version - b.cover_letter.version);
  if (!state.versions.some((v) => v.cover_letter.version === letter.version)) state.versions.push(state.current);
  renderVersions();
}

function renderVersions() {
  const tbody = $("versions").querySelector("tbody");
  tbody.replaceChildren();
  const shown = state.current.cover_letter.version;
  for (const v of state.versions) {
    const l = v.cover_letter;
    const tr = document.createElement("tr");
    if (l.version === shown) tr.setAttribute("aria-current", "true");
    const cells = [
      `Version ${l.version}`,
      l.generated_at ? dateTime.format(new Date(l.generated_at)) : "",
      TONES[v.preferences && v.preferences.tone] || (v.preferences && v.preferences.tone) || "",
      String(l.word_count ?? ""),
      typeof v.quality_score === "number" ? decimal.format(v.quality_score) : "",
    ];
    for (const text of cells) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    const action = document.createElement("td");
    const open = document.createElement("button");
    open.type = "button";
    open.className = "secondary";
    open.textContent = l.version === shown ? "Shown" : `Show version ${l.version}`;
    open.disabled = l.version === shown;
    open.addEventListener("click", () => openVersion(l.version));
    action.append(open);
    tr.append(action);
    tbody.append(tr);
  }
  for (const [id, pick] of [["compare-a", -2], ["compare-b", -1]]) {
    const select = $(id);
    const keep = select.value;
    select.replaceChildren();
    for (const v of state.versions) {
      const option = document.createElement("option");
      option.value = String(v.cover_letter.version);
      option.textContent = `Version ${v.cover_letter.version}`;
      select.append(option);
    }
    const fallback = state.versions[Math.max(0, state.versions.length + pick)];
    select.value = keep && [...select.options].some((o) => o.value === keep) ? keep : fallback ? String(fallback.cover_letter.version) : "";
  }
}

async function fetchVersion(version) {
  const letter = state.current.cover_letter;
  const path = `/api/cover-letters/${encodeURIComponent(letter.cv_id)}/${encodeURIComponent(letter.job_id)}?version=${version}`;
  return asResponse(await request("GET", path));
}

async function openVersion(version) {
  try {
    const body = await fetchVersion(version);
    await showResult(body, { announce: `Showing version ${version}.`, refreshVersions: false });
    renderVersions();
  } catch (err) {
    $("versions-error").textContent = explain(err);
  }
}

async function onCompare(ev) {
  ev.preventDefault();
  const a = Number($("compare-a").value);
  const b = Number($("compare-b").value);
  const box = $("comparison");
  try {
    const [left, right] = await Promise.all([fetchVersion(a), fetchVersion(b)]);
    const ops = diffWords(left.cover_letter.content, right.cover_letter.content);
    box.replaceChildren();
    for (const [side, version] of [["left", left], ["right", right]]) {
      const col = document.createElement("div");
      col.className = "column";
      const h = document.createElement("h4");
      const score = typeof version.quality_score === "number" ? `, overall ${decimal.format(version.quality_score)}` : "";
      h.textContent = `Version ${version.cover_letter.version}${score}`;
      const text = document.createElement("div");
      text.className = "letter diff";
      renderDiffSide(text, ops, side);
      col.append(h, text);
      box.append(col);
    }
    box.hidden = false;
    box.setAttribute("tabindex", "-1");
    box.focus();
  } catch (err) {
    $("versions-error").textContent = "The versions could not be compared: " + explain(err);
  }
}

// -- start ---------------------------------------------------------------------------------------------------------

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
  signIn();
}

start();
