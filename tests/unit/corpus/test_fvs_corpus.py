"""FVS on the labelled corpora: recall per fabrication kind and false alarms on faithful letters, held by a ratchet.

Each corpus of corpora.py is measured (the shared corpus, the frozen fresh set, or $CAREERVP_CORPUS_DIR alone).
A fabrication counts as caught when a CRITICAL violation's span overlaps its labelled text, or, for company_name
and job_title, when the matching `*_verified` flag is False. Run with `-s` to see the tables.

The figures are held by ratchet.json: a kind's recall may not fall below its floor nor the false alarms rise above
their ceiling, and a figure better than recorded fails too until the file is tightened (floors stop at the
acceptance thresholds). A custom corpus is judged by the acceptance thresholds alone.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from careervp.ingest import read_cv_file, read_posting
from careervp.logic.fvs import verify_letter
from careervp.models.api import FVSValidation, Severity
from careervp.models.cv import CV
from careervp.models.job import JobPosting

from .corpora import Corpus, corpora

GATED_KINDS = ("employer", "role", "date_or_duration", "metric", "credential", "skill", "company_name", "job_title")
# The corpus README: "Present" in a CV means 2026-11.
CORPUS_TODAY = date(2026, 11, 15)


@cache
def _cv(path: Path) -> CV:
    return read_cv_file(path)


@cache
def _job(path: Path, company: str, title: str) -> JobPosting:
    return read_posting(path.read_text(encoding="utf-8"), company_name=company, job_title=title)


@dataclass
class Scores:
    caught: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    missed: dict[str, list[str]] = field(default_factory=dict)
    faithful: int = 0
    false_alarms: list[str] = field(default_factory=list)

    def recall(self, kind: str) -> float:
        return self.caught.get(kind, 0) / self.total[kind] if self.total.get(kind) else 1.0

    def table(self) -> str:
        rows = [f"{'kind':18} {'caught':>6} {'total':>5} {'recall':>6}"]
        for kind in sorted(self.total):
            gate = "" if kind in GATED_KINDS else "  (reported, not gated)"
            rows.append(
                f"{kind:18} {self.caught.get(kind, 0):>6} {self.total[kind]:>5} {self.recall(kind):>6.2f}{gate}"
            )
            if self.missed.get(kind):
                rows.append(f"{'':18} missed: {', '.join(self.missed[kind])}")
        rate = len(self.false_alarms) / self.faithful if self.faithful else 0.0
        rows.append(f"false alarms: {len(self.false_alarms)}/{self.faithful} faithful letters ({rate:.1%})")
        if self.false_alarms:
            rows.append("  " + "; ".join(self.false_alarms))
        return "\n".join(rows)


def _caught(result: FVSValidation, kind: str, letter: str, text: str) -> bool:
    if kind == "company_name" and not result.company_name_verified:
        return True
    if kind == "job_title" and not result.job_title_verified:
        return True
    start = letter.find(text) if text else -1
    if start < 0:
        return False
    end = start + len(text)
    return any(
        v.span_start is not None and v.span_end is not None and v.span_start < end and start < v.span_end
        for v in result.critical
    )


def _verify(case: dict[str, Any], root: Path) -> FVSValidation:
    return verify_letter(
        case["letter"],
        cv=_cv(root / case["cv"]),
        job=_job(root / case["job"], case["company_name"], case["job_title"]),
        company_name=case["company_name"],
        job_title=case["job_title"],
        today=CORPUS_TODAY,
    )


def _score(root: Path) -> Scores:
    scores = Scores()
    for line in (root / "fvs.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        result = _verify(case, root)
        if case["label"] == "faithful":
            scores.faithful += 1
            critical = [f"{v.field}:{v.found!r}" for v in result.violations if v.severity is Severity.CRITICAL]
            if critical:
                scores.false_alarms.append(f"{case['id']} ({', '.join(critical)})")
            continue
        for fabrication in case["fabrications"]:
            kind = fabrication["kind"]
            scores.total[kind] = scores.total.get(kind, 0) + 1
            if _caught(result, kind, case["letter"], fabrication["text"]):
                scores.caught[kind] = scores.caught.get(kind, 0) + 1
            else:
                scores.missed.setdefault(kind, []).append(case["id"])
    return scores


CORPORA = corpora()
pytestmark = pytest.mark.skipif(not any(c.records("fvs.jsonl") for c in CORPORA), reason="no labelled corpus")


@cache
def _scores(name: str) -> Scores:
    corpus = next(c for c in CORPORA if c.name == name)
    result = _score(corpus.root)
    print(f"\nFVS on {corpus.name} ({corpus.root}):\n{result.table()}")
    return result


def _fvs_corpora() -> list[str]:
    return [c.name for c in CORPORA if c.records("fvs.jsonl")]


def _corpus(name: str) -> Corpus:
    return next(c for c in CORPORA if c.name == name)


def _floor(corpus: Corpus, kind: str) -> float:
    if corpus.name == "custom":
        return corpus.thresholds.kind_recall
    return float(corpus.ratchet["recall_floor"][kind])


def _core_recall(scores: Scores) -> float:
    caught = sum(scores.caught.get(kind, 0) for kind in GATED_KINDS)
    total = sum(scores.total.get(kind, 0) for kind in GATED_KINDS)
    return caught / total if total else 1.0


def _round_down(value: float) -> float:
    return math.floor(value * 1000) / 1000


def _false_alarm_ceiling(corpus: Corpus, scores: Scores) -> int:
    if corpus.name == "custom":
        return int(corpus.thresholds.false_alarm_rate * scores.faithful)
    return int(corpus.ratchet["max_false_alarms"])


@pytest.mark.parametrize("name", _fvs_corpora())
@pytest.mark.parametrize("kind", GATED_KINDS)
def test_recall_per_fabrication_kind_holds_its_floor(name: str, kind: str) -> None:
    corpus, scores = _corpus(name), _scores(name)
    assert scores.recall(kind) >= _floor(corpus, kind) - 1e-9, scores.table()


@pytest.mark.parametrize("name", _fvs_corpora())
def test_false_alarms_stay_under_their_ceiling(name: str) -> None:
    corpus, scores = _corpus(name), _scores(name)
    assert scores.faithful > 0, "the corpus has no faithful letters"
    assert len(scores.false_alarms) <= _false_alarm_ceiling(corpus, scores), scores.table()


@pytest.mark.parametrize("name", [n for n in _fvs_corpora() if n != "custom"])
def test_the_ratchet_is_tight(name: str) -> None:
    """Improvements are recorded: each floor equals min(measured, acceptance), the ceiling max(measured, acceptance)."""
    corpus, scores = _corpus(name), _scores(name)
    kind_floor = corpus.thresholds.kind_recall
    wanted = {
        "recall_floor": {kind: _round_down(min(scores.recall(kind), kind_floor)) for kind in GATED_KINDS},
        "max_false_alarms": max(len(scores.false_alarms), int(corpus.thresholds.false_alarm_rate * scores.faithful)),
        "core_recall_floor": _round_down(min(_core_recall(scores), corpus.thresholds.core_recall)),
    }
    recorded = {key: corpus.ratchet.get(key) for key in wanted}
    assert recorded == wanted, f"set tests/unit/corpus/ratchet.json[{name!r}] to {json.dumps(wanted)}"


@pytest.mark.parametrize("name", [n for n in _fvs_corpora() if n != "custom"])
def test_core_recall_holds_its_floor(name: str) -> None:
    corpus, scores = _corpus(name), _scores(name)
    assert _core_recall(scores) >= corpus.ratchet["core_recall_floor"] - 1e-9, scores.table()


@pytest.mark.parametrize("name", _fvs_corpora())
def test_every_violation_span_is_exact(name: str) -> None:
    """Spans point at the text they report, so a UI can highlight them."""
    corpus = _corpus(name)
    for case in corpus.records("fvs.jsonl")[:20]:
        for v in _verify(case, corpus.root).violations:
            if v.span_start is not None and v.span_end is not None:
                assert case["letter"][v.span_start : v.span_end] == v.found
