"""Years asked with a phrase that says when in a career they count ("post-graduate clinical experience", "practice
after certification", "post-residency"), or counted in seasons ("three seasons' orchard work"): the phrase names no
field, so the years are counted in the field that remains."""

from __future__ import annotations

import pytest

from careervp.logic.evidence.domain import field_alternatives
from careervp.logic.text import content_term_set

from .samples import shown_as_gap

OPTOMETRIST = """# Tobias Wrenfield
Madison, WI · tobias@example.org

## Experience
**Senior Optometrist** | Lakeview Eye Care | Aug 2021 – Present
- Full-scope practice: 25 patients a day, contact lens and dry-eye clinics.

**Staff Optometrist** | Brightwater Vision | Jul 2018 – Jul 2021
- Primary-care optometry practice for a rural clinic network.

## Certifications
- Board certified, American Board of Optometry, 2018
"""


@pytest.mark.parametrize(
    "requirement",
    ["At least 5 years of practice after certification", "At least 5 years of post-graduate optometry practice"],
)
def test_years_after_a_milestone_are_counted_in_the_field(requirement: str) -> None:
    assert shown_as_gap(OPTOMETRIST, requirement) is False


def test_more_years_than_the_cv_spans_stay_a_gap() -> None:
    assert shown_as_gap(OPTOMETRIST, "At least 12 years of practice after certification") is True


@pytest.mark.parametrize(
    ("requirement", "field"),
    [
        ("At least three seasons' orchard work", "orchard"),
        ("4+ years of post-residency surgical experience", "surgical"),
    ],
)
def test_the_field_left_when_the_when_is_taken_out(requirement: str, field: str) -> None:
    assert [a.terms for a in field_alternatives(requirement)] == [content_term_set(field)]
