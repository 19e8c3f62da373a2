"""Words that read as claims only when read too narrowly: a letter joined into an initialism ("Q&R") is no skill R; a
company named by its possessive alone opening a sentence ("Ashdown's has ...") is named; letters given as a rating
("audits graded A and AA") are no degree.

An invented food-safety auditor and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting
from careervp.logic.fvs import verify_letter

from .personas import TODAY, critical_findings

CV = read_cv(
    b"""# Marisol Quennell-Obi
Food safety lead

## Experience
**Thistlegate Dairies** - Carlisle
*Technical Manager, 2019 to now*
- Led two BRC audits with no major non-conformances.
- Trained 40 staff in HACCP.

## Certificates
- HACCP Level 4 - 2020
- Lead Auditor - 2022

## Education
BSc Food Science, University of Brackenmoor, 2015
""",
    "marisol.md",
)
POSTING = read_posting(
    """# Technical Manager
Company: Ashdown's Creamery Ltd

## Requirements
- BRC audit experience.
""",
    company_name="Ashdown's Creamery Ltd",
    job_title="Technical Manager",
)


@pytest.mark.parametrize(
    "body",
    [
        "I also sign off the Q&R checks every week.",  # "R" is joined to "Q": no skill R
        "Our two audits were graded A in 2023 and AA in 2025.",
        "At Thistlegate our BRC audits were rated AA.",
    ],
)
def test_initialisms_and_ratings_are_no_claims(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


def test_a_degree_code_after_a_claim_to_hold_it_is_still_checked() -> None:
    found = critical_findings("I also hold an AA in Nutrition.", cv=CV, job=POSTING)
    assert any(f.startswith("credential:") for f in found), found


def test_the_company_named_by_its_possessive_alone_opening_a_sentence_is_named() -> None:
    letter = (
        "Dear Hiring Manager,\n\nAshdown's has made cheese in the valley for ninety years, and I would like to be "
        "your next Technical Manager.\n\nI run food safety at Thistlegate Dairies.\n\nBest,\nMarisol Quennell-Obi"
    )
    result = verify_letter(
        letter, cv=CV, job=POSTING, company_name=POSTING.company_name, job_title=POSTING.job_title, today=TODAY
    )
    assert result.company_name_verified, result.violations
