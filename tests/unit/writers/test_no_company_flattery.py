"""What a company is, in the posting's words ("a family-run access contractor", "a London-based specialist bank"),
never comes back as the candidate's wish to work "for a ... like yours": every judge read it as flattery pasted from
the posting. What the company does ("your work building ...") may still be the letter's reason to want it."""

from __future__ import annotations

import asyncio

import pytest

from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch


@pytest.mark.parametrize("tone", list(Tone))
def test_the_kind_of_company_is_not_restated_as_flattery(tone: Tone) -> None:
    job = ("Estimator", "Corbel Roofing")
    facts = [
        EvidenceFact(fact_id="R0", kind=FactKind.ROLE, text="Estimator at Corbel Roofing (Mar 2019 – present)",
                     source="cv", employer=job[1], role=job[0]),
        EvidenceFact(fact_id="A0", kind=FactKind.ACHIEVEMENT, text="Priced 210 slate and lead roofing jobs a year.",
                     source="cv", employer=job[1], role=job[0]),
    ]  # fmt: skip
    evidence = EvidenceMap(
        company_name="Halden Heritage Roofing", job_title="Senior Estimator", candidate_name="Ola Berg", facts=facts,
        requirements=[RequirementMatch(requirement="Pricing roofing work", category=RequirementCategory.MUST_HAVE,
                                       fact_ids=["A0"], score=0.7, is_gap=False)],
        company_hooks=["Halden Heritage Roofing is a family-run heritage roofing contractor."],
        current_role=job[0], current_employer=job[1],
    )  # fmt: skip
    brief = WritingBrief(evidence=evidence, preferences=Preferences(tone=tone, word_count_target=200),
                         candidate=Person(name="Ola Berg"))  # fmt: skip
    text = asyncio.run(TemplateWriter().write(brief)).text
    assert "like yours" not in text, text
    assert "family-run" not in text, text
