"""An employer a letter names with "the" before it ("the University of Mercia", "the Royal Navy") is a name the
letter can say: the lines of an earlier post there are cited under it, not left out as if no employer were known."""

from __future__ import annotations

import asyncio

from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.pieces import is_employer_name
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch


def test_a_name_written_with_the_is_an_employer_name() -> None:
    assert is_employer_name("the University of Mercia", "Lichfield")
    assert is_employer_name("the Department of Coastal Surveys", None)
    assert not is_employer_name("the", None)
    assert not is_employer_name("between contracts", None)


_NOW = ("Senior Archivist", "Fenland County Record Office")
_BEFORE = ("Archive Assistant", "University of Mercia")


def _fact(fid: str, kind: FactKind, text: str, job: tuple[str, str]) -> EvidenceFact:
    return EvidenceFact(fact_id=fid, kind=kind, text=text, source="cv", employer=job[1], role=job[0])


def test_an_earlier_post_at_an_institution_of_somewhere_is_cited() -> None:
    facts = [
        _fact("R0", FactKind.ROLE, f"{_NOW[0]} at {_NOW[1]} (2021 – present)", _NOW),
        _fact("A0", FactKind.ACHIEVEMENT, "Catalogued 3,200 estate maps for the online finding aid.", _NOW),
        _fact("R1", FactKind.ROLE, f"{_BEFORE[0]} at {_BEFORE[1]} (2015 – 2021)", _BEFORE),
        _fact("A1", FactKind.ACHIEVEMENT, "Answered around 600 reading-room enquiries a year.", _BEFORE),
        _fact("A2", FactKind.ACHIEVEMENT, "Repackaged 900 parchment deeds in acid-free boxes.", _BEFORE),
    ]
    requirements = [
        RequirementMatch(requirement="Experience answering reading-room enquiries",
                         category=RequirementCategory.MUST_HAVE, fact_ids=["A1"], score=0.7, is_gap=False),
        RequirementMatch(requirement="Experience of preservation packaging", category=RequirementCategory.MUST_HAVE,
                         fact_ids=["A2"], score=0.7, is_gap=False),
    ]  # fmt: skip
    evidence = EvidenceMap(company_name="Broadland Archives Trust", job_title="Collections Officer",
                           candidate_name="Ines Varga", facts=facts, requirements=requirements,
                           current_role=_NOW[0], current_employer=_NOW[1])  # fmt: skip
    brief = WritingBrief(evidence=evidence, preferences=Preferences(tone=Tone.PROFESSIONAL, word_count_target=260),
                         candidate=Person(name="Ines Varga"))  # fmt: skip
    text = asyncio.run(TemplateWriter().write(brief)).text
    assert "600 reading-room enquiries" in text, text
    assert "900 parchment deeds" in text, text
