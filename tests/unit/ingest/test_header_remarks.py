"""A job header that runs on into prose or adds a lower-case remark after a comma: the remark is a note, never the
employer; and a back-reference ("same company", "ditto", "as above") gives the role the employer of the entry above."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.ingest.entry_header import parse_entry_header


def test_a_header_running_on_into_a_sentence_keeps_the_sentence_out_of_its_fields() -> None:
    fields = parse_entry_header(["2018 to now – Volunteer coach, under-12 rugby. I run two sessions a week for"])
    assert fields.title == "Volunteer coach"
    assert "I run two sessions a week for" in fields.notes
    assert "I run" not in (fields.employer or "")


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        ("Volunteer coach, weekends only", "Volunteer coach", ""),
        ("Staff Nurse, Kestrel General Hospital, part-time", "Staff Nurse", "Kestrel General Hospital"),
    ],
)
def test_a_lower_case_remark_after_a_comma_is_a_note(line: str, title: str, employer: str) -> None:
    fields = parse_entry_header([line])
    assert (fields.title, fields.employer) == (title, employer)


@pytest.mark.parametrize("reference", ["same company", "Same employer", "ditto", "as above", "(same hospital)"])
def test_a_back_reference_names_the_employer_of_the_entry_above(reference: str) -> None:
    cv = read_cv(
        f"""# Ines Varga
## Experience
**Charge Nurse – Kestrel General Hospital – 2019 – present**
- Led a team of 12 nurses.

**Staff Nurse – {reference} – 2014 – 2019**
- Cared for 8 patients a shift.
""".encode(),
        "ines.md",
    )
    assert [(e.title, e.employer) for e in cv.experience] == [
        ("Charge Nurse", "Kestrel General Hospital"),
        ("Staff Nurse", "Kestrel General Hospital"),
    ]


def test_a_rename_in_brackets_stays_part_of_the_employer() -> None:
    cv = read_cv(
        b"""# Ines Varga
## Experience
**Charge Nurse - Kestrel Health (formerly Kestrel General Hospital) - 2019 - present**
- Led a team of 12 nurses.
""",
        "ines.md",
    )
    assert cv.experience[0].employer == "Kestrel Health (formerly Kestrel General Hospital)"
