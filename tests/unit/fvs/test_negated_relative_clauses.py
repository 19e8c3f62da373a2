"""A credential the letter says the candidate does not hold, in a clause of its own after the name ("holding a
gas licence, which I do not currently have"), is no claim; one the clause says was held or renewed still is.

An invented pastry chef applying to a bakery chain, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.models.job import JobPosting

from .personas import critical_findings

CV_ = read_cv(
    b"""# Ines Thornbury
Pastry chef running a production kitchen for a bakery cafe group.

## Experience
Head Pastry Chef | Millbrook Bakehouse | 2019-04 - Present
- Run a team of five bakers on early shifts.
- Cut flour waste by 12% in a year.

## Skills
Laminated doughs, allergen control
""",
    "ines.md",
)
JOB = JobPosting(
    company_name="Copperleaf Bakeries",
    job_title="Production Manager",
    must_have=["Level 3 Food Hygiene certificate", "Forklift licence"],
)


@pytest.mark.parametrize(
    "body",
    [
        "The role also means holding a forklift licence, which I do not currently have.",
        "The one thing missing is a forklift licence, which I don't hold yet.",
    ],
)
def test_a_credential_disclaimed_in_a_clause_after_it_is_no_claim(body: str) -> None:
    assert not [f for f in critical_findings(body, cv=CV_, job=JOB) if f.startswith("credential")]


def test_a_credential_the_clause_says_was_held_is_still_checked() -> None:
    body = "I also bring a forklift licence, which I have renewed every three years."
    assert [f for f in critical_findings(body, cv=CV_, job=JOB) if f.startswith("credential")]
