"""CV lines whose shape hides their grammar: a second clause after ";" that is something done to the candidate
("; promoted to foreman 2019"), a verb series after ";" in the past ("; schedule and brief the crews"), a title
opened by "Lead" ("Lead rigging planner for ..."), a result after a dash ("— cut waiting time by 20%"), a noun in
"-er" that names no person ("Curling: ..."), a degree still being studied, and a company line whose count is left out
("a club of 900 members and ..."). Examples are invented: a stage rigger, a curling club, a glazier.
"""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from careervp.ingest import read_cv, read_posting
from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.company import company_reason
from careervp.logic.writers.phrasing import verb_phrase
from careervp.logic.writers.pieces import is_job_title
from careervp.logic.writers.plan import _is_focus
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.vocabulary.people import is_person_noun

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("bullet", "ongoing", "expected"),
    [
        (
            "Rigged 40 touring shows a year; promoted to head rigger 2019",
            False,
            "rigged 40 touring shows a year, and was promoted to head rigger 2019",
        ),
        (
            "Ran the load-in rota; schedule and brief the crews",
            False,
            "ran the load-in rota, and scheduled and briefed the crews",
        ),
        (
            "Lead rigging planner for arena tours; brief every crew",
            True,
            "am the lead rigging planner for arena tours, and brief every crew",
        ),
        (
            "Redesigned the truck pack — cut load-out time by 20%",
            False,
            "redesigned the truck pack, which cut load-out time by 20%",
        ),
        ("Passed the ETCP exam; certified 2021", False, "passed the ETCP exam, and was certified in 2021"),
    ],
)
def test_joined_clauses_keep_their_grammar(bullet: str, ongoing: bool, expected: str) -> None:
    assert verb_phrase(bullet, ongoing=ongoing) == expected


@pytest.mark.parametrize("word", ["soccer", "curler", "welder", "roofer", "trainer", "cancer", "computer"])
def test_a_noun_in_er_names_a_person_only_when_made_from_a_verb(word: str) -> None:
    assert is_person_noun(word) == (word in {"curler", "welder", "roofer", "trainer"})


CV = b"""# Ines Forsberg-Adebayo
Glazier

## Experience
Senior Glazier | Northlight Glass Ltd | 2019-03 - Present
- Curling: skipped the club rink to two county titles
- Fitted 1,200 curtain-wall units on three towers

## Education
- Harrowgate College, Leeds, UK - HNC Construction, in progress (expected 2027)
- Brightmoor University - BSc Physics, 2012
"""
POSTING = """# Lead Glazier
Company: Tarnbeck Curling & Glass Co-operative

Tarnbeck Curling & Glass Co-operative is a club of 900 members and a glazing workshop.

## Requirements
- Curtain-wall installation.
- HNC in construction or similar.
"""


def _letter(tone: Tone) -> str:
    cv = read_cv(CV, "ines.md")
    job = read_posting(POSTING, company_name="Tarnbeck Curling & Glass Co-operative", job_title="Lead Glazier")
    evidence = build_evidence_map(cv, job, emphasis_areas=[], today=TODAY)
    brief = WritingBrief(
        evidence=evidence, preferences=Preferences(tone=tone, word_count_target=220), candidate=cv.person
    )
    text = asyncio.run(TemplateWriter().write(brief)).text
    result = verify_letter(text, cv=cv, job=job, company_name=job.company_name, job_title=job.job_title, today=TODAY)
    assert result.is_valid, [v.message for v in result.critical]
    return text


def test_a_degree_in_progress_is_never_said_as_earned_nor_its_town_as_its_field() -> None:
    cv = read_cv(CV, "ines.md")
    studying = next(e for e in cv.education if e.year == 2027)
    assert studying.field is None  # neither "Leeds" nor "in progress"
    for tone in Tone:
        text = _letter(tone)
        assert "earned my HNC" not in text
        assert "a club of members" not in text
        assert "am a curling" not in text.casefold()


@pytest.mark.parametrize(
    ("role", "named"),
    [("Didsbury, Manchester", False), ("Welder, Arena Tours", True), ("Head of Lettings, North", True)],
)
def test_a_town_and_its_city_filed_as_the_title_names_no_job(role: str, named: bool) -> None:
    assert is_job_title(role) is named


@pytest.mark.parametrize(
    ("topic", "focus"),
    [("first aid at work", False), ("a valid forklift ticket", False), ("touring sound systems", True)],
)
def test_a_ticket_the_job_needs_is_never_what_the_role_centres_on(topic: str, focus: bool) -> None:
    assert _is_focus(topic) is focus


def test_a_product_whose_last_word_looks_like_a_role_is_no_role() -> None:
    assert verb_phrase("Brightdesk Navigator — advanced", ongoing=True) is None
    assert verb_phrase("Volunteer lighting designer for the youth theatre", ongoing=False) == (
        "was a volunteer lighting designer for the youth theatre"
    )


def test_a_company_described_twice_is_restated_by_its_first_description() -> None:
    cv = read_cv(CV, "ines.md")
    posting = POSTING.replace(
        "Tarnbeck Curling & Glass Co-operative is a club of 900 members and a glazing workshop.",
        "## About us\nTarnbeck Curling & Glass Co-operative is a family-run glazier and a great place to learn.",
    )
    job = read_posting(posting, company_name="Tarnbeck Curling & Glass Co-operative", job_title="Lead Glazier")
    evidence = build_evidence_map(cv, job, emphasis_areas=[], today=TODAY)
    assert company_reason(evidence) == "family-run glazier"
