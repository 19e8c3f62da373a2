"""When a credential lapses ("(exp 06/2028)", ", valid to 11/2026", "(expires March 2027)") is a note about it: never
part of its name (a letter would quote "(exp 06/"), and its year is not the year the credential was earned."""

from __future__ import annotations

import pytest

from careervp.ingest.credentials import parse_certification


@pytest.mark.parametrize(
    ("line", "name", "year"),
    [
        ("Texas Plumbing Journeyman #JP-4471 (exp 09/2027)", "Texas Plumbing Journeyman #JP-4471", None),
        ("Forklift Operator Card, valid to 04/2026", "Forklift Operator Card", None),
        ("Food Hygiene Level 3 (expires May 2028)", "Food Hygiene Level 3", None),
        ("Working at Heights (2022, expiry 2025)", "Working at Heights", 2022),
        ("Paediatric First Aid — current through 02/2027", "Paediatric First Aid", None),
        ("Expert Witness Certificate, 2019", "Expert Witness Certificate, 2019", 2019),
    ],
)
def test_a_lapse_date_is_no_part_of_the_name_or_its_year(line: str, name: str, year: int | None) -> None:
    parsed = parse_certification(line)
    assert parsed.name == name
    assert parsed.year == year


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Gas Safe ACS CCN1 — in progress", "Gas Safe ACS CCN1, in progress"),
        ("Diploma in Wine and Spirits, working towards", "Diploma in Wine and Spirits, working towards"),
        ("Cert IV Training and Assessment | ongoing", "Cert IV Training and Assessment, ongoing"),
        ("Site Supervisor Safety Training Scheme — active", "Site Supervisor Safety Training Scheme"),
    ],
)
def test_a_credential_still_being_gained_keeps_where_it_stands(line: str, name: str) -> None:
    # Dropped, the status would leave the name reading as a credential held.
    assert parse_certification(line).name == name
