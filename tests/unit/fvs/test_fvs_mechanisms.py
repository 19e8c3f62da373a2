"""Smaller mechanisms: computed figures, company news, sentence ends, missing dates, missing posting."""

from __future__ import annotations

from datetime import date

import pytest

from careervp.logic.fvs import verify_letter
from careervp.logic.fvs.letter import split_sentences
from careervp.logic.fvs.sources import Sources
from careervp.models.cv import CV, ExperienceEntry, Person

from .personas import IDRIS, IDRIS_LETTER, critical_fields, mutate, verify_idris


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # CV: "from 6 hours to 50 minutes" -> the change and the ratio are honest paraphrases.
        ("cut the nightly warehouse load from six hours to 50 minutes", "cut the nightly warehouse load by 86 percent"),
        ("cut the nightly warehouse load from six hours to 50 minutes", "made the nightly warehouse load 7.2x faster"),
        ("I manage seven engineers across two squads", "I manage seven engineers, a total of 7 people"),
    ],
)
def test_figures_computed_from_one_cv_line_pass(old: str, new: str) -> None:
    assert verify_idris(mutate(old, new)).is_valid


def test_an_endpoint_must_be_stated_not_computed() -> None:
    # 6 hours - 50 minutes is about 5.2 hours; as the end point of "from ... to ..." it is a changed figure.
    letter = mutate("from six hours to 50 minutes", "from six hours to 5 hours")
    assert "metric" in critical_fields(verify_idris(letter))


def test_invented_news_about_the_company_is_flagged() -> None:
    letter = mutate("is the kind of scale I enjoy.", "is the kind of scale I enjoy. Your new Madrid data centre opened "
                    "last month.")  # fmt: skip
    assert "company_fact" in critical_fields(verify_idris(letter))


def test_news_the_posting_gives_passes() -> None:
    letter = mutate("is the kind of scale I enjoy.", "is the kind of scale I enjoy. Your new lakehouse on Databricks "
                    "is part of that.")  # fmt: skip
    assert verify_idris(letter).is_valid


def test_sentence_ends_after_a_company_suffix_but_not_after_a_title() -> None:
    texts = [
        s.text for s in split_sentences("I work at Acme Co. With them I grew. A Sr. Engineer helped. Series C. It won.")
    ]
    assert texts == ["I work at Acme Co.", "With them I grew.", "A Sr. Engineer helped.", "Series C.", "It won."]


def test_career_span_falls_back_to_raw_text_years() -> None:
    cv = CV(
        person=Person(name="A. Person"),
        experience=[ExperienceEntry(employer="Corvane Tools", title="Analyst")],
        raw_text="Analyst, Corvane Tools, 2016 - 2019\nSenior Analyst, Brisk Ledger, 2020 – Present",
    )
    sources = Sources(cv, None, "Target Co", "Analyst", None, date(2026, 11, 15))
    assert sources.career is not None
    assert 9.5 < sources.career.max_years < 11


def test_verify_without_a_posting_still_checks_the_candidate() -> None:
    result = verify_letter(
        mutate("I have nine years", "I have fourteen years"),
        cv=IDRIS,
        job=None,
        company_name="Tidewater Analytics",
        job_title="Principal Data Engineer, Platform",
        today=date(2026, 11, 15),
    )
    assert result.company_name_verified
    assert "date_or_duration" in critical_fields(result)


def test_never_having_worked_with_a_tool_is_honest() -> None:
    letter = mutate("and I would be glad to learn them.", "and I have never worked with Dagster either.")
    assert verify_idris(letter).is_valid


def test_default_today_is_used_when_not_given() -> None:
    result = verify_letter(
        IDRIS_LETTER,
        cv=IDRIS,
        job=None,
        company_name="Tidewater Analytics",
        job_title="Principal Data Engineer, Platform",
    )
    assert result.company_name_verified
