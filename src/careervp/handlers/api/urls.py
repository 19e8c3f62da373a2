"""Download links: the local blob store signs root-relative links; here they become absolute for the caller."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from careervp.core.settings import Settings


def base_url(request: Request, settings: Settings) -> str:
    """`CAREERVP_PUBLIC_BASE_URL` when set, else the address the caller used (uvicorn honours proxy headers)."""
    return (settings.public_base_url or str(request.base_url)).rstrip("/")


def absolute(url: str | None, base: str) -> str | None:
    if url is not None and url.startswith("/"):
        return f"{base}{url}"
    return url


def absolute_urls(request: Request, settings: Settings, body: dict[str, Any]) -> dict[str, Any]:
    base = base_url(request, settings)
    out = dict(body)
    if isinstance(out.get("download_url"), str):
        out["download_url"] = absolute(out["download_url"], base)
    urls = out.get("download_urls")
    if isinstance(urls, dict):
        out["download_urls"] = {fmt: absolute(url, base) for fmt, url in urls.items() if isinstance(url, str)}
    return out
