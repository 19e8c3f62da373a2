"""Routes without a bearer token: health, Prometheus metrics, and downloads (the signed URL is the credential)."""

from __future__ import annotations

import re
from typing import Annotated

from anyio import to_thread
from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse, RedirectResponse, Response

from careervp.core.observability import METRICS_CONTENT_TYPE
from careervp.dal.signing import Presigning, SignedLinks
from careervp.handlers.api.deps import AppState, State
from careervp.handlers.api.errors import ApiError, error_responses
from careervp.handlers.api.schemas import ComponentHealth, Health
from careervp.logic.ports import StorageError
from careervp.models.codes import ResultCode
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


PRESIGNED_REDIRECT_S = 300
_BAD_LINK = "This download link is invalid or has expired; open the letter again for a fresh link."


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
    """Every part of the link is checked here rather than by FastAPI's validation: a mangled link of any shape is
    403, never 400."""
    blobs = state.container.blobs
    if not isinstance(blobs, SignedLinks):
        raise ApiError(ResultCode.NOT_FOUND, "Downloads are served by the blob store's own links.")
    expires = int(exp) if exp is not None and exp.isascii() and exp.isdigit() and len(exp) <= 12 else None
    if name is None or expires is None or sig is None or not blobs.verify(key, name, expires, sig):
        raise ApiError(ResultCode.FORBIDDEN, _BAD_LINK)
    if isinstance(blobs, Presigning):
        # The object store serves the bytes; a fresh short link means the role's credentials are always current.
        return RedirectResponse(blobs.presign(key, name, PRESIGNED_REDIRECT_S), status_code=302)
    try:
        data = blobs.get(key) or _draw_on_first_use(state, key)
    except StorageError as error:
        raise ApiError(ResultCode.STORAGE_ERROR, "The letter file could not be read or saved; please retry.") from error
    if data is None:
        raise ApiError(ResultCode.NOT_FOUND, "This letter no longer exists.")
    fmt = key.rsplit(".", 1)[-1].lower()
    ascii_name = "".join(ch if ch.isascii() and ch.isprintable() and ch not in '"\\' else "_" for ch in name)
    return Response(
        data,
        media_type=CONTENT_TYPES.get(fmt, "application/octet-stream"),
        headers={
            "Content-Disposition": f'attachment; filename="{ascii_name}"',
            "Cache-Control": "private, no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


_LETTER_KEY = re.compile(r"(?P<user>[^/]+)/(?P<cv>[^/]+)/(?P<job>[^/]+)/v(?P<version>[1-9]\d{0,8})\.(?P<fmt>[a-z]+)")


def _draw_on_first_use(state: AppState, key: str) -> bytes | None:
    """Renderings not drawn at generation (PDF, DOCX) are drawn on their first download, from the stored version."""
    match = _LETTER_KEY.fullmatch(key)
    if match is None:
        return None
    container = state.container
    record = container.repository.get_letter(match["user"], match["cv"], match["job"], int(match["version"]))
    return container.service.letter_file(record, match["fmt"]) if record is not None else None
