"""Stored letter versions: list, read (latest or ?version=N), delete, and re-verify an edited text (optionally
keeping it as a new version). Download links in the answers are signed afresh on every read."""

from __future__ import annotations

import functools
from typing import Annotated

from anyio import to_thread
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from careervp.handlers.api import quota
from careervp.handlers.api.deps import CurrentUser, LibraryDep, State
from careervp.handlers.api.errors import ApiError, error_responses
from careervp.handlers.api.json_body import StrictJSONRoute
from careervp.handlers.api.schemas import (
    DeletionPublic,
    LetterCheck,
    LetterCheckPublic,
    LetterVersionList,
    LetterVersionPublic,
)
from careervp.handlers.api.urls import absolute_urls
from careervp.logic.library import Library
from careervp.logic.service import letter_view
from careervp.models.codes import ResultCode
from careervp.models.records import LetterRecord

router = APIRouter(tags=["cover letters"], route_class=StrictJSONRoute)

CvId = Annotated[str, Path(min_length=1, max_length=255)]
JobId = Annotated[str, Path(min_length=1, max_length=255)]
Version = Annotated[int | None, Query(ge=1, le=1_000_000, description="A version number; the latest when omitted")]
FilterId = Annotated[str | None, Query(min_length=1, max_length=255)]


def _view(request: Request, state: State, library: Library, record: LetterRecord) -> LetterVersionPublic:
    urls = library.download_urls(record)
    linked = absolute_urls(request, state.container.settings, {"download_urls": urls})
    return LetterVersionPublic.of(record, letter_view(record), linked["download_urls"])


@router.get(
    "/api/cover-letters",
    response_model=LetterVersionList,
    summary="List your letter versions (optionally for one CV and/or job), oldest first",
    responses=error_responses(400, 401, 500),
)
def list_letters(
    request: Request,
    user: CurrentUser,
    state: State,
    library: LibraryDep,
    cv_id: FilterId = None,
    job_id: FilterId = None,
) -> LetterVersionList:
    records = library.list_letters(user.user_id, cv_id=cv_id, job_id=job_id)
    return LetterVersionList(cover_letters=[_view(request, state, library, r) for r in records], count=len(records))


@router.get(
    "/api/cover-letters/{cv_id}/{job_id}",
    response_model=LetterVersionPublic,
    summary="One letter version: the latest, or ?version=N",
    responses=error_responses(400, 401, 403, 404, 500),
)
def get_letter(
    request: Request,
    cv_id: CvId,
    job_id: JobId,
    user: CurrentUser,
    state: State,
    library: LibraryDep,
    version: Version = None,
) -> LetterVersionPublic:
    return _view(request, state, library, library.get_letter(user.user_id, cv_id, job_id, version))


@router.delete(
    "/api/cover-letters/{cv_id}/{job_id}",
    response_model=DeletionPublic,
    summary="Delete one version (?version=N) or every version of a letter",
    responses=error_responses(400, 401, 403, 404, 500),
)
def delete_letter(
    cv_id: CvId, job_id: JobId, user: CurrentUser, library: LibraryDep, version: Version = None
) -> DeletionPublic:
    return DeletionPublic(deleted=library.delete_letter(user.user_id, cv_id, job_id, version))


@router.post(
    "/api/cover-letters/{cv_id}/{job_id}/verify",
    response_model=LetterCheckPublic,
    summary="Re-verify an edited letter (FVS and scores); with ?save=true keep it as a new version",
    description=(
        "The edit is checked like a generated letter, against the CV and the posting, with the company, title and "
        "preferences of the version it started from (`version`, else the latest). With `save=true` it is stored as "
        "a new version, unless FVS finds a critical violation: then 400 FVS_HALLUCINATION_DETECTED and nothing is "
        "stored."
    ),
    responses=error_responses(400, 401, 403, 404, 413, 429, 500, rate_headers=True),
)
async def verify_letter(
    request: Request,
    cv_id: CvId,
    job_id: JobId,
    body: LetterCheck,
    user: CurrentUser,
    state: State,
    library: LibraryDep,
    save: Annotated[bool, Query(description="Store the edit as a new version")] = False,
) -> JSONResponse:
    # Verifying costs what a generation's checks cost, so it counts against the same quota.
    headers = await quota.charge(state, user, "letters and verifications")
    outcome = await to_thread.run_sync(
        functools.partial(library.verify_edit, base_version=body.version, save=save),
        user.user_id,
        cv_id,
        job_id,
        body.content,
    )
    if save and outcome.saved is None:
        raise ApiError(
            ResultCode.FVS_HALLUCINATION_DETECTED,
            "The edited letter states something the CV does not support, so it was not saved: "
            + "; ".join(v.message for v in outcome.fvs.critical[:3]),
            fvs_validation=outcome.fvs,
            headers=headers,
        )
    verified = LetterCheckPublic(
        code=outcome.code.value,
        fvs_validation=outcome.fvs,
        quality_score=outcome.quality.overall,
        personalization_score=outcome.quality.personalization,
        relevance_score=outcome.quality.relevance,
        tone_score=outcome.quality.tone,
        quality=outcome.quality.details,
        word_count=outcome.word_count,
        saved=_view(request, state, library, outcome.saved) if outcome.saved else None,
    )
    return JSONResponse(verified.model_dump(mode="json"), headers=headers)
