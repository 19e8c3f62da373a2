"""bench.cold_letters as a section of `make bench`: its figures come from a process of its own, in the shape the
tables read, over the letters of every tone but the first. Times are never asserted, only the plumbing."""

from __future__ import annotations

import json
from pathlib import Path

from bench import cold_letters
from bench.baseline import BASELINE_SECTIONS, _figures
from bench.run import SECTIONS

from careervp.models.api import Tone

CV = """# Marisol Quint
## Experience
Warehouse Supervisor | Birchfield Depots | 2019-04 - Present
- Led a team of 14 pickers across two shifts.
- Cut mis-picks by 18% with a barcode check at packing.
"""
POSTING = """# Logistics Team Leader
Company: Orrin Freight

## Requirements
- Experience leading warehouse teams.
- Knowledge of barcode scanning systems.
"""


def _corpus(root: Path, pairs: int) -> Path:
    (root / "cvs").mkdir(parents=True)
    (root / "jobs").mkdir()
    (root / "cvs" / "m.md").write_text(CV)
    (root / "jobs" / "j.md").write_text(POSTING)
    records = [
        {"id": f"c{index}", "cv": "cvs/m.md", "job": "jobs/j.md", "company_name": "Orrin Freight",
         "job_title": "Logistics Team Leader", "word_count_target": 250}
        for index in range(pairs)
    ]  # fmt: skip
    (root / "pairs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return root


def test_the_section_counts_every_tone_but_the_first_of_each_pair(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", pairs=3)
    found = cold_letters.section([corpus], pairs=2)
    assert found["letters"] == 2 * (len(Tone) - 1)
    assert found["pairs_per_corpus"] == 2
    for stage in ("fvs", "scoring", "total"):
        assert set(found[stage]) == {"median_ms", "mean_ms"}
    assert found["total"]["median_ms"] >= 0


def test_its_figures_make_a_row_of_the_table_and_of_the_baseline_comparison() -> None:
    results = {"cold_letters": cold_letters.summary({"fvs": [1.0, 3.0], "scoring": [2.0, 2.0]})}
    assert results["cold_letters"]["total"] == {"median_ms": 4.0, "mean_ms": 4.0}
    [(label, value)] = cold_letters.rows(results)
    assert "new letter" in label
    assert value.startswith("4.00")
    assert label in _figures(results)
    assert "cold_letters" in SECTIONS
    assert "cold_letters" in BASELINE_SECTIONS


def test_no_row_without_letters() -> None:
    assert cold_letters.rows({"cold_letters": cold_letters.summary({"fvs": [], "scoring": []})}) == []
    assert cold_letters.rows({}) == []
