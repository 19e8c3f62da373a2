// Shared by the page's modules: element lookup, the browser's number and date conventions, the page state, errors
// placed next to their field, and the busy indicator. Text is only ever set with textContent.

import { ApiError } from "./api.js";

export const $ = (id) => document.getElementById(id);

export const locale = navigator.languages && navigator.languages.length ? navigator.languages : undefined;

export const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });

export const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });

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

export const FORM_FIELDS = ["cv-file", "company", "job-title", "job-description", "tone", "target-length", "emphasis"];

export const BANDS = { excellent: "Excellent", good: "Good", fair: "Fair", poor: "Poor" };

export const TONES = { professional: "Professional", enthusiastic: "Enthusiastic", technical: "Technical" };

export const state = {
  config: null,
  cv: null, // {id, fileKey, sources}
  job: null, // {id, company, title}
  current: null, // the stored version on screen, shaped as a generation response
  shown: null, // what is on screen: `current`, or an edit of it that was checked but not saved
  coverage: new Map(), // requirement coverage by CV and job
  versions: [],
  busy: false,
};

let unauthorizedHandler = null;

/** What to do when the API says the token is missing or expired (app.js signs in again). */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

export function inputForField(field) {
  if (!field) return null;
  const parts = String(field).split(/[.\[\]/]+/).filter(Boolean).reverse();
  for (const part of parts) if (FIELD_INPUTS[part]) return FIELD_INPUTS[part];
  return null;
}

export function showFieldError(inputId, message) {
  const input = $(inputId);
  const slot = $(inputId + "-error");
  if (!input || !slot) return false;
  slot.textContent = message;
  input.setAttribute("aria-invalid", "true");
  return true;
}

export function clearErrors(ids = FORM_FIELDS) {
  for (const id of ids) {
    const slot = $(id + "-error");
    if (slot) slot.textContent = "";
    const input = $(id);
    if (input) input.removeAttribute("aria-invalid");
  }
  $("form-error").textContent = "";
}

/** The API's message, in words a job seeker understands, with what to do next. */
export function explain(err) {
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
export function showError(err, { fallbackField = null, area = "form-error" } = {}) {
  const message = explain(err);
  const target = (err instanceof ApiError && inputForField(err.field)) || fieldFromMessage(message) || fallbackField;
  if (target && showFieldError(target, withoutFieldName(message))) {
    $(target).focus();
    return;
  }
  $(area).textContent = message;
  if (err instanceof ApiError && err.code === "UNAUTHORIZED" && unauthorizedHandler) {
    // An expired token, or one from another server: sign in again (silently, where local sign-in is on offer).
    unauthorizedHandler().then((again) => {
      if (again) $(area).textContent = "You were signed in again. Please retry.";
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

export function setBusy(busy, text = "") {
  state.busy = busy;
  $("letter-form").setAttribute("aria-busy", busy ? "true" : "false");
  $("result").setAttribute("aria-busy", busy ? "true" : "false");
  $("progress").hidden = !busy;
  $("progress-text").textContent = text;
  for (const id of ["generate", "regenerate", "reverify", "edit", "save-edit"]) $(id).disabled = busy;
}
