"""A letter's proof is organised by what the posting needs: a passage per requirement it can name, opened by a
sentence naming that need in the register's words, then the results that answer it; a job is named in full once and
by its title when the letter comes back to it; the stock frames that made every letter sound alike are gone."""

from __future__ import annotations

import asyncio

import pytest

from careervp.logic.text import split_sentences
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.defects import letter_defects
from careervp.logic.writers.proof import is_plural
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch


def _fact(fid: str, kind: FactKind, text: str, employer: str | None = None, role: str | None = None) -> EvidenceFact:
    return EvidenceFact(fact_id=fid, kind=kind, text=text, source="cv", employer=employer, role=role)


_NOW = ("Head Brewer", "Copperkettle Brewing")
_BEFORE = ("Assistant Brewer", "Lantern Hill Ales")


def _facts() -> list[EvidenceFact]:
    """A brewer whose results answer three needs of a posting, in an order the CV does not follow."""
    now, before = _NOW, _BEFORE
    achievement = FactKind.ACHIEVEMENT
    return [
        _fact("R0", FactKind.ROLE, f"{now[0]} at {now[1]} (Apr 2020 – present)", now[1], now[0]),
        _fact("A0", achievement, "Cut wort production losses by 18% with a new lauter schedule.", now[1], now[0]),
        _fact("A1", achievement, "Instructed 6 cellar crew members in yeast handling.", now[1], now[0]),
        _fact("A2", achievement, "Wrote the sensory panel protocol used for every release.", now[1], now[0]),
        _fact("R1", FactKind.ROLE, f"{before[0]} at {before[1]} (Jan 2015 – Mar 2020)", before[1], before[0]),
        _fact("A3", achievement, "Ran quality checks on 40 batches of cask ale a month.", before[1], before[0]),
        _fact("A4", achievement, "Instructed 3 apprentices in cellar hygiene.", before[1], before[0]),
        _fact("A5", achievement, "Ran sensory checks on 40 cask ale batches a month.", before[1], before[0]),
    ]


def _requirement(text: str, *fact_ids: str) -> RequirementMatch:
    return RequirementMatch(requirement=text, category=RequirementCategory.MUST_HAVE, fact_ids=list(fact_ids),
                            score=0.7, is_gap=False)  # fmt: skip


def _letter(tone: Tone, words: int = 300) -> str:
    requirements = [
        _requirement("Experience instructing cellar crews", "A1", "A4"),
        _requirement("Experience with sensory checks", "A5", "A2"),
        _requirement("5+ years of wort production experience", "A0"),
    ]
    evidence = EvidenceMap(company_name="Millrace Brewery", job_title="Production Brewer", candidate_name="Ola Berg",
                           facts=_facts(), requirements=requirements, current_role=_NOW[0],
                           current_employer=_NOW[1])  # fmt: skip
    brief = WritingBrief(evidence=evidence, preferences=Preferences(tone=tone, word_count_target=words),
                         candidate=Person(name="Ola Berg"))  # fmt: skip
    return asyncio.run(TemplateWriter().write(brief)).text


def _proof(text: str) -> list[str]:
    """The paragraphs between the opening and the close."""
    return text.split("\n\n")[2:-2]


@pytest.mark.parametrize("tone", list(Tone))
def test_the_career_is_told_in_order_with_each_need_led_into_where_it_falls(tone: Tone) -> None:
    text = _letter(tone)
    proof = "\n\n".join(_proof(text)).casefold()
    training, sensory = proof.find("instructing cellar crews"), proof.find("sensory checks")
    assert 0 <= training < sensory, text
    # the job held now is told first, whole, then the earlier one: never back and forth between them
    now, before = proof.find("6 cellar crew members"), proof.find("lantern hill ales")
    protocol, apprentices = proof.find("sensory panel protocol"), proof.find("3 apprentices")
    assert 0 <= now < protocol < before < apprentices, text
    assert letter_defects(text) == [], text


@pytest.mark.parametrize("tone", list(Tone))
def test_the_first_need_is_what_the_role_is_about_and_later_ones_are_also_asked(tone: Tone) -> None:
    text = _letter(tone)
    passages = _proof(text)
    firsts = [split_sentences(p)[0].casefold() for p in passages]
    assert any("instructing cellar crews" in s for s in firsts[:1]), text
    assert not any("also" in s and "instructing cellar crews" in s for s in firsts), text


def test_the_three_registers_lead_into_a_need_in_their_own_words() -> None:
    leads = {tone: split_sentences(_proof(_letter(tone))[0])[0] for tone in Tone}
    assert len(set(leads.values())) == 3, leads
    assert "'" in leads[Tone.ENTHUSIASTIC]  # a contraction: warm and direct
    assert "'" not in leads[Tone.PROFESSIONAL]
    assert "'" not in leads[Tone.TECHNICAL]


@pytest.mark.parametrize("tone", list(Tone))
def test_an_earlier_employer_is_named_once_and_come_back_to_by_its_title(tone: Tone) -> None:
    text = _letter(tone, words=380)
    body = text.split("\n\n", 1)[1]
    assert body.count(_BEFORE[1]) <= 1, text
    assert letter_defects(text) == [], text


@pytest.mark.parametrize("tone", list(Tone))
def test_a_requirement_measured_in_years_is_named_by_its_work(tone: Tone) -> None:
    """ "5+ years of wort production experience" is no topic a sentence can carry whole (the posting's figure would
    read as claimed); its work, "wort production", can be."""
    text = _letter(tone, words=380)
    assert "wort production" in text.casefold(), text
    assert "5+" not in text
    assert "5 years" not in text


_STOCK = (
    "where my methods are most practised",
    "I do my best work in",
    "that is the experience I would bring",
    "how my experience could serve your team",
    "bringing my experience to",
    "apply the same methods",
)


@pytest.mark.parametrize("tone", list(Tone))
def test_no_stock_frame_recurs(tone: Tone) -> None:
    text = _letter(tone)
    assert not [s for s in _STOCK if s in text], text
    assert text.casefold().count("experience") <= 2, text


@pytest.mark.parametrize(
    ("topic", "plural"),
    [("sensory checks", True), ("cask and keg lines", True), ("instructing cellar crews", False),
     ("mash analysis", False), ("brewing or packaging", False), ("yeast handling", False)],
)  # fmt: skip
def test_a_lead_agrees_with_its_topic(topic: str, plural: bool) -> None:
    assert is_plural(topic) is plural


@pytest.mark.parametrize("tone", list(Tone))
def test_the_first_passage_says_nothing_is_also_or_as_well(tone: Tone) -> None:
    """An emphasis area the evidence shows, opening the proof: "I'd bring strength in X", not "as well"."""
    requirements = [
        RequirementMatch(requirement="cellar crew instruction", category=RequirementCategory.EMPHASIS,
                         fact_ids=["A1", "A4"], score=0.7, is_gap=False),
        _requirement("Experience with sensory checks", "A5", "A2"),
    ]  # fmt: skip
    evidence = EvidenceMap(company_name="Millrace Brewery", job_title="Production Brewer", candidate_name="Ola Berg",
                           facts=_facts(), requirements=requirements, current_role=_NOW[0],
                           current_employer=_NOW[1])  # fmt: skip
    brief = WritingBrief(evidence=evidence, preferences=Preferences(tone=tone, word_count_target=260),
                         candidate=Person(name="Ola Berg"))  # fmt: skip
    text = asyncio.run(TemplateWriter().write(brief)).text
    first = split_sentences(_proof(text)[0])[0]
    assert not any(word in first.split() for word in ("also", "too")), text
    assert "as well" not in first, text
