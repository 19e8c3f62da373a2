"""Candidate facts: employers, roles, dates and durations, metrics, degrees and certificates, skills."""

from __future__ import annotations

import pytest

from careervp.models.api import GapResponse, GapResponses, Severity

from .personas import critical_fields, mutate, verify_idris

# (kind, original text, fabricated replacement, text the violation must cover)
FABRICATIONS = [
    ("employer", "at Halcyon Grocery as", "at Halcyon Grocery and Ferrybridge Foods as", "Ferrybridge Foods"),
    ("employer", "in 2015.", "in 2015 and later consulted for Marlowe & Finch.", "Marlowe & Finch"),
    ("role", "As Lead Data Engineer at Northwind", "As Head of Data at Northwind", "Head of Data"),
    ("role", "as a data engineer, building", "as a senior data engineer, building", "senior data engineer"),
    ("date_or_duration", "I have nine years", "I have fourteen years", "fourteen years"),
    ("date_or_duration", "I spent three years at Halcyon", "I spent six years at Halcyon", "six years"),
    ("date_or_duration", "Partners in 2015", "Partners in 2011", "2011"),
    ("metric", "3.2 billion events", "5 billion events", "5 billion"),
    ("metric", "by 28 percent", "by 38 percent", "38 percent"),
    ("metric", "I manage seven engineers", "I manage seventeen engineers", "seventeen"),
    ("metric", "roughly £240K a year", "roughly £420K a year", "£420K"),
    ("credential", "I hold an MSc in Data Science", "I hold a PhD in Data Science", "PhD"),
    ("credential", "I hold an MSc in Data Science", "I hold an MSc in Physics", "MSc in Physics"),
    (
        "credential",
        "Data Engineer. I",
        "Data Engineer and hold the SnowPro Advanced Architect certification. I",
        "SnowPro",
    ),
    ("skill", "with dbt on Snowflake", "with dbt on Snowflake and Databricks", "Databricks"),
    ("skill", "I manage seven engineers", "I orchestrate pipelines with Dagster and manage seven engineers", "Dagster"),
    ("skill", "building Airflow DAGs", "building Airflow DAGs in Rust", "Rust"),
]


@pytest.mark.parametrize(("kind", "old", "new", "covered"), FABRICATIONS)
def test_fabrication_is_critical_at_its_span(kind: str, old: str, new: str, covered: str) -> None:
    letter = mutate(old, new)
    result = verify_idris(letter)
    assert not result.is_valid
    start = letter.index(covered, letter.index(new))
    end = start + len(covered)
    hits = [v for v in result.critical if v.span_start is not None and v.span_start < end and start < v.span_end]
    assert hits, result.violations
    assert kind in {v.field for v in hits}
    for v in hits:
        assert letter[v.span_start : v.span_end] == v.found


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("I have nine years", "I have more than eight years"),
        ("I have nine years", "I have over ten years"),  # career 2015-09 .. 2026-11 is eleven years
        ("I have nine years", "I have nearly nine years"),
        ("3.2 billion events per month", "3,200,000,000 events per month"),
        ("by 28 percent", "by 28%"),
        ("roughly £240K a year", "about £240,000 a year"),
        ("from six hours to 50 minutes", "from 6 hours to fifty minutes"),
        ("I manage seven engineers", "I manage a team of 7 engineers"),
        ("on Flink and Kafka", "on Apache Flink and Apache Kafka"),
        ("As Lead Data Engineer at Northwind", "As the lead data engineer at Northwind"),
        ("I spent three years at Halcyon Grocery", "I spent about three years at Halcyon Grocery Group"),
    ],
)
def test_paraphrases_pass(old: str, new: str) -> None:
    result = verify_idris(mutate(old, new))
    assert result.is_valid, result.violations


def test_more_than_n_years_needs_n_within_the_career() -> None:
    assert not verify_idris(mutate("I have nine years", "I have more than twelve years")).is_valid


@pytest.mark.parametrize(
    "honest",
    [
        "I have not yet used Databricks, but I am eager to learn it.",
        "Databricks would be new to me, and I would ramp up on it quickly.",
        "I look forward to learning Delta Lake alongside your team.",
    ],
)
def test_naming_a_posting_skill_honestly_passes(honest: str) -> None:
    letter = mutate("I have not yet worked with Databricks or Delta Lake, and I would be glad to learn them.", honest)
    assert verify_idris(letter).is_valid


def test_describing_the_posting_stack_is_not_a_claim() -> None:
    letter = mutate(
        "is the kind of scale I enjoy.", "is the kind of scale I enjoy. Your lakehouse on Databricks is too."
    )
    assert verify_idris(letter).is_valid


def test_gap_answers_count_as_evidence() -> None:
    letter = mutate("with dbt on Snowflake", "with dbt on Snowflake, and I prototyped a Databricks migration")
    assert not verify_idris(letter).is_valid
    gap = GapResponses(
        responses=[
            GapResponse(
                question_id="q1",
                response_text="I prototyped a Databricks migration on a side project.",
                skills_mentioned=["Databricks"],
            )
        ]
    )
    assert verify_idris(letter, gap_responses=gap).is_valid


def test_company_fact_not_in_posting_is_flagged() -> None:
    letter = mutate("Sensing demand for 400 European retailers", "Sensing demand for 900 European retailers")
    result = verify_idris(letter)
    assert not result.is_valid
    assert {"company_fact", "metric"} & set(critical_fields(result))


def test_unknown_name_without_context_is_only_a_warning() -> None:
    letter = mutate("I enjoy.", "I enjoy. That is what Kestrelholm taught me.")
    result = verify_idris(letter)
    warnings = [v for v in result.violations if v.found == "Kestrelholm"]
    assert warnings
    assert all(v.severity is Severity.WARNING for v in warnings)
