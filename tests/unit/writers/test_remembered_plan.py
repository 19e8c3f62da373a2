"""The offline writer's plan and its ranked accomplishments are derived from the evidence map alone: another
letter from the same CV and posting (another tone, another try) reuses them; other evidence, or another number of
points, is another plan."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date

import pytest
from evidence.samples import TODAY, backend_cv, backend_job
from pydantic import BaseModel

from careervp.logic import remembered
from careervp.logic.evidence import build_evidence_map
from careervp.logic.remembered import remembered_frozen
from careervp.logic.writers import template_content as content
from careervp.logic.writers.career import years_phrase
from careervp.logic.writers.held import held_facts
from careervp.logic.writers.plan import plan_letter
from careervp.models.evidence import EvidenceMap


def test_an_answer_is_kept_as_it_is_for_the_same_content() -> None:
    calls: list[str] = []

    @remembered_frozen(size=2)
    def shout(word: str, *, when: date | None = None) -> tuple[str, ...]:
        calls.append(word)
        return (word.upper(),)

    first = shout("go")
    assert shout("go") is first
    assert shout("go", when=date(2026, 1, 1)) == first
    assert calls == ["go", "go"]
    shout("stop")
    shout("wait")  # over the size of two: the oldest answer goes
    shout("go")
    assert calls == ["go", "go", "stop", "wait", "go"]


def test_an_answer_of_none_is_kept_too() -> None:
    calls: list[str] = []

    @remembered_frozen(size=2)
    def years(text: str) -> str | None:
        calls.append(text)
        return None

    assert years("no dates") is None
    assert years("no dates") is None
    assert calls == ["no dates"]


def test_arguments_without_a_content_key_are_not_kept() -> None:
    calls: list[frozenset[str]] = []

    @remembered_frozen(size=2)
    def count(words: frozenset[str]) -> int:
        calls.append(words)
        return len(words)

    count(frozenset({"a"}))
    count(frozenset({"a"}))
    assert len(calls) == 2


def test_the_plan_is_made_once_per_evidence_map_and_length() -> None:
    evidence = build_evidence_map(backend_cv(), backend_job(), emphasis_areas=["mentoring"], today=TODAY)
    plan = plan_letter(evidence, points_wanted=3)
    assert plan_letter(evidence.model_copy(deep=True), points_wanted=3) is plan
    assert plan_letter(evidence, points_wanted=2) is not plan
    other = build_evidence_map(
        backend_cv(), backend_job().model_copy(update={"must_have": ["Kafka"]}), emphasis_areas=[], today=TODAY
    )
    assert plan_letter(other, points_wanted=3) != plan


def test_the_ranked_accomplishments_are_worked_out_once_per_evidence_map() -> None:
    evidence = build_evidence_map(backend_cv(), backend_job(), emphasis_areas=["mentoring"], today=TODAY)
    ranked = content.ranked_accomplishments(evidence)
    assert list(ranked) == content.accomplishments(evidence, content.jobs(evidence))
    assert content.ranked_accomplishments(evidence.model_copy(deep=True)) is ranked
    other = build_evidence_map(
        backend_cv(), backend_job().model_copy(update={"must_have": ["Kafka"]}), emphasis_areas=[], today=TODAY
    )
    assert content.ranked_accomplishments(other) is not ranked


def test_the_years_held_credentials_and_vocabulary_of_a_map_are_worked_out_once() -> None:
    evidence = build_evidence_map(backend_cv(), backend_job(), emphasis_areas=["mentoring"], today=TODAY)
    same = evidence.model_copy(deep=True)
    for derive in (years_phrase, held_facts, content.vocabulary):
        answer = derive(evidence)
        assert derive(same) is answer
        assert derive.__wrapped__(evidence) == answer  # type: ignore[attr-defined]


def test_a_held_models_key_is_worked_out_once_while_the_block_is_open(monkeypatch: pytest.MonkeyPatch) -> None:
    evidence = build_evidence_map(backend_cv(), backend_job(), emphasis_areas=[], today=TODAY)
    keyed: list[str] = []
    model_key = remembered._model_key

    def counting(model: BaseModel) -> Hashable:
        keyed.append(type(model).__name__)
        return model_key(model)

    monkeypatch.setattr(remembered, "_model_key", counting)

    @remembered_frozen(size=2)
    def facts(evidence: EvidenceMap, tone: str) -> int:
        return len(evidence.facts)

    with remembered.keys_held(evidence):
        for tone in ("plain", "warm", "terse"):
            assert facts(evidence, tone) == len(evidence.facts)
        other = evidence.model_copy(deep=True)  # not held: keyed by its content each time
        facts(other, "plain")
    assert keyed == ["EvidenceMap", "EvidenceMap"]
    facts(evidence, "plain")  # the block is closed: the key is worked out again
    assert len(keyed) == 3
