// Talking to the CareerVP API: the bearer token, JSON and multipart requests, and errors as values the page can
// place next to the field they concern. Nothing here touches the DOM.

const TOKEN_KEY = "careervp.token";

export class ApiError extends Error {
  constructor(status, body) {
    const message = (body && (body.error || body.detail || body.message)) || `The server answered ${status}.`;
    super(typeof message === "string" ? message : JSON.stringify(message));
    this.status = status;
    this.code = (body && body.code) || (status === 0 ? "NETWORK_ERROR" : "HTTP_" + status);
    this.field = (body && body.field) || null;
    this.retryAfter = (body && body.retry_after) || null;
    this.body = body;
  }
}

export function getToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null; // storage disabled: the token lives only as long as the page
  }
}

let memoryToken = null;

export function setToken(token) {
  memoryToken = token;
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    /* keep it in memory only */
  }
}

function currentToken() {
  return memoryToken || getToken();
}

async function parse(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { error: text.slice(0, 300) };
  }
}

export async function request(method, path, { json, form, headers = {}, auth = true } = {}) {
  const init = { method, headers: { Accept: "application/json", ...headers }, credentials: "same-origin" };
  if (auth && currentToken()) init.headers.Authorization = "Bearer " + currentToken();
  if (json !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(json);
  } else if (form !== undefined) {
    init.body = form; // the browser sets the multipart boundary
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    throw new ApiError(0, { error: "The server could not be reached. Is it still running?" });
  }
  const body = await parse(response);
  if (!response.ok || (body && body.success === false)) throw new ApiError(response.status, body);
  return body;
}

export function newIdempotencyKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

// A stable id for a posting: the same company, title and text give the same job, so a second letter for it becomes
// version 2 of the same job rather than a new job.
export async function jobIdFor(company, title, description) {
  const data = new TextEncoder().encode([company, title, description].join("\u0000"));
  let hex;
  if (crypto.subtle) {
    const digest = await crypto.subtle.digest("SHA-256", data);
    hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  } else {
    let h = 0x811c9dc5; // FNV-1a, for the rare insecure context without SubtleCrypto
    for (const b of data) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    hex = h.toString(16).padStart(8, "0");
  }
  return "job-web-" + hex.slice(0, 24);
}
