"""Download links: the local blob store signs root-relative links; here they become absolute for the caller.

The base of a link never comes from what the caller wrote in `Host` (a request with `Host: evil.example` would
otherwise hand out links to evil.example). In order:
1. `CAREERVP_PUBLIC_BASE_URL`, when set (the address users reach, e.g. behind a reverse proxy);
2. behind API Gateway (the Lambda door), the API's own host: API Gateway routes by it, so it is one of ours;
3. otherwise the address the server is bound to, with the scheme the server saw. The scheme follows
   `X-Forwarded-Proto` only when the server trusts the sending proxy (`CAREERVP_TRUSTED_PROXIES`, see cli_server).
"""

from __future__ import annotations

import ipaddress
from typing import Any

from fastapi import Request

from careervp.core.settings import Settings
from careervp.models.api import CoverLetterPublic

_DEFAULT_PORTS = {"http": 80, "https": 443}


def base_url(request: Request, settings: Settings) -> str:
    if settings.public_base_url:
        return settings.public_base_url.rstrip("/")
    if "aws.event" in request.scope:
        return str(request.base_url).rstrip("/")
    return _bound_address(request)


def _bound_address(request: Request) -> str:
    scheme = request.url.scheme
    server = request.scope.get("server")
    if not server:  # an in-process test client has no socket: links stay root-relative
        return ""
    host, port = str(server[0]), server[1]
    if host in {"0.0.0.0", "::"}:  # noqa: S104 - a wildcard bind is reached through loopback on this machine
        host = "127.0.0.1"
    try:
        if ipaddress.ip_address(host).version == 6:
            host = f"[{host}]"
    except ValueError:
        pass  # a name (a Unix socket path never reaches here: uvicorn reports no server for it)
    if port is None or _DEFAULT_PORTS.get(scheme) == port:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def absolute(url: str | None, base: str) -> str | None:
    if url is not None and url.startswith("/"):
        return f"{base}{url}"
    return url


def absolute_links(body: CoverLetterPublic, base: str) -> CoverLetterPublic:
    """A success body with its download links made absolute against `base` (see `base_url`)."""
    urls = {fmt: absolute(url, base) or url for fmt, url in body.download_urls.items()}
    return body.model_copy(update={"download_url": absolute(body.download_url, base), "download_urls": urls})


def absolute_urls(request: Request, settings: Settings, body: dict[str, Any]) -> dict[str, Any]:
    base = base_url(request, settings)
    out = dict(body)
    if isinstance(out.get("download_url"), str):
        out["download_url"] = absolute(out["download_url"], base)
    urls = out.get("download_urls")
    if isinstance(urls, dict):
        out["download_urls"] = {fmt: absolute(url, base) for fmt, url in urls.items() if isinstance(url, str)}
    return out
