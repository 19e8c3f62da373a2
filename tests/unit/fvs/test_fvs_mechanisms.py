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


def test_a_recent_window_is_not_a_length_of_service() -> None:
    letter = mutate("I have nine years of experience in data engineering.", "In the past two years I have led a team.")
    assert verify_idris(letter).is_valid
    longer = mutate(
        "I have nine years of experience in data engineering.", "For the past fifteen years I have led teams."
    )
    assert "date_or_duration" in critical_fields(verify_idris(longer))


def test_a_known_name_claimed_as_an_employer_is_critical() -> None:
    # "Google" is in the CV only as a product (Google BigQuery, Google Cloud).
    letter = mutate("Partners in 2015.", "Partners in 2015, after an internship at Google.")
    assert critical_fields(verify_idris(letter)).get("employer") == ["Google"]


def test_honours_need_the_cv() -> None:
    letter = mutate("I hold an MSc in Data Science", "I graduated summa cum laude with an MSc in Data Science")
    assert "summa cum laude" in critical_fields(verify_idris(letter))["credential"]


def test_acronym_of_words_the_cv_spells_out_is_known() -> None:
    cv = CV(
        person=Person(name="Noor Abbasi"),
        experience=[ExperienceEntry(employer="Quayle Payroll Inc.", title="Product Marketing Manager")],
        raw_text="Product Marketing Manager, Quayle Payroll Inc.\n- Built battlecards used by 85 account executives.\n"
        "- Ran 8 professional-development workshops.",
    )
    letter = (
        "Dear Ardent team,\n\nI am applying for the Product Marketing Manager role at Ardent. At Quayle I built "
        "battlecards for 85 AEs and ran 8 PD workshops. I also trained 12 SDRs.\n\nBest,\nNoor Abbasi"
    )
    result = verify_letter(letter, cv=cv, job=None, company_name="Ardent", job_title="Product Marketing Manager")
    flagged = {v.found for v in result.violations}
    assert "AEs" not in flagged
    assert "PD" not in flagged
    assert "SDRs" in flagged


def test_address_block_above_the_greeting_is_not_checked() -> None:
    letter = "Idris Okonkwo-Bell\n12 Quarry Lane, Leeds LS2 9JT\n28 November 2026\n\n" + IDRIS_LETTER
    assert verify_idris(letter).is_valid


@pytest.mark.parametrize("described", ["a former BI developer", "an experienced BI developer"])
def test_words_describing_the_person_are_not_part_of_the_title(described: str) -> None:
    letter = mutate("I started my career as a BI developer", f"I started my career as {described}")
    assert verify_idris(letter).is_valid


def test_a_posting_figure_does_not_back_a_changed_cv_figure() -> None:
    # The posting says 260 people and 400 retailers; "260 engineers" is still not the candidate's team.
    letter = mutate("I manage seven engineers across two squads", "I manage 260 engineers across two squads")
    assert "metric" in critical_fields(verify_idris(letter))


def test_posting_figures_about_the_company_pass_in_first_person_sentences() -> None:
    letter = mutate("is the kind of scale I enjoy.", "is the kind of scale I enjoy, and a team of 260 people is "
                    "the size I work best in.")  # fmt: skip
    assert verify_idris(letter).is_valid


def test_a_compound_title_is_read_across_its_comma() -> None:
    letter = mutate("Principal Data Engineer, Platform role", "Staff Data Engineer, Platform role")
    result = verify_idris(letter)
    assert "Staff Data Engineer, Platform" in critical_fields(result)["job_title"]
    assert not result.job_title_verified
