"""Years are dated by what stands next to them; roles held are held titles, promotions included."""

from __future__ import annotations

import pytest

from .surveyor import flagged


@pytest.mark.parametrize(
    "body",
    [
        "I have flown survey drones under my CAA certificate since 2022.",  # the certificate's own year
        "I have been a chartered surveyor since 2019, and at Kernow Mapping Partners I logged 2,300 field hours.",
        "Kernow Mapping Partners trained me well, and I set up control networks there in 2017.",
        "At Penhallow Geomatics since 2021, I have led a crew of 4.",
    ],
)
def test_a_year_the_cv_gives_that_thing_is_supported(body: str) -> None:
    assert [f for f in flagged(body) if f.startswith("date")] == []


@pytest.mark.parametrize(
    "body",
    [
        "I joined Penhallow Geomatics in 2019 as a senior land surveyor.",
        "I earned my BSc from the University of Plymouth in 2016.",
        "I have been a chartered surveyor since 2015.",
    ],
)
def test_a_year_the_cv_contradicts_is_caught(body: str) -> None:
    assert any(f.startswith("date") for f in flagged(body)), flagged(body)


@pytest.mark.parametrize(
    ("body", "ok"),
    [
        ("At Kernow Mapping Partners I was promoted to Land Surveyor in 2016.", True),
        ("At Kernow Mapping Partners I was promoted to Senior Land Surveyor in 2019.", False),
        ("In 2023 I upgraded to Chief Surveyor at Penhallow Geomatics.", False),
        ("I was Counsel to the survey team.", False),
        ("I am applying to join you as Lead Geospatial Surveyor.", True),  # the job applied for
    ],
)
def test_a_role_held_must_be_a_title_the_cv_gives(body: str, ok: bool) -> None:
    assert (not any(f.startswith("role") for f in flagged(body))) is ok, flagged(body)
