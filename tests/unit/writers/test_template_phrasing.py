"""Grammar-only adaptations: person and tense of CV bullets, pronouns of posting sentences, short company names."""

from __future__ import annotations

import pytest

from careervp.logic.writers.noun_phrases import as_first_person, first_alternative, gap_kind
from careervp.logic.writers.phrasing import verb_phrase
from careervp.logic.writers.wording import article, gap_topic, lower_first, short_company
from careervp.models.evidence import EvidenceMap


@pytest.mark.parametrize(
    ("bullet", "ongoing", "expected"),
    [
        ("Led the migration to 14 Go microservices.", True, "led the migration to 14 Go microservices"),
        ("Own the close for 3 entities; shortened it from 10 to 6 days.", True,
         "own the close for 3 entities, and shortened it from 10 to 6 days"),
        ("Own the close for 3 entities.", False, "owned the close for 3 entities"),
        ("Supervise and review the work of 2 accountants.", False, "supervised and reviewed the work of 2 accountants"),
        ("Teach biology to 150 students a year.", True, "teach biology to 150 students a year"),
        ("Plan weekly menus.", False, "planned weekly menus"),
        ("Co-wrote 6 units of the curriculum.", False, "co-wrote 6 units of the curriculum"),
        ('Recognized as "PCT of the Quarter" (Q3 2017).', False, 'was recognized as "PCT of the Quarter" (Q3 2017)'),
        ("Member of the quality team that cut wait times from 14 to 8 minutes.", False,
         "was a member of the quality team that cut wait times from 14 to 8 minutes"),
        ("Designed a course with 36 modules; adopted by 4 other teachers.", False,
         "designed a course with 36 modules, adopted by 4 other teachers"),
        ("Used for planning by the data team.", False, None),
        ("Lab Safety Essentials — a 20-minute module (2025)", False, None),
        ("ACLS certified since 2019.", False, None),
    ],
)  # fmt: skip
def test_verb_phrase_changes_only_person_and_tense(bullet: str, ongoing: bool, expected: str | None) -> None:
    assert verb_phrase(bullet, ongoing=ongoing) == expected


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Brambleton Foods, Inc.", "Brambleton Foods"),
        ("Fernhollow Outdoor Co.", "Fernhollow Outdoor"),
        ("Whitlock Barnes LLP", "Whitlock Barnes"),
        ("Ledgerwell Payments", "Ledgerwell Payments"),
    ],
)
def test_short_company_drops_only_the_legal_suffix(name: str, short: str) -> None:
    assert short_company(name) == short


@pytest.mark.parametrize(
    ("requirement", "topic"),
    [
        ("Experience with mathematical optimization: linear programming with Gurobi.", "mathematical optimization"),
        ("Hands-on experience building forecasting models at scale (for example Prophet).",
         "forecasting models at scale"),
        ("Experience with Apache Spark or Databricks.", "Apache Spark or Databricks"),
        ("A proven record of growing e-commerce revenue.", "growing e-commerce revenue"),
        ("Excellent written and verbal communication.", None),
    ],
)  # fmt: skip
def test_gap_topics_are_short_and_skip_soft_skills(requirement: str, topic: str | None) -> None:
    assert gap_topic(requirement, known_skills=set()) == topic


def test_small_grammar_helpers() -> None:
    assert article("Audit Associate") == "an"
    assert article("RN") == "an"
    assert article("Registered Nurse") == "a"
    assert lower_first("Supply chain planning") == "supply chain planning"
    assert lower_first("Apache Spark") == "Apache Spark"
    assert lower_first("Hands-on AWS experience") == "hands-on AWS experience"


@pytest.mark.parametrize(
    ("bullet", "ongoing", "expected"),
    [
        ("Paint 300+ road signs per season.", True, "paint 300+ road signs per season"),
        ("Host 40 events a year.", False, "hosted 40 events a year"),
        ("Wound care (dressings, compression, debridement).", False, None),  # a noun phrase, not "I wound care"
        ("Cut costs by 20% in one year.", False, "cut costs by 20% in one year"),
    ],
)
def test_a_line_becomes_a_sentence_only_through_its_verb(bullet: str, ongoing: bool, expected: str | None) -> None:
    assert verb_phrase(bullet, ongoing=ongoing, in_job=True) == expected


def test_a_gap_that_is_a_state_or_a_consoles_operation_reads_as_english() -> None:
    assert gap_kind("registered as a Chartered Town Planner") == "state"
    assert gap_topic("Expert operation of Halden HX-2/HX-4 or Corwin C10", known_skills=set()) == (
        "Halden HX-2/HX-4 or Corwin C10"
    )
    assert first_alternative("Halden HX-2/HX-4 or Corwin C10") == "Halden HX-2/HX-4"


@pytest.mark.parametrize(
    ("phrase", "said"),
    [("RHS-trained gardener", "an"), ("A-grade welder", "an"), ("HGV-licensed driver", "an"), ("UK-based team", "a"),
     ("BTEC-qualified groom", "a")],
)  # fmt: skip
def test_initials_before_a_hyphen_take_the_article_of_their_first_letters_name(phrase: str, said: str) -> None:
    assert article(phrase) == said
    assert lower_first(phrase) == phrase  # initials keep their case


@pytest.mark.parametrize(
    ("profile", "said"),
    [
        ("A farrier with twelve years on heavy horses.", "I am a farrier with twelve years on heavy horses."),
        ("An experienced cellar hand with 6 seasons.", "I am an experienced cellar hand with 6 seasons."),
        ("The county's only licensed thatcher.", "I am the county's only licensed thatcher."),
        ("Thatcher with 9 years of long-straw work.", "I am a thatcher with 9 years of long-straw work."),
    ],
)
def test_a_profile_line_keeps_its_own_article_and_never_gets_a_second(profile: str, said: str) -> None:
    evidence = EvidenceMap(
        company_name="Vale Roofs", job_title="Thatcher", candidate_name="Ada Lum", facts=[], requirements=[]
    )
    assert as_first_person(profile, evidence) == said
