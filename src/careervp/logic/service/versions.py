"""Stored letter versions and the contract's views of them: one record shape for generated and edited letters,
the `cover_letter` object and the success body built from a record."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from careervp.logic.text import word_count
from careervp.logic.text_facts import cv_readings, posting_readings
from careervp.models.api import (
    CoverLetter,
    CoverLetterPublic,
    FVSValidation,
    Preferences,
    RequirementCoverage,
)
from careervp.models.codes import ResultCode
from careervp.models.cv import CV
from careervp.models.evidence import EvidenceMap
from careervp.models.job import JobPosting
from careervp.models.letter import QualityReport
from careervp.models.records import RETENTION_DAYS, CVRecord, JobRecord, LetterRecord
from careervp.vocabulary import company_matches


def other_applications(companies: Sequence[str], company_name: str) -> list[str]:
    """Companies of the user's other applications (`Repository.other_job_companies`): naming one of them in this
    letter is contamination. Postings of the same company (under any short form) are not "other"."""
    return [company for company in companies if not company_matches(company, company_name)]


def new_cv(*, user_id: str, cv_id: str, filename: str, content_type: str, cv: CV, now: datetime) -> CVRecord:
    """The stored record of a read CV, with its 90-day expiry and the readings of its texts every letter asks for."""
    return CVRecord(
        user_id=user_id,
        cv_id=cv_id,
        filename=filename,
        content_type=content_type,
        cv=cv,
        created_at=now,
        expires_at=now + timedelta(days=RETENTION_DAYS),
        readings=cv_readings(cv),
    )


def new_job(
    *,
    user_id: str,
    job_id: str,
    company_name: str,
    job_title: str,
    description: str,
    posting: JobPosting,
    now: datetime,
    url: str | None = None,
) -> JobRecord:
    """The stored record of a read job posting, with its 90-day expiry and the readings of its texts every letter
    asks for."""
    return JobRecord(
        user_id=user_id,
        job_id=job_id,
        company_name=company_name,
        job_title=job_title,
        description=description,
        url=url,
        posting=posting,
        created_at=now,
        expires_at=now + timedelta(days=RETENTION_DAYS),
        readings=posting_readings(posting),
    )


def new_version(
    *,
    user_id: str,
    cv_id: str,
    job_id: str,
    version: int,
    company_name: str,
    job_title: str,
    content: str,
    quality: QualityReport,
    preferences: Preferences,
    fvs: FVSValidation,
    code: ResultCode,
    model_used: str,
    now: datetime,
    cost: float = 0.0,
    edited: bool = False,
    words: int | None = None,
) -> LetterRecord:
    """The stored record of one letter version, generated or edited, with its 90-day expiry. `words`: the
    content's word count when it was counted already."""
    return LetterRecord(
        user_id=user_id,
        cv_id=cv_id,
        job_id=job_id,
        version=version,
        cover_letter_id=str(uuid.uuid4()),
        company_name=company_name,
        job_title=job_title,
        content=content,
        word_count=word_count(content) if words is None else words,
        personalization_score=quality.personalization,
        relevance_score=quality.relevance,
        tone_score=quality.tone,
        quality_score=quality.overall,
        quality=quality.details,
        preferences=preferences,
        fvs_validation=fvs,
        code=code.value,
        model_used=model_used,
        cost_estimate=cost,
        edited=edited,
        created_at=now,
        expires_at=now + timedelta(days=RETENTION_DAYS),
    )


def letter_view(record: LetterRecord) -> CoverLetter:
    """The contract's `cover_letter` object for a stored version."""
    return CoverLetter(
        cover_letter_id=record.cover_letter_id,
        cv_id=record.cv_id,
        job_id=record.job_id,
        user_id=record.user_id,
        company_name=record.company_name,
        job_title=record.job_title,
        content=record.content,
        word_count=record.word_count,
        personalization_score=record.personalization_score,
        relevance_score=record.relevance_score,
        tone_score=record.tone_score,
        generated_at=record.created_at,
        version=record.version,
    )


def letter_body(
    record: LetterRecord, urls: dict[str, str], *, processing_time_ms: int, cost: float
) -> CoverLetterPublic:
    """The contract's success body for a stored version, with the download links given."""
    return CoverLetterPublic(
        cover_letter=letter_view(record),
        fvs_validation=record.fvs_validation,
        quality_score=record.quality_score,
        code=ResultCode(record.code),
        processing_time_ms=processing_time_ms,
        cost_estimate=round(cost, 6),
        download_url=urls["pdf"],
        download_urls=urls,
        quality=record.quality,
        model_used=record.model_used,
    )


def requirement_coverage(evidence: EvidenceMap) -> list[RequirementCoverage]:
    """Each requirement, met or not, with the texts of its first three facts."""
    # One index of the facts: `EvidenceMap.fact` scans the list, and a letter's requirements name dozens of facts.
    fact_texts = {fact.fact_id: fact.text for fact in reversed(evidence.facts)}  # the first of an id, as `fact`
    out: list[RequirementCoverage] = []
    for req in evidence.requirements:
        facts = [fact_texts[fid] for fid in req.fact_ids if fid in fact_texts]
        out.append(
            RequirementCoverage(
                requirement=req.requirement,
                category=req.category.value,
                met=not req.is_gap,
                score=req.score,
                evidence=facts[:3],
            )
        )
    return out


def content_digest(*parts: bytes | str) -> str:
    """A short id drawn from the content, so the same files give the same id."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:16]
