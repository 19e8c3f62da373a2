"""`bench.truth`'s generation figures count both what the offline writer's first draft fails on and what the user
would still not get once the service has taken the flagged sentences out (the figure a user feels)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.truth import generation_figures

from careervp.models.api import Tone

CV = """# Anya Lorne
Harbour pilot

## Experience
**Pilot** | Kestrel Marine | 2019 - Present
- Brought 410 vessels alongside in 2025.
- Trained 4 trainee pilots to their first licence.
"""
JOB = """# Harbour Pilot
Company: Estuary Ports

## Requirements
- Pilotage experience on a busy estuary
- Experience training trainee pilots
"""


def test_a_letter_that_passes_counts_in_neither_figure(tmp_path: Path) -> None:
    (tmp_path / "cvs").mkdir()
    (tmp_path / "jobs").mkdir()
    (tmp_path / "cvs" / "lorne.md").write_text(CV)
    (tmp_path / "jobs" / "pilot.md").write_text(JOB)
    pair = {"id": "x-p01", "cv": "cvs/lorne.md", "job": "jobs/pilot.md", "company_name": "Estuary Ports",
            "job_title": "Harbour Pilot", "tone": "professional", "word_count_target": 250}  # fmt: skip
    (tmp_path / "pairs.jsonl").write_text(json.dumps(pair) + "\n")
    figures = generation_figures(tmp_path)
    assert figures["letters"] == len(Tone)
    assert figures["rejected_by_own_checker"] == 0, figures["failures"]
    assert figures["failed_after_repair"] == 0
    assert figures["unrepaired"] == []
