"""Figures read by their writing: two digits closing a range of years ("2016–19") are a year, not a count that could
back "nineteen landings"; "modernisations x12" counts twelve; "the 18 m height threshold" draws a rule's line; the
last years at an employer may be its latest posts together.

An invented lift engineer, a custodial manager and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting
from careervp.logic.numbers import QuantityKind, extract_quantities

from .personas import critical_findings

CV = read_cv(
    """# Rafferty Oyelaran-Byrne
Lift engineer

## Experience
2020–now | Castleby Lifts Ltd | Lift Engineer
- Best shift: 14 landings surveyed.
- Lift modernisations x12 across all contracts.

2016–19 | Ardwick Escalator Services | Apprentice Lift Engineer
- Serviced escalators in shopping centres.
""".encode(),
    "rafferty.md",
)
POSTING = read_posting(
    """# Senior Lift Engineer
Company: Pellham Vertical Transport

## Requirements
- Lift modernisation experience.
""",
    company_name="Pellham Vertical Transport",
    job_title="Senior Lift Engineer",
)


@pytest.mark.parametrize(
    ("text", "year"),
    [("2016–19 at Ardwick", 2019), ("from 2019-21 I trained", 2021), ("1996–03 | Kelso Lifts", 2003)],
)
def test_two_digits_closing_a_range_of_years_are_the_year_it_ends(text: str, year: int) -> None:
    found = extract_quantities(text)
    assert (found[-1].kind, found[-1].value) == (QuantityKind.TIME, year), found


def test_two_digits_after_a_year_and_a_spaced_dash_are_still_a_count() -> None:
    found = extract_quantities("in 2019 - 45 staff")
    assert (found[-1].kind, found[-1].value) == (QuantityKind.COUNT, 45), found


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("My best shift so far was nineteen landings surveyed.", "metric:nineteen"),
        ("My best shift so far was fourteen landings surveyed.", None),
        ("I have led twelve lift modernisations across my contracts.", None),
        ("The tallest building I surveyed stood just under the 18 m height threshold.", None),
        ("I surveyed a building of 18 m on my own.", "metric:18"),
    ],
)
def test_figures_are_read_by_how_they_are_written(body: str, flagged: str | None) -> None:
    found = critical_findings(body, cv=CV, job=POSTING)
    assert (flagged in found) if flagged else found == [], found


OFFICER = read_cv(
    b"""# Wynford Achterberg
Custodial manager

## Experience
**Ravensholt Young Offender Institution** - Kent
*Custodial Manager, January 2024 to now*
- Manage a residential unit of 60 young men.

**Ravensholt Young Offender Institution** - Kent
*Supervising Officer, January 2021 to December 2023*
- Ran the reception and first night unit.

**Ravensholt Young Offender Institution** - Kent
*Prison Officer, 2012 to 2020*
- Key worker to six young men.
""",
    "wynford.md",
)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("I have spent the last six years in supervisory grades at Ravensholt.", None),
        ("I have spent the last ten years in supervisory grades at Ravensholt.", "date_or_duration:ten years"),
    ],
)
def test_years_at_an_employer_may_be_its_latest_posts_together(body: str, flagged: str | None) -> None:
    found = critical_findings(body, cv=OFFICER, job=POSTING)
    assert (flagged in found) if flagged else found == [], found
