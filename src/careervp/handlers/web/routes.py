"""The web page: `GET /` and its static files (package data, no build step), and the sign-in helpers it needs.

Local sign-in (`POST /auth/local-session`) hands the page a token for the single local user, so someone who ran
`make run` never needs a terminal step. It exists only where it cannot be abused: local auth mode, a server bound
to loopback, a loopback client, a loopback Host header (defeats DNS rebinding), no proxy headers (a reverse proxy on
the same machine would make every remote visitor look local) and no cross-site request. Anywhere else it answers
404, as if it did not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse

from careervp.core.auth import local_jwt_secret, mint_local_token
from careervp.core.settings import Settings
from careervp.handlers.hosts import is_loopback as _is_loopback

router = APIRouter(include_in_schema=False)

LOCAL_USER_ID = "local-user"
LOCAL_USER_TIER = "enterprise"  # the machine's owner: the free tier's 5 a minute would only get in their way
LOCAL_SESSION_TTL_S = 12 * 3600
PROXY_HEADERS = ("forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip")

# Only these files are served: a fixed table, so no request path ever reaches the file system.
_MODULES = ("app.js", "api.js", "cv.js", "letter.js", "result.js", "session.js", "ui.js", "versions.js")
ASSETS: dict[str, str] = {
    **dict.fromkeys(_MODULES, "text/javascript; charset=utf-8"),
    "app.css": "text/css; charset=utf-8",
}

# The page loads nothing from elsewhere and runs no inline script, so even text that slipped past escaping could
# not run. `connect-src 'self'` keeps API calls on this origin.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-cache",
}


@cache
def _asset(name: str) -> bytes:
    return resources.files("careervp.handlers.web").joinpath("static", name).read_bytes()


def _settings(request: Request) -> Settings:
    """The settings the app was built with (the API's wiring), else the environment's."""
    state = getattr(request.app.state, "careervp", None)
    settings = getattr(getattr(state, "container", None), "settings", None)
    return settings if isinstance(settings, Settings) else Settings()


def _host_name(host_header: str) -> str:
    """The name part of a Host header: 'localhost:8000' -> 'localhost', '[::1]:8000' -> '::1'."""
    value = host_header.strip()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def bind_host(request: Request) -> str | None:
    """Where the server listens, as `careervp serve` records it. Unknown (another launcher, Lambda) means no local
    sign-in: the check fails closed."""
    value = getattr(request.app.state, "bind_host", None)
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class LocalSignIn:
    allowed: bool
    reason: str


def local_sign_in(request: Request) -> LocalSignIn:
    """Every condition for handing out a local token, with the first that fails (for logs and tests)."""
    if _settings(request).auth_mode != "local":
        return LocalSignIn(False, "auth mode is not local")
    if not _is_loopback(bind_host(request)):
        return LocalSignIn(False, "server is not bound to loopback")
    if not _is_loopback(request.client.host if request.client else None):
        return LocalSignIn(False, "client is not on loopback")
    if not _is_loopback(_host_name(request.headers.get("host", ""))):
        return LocalSignIn(False, "Host header is not a loopback name")
    if any(name in request.headers for name in PROXY_HEADERS):
        return LocalSignIn(False, "request came through a proxy")
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return LocalSignIn(False, "cross-site request")
    origin = request.headers.get("origin")
    if origin is not None and not _is_loopback(_host_name(origin.split("://", 1)[-1].split("/", 1)[0])):
        return LocalSignIn(False, "foreign origin")
    return LocalSignIn(True, "ok")


@router.get("/", response_class=HTMLResponse)
def index() -> Response:
    return Response(_asset("index.html"), media_type="text/html; charset=utf-8", headers=SECURITY_HEADERS)


@router.get("/web/{name}")
def asset(name: str) -> Response:
    if name not in ASSETS:
        raise HTTPException(status_code=404, detail="Not Found")
    return Response(_asset(name), media_type=ASSETS[name], headers=SECURITY_HEADERS)


@router.get("/auth/config")
def auth_config(request: Request) -> JSONResponse:
    """What the page needs to sign in: the mode, whether local sign-in is on offer, the hosted sign-in page."""
    settings = _settings(request)
    body: dict[str, Any] = {
        "mode": settings.auth_mode,
        "local_sign_in": local_sign_in(request).allowed,
        "hosted_ui_url": _hosted_ui_url(settings, request),
    }
    return JSONResponse(body, headers={"Cache-Control": "no-store"})


def _hosted_ui_url(settings: Settings, request: Request) -> str | None:
    """Cognito's hosted UI (implicit flow back to this page) when a domain is configured; else the page asks for a
    pasted token."""
    domain = getattr(settings, "cognito_domain", None)
    if settings.auth_mode != "cognito" or not domain or not settings.cognito_client_id:
        return None
    base = str(domain).rstrip("/")
    if not base.startswith("https://"):
        base = f"https://{base}"
    query = urlencode(
        {
            "client_id": settings.cognito_client_id,
            "response_type": "token",
            "scope": "openid",
            "redirect_uri": str(request.url_for("index")),
        }
    )
    return f"{base}/login?{query}"


@router.post("/auth/local-session")
def local_session(request: Request) -> JSONResponse:
    if not local_sign_in(request).allowed:
        raise HTTPException(status_code=404, detail="Not Found")
    settings = _settings(request)
    token = mint_local_token(
        local_jwt_secret(settings),
        user_id=LOCAL_USER_ID,
        tier=LOCAL_USER_TIER,
        ttl_s=LOCAL_SESSION_TTL_S,
        issuer=settings.jwt_issuer,
    )
    body = {"access_token": token, "token_type": "bearer", "expires_in": LOCAL_SESSION_TTL_S, "user_id": LOCAL_USER_ID}
    return JSONResponse(body, headers={"Cache-Control": "no-store"})
