"""Routes without a bearer token: health, Prometheus metrics, and downloads (the signed URL is the credential)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Annotated

from anyio import to_thread
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from careervp.core.cpu_pool import ProcessPoolRunner
from careervp.core.observability import METRICS_CONTENT_TYPE
from careervp.handlers.api.deps import State, app_state
from careervp.handlers.api.errors import ApiError, error_responses
from careervp.handlers.api.schemas import ComponentHealth, HealthPublic
from careervp.render import CONTENT_TYPES

router = APIRouter()


@router.get(
    "/health",
    response_model=HealthPublic,
    tags=["system"],
    summary="Readiness of storage and the model provider",
    responses={503: {"model": HealthPublic, "description": "Storage is not ready"}},
)
async def health(request: Request) -> JSONResponse:
    """Answered on the event loop, without a dependency or a thread hop: the store's readiness comes from
    `StorageReadiness`, so a probe costs what a bare route does even while every worker thread is busy."""
    container = app_state(request).container
    readiness: StorageReadiness = request.app.state.storage_readiness
    storage_ready = await readiness.ready()
    body = HealthPublic(
        status="ok" if storage_ready else "degraded",
        storage=ComponentHealth(ready=storage_ready, name=container.settings.storage),
        # Readiness of a remote model is not probed here (that would cost a call per health check); the adapter
        # is configured, and its failures surface as LLM_API_ERROR with the metrics to match.
        model_provider=ComponentHealth(ready=True, name=container.llm.name if container.llm else "template"),
        auth_mode=container.settings.auth_mode,
        rate_limits=container.settings.rate_limits == "on",
        cpu_workers=_warm_cpu_workers(request),
    )
    return JSONResponse(body.model_dump(mode="json"), status_code=200 if storage_ready else 503)


def _warm_cpu_workers(request: Request) -> int | None:
    pool: ProcessPoolRunner | None = getattr(request.app.state, "cpu_pool", None)
    return pool.warm_count() if pool is not None else None


class StorageReadiness:
    """The store's answer to a ping, at most `max_age_s` old. A probe of a ready store is answered at once from the
    last answer (a DynamoDB ping is a network round trip; any ping is a hop to a worker thread), and a stale answer
    is refreshed in the background. A store that did not answer is pinged again on every probe, so its recovery
    shows at once."""

    def __init__(self, ping: Callable[[], bool], max_age_s: float = 1.0) -> None:
        self._ping = ping
        self._max_age_s = max_age_s
        self._ready = False
        self._checked_at: float | None = None
        self._refreshing: asyncio.Task[None] | None = None

    async def ready(self) -> bool:
        if self._checked_at is None or not self._ready:
            await self._refresh()
        elif time.monotonic() - self._checked_at > self._max_age_s and self._refreshing is None:
            self._refreshing = asyncio.create_task(self._refresh())
        return self._ready

    async def _refresh(self) -> None:
        try:
            self._ready = await to_thread.run_sync(self._ping)
        finally:
            self._checked_at = time.monotonic()
            self._refreshing = None


@router.get("/metrics", include_in_schema=False)
def metrics(state: State) -> Response:
    return Response(state.metrics.exposition(), media_type=METRICS_CONTENT_TYPE)


@router.get(
    "/downloads/{key:path}",
    tags=["cover letters"],
    summary="Download a rendered letter through a signed link (valid 24 hours)",
    response_class=Response,
    responses={
        200: {
            "description": "The letter file",
            "content": {
                media.split(";")[0]: {"schema": {"type": "string", "format": "binary"}}
                for media in CONTENT_TYPES.values()
            },
        },
        302: {"description": "Redirect to a short-lived direct link (object storage in the cloud)"},
        **error_responses(403, 404, 500),
    },
)
def download(
    state: State,
    key: Annotated[str, Path(description="The letter's blob key, as signed")],
    name: Annotated[str | None, Query(description="The file name the link was signed for")] = None,
    exp: Annotated[str | None, Query(description="Expiry, epoch seconds")] = None,
    sig: Annotated[str | None, Query(description="HMAC-SHA256 of key, name and expiry")] = None,
) -> Response:
    """Every part of the link is checked by the service: a mangled link of any shape is 403, never 400."""
    download = state.container.service.files.open_download(key, name, exp, sig)
    if download.error is not None:
        raise ApiError(*download.error)
    if download.redirect_url is not None:
        return RedirectResponse(download.redirect_url, status_code=302)
    ascii_name = "".join(ch if ch.isascii() and ch.isprintable() and ch not in '"\\' else "_" for ch in name or "")
    return Response(
        download.data,
        media_type=download.media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{ascii_name}"',
            "Cache-Control": "private, no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )
