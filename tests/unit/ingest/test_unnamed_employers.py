"""Job headers whose employer's place names no one employer: the county an agency, locum or supply post covered, a set
of employers left unnamed, a kind of work in ordinary words, and an agency placing the candidate with a client (the
client is where the work was done). Invented CVs, outside every corpus."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.ingest.entry_header import parse_entry_header
from careervp.ingest.locations import is_location

SCAFFOLDER = """ANDREW MOSS - ADVANCED SCAFFOLDER
Maidstone, Kent

WORK
04/2024 - now | Scaffold Hire Recruitment (agency) → Medway Port Authority | Advanced Scaffolder
- tube and fitting on dock cranes

2022-24 | Harbour Scaffolding Ltd | Scaffolder
- system scaffolds for housing

2020-22 | Various roofing contractors | Scaffolder (winter contracts)
- temporary roofs on 30 sites

2019-20 | Stadium maintenance contracts (Surrey) | Scaffolder
- access for floodlight repairs
"""


def test_employers_that_name_no_one_are_held_at_various_and_an_agency_at_its_client() -> None:
    cv = read_cv(SCAFFOLDER.encode(), "cv.txt")
    assert [(e.employer, e.title) for e in cv.experience] == [
        ("Medway Port Authority", "Advanced Scaffolder"),
        ("Harbour Scaffolding Ltd", "Scaffolder"),
        ("Various", "Scaffolder"),
        ("Various", "Scaffolder"),
    ]
    descriptions = [e.description or "" for e in cv.experience]
    assert "via Scaffold Hire Recruitment (agency)" in descriptions[0]
    assert "Various roofing contractors" in descriptions[2]
    assert "Stadium maintenance contracts" in descriptions[3]


@pytest.mark.parametrize(
    ("header", "employer", "location"),
    [
        ("Sep 2021 – Dec 2022 · Locum Optometrist, Devon", "Various", "Devon"),
        ("Supply Teacher — West Sussex — 2018 – 2020", "Various", "West Sussex"),
        ("Optometrist, Devon Eye Care | 2018 – 2020", "Devon Eye Care", None),
        ("Locum Optometrist — Specsavers — 2018 – 2020", "Specsavers", None),
    ],
)
def test_a_pooled_post_named_with_its_county_has_no_one_employer(header: str, employer: str, location: str) -> None:
    fields = parse_entry_header([header])
    assert (fields.employer, fields.location) == (employer, location)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Marden, Kent", True),
        ("Midhurst, West Sussex", True),
        ("Harbour View Tours, Kent", False),
        ("Locum Optometrist, Devon", False),
    ],
)
def test_a_town_in_its_county_is_a_place(text: str, place: bool) -> None:
    assert is_location(text) is place
