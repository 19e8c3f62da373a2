// The versions of one letter: listed, opened, and two compared side by side.

import { request } from "./api.js";
import { diffWords, renderDiffSide } from "./letter.js";
import { $, TONES, dateTime, decimal, explain, state } from "./ui.js";

let show = async () => {};

/** `showResult` lives in app.js; it is handed over here instead of imported, to keep the modules acyclic. */
export function initVersions(showResult) {
  show = showResult;
}

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

export async function loadVersions() {
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

export function renderVersions() {
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
    await show(body, { announce: `Showing version ${version}.`, refreshVersions: false });
    renderVersions();
  } catch (err) {
    $("versions-error").textContent = explain(err);
  }
}

export async function onCompare(ev) {
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
