"""Shorthand CV lines that still say something a letter can cite, as the CV says it: a piece of work that changed a
measure by a stated amount, and an earlier job's line whose years fall inside that job."""

from __future__ import annotations

import asyncio

import pytest

from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.realise import reported_result
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch


@pytest.mark.parametrize(
    "line",
    [
        "Weekend rota redesign cut agency spend by 22% in a year",
        "New sample-labelling checklist reduced lab rejections from 9% to 2%",
        "Route re-planning lowered average delivery time by 12 minutes",
    ],
)
def test_work_that_changed_a_measure_by_a_stated_amount_stands_as_written(line: str) -> None:
    assert reported_result(line) == line + "."


@pytest.mark.parametrize("line", ["Weekend rota redesign cut agency spend", "Our supplier reduced prices"])
def test_a_change_without_its_amount_is_no_result(line: str) -> None:
    assert reported_result(line) is None


def _fact(fid: str, kind: FactKind, text: str, employer: str | None = None, role: str | None = None) -> EvidenceFact:
    return EvidenceFact(fact_id=fid, kind=kind, text=text, source="cv", employer=employer, role=role)


def _letter(line: str) -> tuple[str, list[str]]:
    facts = [
        _fact("R1", FactKind.ROLE, "Head Gardener at Ashcombe Hall (Apr 2020 – present)", "Ashcombe Hall",
              "Head Gardener"),
        _fact("A1", FactKind.ACHIEVEMENT, "Restored a 2-acre walled garden to open it to visitors.", "Ashcombe Hall",
              "Head Gardener"),
        _fact("R2", FactKind.ROLE, "Gardener at Fenwick Park (Mar 2014 – Feb 2020)", "Fenwick Park", "Gardener"),
        _fact("A2", FactKind.ACHIEVEMENT, line, "Fenwick Park", "Gardener"),
    ]  # fmt: skip
    requirements = [
        RequirementMatch(requirement="Historic garden restoration", category=RequirementCategory.MUST_HAVE,
                         fact_ids=["A1"], score=0.6, is_gap=False),
        RequirementMatch(requirement="Glasshouse and nursery work", category=RequirementCategory.MUST_HAVE,
                         fact_ids=["A2"], score=0.6, is_gap=False),
    ]  # fmt: skip
    evidence = EvidenceMap(company_name="Thornbury Estates", job_title="Estate Head Gardener",
                           candidate_name="Ana Ruiz", facts=facts, requirements=requirements,
                           current_role="Head Gardener", current_employer="Ashcombe Hall")  # fmt: skip
    brief = WritingBrief(evidence=evidence, preferences=Preferences(word_count_target=220),
                         candidate=Person(name="Ana Ruiz"))  # fmt: skip
    draft = asyncio.run(TemplateWriter().write(brief))
    return draft.text, draft.evidence_used


def test_an_earlier_jobs_line_with_years_inside_that_job_is_cited() -> None:
    text, used = _letter("Propagated 3,000 plants a year for the glasshouse over the 2016–2019 seasons.")
    assert "A2" in used, text
    assert "2016–2019 seasons" in text


@pytest.mark.parametrize(
    "line",
    [
        "Propagated 3,000 plants a year for the glasshouse in the 2021 season.",  # after the job ended
        "Ran the glasshouse as nursery lead from 2017.",  # a post's own date, a claim of its own
    ],
)
def test_an_earlier_jobs_line_with_other_years_is_left_out(line: str) -> None:
    text, used = _letter(line)
    assert "A2" not in used, text
