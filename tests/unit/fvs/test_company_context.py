"""Things a letter says about the reader's company, its places and its schools, read the way people write them.

An invented hydrologist and posting, outside every corpus: places listed after "offices in", a year the posting gives
the company, an institution's initials ("U-M" for University of Michigan) and a negation inside the found words.
"""

from __future__ import annotations

from datetime import date

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

TODAY = date(2026, 11, 15)
COMPANY = "Fenwick Rowe Water Consultants"
TITLE = "Senior Hydrologist – Flood Risk"
CV = read_cv(
    b"""# Oona Fairbrother
## Experience
**Hydrologist** | Calder Basin Trust | Jun 2018 - Present
- Built flood models for 42 river catchments in HEC-RAS.
- Cut model run times by 30%.
**Graduate Hydrologist** | Aire Valley Council | 2015 - 2018
- Ran gauging surveys at 25 sites each quarter.
## Education
MSc Hydrology, University of Leeds, 2015
BSc Geography, University of California Los Angeles, 2013
## Skills
HEC-RAS, ArcGIS Pro, Python
""",
    "oona.md",
)
POSTING = read_posting(
    """# Senior Hydrologist – Flood Risk
Company: Fenwick Rowe Water Consultants

Founded in 1994, Fenwick Rowe has 120 staff in offices in Leeds, Sheffield and Hull. We run a four-day week.

## Requirements
- 6+ years of hydrological modelling.
- Experience with HEC-RAS and InfoWorks ICM.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I would be glad to travel between Sheffield and Hull as the work needs.",  # places the posting lists
        "I'm ready to support projects across Leeds, Sheffield and Hull.",
        "I admire how Fenwick Rowe has grown since 1994 to 120 staff.",  # the company's year, the company's subject
        "I know you have served the region since 1994.",
        "A four-day week at a firm of your size appeals to me.",  # the posting's schedule, not a figure of mine
        "Your flood programme, funded for the next twenty years, is the work I want.",  # time still to come
        "I hold a UCLA degree in Geography and an MSc from Leeds.",  # an institution by its initials
        "The gaps: no InfoWorks ICM licence and no coastal work yet.",  # the negation is inside the found words
    ],
)
def test_what_belongs_to_the_company_or_is_denied_is_not_a_claim(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("I have built flood models in Bradford and InfoWorks ICM since 2018.", "skill"),  # the posting's tool, claimed
        ("I joined Calder Basin Trust in 1994.", "date_or_duration"),  # a posting year on my own history
        ("I cut model run times by 45%.", "metric"),
        ("I hold a UCB degree in Geography.", "credential"),  # initials of no school of mine
    ],
)
def test_the_same_kinds_asserted_of_the_candidate_are_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)
