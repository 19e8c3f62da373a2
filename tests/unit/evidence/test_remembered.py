"""Evidence maps are remembered by the content of the CV and posting: the same pair gives the same map without the
work, each caller gets its own copy, and any change to the inputs is a new map."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel

from careervp.logic.evidence import build as evidence_module
from careervp.logic.evidence import build_evidence_map
from careervp.logic.remembered import remembered
from evidence.samples import TODAY, backend_cv, backend_job


class _Answer(BaseModel):
    words: list[str]


def _counting(size: int = 2) -> tuple[list[tuple[object, ...]], object]:
    calls: list[tuple[object, ...]] = []

    @remembered(size=size)
    def join(model: _Answer, extra: list[str] | set[str], *, when: date | None = None) -> _Answer:
        calls.append((model, extra, when))
        return _Answer(words=[*model.words, *sorted(extra)])

    return calls, join


def test_the_same_content_is_answered_once_and_copied() -> None:
    calls, join = _counting()
    first = join(_Answer(words=["a"]), ["b"])  # type: ignore[operator]
    second = join(_Answer(words=["a"]), ["b"])  # type: ignore[operator]
    assert len(calls) == 1
    assert second == first
    assert second is not first
    second.words.append("changed")
    assert join(_Answer(words=["a"]), ["b"]).words == ["a", "b"]  # type: ignore[operator]


def test_other_content_is_another_answer_and_old_ones_are_dropped() -> None:
    calls, join = _counting(size=2)
    join(_Answer(words=["a"]), ["b"])  # type: ignore[operator]
    join(_Answer(words=["a"]), ["c"])  # type: ignore[operator]
    join(_Answer(words=["a"]), ["b"], when=date(2026, 1, 1))  # type: ignore[operator]
    assert len(calls) == 3
    join(_Answer(words=["a"]), ["b"])  # type: ignore[operator]  # the oldest of three, over the size of two
    assert len(calls) == 4


def test_arguments_without_a_content_key_are_not_remembered() -> None:
    calls, join = _counting()
    join(_Answer(words=["a"]), {"b"})  # type: ignore[operator]
    join(_Answer(words=["a"]), {"b"})  # type: ignore[operator]
    assert len(calls) == 2


def test_evidence_maps_are_remembered_per_pair(monkeypatch: object) -> None:
    built: list[int] = []
    original = evidence_module.collect_facts

    def counting(*args: object, **kwargs: object) -> object:
        built.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(evidence_module, "collect_facts", counting)  # type: ignore[attr-defined]
    cv, job = backend_cv(), backend_job()
    area = f"mentoring {uuid.uuid4().hex}"  # a pair no other test has asked about
    first = build_evidence_map(cv, job, emphasis_areas=[area], today=TODAY)
    again = build_evidence_map(backend_cv(), backend_job(), emphasis_areas=[area], today=TODAY)
    assert again == first
    assert again is not first
    assert len(built) == 1
    other = build_evidence_map(cv, job.model_copy(update={"must_have": ["Kafka"]}), emphasis_areas=[area], today=TODAY)
    assert len(built) == 2
    assert other != first
