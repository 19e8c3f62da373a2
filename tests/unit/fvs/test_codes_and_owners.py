"""Codes, owners and plans as people write them: a grade band after a count ("four K-12 schools"), the issuer of a
held credential named by a possessive ("the Board's CFM licence"), a project document spelt out where the CV
writes its initials ("certificate of substantial completion" for "CSC"), an aside in brackets between a figure
and its rate, and a year still to come that the posting names.

An invented school facilities manager and posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

COMPANY = "Larchmont Unified Schools"
TITLE = "Director of Facilities"
CV = read_cv(
    b"""# Desmond Achebe
## Experience
**Facilities Manager** | Riverbend School District | Jan 2018 - Present
- Ran maintenance for 9 K-12 campuses and 2 offices.
- Closed out a $14M gym addition; CSC two weeks early.
- Processed about 2,600 work orders (CMMS: SchoolDude) a year.
- Ran energy audits with the building operator team.
**Maintenance Supervisor** | Riverbend School District | Jun 2012 - Dec 2017
- Supervised 11 custodians.
## Certifications
- CFM (Certified Facility Manager), IFMA, 2016
## Compliance
- Filed IRS Forms 5500/5558 for the district's plans.
""",
    "desmond.md",
)
POSTING = read_posting(
    """# Director of Facilities
Company: Larchmont Unified Schools

Larchmont serves 14,000 students. In 2028 we open two new elementary schools.

## Requirements
- 8+ years in school facilities.
- CFM preferred; Certified Energy Manager (CEM) a plus.
- Building Operator Certification.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I run maintenance for nine K-12 campuses.",  # the grade band is a code, not "nine thousand"
        "I hold IFMA's CFM credential.",  # the issuer, named as an owner
        "I hold the Association's CFM credential.",  # an issuer the CV does not name is no credential claim
        "We reached certificate of substantial completion two weeks early.",  # the CV's CSC, spelt out
        "I processed about 2,600 work orders (in SchoolDude) a year.",  # an aside between a figure and its rate
        "I would be glad to help open your new schools in 2028.",  # a year still to come, from the posting
        "I filed the IRS Form 5500 and 5558 returns.",  # numbers naming forms the CV lists
        "I would like to bring that to a CEM-led energy programme like yours.",  # the reader's, as the posting says
        "I have been Facilities Manager since 2018, after five years as Maintenance Supervisor there.",
    ],
)
def test_codes_owners_and_plans_are_read_as_such(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("I run maintenance for nine K-8 campuses.", "metric"),  # a band the CV does not write
        ("I hold IFMA's SFP credential.", "credential"),  # the credential itself is still checked
        ("I earned a certificate in asbestos abatement.", "credential"),  # no initials of it in the CV either
        ("I processed about 3,600 work orders (in SchoolDude) a year.", "metric"),
        ("I helped open two new elementary schools in 2009.", "date_or_duration"),  # a past year the CV lacks
        ("I filed the IRS Form 5500 and 5559 returns.", "metric"),  # a form number the CV does not give
        ("I was Maintenance Director there.", "role"),  # the title ends at "there" and is still checked
        ("I hold CFM and Certified Energy Manager (CEM) certifications.", "credential"),  # the posting's, in brackets
        ("I have led a CEM-certified energy team like yours.", "credential"),  # the same name, claimed as one's own
        ("I also hold the Building Operator Certification.", "credential"),  # each word in the CV, never together
    ],
)
def test_the_same_forms_carrying_a_wrong_fact_are_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)
