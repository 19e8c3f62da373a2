"""`python -m bench.caught_by CORPUS_DIR ...`: which kinds of finding catch the corpus's fabrications.

For every labelled fabrication caught by exactly one kind of critical finding, the finding's message with its quoted
parts and figures masked, counted. It shows how much of the recall rests on findings of mere absence ("is not a
figure the CV gives") and how little on contradictions ("differs from the figure the CV gives"): the figure to look
at before any change to what counts as critical.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from bench.truth import TODAY, _inputs, _records, findings_on
from careervp.logic.fvs import verify_letter
from careervp.models.api import FVSViolation, Severity

_QUOTED_OR_FIGURE = re.compile(r"'[^']*'|\"[^\"]*\"|\d+")


def _template(violation: FVSViolation) -> str:
    return _QUOTED_OR_FIGURE.sub("_", violation.message)[:70]


def caught_by(roots: list[Path]) -> Counter[str]:
    alone: Counter[str] = Counter()
    for root in roots:
        for case in _records(root, "fvs.jsonl"):
            cv, job = _inputs(root, case)
            if case["label"] != "fabricated" or cv is None:
                continue
            result = verify_letter(
                case["letter"], cv=cv, job=job, company_name=case["company_name"], job_title=case["job_title"],
                today=TODAY,
            )  # fmt: skip
            critical = [v for v in result.violations if v.severity is Severity.CRITICAL]
            for fabrication in case["fabrications"]:
                templates = {_template(v) for v in findings_on(case["letter"], fabrication["text"], critical)}
                if len(templates) == 1:
                    alone[templates.pop()] += 1
    return alone


def main(argv: list[str] | None = None) -> int:
    roots = [Path(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    for template, count in caught_by(roots).most_common():
        print(f"{count:4d}  {template}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
