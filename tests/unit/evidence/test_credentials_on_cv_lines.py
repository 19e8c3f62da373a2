"""Credentials the CV lists on lines of their own under a heading the reader does not take for certifications
("Qualifications & Tickets"), judged against invented CVs: a ticket named by its code, or by its name with the code
in brackets, meets the requirement; a job's bullet that mentions a credential, a credential still being studied, and
one of another grade or letter do not."""

from __future__ import annotations

import pytest

from .samples import shown_as_gap

ARBORIST = """# Rowan Tessaly
Leeds · rowan.tessaly@example.org

## Summary
Arborist and climbing team leader on utility line clearance and council tree work.

## Experience
**Climbing Team Leader** | Greenvale Tree Care | Apr 2019 – Present
- Lead a crew of four on line-clearance felling and reductions near 11kV overhead lines.
- Briefed crews alongside the client's SSSTS supervisor before every road closure.

**Groundworker** | Hollin Landscapes | Jun 2016 – Mar 2019
- Chipper, stump grinder and brash handling on estate contracts.

## Qualifications & Tickets
- Level 2 Diploma in Arboriculture, Askham Bryan College, 2016
- IPAF 1b / 3b (PAL card)
- ROLO Health and Safety Passport
- CSCS Green Labourer card
- PTS 10-hour track safety card
- SMSTS — in progress

## Skills
Aerial rescue · rigging · MEWP operation
"""

RADIOGRAPHER = """# Imani Okoro
## Summary
Radiographer moving into cross-sectional imaging.
## Experience
**Radiographer** | Harbourside Imaging | Feb 2018 – Present
- Plain film and fluoroscopy lists in a busy outpatient department.
## Qualifications & Registrations
- ARRT (R) Radiography, 2017
- BLS for Healthcare Providers, 2025
"""


@pytest.mark.parametrize(
    "requirement",
    [
        "IPAF 3b and ROLO tickets",
        "CSCS card",
        "Construction Skills Certification Scheme (CSCS) card",
    ],
)
def test_a_ticket_listed_on_its_own_line_meets_the_requirement_naming_it(requirement: str) -> None:
    assert shown_as_gap(ARBORIST, requirement) is False


def test_a_ticket_mentioned_in_work_studied_or_of_another_grade_is_still_a_gap() -> None:
    assert shown_as_gap(ARBORIST, "IPAF 3b ticket") is False
    assert shown_as_gap(ARBORIST, "PTS 10-hour track safety card") is False
    assert shown_as_gap(ARBORIST, "PTS 12-hour track safety card") is True  # a number in the name is part of it
    assert shown_as_gap(ARBORIST, "SSSTS certificate") is True  # in a job's bullet: the candidate worked beside one
    assert shown_as_gap(ARBORIST, "SMSTS certificate") is True  # still being studied
    assert shown_as_gap(ARBORIST, "A valid IPAF ticket (3a)") is True  # the CV holds 1b and 3b, not 3a


def test_a_credential_of_a_body_is_told_from_another_by_its_bracketed_letter() -> None:
    assert shown_as_gap(RADIOGRAPHER, "ARRT (R) certification") is False
    assert shown_as_gap(RADIOGRAPHER, "ARRT (N) or NMTCB certification") is True


RIGGER = """# Tomasz Brell
## Experience
**Lifting Supervisor** | Northgate Cranes | 2020 – Present
- Planned 140 tandem lifts on refinery shutdowns.
## Certifications
- CPCS A40 Slinger/Signaller (blue card)
- ECITB 1b and 2c rigging
- NEBOSH General Certificate — in progress
- Appointed Person (Lifting) — working towards
"""


@pytest.mark.parametrize(
    ("requirement", "gap"),
    [
        ("NEBOSH General Certificate", True),  # still being studied: not held yet
        ("NEBOSH General Certificate, or working towards it", False),  # the posting accepts study under way
        ("Appointed Person (Lifting) certificate", True),
        ("ECITB rigging at grade 2c", False),
        ("ECITB rigging (3a)", True),  # the CV says which grades it holds
        ("CPCS A40 card", False),
    ],
)
def test_a_credential_being_gained_or_held_at_other_grades_does_not_meet_a_requirement_to_hold_it(
    requirement: str, gap: bool
) -> None:
    assert shown_as_gap(RIGGER, requirement) is gap
