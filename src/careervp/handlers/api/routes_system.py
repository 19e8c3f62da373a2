"""Routes without a bearer token: health, Prometheus metrics, and downloads (the signed URL is the credential)."""

from __future__ import annotations

from typing import Annotated

from anyio import to_thread
from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse, RedirectResponse, Response

from careervp.core.observability import METRICS_CONTENT_TYPE
from careervp.handlers.api.deps import State
from careervp.handlers.api.errors import ApiError, error_responses
from careervp.handlers.api.schemas import ComponentHealth, Health
from careervp.render import CONTENT_TYPES

router = APIRouter()


@router.get(
    "/health",
    response_model=Health,
    tags=["system"],
    summary="Readiness of storage and the model provider",
    responses={503: {"model": Health, "description": "Storage is not ready"}},
)
async def health(state: State) -> JSONResponse:
    container = state.container
    storage_ready = await to_thread.run_sync(container.repository.ping)
    body = Health(
        status="ok" if storage_ready else "degraded",
        storage=ComponentHealth(ready=storage_ready, name=container.settings.storage),
        # Readiness of a remote model is not probed here (that would cost a call per health check); the adapter
        # is configured, and its failures surface as LLM_API_ERROR with the metrics to match.
        model_provider=ComponentHealth(ready=True, name=container.llm.name if container.llm else "template"),
        auth_mode=container.settings.auth_mode,
        rate_limits=container.settings.rate_limits == "on",
    )
    return JSONResponse(body.model_dump(mode="json"), status_code=200 if storage_ready else 503)


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
