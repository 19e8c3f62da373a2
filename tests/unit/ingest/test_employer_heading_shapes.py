"""Job headers written in shapes the reader once misread: a title with its own initials in brackets, an employer
heading naming the base worked from and the whole stay, a role with its other name in brackets under that heading
(both names kept as its title), a dated employer line over bullets whose first names the role, a bold section name
holding its whole section on one line, seasons listed rather than spanned, and a role with its unit whose dates carry
a remark in brackets. Invented CVs, outside every corpus."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.ingest.dates import find_date_range
from careervp.ingest.entry_header import parse_entry_header
from careervp.ingest.initials import abbreviates
from careervp.ingest.locations import is_location
from careervp.models.cv import CV, YearMonth

_Job = tuple[str, str, tuple[int, int | None] | None, tuple[int, int | None] | None, bool]


def _month(point: YearMonth | None) -> tuple[int, int | None] | None:
    return (point.year, point.month) if point else None


def _jobs(cv: CV) -> list[_Job]:
    return [(e.employer, e.title, _month(e.start), _month(e.end), e.is_current) for e in cv.experience]


def _read(text: str) -> CV:
    return read_cv(text.encode(), "cv.md")


@pytest.mark.parametrize(
    ("header", "title", "note"),
    [
        ("Clinical Nurse Specialist (CNS) · 03/2020 – Present", "Clinical Nurse Specialist", "CNS"),
        ("Officer of the Watch (OOW) | 2016 – 2019", "Officer of the Watch", "OOW"),
        ("Health Care Assistant (HCA) · 2018 – 2020", "Health Care Assistant", "HCA"),
    ],
)
def test_a_title_with_its_initials_in_brackets_names_no_employer(header: str, title: str, note: str) -> None:
    fields = parse_entry_header([header])
    assert (fields.title, fields.employer) == (title, "")
    assert note in fields.notes


def test_a_bracket_that_is_no_set_of_initials_still_names_the_employer() -> None:
    fields = parse_entry_header(["Junior Developer (Pixel Forge) · 2013 – 2015"])
    assert (fields.title, fields.employer) == ("Junior Developer", "Pixel Forge")
    assert not abbreviates("PF", "Junior Developer")
    assert abbreviates("NHS", "National Health Service")


@pytest.mark.parametrize("place", ["Inverness (INV) base", "Aberdeen base", "based at Sumburgh"])
def test_the_base_worked_from_is_a_place(place: str) -> None:
    assert is_location(place)


@pytest.mark.parametrize("text", ["customer base", "Acme Ltd base", "knowledge base"])
def test_a_base_that_is_no_place_is_not_one(text: str) -> None:
    assert not is_location(text)


AIR_AMBULANCE = """# Morven Dalgleish

Flight Paramedic · Inverness · morven.dalgleish@example.com

## Experience

### Northgale Air Ambulance Trust — Inverness (INV) base · 06/2014 – Present

**Critical Care Paramedic (CCP)** · 04/2021 – Present
- Led 310 helicopter retrievals from island and mountain incidents.

**Watch Manager (Station Officer)** · 09/2017 – 03/2021
- Ran a crew of 6 on day and night rotas.

**Flight Paramedic (Rotary Wing)** · 06/2014 – 08/2017
- Completed 40 winch rescues.

### Highland Ambulance Service — Fort William base
**Paramedic** · 02/2010 – 05/2014
- Single-crewed rapid response car for Lochaber.
"""


def test_roles_under_an_employer_heading_with_its_base_and_stay_take_that_employer() -> None:
    cv = _read(AIR_AMBULANCE)
    assert _jobs(cv) == [
        ("Northgale Air Ambulance Trust", "Critical Care Paramedic", (2021, 4), None, True),
        ("Northgale Air Ambulance Trust", "Watch Manager (Station Officer)", (2017, 9), (2021, 3), False),
        ("Northgale Air Ambulance Trust", "Flight Paramedic", (2014, 6), (2017, 8), False),
        ("Highland Ambulance Service", "Paramedic", (2010, 2), (2014, 5), False),
    ]
    assert cv.experience[0].location == "Inverness (INV) base"


ROOFER = """# DECLAN FORSYTHE
**Roofer** · NVQ Level 3 Roofing Occupations
Carlisle CA2 · 07700 900415

---

**WORK**

**Solway Roofing Contractors Ltd** — 2020–now
- Site supervisor; keyholder for the yard from Mar 2022
- reroofs and slating on listed buildings around the Lake District

**Eden Building Services** — Roofer, 2016–20
- felt and tile on new-build estates

**Penrith Roofing Co** — 2014–16
- Fitted 300 velux windows, working across the county

---

**SCHOOL** — Caldew Academy, Carlisle, GCSEs 2013
"""


def test_a_dated_employer_line_over_bullets_is_a_job_titled_by_its_first_bullet() -> None:
    cv = _read(ROOFER)
    jobs = _jobs(cv)
    assert jobs[0] == ("Solway Roofing Contractors Ltd", "Site supervisor", (2020, None), None, True)
    assert ("Eden Building Services", "Roofer", (2016, None), (2020, None), False) in jobs
    # A first bullet that says what was done, not the post held, gives no title: that employer line is no job.
    assert "Penrith Roofing Co" not in [job[0] for job in jobs]


def test_a_bold_section_name_with_its_content_on_one_line_is_that_section() -> None:
    cv = _read(ROOFER)
    assert all(job.employer != "SCHOOL" and "Academy" not in job.title for job in cv.experience)
    assert [e.institution for e in cv.education] == ["Caldew Academy"]


def test_seasons_listed_rather_than_spanned_run_from_the_first_to_the_last() -> None:
    fields = parse_entry_header(["Lifeguard – Porthleven Surf Club | summers 2014 + 2015 (Jun–Aug)"])
    assert (fields.title, fields.employer) == ("Lifeguard", "Porthleven Surf Club")
    assert fields.dates is not None
    assert fields.dates.start is not None
    assert fields.dates.end is not None
    assert (fields.dates.start.year, fields.dates.start.month, fields.dates.end.year) == (2014, 6, 2015)
    assert "(Jun–Aug)" in fields.notes


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2019 & 2020", (2019, 2020)),
        ("winters 2011, 2012 and 2013", (2011, 2013)),
        ("Summers 2008 and 2009", (2008, 2009)),
    ],
)
def test_years_listed_one_after_another_are_one_stretch(text: str, years: tuple[int, int]) -> None:
    found = find_date_range(text)
    assert found is not None
    assert found.start is not None
    assert found.end is not None
    assert (found.start.year, found.end.year) == years


@pytest.mark.parametrize("text", ["(2012 and 2018 audits)", "2019 and 2020 inspections", "2021 and 2018", "2016, 2017"])
def test_years_that_are_apart_or_describe_events_are_no_stretch(text: str) -> None:
    assert find_date_range(text) is None


def test_a_common_noun_before_base_is_no_place() -> None:
    """ "Knowledge base", "Client base": a common noun before "base" names a thing, not where a crew works from."""
    from careervp.ingest.locations import is_location

    assert is_location("Inverness (INV) base")
    assert is_location("based at Stornoway")
    assert not any(is_location(text) for text in ("Knowledge base", "Client base", "Customer base"))


def test_a_remark_after_a_roles_dates_leaves_the_role_under_its_employer_heading() -> None:
    cv = _read(
        """# Dara Whitcombe

## Experience

### Northfield Care Trust — Eastbrook Hospital, Theatres

**Senior Theatre Nurse (Band 6, acting)** | Feb 2021 – Present
- Coordinate 6 theatre lists a day.

**Staff Nurse, Band 5 — Recovery & Day Case** | Oct 2017 – Jan 2021 (returned after a secondment)
- Recovered about 20 patients a shift.
"""
    )
    assert [(e.employer, e.title) for e in cv.experience] == [
        ("Northfield Care Trust", "Senior Theatre Nurse"),
        ("Northfield Care Trust", "Staff Nurse, Band 5 — Recovery & Day Case"),
    ]
