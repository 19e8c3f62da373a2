"""Section headings people write beyond the usual names: clipped words ("EDUC.", "EXP", "LICENSES & CERTS", "Quals"), a
tools section named for what it lists ("SOFTWARE", "Systems"), a credentials heading with a second word of its own
("Certificates & Authorizations", "Exams Passed"), a short summary heading ("Snapshot") and a results section
("KEY RESULTS") kept as the candidate's own lines. Invented CVs, outside every corpus."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.ingest.sections import heading_kinds


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("LICENSES & CERTS", "certifications"),
        ("Certification and ordination", "certifications"),  # a section word joined to a word of its own
        ("Licences & dive tickets", "certifications"),
        ("Educ.", "education"),
        ("Quals", "education"),
        ("Certificates & Authorizations", "certifications"),
        ("Exams Passed", "certifications"),
        ("SOFTWARE", "skills"),
        ("Systems & Tools", "skills"),
        ("Equipment & Software", "skills"),
        ("Snapshot", "summary"),
        ("Key Results", "other"),
        ("Lang.", "other"),
        ("EXP.", "experience"),
        ("EXP", "experience"),
        ("VOL", "other"),
        ("Prof. Exp.", "experience"),
    ],
)
def test_a_heading_names_its_section(heading: str, kind: str) -> None:
    assert heading_kinds(heading)[:1] == (kind,)


@pytest.mark.parametrize("heading", ["Software Experience", "Systems Experience"])
def test_a_tools_word_before_a_main_section_word_does_not_change_its_kind(heading: str) -> None:
    assert heading_kinds(heading) == ("experience",)


@pytest.mark.parametrize("heading", ["Prof.", "Te.", "Project Management Office", "Coordinator — Northgate Systems"])
def test_a_clip_of_a_modifier_or_too_short_names_no_section(heading: str) -> None:
    assert heading_kinds(heading, relaxed=False) in ((), ("other",))


CV = """**MARTA ILUNGA-ROSS** | Signal Maint. Tech. | Leeds

## Experience
Signal Maintenance Technician | Northway Rail Services | 2019-04 - Present
- Maintained 140 point machines.

## Certificates & Authorizations
- IRSE Licence: Signal Maintenance Tester, 2021
- Track Safety Card, 2019

**SOFTWARE**
- Ellipse · Maximo · MS Excel

**EDUC.:** HNC Electrical Engineering, Calder College, 2018

**KEY RESULTS**
- Cut repeat signal faults on the Calder line by 22%.
"""


def test_a_cv_with_such_headings_reads_every_section() -> None:
    cv = read_cv(CV.encode(), "marta.md")
    assert [c.name for c in cv.certifications][:1] == ["IRSE Licence: Signal Maintenance Tester"]
    assert "Maximo" in cv.skills
    assert cv.education
    assert cv.education[0].institution.startswith("Calder College")
    assert any("22%" in line for lines in cv.other_sections.values() for line in lines)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Certifications & cards", "certifications"),
        ("Licences / tickets", "certifications"),
        ("Skills and quirks", "skills"),
    ],
)
def test_a_section_name_joined_to_a_word_of_the_writers_own_names_its_section(heading: str, kind: str) -> None:
    assert heading_kinds(heading)[:1] == (kind,)


def test_a_table_of_certifications_takes_its_name_and_year_from_their_columns() -> None:
    """ "Certification | Number | Dates": the licence number and a renewal note are neither part of the name nor its
    issuer, and no date is cut in half."""
    cv = read_cv(
        """# Tomasz Wrona

## Experience

**Rope Access Technician** | Highline Access Ltd | 2019 – Present
- Inspected 40 wind turbine blades.

## Certifications & tickets

| Certification | Number | Dates |
|---|---|---|
| IRATA Level 2 Technician | 4-118823 | Initial 05/2020 · renewed 05/2023 |
| GWO Basic Safety Training | — | 2021 |
""".encode(),
        "tomasz.md",
    )
    assert [(c.name, c.year) for c in cv.certifications] == [
        ("IRATA Level 2 Technician", 2020),
        ("GWO Basic Safety Training", 2021),
    ]
