"""The close names a requirement of this posting whenever the plan has one that reads as a short noun phrase, so it
could not end any other letter; the stock close is kept for a letter with nothing specific to end on."""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from tests.unit.writers.test_letter_grammar import TODAY, pairs

from careervp.logic.evidence import build_evidence_map
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.ending import closing_topic
from careervp.logic.writers.plan import LetterPlan, Point, plan_letter
from careervp.logic.writers.registers import REGISTERS
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences
from careervp.models.cv import CV
from careervp.models.job import JobPosting

STOCK = {closing for register in REGISTERS.values() for closing in register.closing}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs())
def test_a_letter_ends_on_the_postings_own_requirement(pair: tuple[CV, JobPosting, Preferences]) -> None:
    cv, job, prefs = pair
    evidence = build_evidence_map(cv, job, emphasis_areas=prefs.emphasis_areas or [], today=TODAY)
    text = asyncio.run(TemplateWriter().write(WritingBrief(evidence=evidence, preferences=prefs,
                                                           candidate=cv.person))).text  # fmt: skip
    close = text.split("\n\n")[-2]
    points_wanted = 2 if prefs.word_count_target < 250 else 3 if prefs.word_count_target < 330 else 4
    topic = closing_topic(plan_letter(evidence, points_wanted=points_wanted))
    if topic is None:
        assert any(stock in close for stock in STOCK), text
    else:
        assert topic in close, text
        assert not any(stock in close for stock in STOCK), text


def _plan(points_topics: list[str], focus: tuple[str, ...] = (), also: tuple[str, ...] = ()) -> LetterPlan:
    points = tuple(Point(topic=t, evidence=()) for t in points_topics)
    return LetterPlan(points=points, gap=None, company_reason=None, credential=None, reserve=(),
                      role_focus=focus, also_met=tuple((t, frozenset()) for t in also))  # fmt: skip


def test_the_close_names_a_short_requirement_never_a_bare_activity_or_a_tool() -> None:
    assert closing_topic(_plan(["load rating", "boundary retracement"])) == "boundary retracement"
    assert closing_topic(_plan(["leading"], focus=("occupancy",))) == "occupancy"
    assert closing_topic(_plan(["CargoWise One", "event or hospitality"])) is None
    assert closing_topic(_plan(["occupancy"], focus=("occupancy",))) == "occupancy"


def test_with_no_point_or_focus_to_end_on_the_close_names_another_requirement_the_cv_meets() -> None:
    assert closing_topic(_plan(["CargoWise One"], also=("leading", "customs classification"))) == (
        "customs classification"
    )
    assert closing_topic(_plan(["CargoWise One"], also=("Descartes",))) is None


def test_the_reason_for_the_company_is_a_kind_never_a_tie_to_a_named_company() -> None:
    from careervp.logic.writers.company import company_reason
    from careervp.models.evidence import EvidenceMap

    def reason(*hooks: str) -> str | None:
        evidence = EvidenceMap(company_name="Bluewater Air Group", job_title="Dispatcher", candidate_name="A",
                               facts=[], requirements=[], company_hooks=list(hooks))  # fmt: skip
        return company_reason(evidence)

    assert reason("Bluewater Air Group is the parent of Bluewater Airlines, flying 96 aircraft.") is None
    assert reason("Bluewater Air Group is an employee-owned airline group.") == "employee-owned airline group"
