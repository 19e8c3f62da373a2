"""FVS on a labelled corpus: recall per fabrication kind and false alarms on faithful letters.

Reads fvs.jsonl from $CAREERVP_CORPUS_DIR (or $CAREERVP_CORPUS), else ../shared/data/corpus beside the repository,
so the same test measures a second corpus of the same format. CVs and postings go through the real readers.

A fabrication counts as caught when a CRITICAL violation's span overlaps its labelled text, or, for company_name
and job_title, when the matching `*_verified` flag is False. Run with `-s` to see the table.
"""

from __future__ import annotations

import json
import os
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

REPO = Path(__file__).resolve().parents[3]
GATED_KINDS = ("employer", "role", "date_or_duration", "metric", "credential", "skill", "company_name", "job_title")
MIN_RECALL = 0.95
MAX_FALSE_ALARM_RATE = 0.05
# The corpus README: "Present" in a CV means 2026-11.
CORPUS_TODAY = date(2026, 11, 15)


def _corpus_dir() -> Path | None:
    for candidate in (os.environ.get("CAREERVP_CORPUS_DIR"), os.environ.get("CAREERVP_CORPUS")):
        if candidate:
            return Path(candidate)
    default = REPO.parent / "shared" / "data" / "corpus"
    return default if (default / "fvs.jsonl").exists() else None


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


@pytest.fixture(scope="module")
def scores() -> Scores:
    root = _corpus_dir()
    if root is None or not (root / "fvs.jsonl").exists():
        pytest.skip("no corpus: set CAREERVP_CORPUS_DIR to a folder holding fvs.jsonl")
    result = _score(root)
    print(f"\nFVS on {root}:\n{result.table()}")
    return result


@pytest.mark.parametrize("kind", GATED_KINDS)
def test_recall_per_fabrication_kind(scores: Scores, kind: str) -> None:
    assert scores.recall(kind) >= MIN_RECALL, scores.table()


def test_false_alarms_on_faithful_letters(scores: Scores) -> None:
    assert scores.faithful > 0, "the corpus has no faithful letters"
    assert len(scores.false_alarms) <= MAX_FALSE_ALARM_RATE * scores.faithful, scores.table()


def test_every_violation_span_is_exact(scores: Scores) -> None:
    """Spans point at the text they report, so a UI can highlight them."""
    root = _corpus_dir()
    assert root is not None
    for line in (root / "fvs.jsonl").read_text(encoding="utf-8").splitlines()[:20]:
        case = json.loads(line)
        for v in _verify(case, root).violations:
            if v.span_start is not None and v.span_end is not None:
                assert case["letter"][v.span_start : v.span_end] == v.found
