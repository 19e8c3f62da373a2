"""CVs say what the candidate lacks: "(not an assessor)", "no degree", "coursework toward a B.A., not completed",
"Not yet held: ..., exam booked" under a heading of its own. The words of such a clause name what is missing, so
they show nothing, and study that ended without a degree is no degree."""

from __future__ import annotations

import pytest

from careervp.logic.evidence.negation import affirmed
from careervp.logic.evidence.rules import BACHELOR, SCHOOL, listed_degree_level

from .samples import shown_as_gap

SURVEYOR = """# Odile Fenwright
Bristol · odile@example.org

## Experience
**Building Surveyor** | Calder & Moss | Mar 2019 – Present
- Condition surveys on 40 commercial properties a year.
- Damp and timber inspections; never a party wall surveyor, referrals only.

## Education
- Northgate College — land economy coursework (30 credits), no degree
- Surveying coursework toward a B.Sc., not completed, Westbury University

## Training
- Asbestos awareness (1 day), not a licensed asbestos assessor
- Not yet held: RICS APC, exam booked for spring
"""


@pytest.mark.parametrize(
    "requirement",
    [
        "Licensed asbestos assessor status",
        "Party wall surveyor experience",
        "Associate degree in land economy",
        "Bachelor's degree in surveying or a related field",
        "RICS APC",
    ],
)
def test_what_the_cv_says_is_lacking_is_a_gap(requirement: str) -> None:
    assert shown_as_gap(SURVEYOR, requirement) is True


def test_the_rest_of_the_line_still_counts() -> None:
    assert shown_as_gap(SURVEYOR, "Damp and timber inspection experience") is False


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("IOSH Working Safely (not Managing Safely)", "IOSH Working Safely ( )"),
        ("Licence No. 0418 3372", "Licence No. 0418 3372"),
        ("Closed audits with no more than 2 findings", "Closed audits with no more than 2 findings"),
    ],
)
def test_a_negated_clause_runs_to_the_next_mark(text: str, kept: str) -> None:
    assert affirmed(text) == kept


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Accounting coursework (24 credits), no degree", SCHOOL),
        ("Coursework toward a B.A. in History, not completed", SCHOOL),
        ("B.A. History (coursework: archives, palaeography)", BACHELOR),
    ],
)
def test_study_that_ended_without_a_degree_is_no_degree(line: str, level: int) -> None:
    assert listed_degree_level(line) == level
