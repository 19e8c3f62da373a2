"""A line that opens with the role it was done in is worded from what was done ("As technician, serviced 40
aircraft" never becomes "I was an as technician"), and lines under a break from work are not cited as results
("Job search; temp work outside aviation" never becomes "I temped work outside aviation"). Invented examples."""

from __future__ import annotations

import asyncio

import pytest

from careervp.logic.writers import template_content as content
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.phrasing import verb_phrase
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("As technician, serviced 40 aircraft a month.", "serviced 40 aircraft a month"),
        ("As a shift lead: cut overtime by 12%.", "cut overtime by 12%"),
        ("As technician on the night shift.", None),
        ("AS Technician on the night shift.", "was an AS Technician on the night shift"),
    ],
)
def test_a_line_opening_with_its_role_is_worded_from_the_work(line: str, phrase: str | None) -> None:
    assert verb_phrase(line, ongoing=False, in_job=True) == phrase


def _fact(fid: str, text: str, role: str, employer: str, kind: FactKind = FactKind.ACHIEVEMENT) -> EvidenceFact:
    return EvidenceFact(fact_id=fid, kind=kind, text=text, source="cv", employer=employer, role=role)


def test_lines_under_a_break_from_work_are_not_cited() -> None:
    employer = "Skyward Regional Airlines"
    facts = [
        _fact("E1", "Senior Aircraft Dispatcher at Skyward Regional Airlines (Jan 2022 – present)",
              "Senior Aircraft Dispatcher", employer, FactKind.ROLE),
        _fact("E2", "Dispatched 60 flights a day across 14 stations.", "Senior Aircraft Dispatcher", employer),
        _fact("E3", "Career break and dispatcher training at Skyward Regional Airlines (Apr 2016 – Jan 2017)",
              "Career break and dispatcher training", employer, FactKind.ROLE),
        _fact("E4", "Job search; temp work outside aviation", "Career break and dispatcher training", employer),
        _fact("E5", "Cared for a parent full time.", "Family caregiver", "Maternity leave"),
    ]  # fmt: skip
    evidence = EvidenceMap(
        company_name="Bluewater Air Group", job_title="Flight Dispatcher", candidate_name="Ada Okafor", facts=facts,
        requirements=[RequirementMatch(requirement="Dispatch experience", category=RequirementCategory.MUST_HAVE,
                                       fact_ids=["E2", "E4"], score=0.8, is_gap=False)],
        current_role="Senior Aircraft Dispatcher", current_employer=employer,
    )  # fmt: skip
    cited = {a.fact.fact_id for a in content.accomplishments(evidence, content.jobs(evidence))}
    assert cited == {"E2"}
    brief = WritingBrief(evidence=evidence, preferences=Preferences(tone=Tone.PROFESSIONAL), candidate=Person(name="A"))
    text = asyncio.run(TemplateWriter().write(brief)).text
    assert "temp" not in text, text
    assert "ared for" not in text, text
