"""`python -m bench.cold_letters [CORPUS_DIR ...] [--pairs N] [--json]`: CPU of the fact check and the score per new
letter; `make bench` runs it as its `cold_letters` section (`section`).

`make bench` and `bench.profile_letter` write one pair's letter again and again, so every reading the engine keeps
per letter text is found the second time. Real traffic brings a new letter each time, against a CV and posting read
before. Here the letter of each pair in the first tone is checked and scored first (the CV's and posting's readings
are then kept, as after an upload), then its letters in the other tones, each once: their CPU (this thread's time)
is what a new letter costs. The repair step runs as the service runs it. The section runs this module in a process
of its own, so `bench.run --baseline REF` measures it on the other revision's source too, in the same run.
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.truth import DEFAULT_CORPORA, TODAY, _inputs, _records
from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.repair import repaired
from careervp.logic.scoring import score_letter
from careervp.logic.writers.base import WritingBrief, cv_source_text
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import FVSValidation, Preferences, Tone

REPO_ROOT = Path(__file__).resolve().parents[1]


def _check(text: str, pair: dict[str, Any], cv: Any, job: Any) -> FVSValidation:
    return verify_letter(
        text, cv=cv, job=job, company_name=pair["company_name"], job_title=pair["job_title"], today=TODAY
    )


def _judged(text: str, pair: dict[str, Any], cv: Any, job: Any, brief: WritingBrief) -> tuple[float, float]:
    """(ms of the check with its repairs, ms of the score) for one letter."""
    started = time.thread_time()
    kept, _ = repaired(text, functools.partial(_check, pair=pair, cv=cv, job=job))
    checked = time.thread_time()
    score_letter(kept, evidence=brief.evidence, preferences=brief.preferences)
    return (checked - started) * 1000, (time.thread_time() - checked) * 1000


def cold_letters(roots: list[Path], *, pairs: int) -> dict[str, list[float]]:
    figures: dict[str, list[float]] = {"fvs": [], "scoring": []}
    for root in roots:
        for pair in _records(root, "pairs.jsonl")[:pairs]:
            cv, job = _inputs(root, pair)
            if cv is None:
                continue
            evidence = build_evidence_map(cv, job, emphasis_areas=pair.get("emphasis_areas") or [])
            for index, tone in enumerate(Tone):
                preferences = Preferences(tone=tone, word_count_target=pair.get("word_count_target", 300))
                brief = WritingBrief(evidence=evidence, preferences=preferences, candidate=cv.person,
                                     cv_text=cv_source_text(cv))  # fmt: skip
                fvs, scoring = _judged(TemplateWriter().write_now(brief).text, pair, cv, job, brief)
                if index:  # the first tone's letter only reads the CV and posting in
                    figures["fvs"].append(fvs)
                    figures["scoring"].append(scoring)
    return figures


def summary(figures: dict[str, list[float]]) -> dict[str, Any]:
    """Median and mean ms per stage and for both together, and how many letters they are over."""
    both = [sum(stages) for stages in zip(*figures.values(), strict=True)]
    out: dict[str, Any] = {"letters": len(both)}
    for stage, values in {**figures, "total": both}.items():
        out[stage] = (
            {"median_ms": round(statistics.median(values), 2), "mean_ms": round(statistics.fmean(values), 2)}
            if values
            else {}
        )
    return out


def section(roots: list[Path] | None = None, *, pairs: int = 40) -> dict[str, Any]:
    """`bench.run`'s section: this module's figures from a process of its own (which imports `careervp` from the
    PYTHONPATH `bench.run --baseline` sets)."""
    command = [sys.executable, "-m", "bench.cold_letters", "--json", "--pairs", str(pairs)]
    found = subprocess.run(
        [*command, *(str(root) for root in roots or [])], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )
    if found.returncode != 0:
        raise RuntimeError(f"bench.cold_letters failed: {found.stderr.strip()[-500:]}")
    return {**json.loads(found.stdout), "pairs_per_corpus": pairs}


def rows(results: dict[str, Any]) -> list[tuple[str, str]]:
    """The section's figures as (figure, value) rows, for the tables `bench.run` prints."""
    cold = results.get("cold_letters", {})
    if not cold.get("letters"):
        return []
    per = ", ".join(
        f"{stage} {cold[stage]['median_ms']:.2f} (mean {cold[stage]['mean_ms']:.2f})" for stage in ("fvs", "scoring")
    )
    return [
        (
            f"CPU per new letter, fact check + score, in process (median ms, {cold['letters']} letters)",
            f"{cold['total']['median_ms']:.2f} (mean {cold['total']['mean_ms']:.2f}); {per}",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--pairs", type=int, default=40, help="pairs per corpus")
    parser.add_argument("--json", action="store_true", help="the summary as JSON, for `section`")
    args = parser.parse_args(argv)
    figures = cold_letters(args.corpora or [c for c in DEFAULT_CORPORA if c.is_dir()], pairs=args.pairs)
    if args.json:
        print(json.dumps(summary(figures)))
        return 0
    for stage, values in figures.items():
        print(
            f"{stage}: median {statistics.median(values):.2f} ms, mean {statistics.fmean(values):.2f} ms "
            f"per new letter, {len(values)} letters"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
