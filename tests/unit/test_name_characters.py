"""The contract's characters for company_name and job_title, on the request models themselves."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from careervp.handlers.api.schemas import JobCreate
from careervp.models.api import NAME_PUNCTUATION, CoverLetterCreate

ACCEPTED = [
    "Lead Mechanical Engineer – Battery Enclosures",
    "Rosa’s Kitchen",
    "C# Developer: Payments",
    "Yahoo!",
    "Procter & Gamble Co.",
    "O'Neill (UK) Ltd., R+D / Ops",
    "Zu\u0308rich Versicherung",  # a combining accent, as some keyboards and PDFs write it
    "टाटा मोटर्स",  # Devanagari vowel signs are marks, not letters
    "株式会社トヨタ",
    "Café ١٢٣",
    "A" * 255,
]

REFUSED = [
    "",
    "   ",
    "<script>alert(1)</script>",
    "Acme>",
    "Acme\x07",
    "Acme\tCorp",
    "Acme\u2028Corp",
    "Acme\u202eCorp",
    "Acme\ufeff",
    "Acme;",
    "Acme_Corp",
    "‘Acme’",
    "Acme™",
    "Acme 😀",
    "A" * 256,
]


def _request(**names: str) -> CoverLetterCreate:
    return CoverLetterCreate.model_validate(
        {"cv_id": "cv", "job_id": "job", "company_name": "Acme", "job_title": "Engineer", **names}
    )


def test_the_rule_lists_exactly_the_contracts_punctuation() -> None:
    assert sorted(NAME_PUNCTUATION) == sorted("-–—.&,'’()/+:#!")


@pytest.mark.parametrize("value", ACCEPTED)
@pytest.mark.parametrize("field", ["company_name", "job_title"])
def test_names_people_paste_are_accepted_by_both_models(field: str, value: str) -> None:
    assert getattr(_request(**{field: value}), field) == value
    job = JobCreate.model_validate({"company_name": "Acme", "job_title": "Engineer", "description": "d", field: value})
    assert getattr(job, field) == value


@pytest.mark.parametrize("value", REFUSED)
@pytest.mark.parametrize("field", ["company_name", "job_title"])
def test_control_format_and_markup_characters_are_refused_naming_the_field(field: str, value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _request(**{field: value})
    assert caught.value.errors()[0]["loc"] == (field,)
    with pytest.raises(ValidationError) as job_error:
        JobCreate.model_validate({"company_name": "Acme", "job_title": "Engineer", "description": "d", field: value})
    assert job_error.value.errors()[0]["loc"] == (field,)


def test_no_break_spaces_become_plain_spaces_and_the_ends_are_trimmed() -> None:
    assert _request(company_name="\u00a0Acme\u202fCorp ").company_name == "Acme Corp"
