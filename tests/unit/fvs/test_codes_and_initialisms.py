"""Names that look like other kinds of fact: a type number the CV writes with its maker's letters ("M455" written
"the 455 fleet"), a title shortened to the initials of its words across an ampersand ("E&I technician"), a year in
brackets that dates the item before them, the end year of a dated project, and a posting's word describing the
reader's organisation ("a heritage railway like yours").

Invented rolling-stock technicians and a posting, outside every corpus.
"""

from __future__ import annotations

import json

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

COMPANY = "Saltmarsh Heritage Railway"
TITLE = "Lead Rolling Stock Fitter"
CV = read_cv(
    b"""# Tomasz Adeyemi-Rowe
Rolling stock technician

## Experience

Electrical & Instrumentation Technician | Northvale Rail Depot | 2018-06 - Present
- About 30 daily exams on the M455 and M507 fleets.
- Led a team of 4 fitters on bogie overhauls.

Fitter | Brookline Bus Works | 2012-03 - 2018-05
- Rebuilt 60 engines.

## Certifications
- PTS (Personal Track Safety) - 2018, renewed 2024
- IOSH Managing Safely - 2020
- First Aid at Work - 2022
""",
    "tomasz.md",
)
POSTING = read_posting(
    """# Lead Rolling Stock Fitter
Company: Saltmarsh Heritage Railway

## Requirements
- Experience in a Victorian or Edwardian railway workshop.
- PTS certification.
""",
    company_name=COMPANY,
    job_title=TITLE,
)
JSON_CV = read_cv(
    json.dumps(
        {
            "basics": {"name": "Ada Quarshie", "label": "Depot planner"},
            "work": [{"name": "Northvale Rail Depot", "position": "Depot Planner", "startDate": "2019-02"}],
            "projects": [
                {
                    "name": "Depot Lighting Retrofit",
                    "description": "Led the switch of 900 fittings to LED.",
                    "startDate": "2021-03",
                    "endDate": "2023-09",
                }
            ],
        }
    ).encode(),
    "ada.json",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


def test_a_dated_project_keeps_both_of_its_years() -> None:
    assert JSON_CV.other_sections["Projects"][0].endswith("(2021–2023)")


@pytest.mark.parametrize(
    "body",
    [
        "I do around thirty daily exams on the 455 and 507 fleets.",
        "Since 2018 I have been an E&I technician at Northvale Rail Depot.",
        "Certificates: track safety card (renewed 2024), IOSH Managing Safely, First Aid at Work.",
        "I would be proud to bring my skills to a Victorian railway like yours.",
        "Your Edwardian workshop is where I would like to spend the next ten years.",
    ],
)
def test_names_that_look_like_other_facts_are_read_as_names(body: str) -> None:
    assert _flagged(body) == []


def test_the_end_year_of_a_dated_project_is_the_cvs() -> None:
    body = "From 2021 to 2023 I led the Depot Lighting Retrofit."
    assert critical_findings(body, cv=JSON_CV, job=POSTING) == []
    wrong = "From 2021 to 2024 I led the Depot Lighting Retrofit."
    assert any(f.startswith("date_or_duration:") for f in critical_findings(wrong, cv=JSON_CV, job=POSTING))


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("I do around forty daily exams on the 455 and 507 fleets.", "metric"),
        ("Since 2018 I have been an E&I supervisor at Northvale Rail Depot.", "role"),
        (
            "Certificates: track safety card (renewed 2023), IOSH Managing Safely, First Aid at Work.",
            "date_or_duration",
        ),
        ("I restored coaches in a Victorian railway workshop for six years.", "skill"),
    ],
)
def test_the_same_statements_with_a_wrong_fact_are_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)
