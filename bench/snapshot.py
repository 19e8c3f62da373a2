"""`python -m bench.snapshot [CORPUS_DIR ...] > FILE`: everything the engine makes of a corpus, as text to diff.

For every pair: the evidence map; for every tone, the offline writer's letter, the letter after the repair step, its
FVS verdict, its quality report and the defect feedback a retry would get. For every labelled letter (fvs.jsonl) its
FVS verdict, and for every reference letter its quality report and verdict. A change meant only to make the engine
faster must leave this output byte for byte the same: run it before and after, then `cmp` the two files.
Default corpora: those of `bench.truth`.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import sys
from pathlib import Path
from typing import IO, Any

from bench.truth import DEFAULT_CORPORA, TODAY, _inputs, _records
from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.repair import repaired
from careervp.logic.scoring import score_letter
from careervp.logic.writers.base import WritingBrief, cv_source_text
from careervp.logic.writers.defects import defect_feedback
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import FVSValidation, Preferences, Tone


def _verify(text: str, case: dict[str, Any], cv: Any, job: Any) -> FVSValidation:
    return verify_letter(
        text, cv=cv, job=job, company_name=case["company_name"], job_title=case["job_title"], today=TODAY
    )


def _pairs(root: Path, out: IO[str]) -> None:
    for pair in _records(root, "pairs.jsonl"):
        cv, job = _inputs(root, pair)
        evidence = build_evidence_map(cv, job, emphasis_areas=pair.get("emphasis_areas") or [])
        out.write(f"## {root.name}/{pair['id']} evidence\n{evidence.model_dump_json()}\n")
        for tone in Tone:
            prefs = Preferences(tone=tone, word_count_target=pair.get("word_count_target", 300))
            brief = WritingBrief(evidence=evidence, preferences=prefs, candidate=cv.person, cv_text=cv_source_text(cv))
            draft = asyncio.run(TemplateWriter().write(brief))
            text, fvs = repaired(draft.text, functools.partial(_verify, case=pair, cv=cv, job=job))
            quality = score_letter(text, evidence=evidence, preferences=prefs)
            feedback = [f.model_dump_json() for f in defect_feedback(text, posting=job.raw_text)]
            out.write(f"## {pair['id']}/{tone.value} letter\n{draft.text}\n## repaired\n{text}\n")
            out.write(f"## fvs\n{fvs.model_dump_json()}\n## quality\n{quality.model_dump_json()}\n")
            out.write(f"## feedback\n{feedback}\n")


def _labelled(root: Path, out: IO[str]) -> None:
    for case in _records(root, "fvs.jsonl"):
        cv, job = _inputs(root, case)
        out.write(f"## fvs {case['id']}\n{_verify(case['letter'], case, cv, job).model_dump_json()}\n")
    pairs = {p["id"]: p for p in _records(root, "pairs.jsonl")}
    for reference in _records(root, "reference_letters.jsonl"):
        pair = pairs.get(reference.get("pair", ""))
        if pair is None:
            continue
        cv, job = _inputs(root, pair)
        quality = score_letter(reference["letter"], evidence=build_evidence_map(cv, job), preferences=Preferences())
        verdict = _verify(reference["letter"], pair, cv, job)
        out.write(f"## reference {pair['id']}\n{quality.model_dump_json()}\n{verdict.model_dump_json()}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    args = parser.parse_args(argv)
    for root in args.corpora or [c for c in DEFAULT_CORPORA if c.is_dir()]:
        _pairs(root, sys.stdout)
        _labelled(root, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
