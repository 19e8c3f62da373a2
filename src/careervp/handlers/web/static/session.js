// Signing in: a local session on loopback (no terminal step), else a token from the identity provider's redirect
// fragment or pasted by the user. The token lives in sessionStorage, gone when the tab closes.

import { getToken, request, setToken } from "./api.js";
import { $, clearErrors, explain, showFieldError, state } from "./ui.js";

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

export async function signIn() {
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
export function onHashChange() {
  const token = tokenFromFragment();
  if (!token) return;
  setToken(token);
  signedIn("Signed in.");
}

export function onTokenSubmit(ev) {
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
