"""Names a faithful letter writes that are no new employer, tool or body: a day or a month ("on Saturday
mornings"), the place the CV says a job was done ("six months as acting manager at Doncaster"), and the usual
short form of a name the CV spells out that clips its first word and keeps the others' initials ("FamPR" for
"Family Procedure Rules").

An invented court clerk, outside every corpus.
"""

from __future__ import annotations

import json

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    json.dumps(
        {
            "basics": {"name": "Ottoline Varga", "summary": "Court clerk since 2019; acting manager for Doncaster."},
            "work": [
                {
                    "name": "Northfold Court Service",
                    "position": "Acting Court Manager",
                    "location": "Doncaster Crown Court",
                    "startDate": "2025-01",
                    "endDate": "2025-06",
                    "highlights": ["Led a team of 9 ushers and clerks."],
                },
                {
                    "name": "Northfold Court Service",
                    "position": "Court Clerk",
                    "location": "Sheffield",
                    "startDate": "2019-03",
                    "highlights": ["Record results for 30 cases a day."],
                },
            ],
            "skills": [{"name": "Procedure", "keywords": ["Family Procedure Rules", "Judicial College course"]}],
            "volunteer": [{"organization": "Hallam Pantry", "position": "Food bank helper", "startDate": "2021-05"}],
        }
    ).encode(),
    "ottoline.json",
)
POSTING = read_posting(
    "# Court Manager\nCompany: Riverside Courts Trust\n\n## Requirements\n- Court experience\n",
    company_name="Riverside Courts Trust",
    job_title="Court Manager",
)


@pytest.mark.parametrize(
    "body",
    [
        "Outside work I help at Hallam Pantry on Saturday mornings.",
        "I spent six months as acting manager at Doncaster.",
        "I keep my FamPR and Judicial College training current.",
    ],
)
def test_a_time_a_job_site_or_a_clipped_short_form_is_no_new_name(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


@pytest.mark.parametrize(
    "body",
    [
        "I spent six months as acting manager at Rotherham.",
        "I keep my FamEV and Judicial College training current.",
    ],
)
def test_a_place_or_short_form_the_cv_lacks_is_still_caught(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) != []
