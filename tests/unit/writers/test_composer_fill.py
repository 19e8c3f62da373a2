"""How the composer reaches its length: real content added in a fixed order, CV lines read as sentences only when
their grammar is certain, and nothing that would read as a claim about the wrong job."""

from __future__ import annotations

import asyncio

import pytest

from careervp.logic.text import split_sentences, word_count
from careervp.logic.writers import composer
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.letter_parts import Letter
from careervp.logic.writers.realise import clause_vp, has_symbols, with_about
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch

TUGS, LINES = "Northsea Tugs", "Harbour Lines"


def _fact(fid: str, kind: FactKind, text: str, employer: str | None = None, role: str | None = None) -> EvidenceFact:
    return EvidenceFact(fact_id=fid, kind=kind, text=text, source="cv", employer=employer, role=role)


def _facts(*extra: EvidenceFact) -> list[EvidenceFact]:
    return [
        _fact("E1", FactKind.ROLE, f"Second Engineer at {TUGS} (Mar 2021 – present)", TUGS, "Second Engineer"),
        _fact("E2", FactKind.ACHIEVEMENT, "Cut fuel burn 11% across 3 vessels by re-tuning main engines.", TUGS,
              "Second Engineer"),
        _fact("E3", FactKind.ACHIEVEMENT, "Led 14 dry-dock periods on budget.", TUGS, "Second Engineer"),
        _fact("E4", FactKind.ROLE, f"Third Engineer at {LINES} (Jun 2016 – Feb 2021)", LINES, "Third Engineer"),
        *extra,
    ]  # fmt: skip


def _letter(facts: list[EvidenceFact], words: int = 260) -> tuple[str, list[str]]:
    requirements = [
        RequirementMatch(requirement="Dry-dock planning", category=RequirementCategory.MUST_HAVE, fact_ids=["E3"],
                         score=0.6, is_gap=False),
        RequirementMatch(requirement="Fuel efficiency", category=RequirementCategory.MUST_HAVE, fact_ids=["E2"],
                         score=0.6, is_gap=False),
    ]  # fmt: skip
    evidence = EvidenceMap(company_name="Larkfield Marine Services Ltd", job_title="Chief Engineer",
                           candidate_name="Ana Ruiz", facts=facts, requirements=requirements,
                           current_role="Second Engineer", current_employer=TUGS)  # fmt: skip
    prefs = Preferences(tone=Tone.PROFESSIONAL, word_count_target=words)
    draft = asyncio.run(TemplateWriter().write(WritingBrief(evidence=evidence, preferences=prefs,
                                                            candidate=Person(name="Ana Ruiz"))))  # fmt: skip
    return draft.text, draft.evidence_used


def test_an_engineering_post_with_no_line_to_cite_is_named_with_its_years() -> None:
    text, _ = _letter(_facts())
    assert "Before that, I was a Third Engineer at Harbour Lines from 2016 to 2021." in text, text


def test_the_post_the_opening_names_is_dated_in_the_sentence_that_names_it() -> None:
    text, _ = _letter(_facts())
    opening = text.split("\n\n")[1]
    assert f"I have been a Second Engineer at {TUGS} since 2021." in opening, text
    assert "held that post" not in text


def test_an_earlier_jobs_line_with_a_year_of_its_own_is_left_out() -> None:
    dated = _fact("E7", FactKind.ACHIEVEMENT, "Rebuilt 2 auxiliary generators in 2018, saving a 6-week charter.",
                  LINES, "Third Engineer")  # fmt: skip
    text, used = _letter(_facts(dated))
    assert "E7" not in used
    assert "auxiliary generators" not in text


def test_a_short_letter_gains_content_only_up_to_its_target() -> None:
    more = [_fact(f"E{n}", FactKind.ACHIEVEMENT, f"Trimmed fuel use on the {n} tug by re-pitching its propeller.",
                  TUGS, "Second Engineer") for n in range(10, 30)]  # fmt: skip
    text, used = _letter(_facts(*more), words=200)
    assert 200 * 0.85 <= word_count(text) <= 200 * 1.15, text
    assert len(used) < len(more)  # the rest of the record stays out once the target is met
    assert all(s.strip() for s in split_sentences(text))


def test_a_short_letter_is_not_padded_with_lines_that_answer_no_requirement() -> None:
    more = [_fact(f"E{n}", FactKind.ACHIEVEMENT, f"Trained {n} cadets in engine-room watchkeeping on the {n} tug.",
                  TUGS, "Second Engineer") for n in range(10, 30)]  # fmt: skip
    text, _ = _letter(_facts(*more), words=200)
    cited = sum(f"Trained {n} cadets" in text or f"trained {n} cadets" in text for n in range(10, 30))
    assert cited <= 3, text  # the best few results beyond the requirements, never the whole list


def test_clauses_that_each_open_with_a_certain_verb_become_one_verb_phrase() -> None:
    line = "Raise NEC4 early warnings; compile the site records for 11 compensation events"
    assert clause_vp(line, ongoing=False) == (
        "raised NEC4 early warnings and compiled the site records for 11 compensation events"
    )
    assert clause_vp("Control 70–90 daily sectors", ongoing=True) == "control 70–90 daily sectors"
    assert clause_vp("Rebuilt the standby pattern", ongoing=True) == "rebuilt the standby pattern"


def test_a_line_that_is_no_clause_after_i_is_left_out() -> None:
    assert clause_vp("Tax preparer — VITA — Saint Paul", ongoing=False) is None  # a title line
    assert clause_vp("Re-routed w/ Tyler Versatrans", ongoing=False) is None  # shorthand
    assert clause_vp("Control 70 sectors; fleet of 24 aircraft", ongoing=True) is None  # one clause has no verb
    assert clause_vp("Lead Optician", ongoing=True) is None  # a post, not an order


def test_signs_for_an_estimate_and_a_span_are_said_in_words() -> None:
    assert with_about("I wrote ~150 memos (2021 → 2024).") == "I wrote about 150 memos (2021 to 2024)."
    assert has_symbols("routes 58 → 53")
    assert not has_symbols("about 150 memos")


def test_the_length_measured_while_filling_is_the_length_of_the_letter_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The composer counts the words of the sentences every draft shares once and adds those of each draft's
    results: for every draft it measures (every target, results with dashes that are not words), that count is the
    word count of the letter the draft renders."""
    measured: list[tuple[int, int]] = []
    length = composer._Composer.length

    def checked(self: composer._Composer, letter: Letter, frame: composer._Frame) -> int:
        measured.append((length(self, letter, frame), word_count(self.render(letter, frame))))
        return measured[-1][0]

    monkeypatch.setattr(composer._Composer, "length", checked)
    more = [_fact(f"E{n}", FactKind.ACHIEVEMENT, f"Overhauled {n} fuel pumps — ahead of the survey — on the {n} tug.",
                  TUGS, "Second Engineer") for n in range(10, 20)]  # fmt: skip
    for words in range(200, 501, 50):
        _letter(_facts(*more), words=words)
    assert len(measured) > 20
    assert all(counted == rendered for counted, rendered in measured)
