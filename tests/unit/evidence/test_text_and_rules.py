"""Shared text helpers (word counts, sentences, stems, stock phrases) and the years/degree rules."""

from __future__ import annotations

from datetime import date

import pytest

from careervp.logic.evidence.domain import years_in_field
from careervp.logic.evidence.rules import (
    ASSOCIATE,
    BACHELOR,
    DOCTORATE,
    MASTER,
    SCHOOL,
    credential_level,
    designations_held,
    experience_span_years,
    is_credential_requirement,
    required_degree_level,
    required_years,
    strip_years_phrase,
)
from careervp.logic.fvs.letter import split_sentences as split_letter_sentences
from careervp.logic.text import (
    STOCK_PHRASES,
    content_terms,
    find_stock_phrases,
    join_list,
    split_sentences,
    stem,
    terms_match,
    word_count,
)
from careervp.models.cv import ExperienceEntry, YearMonth


def test_word_count_ignores_punctuation_only_tokens() -> None:
    assert word_count("Dear Acme team,\n\nI led 14 Go services — and cut p99 latency by 40%.") == 14
    assert word_count("") == 0


def test_sentences_split_on_end_punctuation_but_not_on_abbreviations() -> None:
    text = "Dear Acme,\n\nI hold a B.S. in Physics. Latency fell from 820 ms to 210 ms. Really? Yes!\n\nBest,\nAna"
    assert split_sentences(text) == [
        "Dear Acme,",
        "I hold a B.S. in Physics.",
        "Latency fell from 820 ms to 210 ms.",
        "Really?",
        "Yes!",
        "Best,",
        "Ana",
    ]


@pytest.mark.parametrize(
    "group",
    [
        ("mentoring", "mentored", "mentorship", "mentor"),
        ("optimization", "optimize", "optimized"),
        ("experiments", "experimentation"),
        ("analysed", "analytics", "analysis"),
        ("led", "leading", "leadership"),
    ],
)
def test_stemming_joins_word_families(group: tuple[str, ...]) -> None:
    stems = {stem(word) for word in group}
    assert len(stems) == 1, stems


def test_terms_match_extends_long_stems_only() -> None:
    assert terms_match("precept", "preceptor")
    assert not terms_match("lead", "leaflet")


def test_content_terms_drop_function_words_and_boilerplate() -> None:
    assert content_terms("Strong proficiency in Go, or Java.") == {"go", "java"}


def test_stock_phrases_are_found_with_light_variation() -> None:
    found = find_stock_phrases("In today's digital landscape I am passionate about cutting edge work. Team-player.")
    assert found == ["passionate about", "in today's ... landscape", "cutting-edge", "team player"]
    assert find_stock_phrases("I led the migration and mentored five engineers.") == []
    assert "I am writing to express" in STOCK_PHRASES


def test_join_list_uses_semicolons_when_items_hold_commas() -> None:
    assert join_list(["Go", "Python", "SQL"]) == "Go, Python and SQL"
    assert join_list(["BLS, AHA", "ACLS", "TNCC"]) == "BLS, AHA; ACLS and TNCC"
    assert join_list(["a"]) == "a"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("6+ years of professional backend engineering experience.", 6),
        ("At least two years of acute-care RN experience.", 2),
        ("3-5 years in marketing.", 3),
        ("A minimum of 4 years' experience in audit.", 4),
        ("BSN, or enrollment with completion within 3 years of hire.", None),
        ("Experience with Kafka.", None),
    ],
)
def test_required_years(text: str, years: int | None) -> None:
    assert required_years(text) == years


def test_strip_years_phrase_keeps_the_field() -> None:
    assert strip_years_phrase("6+ years of backend engineering experience.") == "backend engineering experience."


def test_span_runs_from_earliest_start_to_latest_end_with_current_jobs_ending_today() -> None:
    entries = [
        ExperienceEntry(employer="A", title="T", start=YearMonth(year=2021, month=3), is_current=True),
        ExperienceEntry(employer="B", title="T", start=YearMonth(year=2016, month=6), end=YearMonth(year=2020)),
    ]
    assert experience_span_years(entries, date(2026, 12, 1)) == pytest.approx(10.5)
    assert experience_span_years([ExperienceEntry(employer="C", title="T")], date(2026, 1, 1)) is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Bachelor's degree in accounting or finance", BACHELOR),
        ("A master's degree in computer science", MASTER),
        ("PhD in operations research or a related field", DOCTORATE),
        ("Bachelor's or Master's in statistics", BACHELOR),
        ("Degree in nursing", BACHELOR),
        ("Associate degree in electrical technology or a bachelor's degree", ASSOCIATE),
        ("High school diploma or GED", SCHOOL),
        ("Experience with Kafka", None),
    ],
)
def test_required_degree_level(text: str, level: int | None) -> None:
    assert required_degree_level(text) == level


def test_credential_level_of_held_degrees() -> None:
    assert credential_level("M.Ed. in Curriculum and Instruction") == MASTER
    assert credential_level("B.S. in Computer Science") == BACHELOR
    assert credential_level("Master of Accountancy (MAcc)") == MASTER
    assert credential_level("A.A.S., Fleet Logistics") == ASSOCIATE
    assert credential_level("Associate in Applied Science, Welding Technology") == ASSOCIATE
    assert credential_level("Certified Kubernetes Administrator") is None


def test_credential_requirements_are_recognised() -> None:
    assert is_credential_requirement("Active CPA license.")
    assert is_credential_requirement("Current BLS and ACLS certification.")
    assert not is_credential_requirement("Experience running services on AWS.")


@pytest.mark.parametrize(
    "text",
    ["I applied for the Analyst II (Req. #24-118) role in May.", "We had approx. 40 staff on site.",
     "The unit (ref. no. 7) closed."],
)  # fmt: skip
def test_a_dot_followed_by_no_sentence_opening_does_not_end_the_sentence(text: str) -> None:
    assert split_sentences(text) == [text]
    assert [s.text for s in split_letter_sentences(text)] == [text]


@pytest.mark.parametrize(
    ("requirement", "title"),
    [
        ("4+ years of radiography", "Diagnostic Radiographer"),
        ("4+ years in hospital pharmacy", "Hospital Pharmacist"),
        ("4+ years of agronomy", "Field Agronomist"),
    ],
)
def test_a_practitioner_title_counts_as_years_in_its_field(requirement: str, title: str) -> None:
    """The field and the one who practises it share a root: a Radiographer's years are years of radiography."""
    job = ExperienceEntry(employer="Northfield", title=title, start=YearMonth(year=2019, month=1), is_current=True)
    other = ExperienceEntry(employer="Corner Cafe", title="Barista", start=YearMonth(year=2016, month=1),
                            end=YearMonth(year=2018, month=12))  # fmt: skip
    found = years_in_field(requirement, [job, other], [], date(2026, 11, 15))
    assert found is not None
    assert found.entries == (job,)
    assert found.years > 7


@pytest.mark.parametrize(
    ("requirement", "held", "verdict"),
    [
        ("Certified Arborist (ISA) and TRAQ qualification", "ISA Certified Arborist, 2018", False),  # no TRAQ
        ("Certified Arborist (ISA) and TRAQ qualification", "ISA Certified Arborist; TRAQ, 2021", True),
        ("Class B CDL or Class A CDL", "Class B CDL, 2019", True),  # one alternative is enough
        ("Class A CDL", "Class B CDL, 2019", False),
        ("AWS (D1.1) or CWI (T) endorsement", "CWI (S) 2020", False),  # a bracketed letter is a designation
        ("AWS (D1.1) or CWI (T) endorsement", "CWI(T), 2020", True),
        ("Certified Energy Manager (CEM)", "Certified Energy Manager, AEE, 2017", True),  # written out in full
        ("CEM, CMVP or an equivalent certification", "BOC, 2015", None),  # open-ended: not judged here
        ("Driving licence; CPC within 6 months of hire", "Driving licence", None),  # only what is needed now
    ],
)
def test_a_credential_is_held_only_with_its_designation(requirement: str, held: str, verdict: bool | None) -> None:
    assert designations_held(requirement, held) is verdict
