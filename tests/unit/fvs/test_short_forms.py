"""Short forms people use for what the CV and posting spell out: a group–member company named by either side, an
acronym with a hyphen for a hyphenated title ("S-LP"), an ampersand acronym ("O&M", "H&S"), and a sentence that
ends on a one-digit number.

An invented orientation and mobility specialist and posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

COMPANY = "Harbourline Health – Eastgate Vision Centre"
TITLE = "Orientation and Mobility Specialist"
CV = read_cv(
    b"""# Noor Haddad
## Experience
**Senior Speech-Language Pathologist** | Cedar Valley Schools | Jan 2021 - Present
- Cut the assessment waitlist from 14 weeks to 8.
- Ran orientation & mobility sessions with the vision team.
**Speech-Language Pathologist** | Cedar Valley Schools | Aug 2016 - Dec 2020
- Led health and safety walk-rounds for the clinic.
""",
    "noor.md",
)
POSTING = read_posting(
    """# Orientation and Mobility Specialist
Company: Harbourline Health – Eastgate Vision Centre

## Requirements
- O&M experience with children.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _letter_flags(body: str, company: str) -> list[str]:
    job = POSTING.model_copy(update={"company_name": company})
    return critical_findings(body, cv=CV, job=job)


@pytest.mark.parametrize("company", ["Eastgate Vision Centre", "Harbourline Health"])
def test_either_side_of_a_group_member_name_names_the_company(company: str) -> None:
    assert _letter_flags("I ran O&M sessions.", company) == []


@pytest.mark.parametrize(
    "body",
    [
        "I was promoted to Senior S-LP in 2021.",  # the hyphenated title's initials
        "I bring O&M sessions and H&S walk-rounds.",  # ampersand acronyms the CV spells out
        "I cut the waitlist from 14 weeks to 8. Waitlists matter to families.",  # the digit ends the sentence
    ],
)
def test_short_forms_of_what_the_cv_spells_out(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("I was promoted to Lead S-LP in 2021.", "role"),  # a rank the CV does not give
        ("I bring O&M sessions and P&L ownership.", "skill"),  # an ampersand acronym the CV never spells out
    ],
)
def test_short_forms_of_what_the_cv_does_not_say_are_caught(body: str, field: str) -> None:
    found = critical_findings(body, cv=CV, job=POSTING)
    assert any(f.split(":")[0] in (field, "unverified", "credential") for f in found), found


def test_a_name_neither_side_gives_is_not_the_company() -> None:
    found = _letter_flags("I would love to join Westgate Vision Centre.", COMPANY)
    assert any(f.startswith("company_name:") for f in found), found
