"""A point in time counted back from today ("my first job on a ward, nine years ago") is checked against the years
the CV writes, not against a length of service: "nine years ago" is about 2017, whatever the career's length.

An invented ward clerk turned anaesthetic practitioner and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Marisol Teague
## Experience
**Anaesthetic Practitioner** | Wyebridge General Hospital | 2021 - Present
- Support 6 theatre lists a week in orthopaedics.

**Ward Clerk** | Wyebridge General Hospital | 2017 - 2018
- Kept admissions records for a 28-bed surgical ward.

## Education
- BSc Biomedical Science, Lymford University, 2011 - 2014
""",
    "marisol.md",
)
POSTING = read_posting(
    "# Senior Anaesthetic Practitioner\nCompany: Castlereigh Clinic\n\n## Requirements\n- Theatre experience\n",
    company_name="Castlereigh Clinic",
    job_title="Senior Anaesthetic Practitioner",
)


@pytest.mark.parametrize(
    "body",
    [
        "I first studied anatomy fifteen years ago, at Lymford.",
        "I graduated twelve years ago and have worked in hospitals since.",
        "More than fourteen years ago I began my degree in biomedical science.",
        "My first job in a hospital, nine years ago, was as a ward clerk.",
    ],
)
def test_a_year_the_cv_gives_backs_that_many_years_ago(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


@pytest.mark.parametrize(
    "body",
    [
        "My first job in a hospital, twenty years ago, was as a ward clerk.",
        "I graduated eighteen years ago and have worked in hospitals since.",
    ],
)
def test_no_year_of_the_cv_that_far_back_is_caught(body: str) -> None:
    assert any(f.startswith("date_or_duration:") for f in critical_findings(body, cv=CV, job=POSTING))


GRADED = read_cv(
    b"""# Marisol Teague
## Experience
### Wyebridge General Hospital
**Anaesthetic Practitioner II** | 2023 - Present
- Support 6 theatre lists a week in orthopaedics.

**Anaesthetic Practitioner I** | 2021 - 2023
- Scrubbed for 4 lists a week.

**Ward Clerk** | 2017 - 2018
- Kept admissions records for a 28-bed surgical ward.
""",
    "marisol-graded.md",
)


def test_years_pointed_back_to_with_of_them_are_the_roles_named() -> None:
    # "the last five of them as an anaesthetic practitioner": both graded posts together, not the whole stay
    body = "I have nine years in hospitals, the last five of them as an anaesthetic practitioner at Wyebridge General."
    assert critical_findings(body, cv=GRADED, job=POSTING) == []
    wrong = (
        "I have nine years in hospitals, the last seven of them as an anaesthetic practitioner at Wyebridge General."
    )
    assert any(f.startswith("date_or_duration:") for f in critical_findings(wrong, cv=GRADED, job=POSTING))


SEASONAL = read_cv(
    b"""# Marisol Teague
## Experience
**Ski Patroller** | Cairnbrae Mountain Resort | Dec 2025 - Apr 2026
- Ran 40 avalanche control routes.

**Ski Patroller** | Glenmore Snowsports | Dec 2018 - Apr 2019
- Patrolled 12 runs.
""",
    "marisol-seasonal.md",
)


def test_a_career_of_seasonal_contracts_runs_on_to_today() -> None:
    # The last contract ended in April: "over eight years" counts from Dec 2018 to now (November 2026)
    assert critical_findings("I have worked on the mountain for over eight years.", cv=SEASONAL, job=POSTING) == []
    wrong = critical_findings("I have worked on the mountain for eleven years.", cv=SEASONAL, job=POSTING)
    assert any(f.startswith("date_or_duration:") for f in wrong)
