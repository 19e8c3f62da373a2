"""A letter never denies what the CV names, never forces a CV line into a frame its grammar does not fit, and never
says one result twice. Examples are invented for these tests."""

from __future__ import annotations

import asyncio

import pytest

from careervp.logic.writers import template_content as content
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.held import held_facts, held_sentence
from careervp.logic.writers.honesty import SHORTHAND, cv_speaks_to, distinct_results
from careervp.logic.writers.phrasing import verb_phrase
from careervp.logic.writers.pieces import is_job_title
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch

MUST = RequirementCategory.MUST_HAVE


def _fact(fid: str, kind: FactKind, text: str, employer: str | None = None, role: str | None = None,
          metrics: list[str] | None = None) -> EvidenceFact:  # fmt: skip
    return EvidenceFact(fact_id=fid, kind=kind, text=text, source="cv", employer=employer, role=role,
                        metrics=metrics or [])  # fmt: skip


def _map(facts: list[EvidenceFact], requirements: list[RequirementMatch]) -> EvidenceMap:
    return EvidenceMap(company_name="Harlow Stenographic Ltd", job_title="Senior Court Reporter",
                       candidate_name="Rhea Lund", facts=facts, requirements=requirements)  # fmt: skip


def _req(text: str, *, met: bool, ids: list[str] | None = None) -> RequirementMatch:
    return RequirementMatch(requirement=text, category=MUST, fact_ids=ids or [], score=0.6 if met else 0.0,
                            is_gap=not met)  # fmt: skip


@pytest.mark.parametrize(
    ("gap", "cv", "spoken"),
    [
        ("Proficiency in Quillscript or Verbatrix", "Software: QuillScript v9 · Zoom · Word", True),
        ("successful grant writing", "Wrote 12 grant applications: $2.1M awarded.", True),
        ("EASA Part-66 B2 licence", "EASA Part-66 B1 licence holder since 2017", False),  # another grade
        ("STCW III/2 Chief Engineer Certificate", "STCW III/3 Second Engineer Certificate", False),
        ("RETA Certified Assistant Refrigeration Operator", "Refrigeration lead, 38 sites", False),
        ("Arabic", "English (native), Polish (fluent)", False),
    ],
)
def test_a_gap_is_spoken_to_only_by_its_distinctive_words(gap: str, cv: str, spoken: bool) -> None:
    assert cv_speaks_to(gap, _map([], []), cv) is spoken


def test_a_gap_the_cv_contradicts_is_never_written() -> None:
    facts = [
        _fact("E1", FactKind.ACHIEVEMENT, "Reported 64 jury trials, including a six-week murder trial.", "County Court",
              "Official Reporter", ["64"]),
        _fact("E2", FactKind.ACHIEVEMENT, "Cleared a backlog of 38 overdue transcripts in 9 months.", "County Court",
              "Official Reporter", ["38", "9"]),
    ]  # fmt: skip
    requirements = [_req("Proficiency in Quillscript or Verbatrix", met=False), _req("Trial reporting", met=True,
                                                                                       ids=["E1"])]  # fmt: skip
    evidence = _map(facts, requirements)
    for tone in Tone:
        prefs = Preferences(tone=tone, word_count_target=200)
        said = WritingBrief(evidence=evidence, preferences=prefs, candidate=Person(name="Rhea Lund"),
                            cv_text="Software: QuillScript v9 · Zoom")  # fmt: skip
        assert "Quillscript" not in asyncio.run(TemplateWriter().write(said)).text, tone
        unsaid = said.model_copy(update={"cv_text": "Software: Zoom"})
        assert "Quillscript" in asyncio.run(TemplateWriter().write(unsaid)).text, tone  # a real gap is still named


@pytest.mark.parametrize(
    "line",
    [
        "Up to 30 per shift.",  # a count of nothing named ("Up to 30 departures a shift" is work at a rate)
        "Technician of the Year (2019)",
        "Second in charge at a state hatchery rearing trout",
        "Place IV and arterial catheters on the unit",
    ],
)
def test_a_line_whose_grammar_fits_no_frame_is_left_out(line: str) -> None:
    assert verb_phrase(line, ongoing=False, in_job=True) is None


def test_notes_after_a_verb_are_dropped_rather_than_made_into_verbs() -> None:
    assert verb_phrase("Ran the pass on weekends; team of 5; ordering records.", ongoing=False, in_job=True) == (
        "ran the pass on weekends"
    )
    assert verb_phrase("Sequence up to 44 arrivals an hour", ongoing=True, in_job=True) == (
        "sequence up to 44 arrivals an hour"
    )
    assert verb_phrase("Caseload of 40 clients in recovery", ongoing=False, in_job=True) == (
        "was responsible for a caseload of 40 clients in recovery"
    )


def test_a_thing_named_outside_a_job_is_no_post_held() -> None:
    assert verb_phrase("Bilingual caption style guide", ongoing=False) is None
    assert verb_phrase("Volunteer lighting designer for the youth theatre", ongoing=False) == (
        "was a volunteer lighting designer for the youth theatre"
    )


@pytest.mark.parametrize(
    "role", ["Line Cook → Sous Chef (2016)", "Senior Reporter & Realtime Coordinator", "Tower at Airport Controller"]
)
def test_cv_shorthand_in_a_title_is_not_said_after_as_a(role: str) -> None:
    assert not is_job_title(role)


def test_cv_shorthand_is_recognised() -> None:
    assert SHORTHAND.search("daily tank drains, sieving & counts")
    assert SHORTHAND.search("22 × 400 L bag cultures + 4 tanks")
    assert not SHORTHAND.search("owned the P&L for Ashby & Crane")


def test_the_same_result_is_told_once() -> None:
    first = _fact("E1", FactKind.ACHIEVEMENT, "Ran 62 anoxia treatments since 2023.", metrics=["62", "2023"])
    again = _fact("E2", FactKind.ACHIEVEMENT, "Completed 62 treatments since.", metrics=["62"])
    small = _fact("E3", FactKind.ACHIEVEMENT, "Supervised all 2 floors.", metrics=["2"])
    other = _fact("E4", FactKind.ACHIEVEMENT, "Built a 2-floor store.", metrics=["2"])
    pool = [content.Accomplishment(f, f.text.lower(), 0) for f in (first, again, small, other)]
    assert [a.fact.fact_id for a in distinct_results(pool)] == ["E1", "E3", "E4"]


def test_each_certificate_a_requirement_names_by_its_code_is_held() -> None:
    facts = [_fact("E1", FactKind.CERTIFICATION, "Certified Realtime Reporter (CRR), NCRA"),
             _fact("E2", FactKind.CERTIFICATION, "Registered Professional Reporter (RPR), NCRA"),
             _fact("E3", FactKind.CERTIFICATION, "Registered Merit Reporter (RMR), NCRA")]  # fmt: skip
    evidence = _map(facts, [_req("NCRA RPR and CRR (or a state-equivalent realtime certification)", met=True)])
    sentence = held_sentence(held_facts(evidence))
    assert "(RPR)" in sentence
    assert "(CRR)" in sentence
    assert "RMR" not in sentence
