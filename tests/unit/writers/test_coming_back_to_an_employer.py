"""A job whose role carries a note ("Deckhand (seasonal contracts)") is come back to by the title before the note
("As a Deckhand, ..."); one with no title at all by its employer said as a return ("Also at ..."); never by a second
"At <employer>, ..." that reads as a list of results, and the employer is named once when the title allows."""

from __future__ import annotations

import asyncio

from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.defects import letter_defects
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch

_NOW = ("Skipper", "Gannet Bay Charters")
_BEFORE = ("Deckhand (seasonal contracts)", "Northwind Ferries")


def _fact(fid: str, kind: FactKind, text: str, job: tuple[str, str]) -> EvidenceFact:
    return EvidenceFact(fact_id=fid, kind=kind, text=text, source="cv", employer=job[1], role=job[0])


def _letter(tone: Tone) -> str:
    facts = [
        _fact("R0", FactKind.ROLE, f"{_NOW[0]} at {_NOW[1]} (May 2021 – present)", _NOW),
        _fact("A0", FactKind.ACHIEVEMENT, "Ran 140 wildlife trips a season with no passenger injuries.", _NOW),
        _fact("R1", FactKind.ROLE, f"{_BEFORE[0]} at {_BEFORE[1]} (Apr 2016 – Sep 2020)", _BEFORE),
        _fact("A1", FactKind.ACHIEVEMENT, "Handled mooring lines on 2,000 crossings.", _BEFORE),
        _fact("A2", FactKind.ACHIEVEMENT, "Led 30 passenger muster drills a year.", _BEFORE),
    ]
    requirements = [
        RequirementMatch(requirement="Experience handling mooring lines", category=RequirementCategory.MUST_HAVE,
                         fact_ids=["A1", "A0"], score=0.7, is_gap=False),
        RequirementMatch(requirement="Experience running passenger muster drills",
                         category=RequirementCategory.MUST_HAVE, fact_ids=["A2"], score=0.7, is_gap=False),
    ]  # fmt: skip
    evidence = EvidenceMap(company_name="Solent Water Taxis", job_title="Boat Skipper", candidate_name="Ola Berg",
                           facts=facts, requirements=requirements, current_role=_NOW[0],
                           current_employer=_NOW[1])  # fmt: skip
    brief = WritingBrief(evidence=evidence, preferences=Preferences(tone=tone, word_count_target=260),
                         candidate=Person(name="Ola Berg"))  # fmt: skip
    return asyncio.run(TemplateWriter().write(brief)).text


def test_an_untitled_job_cited_twice_opens_no_second_sentence_on_its_employer() -> None:
    for tone in Tone:
        text = _letter(tone)
        assert "2,000 crossings" in text, text
        assert "30 passenger muster drills" in text, text
        assert text.count(_BEFORE[1]) == 1, text
        assert "As a Deckhand, I led 30 passenger muster drills" in text or "Deckhand" not in text, text
        assert not [d for d in letter_defects(text) if "employer named again" in d], text
