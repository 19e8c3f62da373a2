// The CV file: chosen or dropped, uploaded once per file, and its statements kept to trace letter sentences to.

import { ApiError, request } from "./api.js";
import { $, clearErrors, inputForField, state } from "./ui.js";

export function chosenFile() {
  const files = $("cv-file").files;
  return files && files.length ? files[0] : null;
}

function describeFile() {
  const file = chosenFile();
  $("cv-file-chosen").textContent = file ? "Chosen: " + file.name : "";
  clearErrors(["cv-file"]);
}

export function setupDropZone() {
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

export async function uploadCv(file) {
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
