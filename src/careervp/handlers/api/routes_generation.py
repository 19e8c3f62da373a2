"""POST /api/cover-letter: auth -> idempotency claim -> rate limit (generations only) -> CoverLetterService.generate.

Replays of a stored answer never reach the rate limit; the headers on them report the quota without counting.

The route is async and awaits the service directly: a request waiting on a model holds no thread, so fifty
generations waiting two seconds each on a slow model take about two seconds, not fifty times two divided by a
thread pool. The few blocking store calls made here (rate counter, idempotency claim) run in worker threads.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from functools import partial
from typing import Annotated, Any

from anyio import to_thread
from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse, Response

from careervp.handlers.api import quota
from careervp.handlers.api.deps import CurrentUser, State
from careervp.handlers.api.errors import RATE_HEADERS, ApiError, elapsed_ms, error_responses
from careervp.handlers.api.idempotency import Produced, idempotency_key, request_hash
from careervp.handlers.api.json_body import StrictJSONRoute
from careervp.handlers.api.urls import absolute_links, absolute_urls, base_url
from careervp.logic.ports import StorageError
from careervp.models.api import CoverLetterCreate, CoverLetterPublic, ErrorPublic
from careervp.models.codes import ResultCode
from careervp.models.results import GenerationResult, UserContext

log = logging.getLogger("careervp.api.generation")
router = APIRouter(tags=["cover letters"], route_class=StrictJSONRoute)

# How long to suggest waiting when the model provider throttled us (the contract asks for retry_after on 429s).
LLM_RETRY_AFTER_S = 30
JSON = "application/json"

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=255,
        pattern=r"^[\x21-\x7e]+$",
        description="Repeat a request with the same key (and body) to get the stored result instead of a new letter.",
    ),
]


@router.post(
    "/api/cover-letter",
    response_model=CoverLetterPublic,
    summary="Generate a verified, scored cover letter",
    responses={
        200: {"description": "The letter, verified and scored", "headers": RATE_HEADERS},
        **error_responses(400, 401, 403, 404, 413, 429, 500, 502, 504, rate_headers=True),
    },
)
async def create_cover_letter(
    request: Request,
    body: CoverLetterCreate,
    user: CurrentUser,
    state: State,
    idempotency_key_header: IdempotencyKey = None,
) -> Response:
    rate_headers: dict[str, str] = {}

    async def take_quota() -> None:
        """Count this generation (a replay never gets here); refuse it when the tier's quota is spent."""
        rate_headers.update(await quota.charge(state, user))

    payload = body.model_dump(mode="json")
    body_hash = request_hash(payload)
    key = idempotency_key(user.user_id, body.cv_id, body.job_id, idempotency_key_header, body_hash)
    # A new letter's answer is serialised once, links absolute, and stored for retries where the letter was stored;
    # this response sends the same bytes.
    links = partial(absolute_links, base=base_url(request, state.container.settings))
    kept = state.idempotency.answer_for(user.user_id, key, links)

    def generate() -> Awaitable[GenerationResult]:
        return state.container.service.generate(body, user, request_key=key, answer=kept)

    try:
        produced = await state.idempotency.run(user.user_id, key, body_hash, generate, admit=take_quota, kept=kept)
    except ApiError as error:
        error.headers = {**rate_headers, **error.headers}
        raise
    except StorageError as error:
        raise ApiError(
            ResultCode.STORAGE_ERROR, "The store could not be reached; please retry.", headers=rate_headers
        ) from error

    headers = dict(rate_headers)
    if produced.content is not None and produced.result is not None:  # a new letter, sent as it was stored
        _record_metrics(state, produced.result)
        return Response(produced.content, status_code=produced.status_code, headers=headers, media_type=JSON)
    response_body = await _finish_body(request, state, user, produced)
    if produced.replayed:
        headers["Idempotent-Replayed"] = "true"
    retry_after = response_body.get("retry_after")
    if isinstance(retry_after, int):
        headers["Retry-After"] = str(retry_after)
    return JSONResponse(response_body, status_code=produced.status_code, headers=headers)


async def _finish_body(request: Request, state: State, user: UserContext, produced: Produced) -> dict[str, Any]:
    body = dict(produced.body)
    result = produced.result
    if result is not None:
        _record_metrics(state, result)
        if result.code is ResultCode.LLM_RATE_LIMITED and body.get("retry_after") is None:
            body["retry_after"] = LLM_RETRY_AFTER_S
        if not result.code.is_success:
            body["processing_time_ms"] = max(int(body.get("processing_time_ms") or 0), elapsed_ms(request))
    elif body.get("success") is True:
        body = await _refresh_links(state, user, body)
    return absolute_urls(request, state.container.settings, body)


async def _refresh_links(state: State, user: UserContext, body: dict[str, Any]) -> dict[str, Any]:
    """A replayed answer may be hours old: sign its download links afresh (the stored ones may have expired)."""
    letter = body.get("cover_letter") or {}
    urls = await to_thread.run_sync(
        state.container.service.files.fresh_links,
        user.user_id,
        str(letter.get("cv_id")),
        str(letter.get("job_id")),
        int(letter.get("version") or 0) or None,
    )
    if urls is None:
        return body
    return {**body, "download_url": urls.get("pdf"), "download_urls": urls}


def _record_metrics(state: State, result: GenerationResult) -> None:
    body, code = result.body, result.code
    fvs = body.fvs_validation
    state.metrics.record_generation(
        code,
        duration_ms=float(body.processing_time_ms),
        quality=body.quality_score if isinstance(body, CoverLetterPublic) else None,
        violations=len(fvs.violations) if fvs is not None else None,
        cost_usd=float(body.cost_estimate),
    )
    if isinstance(body, ErrorPublic):
        log.info("generation failed", extra={"code": code.value, "error": body.error})
