"""Leading people, however the CV words it ("supervise 4 kennel assistants and 10 volunteers", "Manages 3 dispatch
planners", "ran a night crew of 5", "Yard Foreman"), answers a posting's "supervisory experience", "people
management" or "supervising or leading staff". A number the posting sets is still held to the CV's own, a field the
posting names ("fundraising staff") must be the line's, supervisory training asks for something held, and running
things rather than people ("ran 2 open days") leads nobody."""

from __future__ import annotations

import pytest

from careervp.logic.evidence.leading_people import field_of_people_led, leads_people

from .samples import shown_as_gap

KENNELS = """# Maelle Thorsby
York · maelle@example.org

## Experience
**Kennel Supervisor** | Hollowbeck Rescue | Mar 2021 – Present
- Supervise 4 kennel assistants and 10 weekend volunteers across two blocks.
- Ran 2 open days a year for adopters.

**Depot Coordinator** | Fenwold Freight | Jun 2016 – Feb 2021
- Manages 3 dispatch planners on the early shift.
- Ran a night crew of 5 loaders during peak.
"""


@pytest.mark.parametrize(
    "requirement",
    [
        "Supervisory experience (staff or volunteers)",
        "People-management experience",
        "Experience supervising or leading staff",
        "Experience supervising crews of four or more",
    ],
)
def test_leading_people_in_the_cvs_words_is_met(requirement: str) -> None:
    assert shown_as_gap(KENNELS, requirement) is False


@pytest.mark.parametrize(
    "requirement",
    ["Experience supervising 20+ volunteers", "Experience supervising fundraising staff"],
)
def test_more_than_the_cv_shows_stays_a_gap(requirement: str) -> None:
    assert shown_as_gap(KENNELS, requirement) is True


def test_the_field_of_the_people_led() -> None:
    assert field_of_people_led("Supervising survey crews of four or more") == frozenset({"survey"})
    assert field_of_people_led("People-management experience") == frozenset()
    assert field_of_people_led("SSSTS or other supervisory training") is None  # something held


@pytest.mark.parametrize(
    ("line", "leads"),
    [
        ("Supervise 4 kennel assistants and 10 weekend volunteers", True),
        ("Ran a night crew of 5 loaders", True),
        ("Yard Foreman at Fenwold Freight", True),
        ("Ran 2 open days a year for adopters", False),
        ("Running 22 presses on a two-shift pattern", False),
    ],
)
def test_which_lines_lead_people(line: str, leads: bool) -> None:
    assert leads_people(line) is leads
