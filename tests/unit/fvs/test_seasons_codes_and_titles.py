"""Seasonal work counted in seasons ("nine rafting seasons, the last six on the Tolvane"), a unit left out after
"for" or a comparison ("for nearly four", "against a goal of 75"), the years between two dates of one CV line ("in
four years" for 2019 to 2023), a code that is no number ("a 68W medic"), a credential whose name reads like a title
("a Certified Guide in swiftwater"), a CV word in the plural, a title written with one describing word left out, a
kind of organisation in the posting's words ("a PADI shop like yours"), another opening asked for with "a", and a
credential word inside the target title.

An invented rafting guide turned river operations manager, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Maren Tolvik
River guide since 2018; operations manager since 2022. Former 68W combat medic.

## Experience

River Operations Manager | Tolvane River Co. | 2022-04 - Present
- Bookings grew from 3,100 (2019) to 4,900 (2023) while I ran the guide roster.
- Guest satisfaction at 91% (company goal 75%).
- Automated intake of Trip Report forms.

Senior River Guide | Tolvane River Co. | 2020-05 - 2022-03
- Led 400 Class IV descents.

River Guide | Tolvane River Co. | 2018-05 - 2019-10
- Guided 2 seasons on the lower canyon.

Combat Medic (68W) | US Army | 2012-01 - 2016-01
- Treated 300 patients in field clinics.

## Certifications
- IRF Certified Guide - Swiftwater Rescue, 2019
- Wilderness First Responder, 2023
- Certified Instructor - Rope Rescue, 2020
""",
    "maren.md",
)
POSTING = read_posting(
    """# Senior River Operations Manager & Master Guide
Company: Kessling Outfitters

Kessling is a PADI shop and rafting outfitter on the Ashwater.

## Requirements
- 5+ years of guiding
- Swiftwater rescue certification
""",
    company_name="Kessling Outfitters",
    job_title="Senior River Operations Manager & Master Guide",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I have guided nine river seasons, the last six on the Tolvane.",
        "I have been a guide for over eight years and have run the roster for nearly four, and I enjoy it.",
        "Guest satisfaction is 91 percent against a company goal of 75.",
        "Bookings grew by 1,800 in four years while I ran the roster.",
        "I started as a 68W combat medic in the Army.",
        "I am a Certified Guide in swiftwater rescue.",
        "I am a Certified Instructor in rope rescue.",
        "I automated intake of Trip Reports.",
        "I would bring that to a PADI shop like yours.",
        "If the role needs more seasons, I would be glad to be considered for a river guide opening instead.",
        "I would be proud to join you as Senior River Operations Manager & Master Guide.",
        "I am applying for your senior operations manager & master guide post.",
    ],
)
def test_the_faithful_shape_is_not_flagged(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "finding"),
    [
        ("I have guided fourteen river seasons, the last twelve on the Tolvane.", "date_or_duration:twelve"),
        ("Guest satisfaction is 94 percent against a company goal of 75.", "metric:94 percent"),
        ("Bookings grew by 1,800 in twenty years while I ran the roster.", "date_or_duration:twenty years"),
        ("I hold a Master of Science in Recreation.", "credential:Master of Science in Recreation"),
        ("I was Head Guide at Tolvane River Co.", "role:Head Guide"),
        (
            "I am a Certified Instructor in rope rescue and in canyoning.",
            "role:Certified Instructor",
        ),  # a category not held
    ],
)
def test_the_false_fact_in_the_same_shape_is_still_caught(body: str, finding: str) -> None:
    assert finding in _flagged(body)
