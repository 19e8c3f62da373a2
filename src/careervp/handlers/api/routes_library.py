"""The caller's CVs and job postings: upload / create, read, list, delete. Everything is scoped to the token's user;
another user's id answers 403 FORBIDDEN (see careervp.logic.library for why), an unknown one 404.

Parsing a CV (PDF, DOCX) is CPU work in a third-party library, so it runs in a worker thread.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from anyio import to_thread
from fastapi import APIRouter, Path, Request
from starlette.datastructures import UploadFile

from careervp.handlers.api.deps import CurrentUser, LibraryDep, State
from careervp.handlers.api.errors import ApiError, error_responses
from careervp.handlers.api.json_body import StrictJSONRoute
from careervp.handlers.api.schemas import (
    CVList,
    CVPublic,
    CVSummary,
    DeletionPublic,
    JobCreate,
    JobList,
    JobPublic,
    JobSummary,
)
from careervp.models.codes import ResultCode

router = APIRouter(tags=["library"], route_class=StrictJSONRoute)

CvId = Annotated[str, Path(min_length=1, max_length=255, description="A CV id from POST /api/cvs")]
JobId = Annotated[str, Path(min_length=1, max_length=255, description="A job id from POST /api/jobs")]

_CV_UPLOAD_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "description": "The CV: PDF, DOCX, Markdown, plain text or JSON Resume, at most 5 MB.",
                    }
                },
            }
        },
        "application/json": {
            "schema": {
                "type": "object",
                "description": "A JSON Resume document (https://jsonresume.org/schema, v1.0.0).",
                "additionalProperties": True,
            }
        },
    },
}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _safe_filename(name: str | None) -> str:
    base = re.split(r"[\\/]", name or "")[-1]
    cleaned = _CONTROL.sub("", base).strip()[:255]
    return cleaned or "cv"


async def _read_multipart(request: Request, limit: int) -> tuple[bytes, str, str]:
    form = await request.form(max_files=1, max_fields=10, max_part_size=64 * 1024)
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise ApiError(
                ResultCode.INVALID_REQUEST, "file: a file is required (multipart field 'file').", field="file"
            )
        data = await upload.read(limit + 1)
        filename = _safe_filename(upload.filename)
        content_type = (upload.content_type or "application/octet-stream")[:255]
    finally:
        await form.close()
    if len(data) > limit:
        raise ApiError(ResultCode.PAYLOAD_TOO_LARGE, f"file: the file exceeds {limit} bytes.", field="file")
    return data, filename, content_type


@router.post(
    "/api/cvs",
    status_code=201,
    response_model=CVPublic,
    summary="Upload a CV (multipart field `file`, or a JSON Resume body)",
    openapi_extra={"requestBody": _CV_UPLOAD_BODY},
    responses=error_responses(400, 401, 413, 500),
)
async def upload_cv(request: Request, user: CurrentUser, state: State) -> CVPublic:
    limit = state.container.settings.max_upload_bytes
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "multipart/form-data":
        data, filename, content_type = await _read_multipart(request, limit)
    elif media == "application/json" or media.endswith("+json"):
        data, filename, content_type = await request.body(), "resume.json", "application/json"
        if len(data) > limit:
            raise ApiError(ResultCode.PAYLOAD_TOO_LARGE, f"file: the CV exceeds {limit} bytes.", field="file")
    else:
        raise ApiError(
            ResultCode.INVALID_REQUEST,
            "file: send the CV as multipart/form-data (field 'file') or a JSON Resume as application/json.",
            field="file",
        )
    if not data.strip():
        raise ApiError(ResultCode.INVALID_REQUEST, "file: the file is empty.", field="file")
    record = await to_thread.run_sync(state.container.library.add_cv, user.user_id, data, filename, content_type)
    return CVPublic.of(record)


@router.get("/api/cvs", response_model=CVList, summary="List your CVs", responses=error_responses(401, 500))
def list_cvs(user: CurrentUser, library: LibraryDep) -> CVList:
    records = library.list_cvs(user.user_id)
    return CVList(cvs=[CVSummary.of(r) for r in records], count=len(records))


@router.get(
    "/api/cvs/{cv_id}",
    response_model=CVPublic,
    summary="One CV, as parsed",
    responses=error_responses(400, 401, 403, 404, 500),
)
def get_cv(cv_id: CvId, user: CurrentUser, library: LibraryDep) -> CVPublic:
    return CVPublic.of(library.get_cv(user.user_id, cv_id))


@router.delete(
    "/api/cvs/{cv_id}",
    response_model=DeletionPublic,
    summary="Delete a CV and every letter written from it",
    responses=error_responses(400, 401, 403, 404, 500),
)
def delete_cv(cv_id: CvId, user: CurrentUser, library: LibraryDep) -> DeletionPublic:
    return DeletionPublic(deleted=library.delete_cv(user.user_id, cv_id))


@router.post(
    "/api/jobs",
    status_code=201,
    response_model=JobPublic,
    summary="Register a job posting",
    responses=error_responses(400, 401, 413, 500),
)
def create_job(body: JobCreate, user: CurrentUser, library: LibraryDep) -> JobPublic:
    record = library.add_job(
        user.user_id,
        company_name=body.company_name,
        job_title=body.job_title,
        description=body.description,
        url=body.url,
    )
    return JobPublic.of(record)


@router.get("/api/jobs", response_model=JobList, summary="List your job postings", responses=error_responses(401, 500))
def list_jobs(user: CurrentUser, library: LibraryDep) -> JobList:
    records = library.list_jobs(user.user_id)
    return JobList(jobs=[JobSummary.of(r) for r in records], count=len(records))


@router.get(
    "/api/jobs/{job_id}",
    response_model=JobPublic,
    summary="One job posting, as parsed",
    responses=error_responses(400, 401, 403, 404, 500),
)
def get_job(job_id: JobId, user: CurrentUser, library: LibraryDep) -> JobPublic:
    return JobPublic.of(library.get_job(user.user_id, job_id))


@router.delete(
    "/api/jobs/{job_id}",
    response_model=DeletionPublic,
    summary="Delete a job posting and every letter written for it",
    responses=error_responses(400, 401, 403, 404, 500),
)
def delete_job(job_id: JobId, user: CurrentUser, library: LibraryDep) -> DeletionPublic:
    return DeletionPublic(deleted=library.delete_job(user.user_id, job_id))


@router.delete(
    "/api/me",
    response_model=DeletionPublic,
    summary="Erase everything you own: CVs, jobs, letters, rendered files; tokens issued so far stop working",
    responses=error_responses(401, 500),
)
def delete_me(user: CurrentUser, library: LibraryDep) -> DeletionPublic:
    return DeletionPublic(deleted=library.delete_account(user.user_id))
