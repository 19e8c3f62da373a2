"""`python -m bench.truth [CORPUS_DIR ...]`: how truthful the engine is on a labelled corpus.

Three figures, each against labels written independently of the code:
- FVS: recall per fabrication kind, core recall (the gated kinds together) and false alarms on faithful letters;
- self-consistency: the share of pairs whose offline letter (every tone) passes FVS;
- the requirement table: of the requirements a recruiter labelled "met", the share shown as gaps, and of those
  labelled "not", the share shown as met (requirements.jsonl, matched to the evidence map by their text).
Default corpora: the shared corpus beside the repository and the frozen fresh set. `--json` prints the figures as
JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from careervp.ingest import read_cv_file, read_posting
from careervp.ingest.errors import CVReadError
from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.repair import repaired
from careervp.logic.writers.base import WritingBrief, cv_source_text
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import FVSViolation, Preferences, Severity, Tone

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = (REPO.parent / "shared/data/corpus", REPO / "tests/fixtures/fresh_corpus")
GATED = ("employer", "role", "date_or_duration", "metric", "credential", "skill", "company_name", "job_title")
TODAY = date(2026, 11, 15)  # the corpus format: "Present" means 2026-11


def _records(root: Path, name: str) -> list[dict[str, Any]]:
    path = root / name
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _inputs(root: Path, case: dict[str, Any]) -> tuple[Any, Any]:
    """The case's CV and posting as the service reads them; (None, None) when the service cannot read the CV (the
    user gets an error and no letter: counted apart, never skipped silently)."""
    try:
        cv = read_cv_file(root / case["cv"])
    except CVReadError:
        return None, None
    job = read_posting(
        (root / case["job"]).read_text(encoding="utf-8"), company_name=case["company_name"], job_title=case["job_title"]
    )
    return cv, job


def findings_on(letter: str, text: str, findings: list[FVSViolation]) -> list[FVSViolation]:
    """The findings whose span overlaps the first place `text` stands in `letter` (none when it stands nowhere)."""
    start = letter.find(text) if text else -1
    return [
        v
        for v in findings
        if start >= 0 and v.span_start is not None and v.span_end is not None
        and v.span_start < start + len(text) and start < v.span_end
    ]  # fmt: skip


def fvs_figures(root: Path) -> dict[str, Any]:
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    faithful, flagged, missed, unreadable = 0, [], [], []
    for case in _records(root, "fvs.jsonl"):
        cv, job = _inputs(root, case)
        if cv is None:
            unreadable.append(case["id"])
            continue
        result = verify_letter(
            case["letter"], cv=cv, job=job, company_name=case["company_name"], job_title=case["job_title"], today=TODAY
        )
        critical = [v for v in result.violations if v.severity is Severity.CRITICAL]
        if case["label"] == "faithful":
            faithful += 1
            if critical:
                flagged.append(f"{case['id']}: " + "; ".join(f"{v.field} {v.found!r}" for v in critical))
            continue
        for fabrication in case["fabrications"]:
            kind, text = fabrication["kind"], fabrication["text"]
            total[kind] += 1
            hit = (kind == "company_name" and not result.company_name_verified) or (
                kind == "job_title" and not result.job_title_verified
            )
            hit = hit or bool(findings_on(case["letter"], text, critical))
            caught[kind] += hit
            if not hit:
                missed.append(f"{case['id']}: {kind} {text!r}")
    core_total = sum(total[k] for k in GATED)
    return {
        "recall": {k: round(caught[k] / total[k], 3) for k in sorted(total)},
        "core_recall": round(sum(caught[k] for k in GATED) / core_total, 3) if core_total else None,
        "false_alarms": f"{len(flagged)}/{faithful}",
        "false_alarm_rate": round(len(flagged) / faithful, 3) if faithful else None,
        "flagged": flagged,
        "missed": missed,
        "letters_on_unreadable_cvs": unreadable,
    }


def generation_figures(root: Path) -> dict[str, Any]:
    failures = []
    unrepaired = []  # letters the user would not get: still flagged once the flagged sentences are taken out
    pairs = _records(root, "pairs.jsonl")
    for pair in pairs:
        cv, job = _inputs(root, pair)
        if cv is None:
            failures += [f"{pair['id']}/{tone.value}: the CV could not be read" for tone in Tone]
            continue
        evidence = build_evidence_map(cv, job, emphasis_areas=pair.get("emphasis_areas") or [])
        for tone in Tone:
            prefs = Preferences(tone=tone, word_count_target=pair.get("word_count_target", 300))
            draft = asyncio.run(
                TemplateWriter().write(
                    WritingBrief(evidence=evidence, preferences=prefs, candidate=cv.person, cv_text=cv_source_text(cv))
                )
            )
            verify = partial(
                verify_letter,
                cv=cv,
                job=job,
                company_name=pair["company_name"],
                job_title=pair["job_title"],
                today=TODAY,
            )
            result = verify(draft.text)
            if not result.is_valid:
                failures.append(
                    f"{pair['id']}/{tone.value}: " + "; ".join(f"{v.field} {v.found!r}" for v in result.critical)
                )
                if not repaired(draft.text, verify)[1].is_valid:
                    unrepaired.append(failures[-1])
    return {
        "letters": len(pairs) * len(Tone),
        "rejected_by_own_checker": len(failures),
        "failures": failures,
        "failed_after_repair": len(unrepaired),
        "unrepaired": unrepaired,
    }


def requirement_figures(root: Path) -> dict[str, Any]:
    labels = _records(root, "requirements.jsonl")
    pairs = {p["id"]: p for p in _records(root, "pairs.jsonl")}
    met_as_gap, met, not_as_met, unsupported, unmatched = 0, 0, 0, 0, 0
    wrong: list[str] = []
    maps: dict[str, dict[str, bool]] = {}
    for label in labels:
        pair = pairs.get(label["pair"])
        if pair is None:
            continue
        if label["pair"] not in maps:
            cv, job = _inputs(root, pair)
            evidence = build_evidence_map(cv, job) if cv is not None else None
            requirements = evidence.requirements if evidence is not None else []
            maps[label["pair"]] = {" ".join(r.requirement.split()).casefold(): r.is_gap for r in requirements}
        shown = maps[label["pair"]].get(" ".join(label["requirement"].split()).casefold())
        if shown is None:
            unmatched += 1
            continue
        if label["label"] == "met":
            met += 1
            met_as_gap += shown
            if shown:
                wrong.append(f"{label['pair']}: met, shown as a gap: {label['requirement']}")
        elif label["label"] == "not":
            unsupported += 1
            not_as_met += not shown
            if not shown:
                wrong.append(f"{label['pair']}: not met, shown as met: {label['requirement']}")
    return {
        "met_shown_as_gap": f"{met_as_gap}/{met}",
        "met_shown_as_gap_rate": round(met_as_gap / met, 3) if met else None,
        "unsupported_shown_as_met": f"{not_as_met}/{unsupported}",
        "unsupported_shown_as_met_rate": round(not_as_met / unsupported, 3) if unsupported else None,
        "labels_not_found_in_the_table": unmatched,
        "wrong": wrong,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = {}
    for root in args.corpora or [c for c in DEFAULT_CORPORA if c.is_dir()]:
        figures[str(root)] = {
            "fvs": fvs_figures(root),
            "generation": generation_figures(root),
            "requirements": requirement_figures(root),
        }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    for root, found in figures.items():
        print(f"== {root}")
        fvs, gen, req = found["fvs"], found["generation"], found["requirements"]
        print(f"  FVS recall per kind: {fvs['recall']}")
        print(
            f"  FVS core recall: {fvs['core_recall']}   false alarms: {fvs['false_alarms']} ({fvs['false_alarm_rate']})"
        )
        for line in fvs["flagged"]:
            print(f"    flagged: {line}")
        for line in fvs["missed"]:
            print(f"    missed: {line}")
        if fvs["letters_on_unreadable_cvs"]:
            print(f"  letters not checked, their CV could not be read: {', '.join(fvs['letters_on_unreadable_cvs'])}")
        print(
            f"  offline letters rejected by FVS: {gen['rejected_by_own_checker']}/{gen['letters']}"
            f" (still rejected once flagged sentences are taken out, as the service does: "
            f"{gen['failed_after_repair']}/{gen['letters']})"
        )
        for line in gen["failures"]:
            print(f"    rejected: {line}")
        print(
            f"  requirement table: met shown as gap {req['met_shown_as_gap']} ({req['met_shown_as_gap_rate']}), "
            f"unsupported shown as met {req['unsupported_shown_as_met']} ({req['unsupported_shown_as_met_rate']}), "
            f"labels not found {req['labels_not_found_in_the_table']}"
        )
        for line in req["wrong"]:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
