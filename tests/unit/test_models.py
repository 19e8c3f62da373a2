from __future__ import annotations

import pytest
from pydantic import ValidationError

from careervp.models.api import CoverLetterCreate, Preferences
from careervp.models.codes import HTTP_STATUS, ResultCode


def test_every_code_has_a_status() -> None:
    assert set(HTTP_STATUS) == set(ResultCode)
    assert ResultCode.RATE_LIMIT_EXCEEDED.http_status == 429
    assert ResultCode.CV_LETTER_GENERATION_TIMEOUT.http_status == 504
    assert ResultCode.COVER_LETTER_GENERATED_WITH_WARNINGS.is_success
    assert not ResultCode.FVS_HALLUCINATION_DETECTED.is_success


def _request(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "cv_id": "cv1",
        "job_id": "job1",
        "company_name": "Acme Corp.",
        "job_title": "Sr. C++ Engineer",
    }
    body.update(overrides)
    return body


def test_valid_request_gets_defaults() -> None:
    req = CoverLetterCreate.model_validate(_request())
    assert req.preferences.tone == "professional"
    assert req.preferences.word_count_target == 300


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"company_name": "Acme<script>"}, "company_name"),
        ({"company_name": ""}, "company_name"),
        ({"job_title": "Dev_Ops"}, "job_title"),
        ({"cv_id": "x" * 256}, "cv_id"),
        ({"job_description": "x" * 50_001}, "job_description"),
        ({"preferences": {"word_count_target": 199}}, "preferences"),
        ({"preferences": {"word_count_target": True}}, "preferences"),
        ({"preferences": {"tone": "sarcastic"}}, "preferences"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_invalid_request_names_the_field(overrides: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        CoverLetterCreate.model_validate(_request(**overrides))
    assert excinfo.value.errors()[0]["loc"][0] == field


def test_accented_company_is_allowed() -> None:
    assert (
        CoverLetterCreate.model_validate(_request(company_name="Zürich Straße AG")).company_name == "Zürich Straße AG"
    )


def test_preferences_bounds() -> None:
    assert Preferences(word_count_target=500).word_count_target == 500


@pytest.mark.parametrize("bad", ["team/backend", ".", "..", "a\\b", "tab\there"])
def test_ids_must_be_addressable_path_segments(bad: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        CoverLetterCreate.model_validate(_request(job_id=bad))
    assert excinfo.value.errors()[0]["loc"][0] == "job_id"


def test_unicode_ids_are_fine() -> None:
    assert CoverLetterCreate.model_validate(_request(cv_id="zürich-cv\u200f")).cv_id == "zürich-cv\u200f"
