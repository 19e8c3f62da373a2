"""A letter that tells the career once and in order, lists nothing, calls only a must-have the core of the role and
admits up to two real gaps. Invented examples: an orchard manager, a ferry mate, a kennel supervisor."""

from __future__ import annotations

import asyncio

import pytest

from careervp.logic.text import split_sentences
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch

MUST, NICE = RequirementCategory.MUST_HAVE, RequirementCategory.NICE_TO_HAVE
_NOW, _BEFORE = ("Orchard Manager", "Hallow Fruit Farms"), ("Orchard Supervisor", "Kestle Cider Co")


def _fact(fid: str, kind: FactKind, text: str, job: tuple[str, str] | None = None) -> EvidenceFact:
    role, employer = job or (None, None)
    return EvidenceFact(fact_id=fid, kind=kind, text=text, source="cv", employer=employer, role=role)


def _req(text: str, ids: list[str], category: RequirementCategory = MUST) -> RequirementMatch:
    return RequirementMatch(requirement=text, category=category, fact_ids=ids, score=0.6 if ids else 0.0,
                            is_gap=not ids)  # fmt: skip


def _facts() -> list[EvidenceFact]:
    return [
        _fact("R1", FactKind.ROLE, "Orchard Manager at Hallow Fruit Farms (Mar 2020 – present)", _NOW),
        _fact("A1", FactKind.ACHIEVEMENT, "Replanted 14 hectares of dessert apples on dwarfing rootstock.", _NOW),
        _fact("A2", FactKind.ACHIEVEMENT, "Cut picking losses from 9% to 4% with a new bin rota.", _NOW),
        _fact("A3", FactKind.ACHIEVEMENT, "Trained 22 seasonal pickers in bruise-free handling.", _NOW),
        _fact("R2", FactKind.ROLE, "Orchard Supervisor at Kestle Cider Co (Apr 2014 – Feb 2020)", _BEFORE),
        _fact("A4", FactKind.ACHIEVEMENT, "Ran integrated pest management across 30 hectares of cider fruit.", _BEFORE),
        _fact("A5", FactKind.ACHIEVEMENT, "Raised juice yield from 610 to 680 litres a tonne.", _BEFORE),
        _fact("A6", FactKind.ACHIEVEMENT, "Raised juice yield from 610 to 680 litres a tonne at the press.", None),
        _fact("S1", FactKind.SKILL, "grafting"),
        _fact("S2", FactKind.SKILL, "FarmWorks"),
        _fact("C1", FactKind.CERTIFICATION, "PA1 and PA2 pesticide application certificates"),
        _fact("C2", FactKind.CERTIFICATION, "Lantra Chainsaw Maintenance certificate"),
        _fact("C3", FactKind.CERTIFICATION, "Associate Member of the Institute of Fruit Growers"),
        _fact("C4", FactKind.CERTIFICATION, "Member of the Institute of Fruit Growers"),
    ]


def _letter(tone: Tone, requirements: list[RequirementMatch], words: int = 320) -> str:
    names = {"company_name": "Brackenridge Orchards", "job_title": "Head of Orchards", "candidate_name": "Ola Berg"}
    now = {"current_role": _NOW[0], "current_employer": _NOW[1]}
    evidence = EvidenceMap(**names, **now, facts=_facts(), requirements=requirements)
    preferences = Preferences(tone=tone, word_count_target=words)
    brief = WritingBrief(evidence=evidence, preferences=preferences, candidate=Person(name="Ola Berg"))
    return asyncio.run(TemplateWriter().write(brief)).text


_NEEDS = [
    _req("Integrated pest management", ["A4"]),
    _req("Training seasonal pickers", ["A3"]),
    _req("PA1 and PA2 pesticide certificates", ["C1"]),
    _req("Membership of a fruit growers' institute", ["C4"], NICE),
    _req("Experience with hail netting systems", []),
    _req("Experience with controlled-atmosphere fruit stores", []),
]


@pytest.mark.parametrize("tone", list(Tone))
def test_the_job_held_now_is_told_whole_before_the_earlier_one(tone: Tone) -> None:
    text = _letter(tone, _NEEDS)
    # the first need is answered by the earlier job, yet the story does not start there and come back
    now = [text.find(s) for s in ("22 seasonal pickers", "14 hectares", "picking losses") if s in text]
    assert now, text
    assert max(now) < text.find("Kestle Cider"), text
    assert text.count("Kestle Cider") == 1, text


@pytest.mark.parametrize("tone", list(Tone))
def test_a_result_is_told_once_under_its_own_job(tone: Tone) -> None:
    text = _letter(tone, _NEEDS, words=400)
    assert text.count("610 to 680") <= 1, text  # the projects line repeating the job's result is not told again


@pytest.mark.parametrize("tone", list(Tone))
def test_no_closing_lists_and_the_asked_credentials_in_one_sentence(tone: Tone) -> None:
    text = _letter(tone, _NEEDS, words=400)
    for dump in ("My skills", "My toolset", "also include", "I also hold", "I'm also at home with", "I work with"):
        assert dump not in text, (dump, text)
    assert "grafting" not in text, text  # a skill named with no use said is not named
    assert "FarmWorks" not in text, text
    assert "Chainsaw" not in text, text  # a certificate the posting does not ask for
    held = [s for s in split_sentences(text) if "PA1" in s or "Institute of Fruit Growers" in s]
    assert len(held) == 1, held  # every asked credential in one sentence
    assert "Associate Member" not in text, text  # one grade of a membership: the first the CV lists


@pytest.mark.parametrize("tone", list(Tone))
def test_only_a_must_have_is_called_the_core_of_the_role(tone: Tone) -> None:
    # the must-have cannot be named in a sentence, so the first need the letter names is a nice-to-have
    needs = [_req("Training seasonal pickers", ["A3"]), _req("Bruise-free fruit handling", ["A2"], NICE)]
    text = _letter(tone, needs).casefold()
    assert "bruise-free fruit handling" in text, text
    for core in ("core of this role", "heart of this role", "post centres on", "core of the post", "turns on"):
        assert core not in text, text


@pytest.mark.parametrize("tone", list(Tone))
def test_two_essential_gaps_are_admitted_each_briefly(tone: Tone) -> None:
    text = _letter(tone, _NEEDS)
    gaps = [s for s in split_sentences(text) if "hail netting" in s or "controlled-atmosphere" in s]
    assert len(gaps) == 2, text
    assert all(len(s.split()) <= 25 for s in gaps), gaps


@pytest.mark.parametrize("tone", list(Tone))
def test_a_line_outside_any_job_is_never_told_as_the_last_jobs(tone: Tone) -> None:
    volunteer = _fact("V1", FactKind.ACHIEVEMENT, "Planted 300 heritage trees for the village orchard trust.")
    needs = [_req("Planting heritage trees", ["V1"]), *_NEEDS]
    evidence_facts = [*_facts(), volunteer]
    names = {"company_name": "Brackenridge Orchards", "job_title": "Head of Orchards", "candidate_name": "Ola Berg"}
    evidence = EvidenceMap(**names, current_role=_NOW[0], current_employer=_NOW[1], facts=evidence_facts,
                           requirements=needs)  # fmt: skip
    brief = WritingBrief(evidence=evidence, preferences=Preferences(tone=tone, word_count_target=320),
                         candidate=Person(name="Ola Berg"))  # fmt: skip
    text = asyncio.run(TemplateWriter().write(brief)).text
    said = next(s for s in split_sentences(text) if "300 heritage trees" in s)
    assert said.startswith("Separately, "), text  # not read as one more result of the orchard job before it
