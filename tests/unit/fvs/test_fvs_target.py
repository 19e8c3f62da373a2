"""Target checks: company name, job title, contamination, refusals and prompt leftovers."""

from __future__ import annotations

import pytest

from .personas import IDRIS_LETTER, critical_fields, mutate, verify_idris


def test_faithful_letter_passes() -> None:
    result = verify_idris(IDRIS_LETTER)
    assert result.is_valid, result.violations
    assert result.company_name_verified
    assert result.job_title_verified


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("role at Tidewater Analytics.", "role at Tidewater Analytics GmbH."),
        ("role at Tidewater Analytics.", "role at TIDEWATER ANALYTICS."),
        ("role at Tidewater Analytics.", "role at Tidewater."),
        ("Principal Data Engineer, Platform role", "principal data engineer, platform role"),
        ("Principal Data Engineer, Platform role", "Principal Data Engineer role"),
        ("Principal Data Engineer, Platform role", "Principal Data Eng. role"),
    ],
)
def test_short_forms_case_and_abbreviations_pass(old: str, new: str) -> None:
    result = verify_idris(mutate(old, new))
    assert result.is_valid, result.violations
    assert result.company_name_verified
    assert result.job_title_verified


def test_misspelt_company_is_critical_with_its_span() -> None:
    letter = mutate("Dear Tidewater hiring team", "Dear Hiring Manager")
    letter = mutate("role at Tidewater Analytics.", "role at Tidewaver Analytics.", letter)
    result = verify_idris(letter)
    assert not result.company_name_verified
    (problem,) = [v for v in result.critical if v.field == "company_name" and v.found]
    assert problem.found == "Tidewaver Analytics"
    assert problem.span_start is not None
    assert letter[problem.span_start : problem.span_end] == problem.found


def test_another_company_addressed_is_critical() -> None:
    result = verify_idris(mutate("role at Tidewater Analytics.", "role at Harbourline Data."))
    assert not result.company_name_verified
    assert "Harbourline Data" in critical_fields(result)["company_name"]


def test_diverging_company_suffix_is_critical() -> None:
    result = verify_idris(mutate("role at Tidewater Analytics.", "role at Tidewater Solutions."))
    assert not result.company_name_verified


def test_company_never_named_is_critical_without_span() -> None:
    letter = mutate("Dear Tidewater hiring team", "Dear Hiring Manager")
    letter = mutate("role at Tidewater Analytics.", "role at your company.", letter)
    result = verify_idris(letter)
    assert not result.company_name_verified
    assert any(v.field == "company_name" and v.span_start is None for v in result.critical)


@pytest.mark.parametrize(
    "wrong", ["Senior Data Engineer", "Principal Analytics Engineer", "Data Platform Manager", "Junior Data Engineer"]
)
def test_misnamed_job_title_is_critical(wrong: str) -> None:
    letter = mutate("Principal Data Engineer, Platform role", f"{wrong} role")
    result = verify_idris(letter)
    assert not result.job_title_verified
    assert wrong in critical_fields(result)["job_title"]


def test_missing_job_title_is_critical() -> None:
    result = verify_idris(mutate("Principal Data Engineer, Platform role", "open role"))
    assert not result.job_title_verified
    assert "job_title" in critical_fields(result)


def test_contamination_names_another_application() -> None:
    letter = mutate("I enjoy.", "I enjoy, just as I told Quarrymoor Systems last week.")
    result = verify_idris(letter, other_companies=("Quarrymoor Systems, Inc.",))
    assert critical_fields(result)["contamination"] == ["Quarrymoor Systems"]


def test_contamination_ignores_the_target_and_own_employers() -> None:
    result = verify_idris(IDRIS_LETTER, other_companies=("Tidewater Analytics", "Northwind Freightworks", ""))
    assert "contamination" not in critical_fields(result)


@pytest.mark.parametrize(
    "leftover",
    [
        "As an AI language model, I cannot write this letter.",
        "I'm sorry, but I can't help with that request.",
        "Here is your cover letter:",
        "[Your Name]",
        "<evidence>E3</evidence>",
        "I hope this helps!",
    ],
)
def test_refusals_and_prompt_leftovers_are_critical(leftover: str) -> None:
    result = verify_idris(IDRIS_LETTER + "\n" + leftover)
    assert "refusal" in critical_fields(result)
    assert not result.is_valid
