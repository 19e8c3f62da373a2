"""bench.caught_by counts the kind of finding that alone catches each fabrication of a labelled corpus."""

from __future__ import annotations

import json
from pathlib import Path

from bench.caught_by import caught_by, main

CV = """# Pavel Ostrowski
## Experience
Fleet Manager | Harrow Buses | 2018-03 - Present
- Cut breakdowns by 22%.
"""
POSTING = """# Fleet Director
Company: Kestrel Coaches

## Requirements
- Fleet management experience.
"""


def _corpus(root: Path) -> Path:
    (root / "cvs").mkdir(parents=True)
    (root / "jobs").mkdir()
    (root / "cvs" / "p.md").write_text(CV)
    (root / "jobs" / "j.md").write_text(POSTING)
    letter = (
        "Dear Hiring Manager,\n\nI am applying for the Fleet Director role at Kestrel Coaches. At Harrow Buses I "
        "cut breakdowns by 35%.\n\nSincerely,\nPavel Ostrowski"
    )
    case = {
        "id": "f01", "cv": "cvs/p.md", "job": "jobs/j.md", "company_name": "Kestrel Coaches",
        "job_title": "Fleet Director", "letter": letter, "label": "fabricated",
        "fabrications": [{"kind": "metric", "text": "35%"}],
    }  # fmt: skip
    (root / "fvs.jsonl").write_text(json.dumps(case) + "\n")
    return root


def test_a_fabricated_figure_is_caught_by_a_finding_of_absence(tmp_path: Path, capsys: object) -> None:
    root = _corpus(tmp_path / "corpus")
    assert caught_by([root]) == {"_ is not a figure the CV gives.": 1}
    assert main([str(root)]) == 0
