"""Facts that refer to something said elsewhere: an employer known by its name before or after a rename or
acquisition, an earlier role stacked under a header as "same employer", a posting's reference code written with a
number sign, a product name ending in "+", the subject of a remark about the company's news, a count the letter then
walks through ("Two projects stand out. First, ... Second, ..."), and a greeting to a department of the company.

An invented water-treatment operator and posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

COMPANY = "Clearbrook Regional Water Authority"
TITLE = "Senior Treatment Plant Operator #CRW-OPS-17"
CV = read_cv(
    """# Tomasz Adeyemi-Berg
Water treatment operator

## Experience

**06/2021 – Present – Senior Operator – Riverside Water Co. (formerly Valley Utilities Ltd)**
- Ran the 40 ML/day membrane plant's night shift with a crew of 4.
- Logged every sample in LabTrack+ and cut reporting errors by 30%.

**03/2017 – 05/2021 – Operator – Valley Utilities Ltd**
- Commissioned two ozone contactors.

**04/2014 – 02/2017 – Lead Operator – MARSH CREEK UTILITY DISTRICT**
**08/2011 – 03/2014 – Operator in Training – same employer**
- Passed the Grade II treatment exam in 2013.

## Certifications
- Grade III Water Treatment Operator, 2019
""".encode(),
    "tomasz.md",
)
POSTING = read_posting(
    """# Senior Treatment Plant Operator #CRW-OPS-17
Company: Clearbrook Regional Water Authority

Our water quality services group runs several plants. Our newest membrane plant came online in 2025.

## Requirements
- Grade III Water Treatment Operator certificate.
- 8+ years of plant operation.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _flagged(body: str, greeting: str = "Dear Hiring Manager,") -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING, greeting=greeting)


def test_an_earlier_role_stacked_under_a_header_as_same_employer_is_a_job_there() -> None:
    jobs = [(e.title, e.employer, e.start.year if e.start else None) for e in CV.experience]
    assert ("Operator in Training", "MARSH CREEK UTILITY DISTRICT", 2011) in jobs
    assert ("Lead Operator", "MARSH CREEK UTILITY DISTRICT", 2014) in jobs


@pytest.mark.parametrize(
    "body",
    [
        "I have spent nearly ten years with Valley Utilities, now Riverside Water Co.",  # the stay across a rename
        "I have worked for Riverside Water Co. for over nine years.",  # the new name covers the old name's years
        "I spent about five and a half years at Marsh Creek Utility District.",  # "same employer" joins the stay
        "My application for the Senior Treatment Plant Operator role (ref. CRW-OPS-17) follows.",  # the posting's code
        "I log every sample in LabTrack+.",  # a product name ending in "+"
        "Your new membrane plant is exactly the kind of work I want to do next.",  # the news is the subject only
        "Three projects stand out. First, I commissioned two ozone contactors. Second, I cut reporting errors by "
        "30%. Third, I passed the Grade II exam in 2013.",
    ],
)
def test_what_refers_to_something_the_sources_say_is_read_as_that(body: str) -> None:
    assert _flagged(body) == []


def test_a_greeting_to_a_department_of_the_company_names_no_other_company() -> None:
    assert _flagged("I ran the night shift.", greeting="Dear Plant Operations Team,") == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("I have spent fifteen years with Valley Utilities.", "date_or_duration"),  # longer than both names together
        ("I spent nine years at Marsh Creek Utility District.", "date_or_duration"),
        ("I log every sample in FlowTrack+.", "skill"),  # another product with the same sign
        ("Your new desalination plant on the coast is exactly the kind of work I want.", "company_fact"),
        ("Your new membrane plant is already supplying the airport.", "company_fact"),  # more news in the predicate
        (
            "Seven projects stand out. First, I commissioned two ozone contactors. Second, I ran the night shift.",
            "metric",
        ),
    ],
)
def test_the_same_references_carrying_a_wrong_fact_are_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)


def test_a_greeting_to_another_company_is_still_caught() -> None:
    flagged = _flagged("I ran the night shift.", greeting="Dear Deltaline Water Services Team,")
    assert any(f.startswith("company_name:") for f in flagged), flagged
