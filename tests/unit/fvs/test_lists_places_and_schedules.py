"""Facts that hide in plain words: a technique slipped into a list of the writer's real skills ("avalanche
dogs"), a licence claimed in a second state, a completion date for a course in progress, a title written right
before a year ("as lead patroller since 2016"), and the target title worn at the writer's own employer.

An invented ski patroller and posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

COMPANY = "Granite Bowl Resort"
TITLE = "Patrol Director"
CV = read_cv(
    b"""# Marit Oyelaran-Holt
Ski patroller

## Experience

Lead Patroller | Wasatch Crest Resort | 2019-11 - Present
- Lead a team of 12 patrollers; avalanche control on 40 paths with hand charges.
- Rope rescue, toboggan handling and chairlift evacuation drills every season.

Patroller | Wasatch Crest Resort | 2014-11 - 2019-10
- Avalanche forecasting support and beacon park training for guests.

## Certifications
- EMT, Utah - 2015
- AIARE Pro 2 - 2018
- Blaster's licence (Utah) - 2017

## Education
- B.S. Outdoor Recreation, Weber Ridge University, in progress (expected 2027)
""",
    "marit.md",
)
POSTING = read_posting(
    """# Patrol Director
Company: Granite Bowl Resort

## Requirements
- Ten years of patrol experience, five in a lead role.
- EMT licence in Idaho or Montana.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "My toolbox includes rope rescue, toboggan handling and chairlift evacuation.",
        "I am licensed as an EMT in Utah, and I would transfer it to Idaho in my first month.",
        "I will complete my degree in outdoor recreation in 2027.",
        "I have led the team as lead patroller since 2019 at Wasatch Crest Resort.",
        "As Lead Patroller at Wasatch Crest Resort, I would bring twelve years of patrol to you.",
    ],
)
def test_plain_words_that_state_the_cv_pass(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("My toolbox includes rope rescue, snowmobile towing and chairlift evacuation.", "skill"),
        ("I am licensed as an EMT in Utah and Idaho.", "credential"),
        ("I will complete my degree in outdoor recreation in 2026.", "date_or_duration"),
        ("I have led the team as lead patroller since 2015 at Wasatch Crest Resort.", "date_or_duration"),
        ("As Patrol Director at Wasatch Crest Resort, I would bring twelve years of patrol to you.", "role"),
    ],
)
def test_the_same_words_with_a_wrong_fact_are_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)
