from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from careervp.models.api import FVSValidation, Preferences
from careervp.models.cv import Person
from careervp.models.records import LetterRecord

LETTER_TEXT = """Dear Hiring Manager,

I would like to apply for the Senior Backend Engineer role at Zürich Ledger AG – the payments team.
At Kelpline I cut p99 latency from 820 ms to 210 ms.

I led a team of five engineers and shipped 14 services.

Kind regards,
Zoë Łukasik-Marwick"""


def make_letter(content: str = LETTER_TEXT, **overrides: object) -> LetterRecord:
    created = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    fields: dict[str, object] = {
        "user_id": "u1",
        "cv_id": "cv1",
        "job_id": "job1",
        "version": 2,
        "cover_letter_id": "cl-1",
        "company_name": "Zürich Ledger AG",
        "job_title": "Senior Backend Engineer",
        "content": content,
        "word_count": len(content.split()),
        "personalization_score": 0.8,
        "relevance_score": 0.7,
        "tone_score": 0.9,
        "quality_score": 0.79,
        "preferences": Preferences(),
        "fvs_validation": FVSValidation(is_valid=True, company_name_verified=True, job_title_verified=True),
        "code": "COVER_LETTER_GENERATED_SUCCESS",
        "created_at": created,
        "expires_at": created + timedelta(days=90),
    }
    fields.update(overrides)
    return LetterRecord.model_validate(fields)


@pytest.fixture
def letter() -> LetterRecord:
    return make_letter()


@pytest.fixture
def candidate() -> Person:
    return Person(
        name="Zoë Łukasik-Marwick",
        headline="Senior Backend Engineer",
        email="zoe@example.org",
        phone="+44 20 7946 0000",
        location="Edinburgh, UK",
        links=["https://github.com/zoe"],
    )
