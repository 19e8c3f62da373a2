"""A title that ends at its job noun ("a senior tax accountant responsible for ..."), two credentials sharing one
hyphenated word ("a CPA- and CMA-certified manager"), a name as the subject of its own negation ("Python is not
something I have used"), a name spelt out from the CV's acronym ("transfer pricing" for "TP"), the length of a
stretch a job's own line dates, a credential's initials where the CV spells it out before a comma ("a Class B CDL"
for "Commercial Driver's License, Class B"), and the reader's work named as what the job would be like.

An invented finance manager at a bakery group, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Odile Marchetti CTA
Finance manager in food manufacturing.

## Experience

Finance Manager | Larkspur Bakeries | 2019-03 - Present
- Led TP documentation for 14 entities.
- Spring 2021 - Spring 2022: ran the month-end close remotely while the office was rebuilt.
- Trained 6 analysts.

Senior Tax Accountant (Grade 19) | Corvid & Hale LLP | 2014-06 - 2019-02
- Prepared returns for 40 clients.

## Certifications
- CPA, State of Ohio, 2016
- CMA (Certified Management Accountant), 2018
- Commercial Driver's License, Class B, 2020
- Indirect/Direct Tax Practitioner (IDTP), 2021

## Skills
Excel, NetSuite, Power BI
""",
    "odile.md",
)
POSTING = read_posting(
    """# Group Financial Controller
Company: Brightloaf Foods

Brightloaf bakes for 600 stores.

## Requirements
- Experience with Adaptive Insights
- 7+ years in finance
""",
    company_name="Brightloaf Foods",
    job_title="Group Financial Controller",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I was senior tax accountant responsible for forty clients.",
        "At Larkspur I have worked as finance manager rather than controller.",
        "I have been finance manager training new analysts every year.",
        "Today I am a CPA- and CMA-certified manager at Larkspur.",
        "Python is not something I have used.",
        "Power BI is in my toolkit; Python isn't part of my toolkit yet.",
        "I led transfer pricing documentation for fourteen entities.",
        "For a year I ran the month-end close remotely.",
        "I am CPA-licensed and hold a Class B CDL.",
        "I have more than seven years in finance; until 2019 I was a Senior Tax Accountant, Grade 19 at Corvid & Hale.",
        "I am an Indirect/Direct Tax Practitioner.",
        "I am a chartered tax accountant.",
        "I trained six analysts, so building Adaptive Insights models for your team would be familiar ground.",
    ],
)
def test_the_faithful_shape_is_not_flagged(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "finding"),
    [
        ("I was finance director responsible for fourteen entities.", "role:finance director"),
        ("Today I am a CPA- and CFA-certified manager at Larkspur.", "credential:CPA- and CFA-certified manager"),
        ("I use Python daily.", "skill:Python"),
        ("I am a chartered financial analyst.", "credential:chartered financial analyst"),
        ("I also handled grant accounting.", "skill:grant accounting"),
        ("For twenty years I ran the month-end close.", "date_or_duration:twenty years"),
        ("I built Adaptive Insights models for six years.", "skill:Adaptive Insights"),
    ],
)
def test_the_false_fact_in_the_same_shape_is_still_caught(body: str, finding: str) -> None:
    assert finding in _flagged(body)
