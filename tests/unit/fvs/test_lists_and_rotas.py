"""Counts and durations a letter writes out where the CV gives them in shorthand:
- a count of what a CV line lists ("Lifts: Eagle, Summit and Pine chairs" as "three chairlifts");
- a number the CV gives without its unit, which the letter supplies ("4-on/4-off" as "four days on, four off";
  "6-weekly" as "every six weeks");
- hours and days written as one letter ("12h", "90d");
- days that are events, not time ("3 Family Days", each drawing visitors, are three events).
A count past the list, or a number the CV never gives, is still caught.

An invented ski-lift operations supervisor, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Marit Solheim

## Experience

Lift Operations Supervisor | Hallvik Mountain Resort | 2019-11 - Present
- Chairlifts: Eagle, Summit and Pine; daily rope and grip inspections before opening.
- Crew rota 4-on/4-off through the winter season; 12h shifts on race days.
- 6-weekly evacuation drills with the patrol team.
- Incident reports closed within 90d.
""",
    "marit.md",
)
POSTING = read_posting(
    "# Lift Maintenance Lead\nCompany: Brekke Fjell\n\n## Requirements\n- Lift operations experience\n",
    company_name="Brekke Fjell",
    job_title="Lift Maintenance Lead",
)


@pytest.mark.parametrize(
    "body",
    [
        "At Hallvik I run daily inspections on three chairlifts before opening.",
        "My crew works a rota of four days on and four days off through the winter season.",
        "We run evacuation drills with the patrol team every six weeks.",
        "On race days I work twelve-hour shifts.",
        "I close incident reports within ninety days.",
    ],
)
def test_what_the_cv_gives_in_shorthand_passes(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


@pytest.mark.parametrize(
    "body",
    [
        "At Hallvik I run daily inspections on seven chairlifts before opening.",
        "We run evacuation drills with the patrol team every nine weeks.",
        "On race days I work sixteen-hour shifts.",
    ],
)
def test_a_number_the_cv_does_not_give_is_caught(body: str) -> None:
    assert any(finding.startswith("metric:") for finding in critical_findings(body, cv=CV, job=POSTING))
