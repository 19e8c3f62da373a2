"""A credential's name is never cut inside its bracket, nor inside a reference number that holds figures like a
year: the year it was earned is the one standing alone."""

from __future__ import annotations

import pytest

from careervp.ingest.credentials import parse_certification
from careervp.ingest.dates import first_year


@pytest.mark.parametrize(
    ("line", "name", "year"),
    [
        (
            "Refrigerant handling certificate (Regulation 517/2014) — 2019",
            "Refrigerant handling certificate (Regulation 517/2014)",
            2019,
        ),
        ("Harbour Pilot Licence, No. HPL.204733.B (issued 03/2021)", "Harbour Pilot Licence, No. HPL.204733.B", 2021),
        ("Crane Supervisor Card (2016, renewed 2022)", "Crane Supervisor Card", 2016),
        ("Door Supervisor Licence, No. SIA/DS/2015/0712 — 2015", "Door Supervisor Licence, No. SIA/DS/2015/0712", 2015),
    ],
)
def test_credential_name_keeps_its_bracket_and_its_numbers(line: str, name: str, year: int) -> None:
    found = parse_certification(line)
    assert (found.name, found.year) == (name, year)


def test_a_year_ending_a_reference_number_is_not_a_year() -> None:
    assert first_year("Gas Safe (EC 842/2006), 2013") == 2013
    assert first_year("NVQ 2019/20") == 2019


def test_a_bracket_naming_something_is_kept_whole_with_its_year() -> None:
    found = parse_certification("Scaffold Inspection (Work at Height Regs 2005), 2018")
    assert found.name == "Scaffold Inspection (Work at Height Regs 2005)"
