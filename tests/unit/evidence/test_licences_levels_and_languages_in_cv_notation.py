"""Credentials and languages written the CV's own short way: a driving licence by its category ("Clean B licence",
"Driving lic: B, C1", "HGV C+E driver"), an entitlement asked by category ("D1 entitlement"), a level written "L2"
on a training line or listed under a heading of the CV's own ("Tickets"), and languages as ISO codes with a level
("PT native / EN fluent"), by family ("a Scandinavian language"), as "bilingual", or written out ("British Sign
Language")."""

from __future__ import annotations

import pytest

from .samples import shown_as_gap

COURIER = """# Ruairi Tennant
Glasgow · ruairi@example.org
Driving lic: B, C1, D1 – clean · own van

## Experience
**Multi-drop Courier** | Firthline Parcels | Mar 2019 – Present
- 110 drops a day across the East End; tail-lift deliveries to care homes.

**HGV C+E driver** | Clydeport Haulage | Jan 2014 – Feb 2019
- Trunking between Glasgow and Carlisle.

## Training
- Safeguarding vulnerable adults L2 – 2024
- Level 2 Award in Food Safety (2021)

## Languages
PT native / EN fluent · Norwegian (conversational) · British Sign Language (Level 1, conversational)
"""


@pytest.mark.parametrize(
    "requirement",
    [
        "Full UK driving licence including category C1",
        "D1 entitlement for minibus runs",
        "Safeguarding vulnerable adults training to at least Level 2",
        "Level 2 Food Safety certificate or higher",
        "Fluent Portuguese",
        "A Scandinavian language",
        "Bilingual",
        "British Sign Language",
    ],
)
def test_what_the_cv_writes_its_own_way_is_met(requirement: str) -> None:
    assert shown_as_gap(COURIER, requirement) is False


@pytest.mark.parametrize(
    "requirement",
    [
        "C1E entitlement",
        "Level 3 Food Safety certificate",
        "Fluent Spanish",
        "A Slavic language",
    ],
)
def test_what_it_does_not_hold_stays_a_gap(requirement: str) -> None:
    assert shown_as_gap(COURIER, requirement) is True


def test_a_licence_named_by_its_category_is_a_driving_licence() -> None:
    assert (
        shown_as_gap(COURIER.replace("Driving lic: B, C1, D1 – clean", "Clean B licence"), "Full driving licence")
        is False
    )
    assert shown_as_gap(COURIER.replace("Driving lic: B, C1, D1 – clean", ""), "Full UK driving licence") is False
