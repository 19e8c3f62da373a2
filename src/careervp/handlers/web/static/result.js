// Drawing one letter version: scores with their band, the letter with unverified spans, the sources of a sentence,
// the fact check, the requirement coverage and the download links.

import { renderLetter, sourcesFor } from "./letter.js";
import { $, BANDS, dateTime, decimal, locale, percent, state } from "./ui.js";

function band(score) {
  if (score >= 0.8) return "excellent";
  if (score >= 0.7) return "good";
  if (score >= 0.5) return "fair";
  return "poor";
}

export function renderResult(body) {
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
