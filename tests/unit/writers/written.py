"""A letter written offline from an evidence map built by hand: the invented CVs of the writer's tests."""

from __future__ import annotations

import asyncio

from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch

Job = tuple[str, str]
"""(role, employer)."""


def fact(fid: str, kind: FactKind, text: str, job: Job) -> EvidenceFact:
    return EvidenceFact(fact_id=fid, kind=kind, text=text, source="cv", employer=job[1], role=job[0])


def must_have(requirement: str, *fact_ids: str) -> RequirementMatch:
    return RequirementMatch(requirement=requirement, category=RequirementCategory.MUST_HAVE, fact_ids=list(fact_ids),
                            score=0.7, is_gap=False)  # fmt: skip


def letter(facts: list[EvidenceFact], requirements: list[RequirementMatch], *, applying: Job, current: Job,
           name: str, words: int, tone: Tone = Tone.PROFESSIONAL) -> str:  # fmt: skip
    """The letter for the post `applying` (title, company) from a candidate named `name` whose job now is
    `current`."""
    evidence = EvidenceMap(company_name=applying[1], job_title=applying[0], candidate_name=name, facts=facts,
                           requirements=requirements, current_role=current[0], current_employer=current[1])  # fmt: skip
    brief = WritingBrief(evidence=evidence, preferences=Preferences(tone=tone, word_count_target=words),
                         candidate=Person(name=name))  # fmt: skip
    return asyncio.run(TemplateWriter().write(brief)).text
