"""An employer heading carrying the whole stay, a line saying what the employer is, then the roles held there:
the description is no employer, a role's qualifier after a comma is no employer, and a lone undated role holds the
stay written on the employer's line."""

from __future__ import annotations

from careervp.ingest import read_cv
from careervp.models.cv import CV


def _jobs(cv: CV) -> list[tuple[str, str, str | None, tuple[int, int | None] | None, bool]]:
    return [
        (e.employer, e.title, e.location, (e.start.year, e.start.month) if e.start else None, e.is_current)
        for e in cv.experience
    ]


SHIPPING = """# Tamsin Rourke
Chief Officer · Falmouth

## Experience

### Kernow Ferries — Falmouth (home port) · 03/2016 – Present
*island ferry operator, 6 ro-ro vessels, 9 crossings a day*

**Chief Officer, Ro-Ro Class B** · 05/2021 – Present
- Led 140 boat drills with no lost-time injury.

**Second Officer, Ro-Ro** · 03/2016 – 04/2021
- Kept the cargo plan for 2,300 sailings.

### Atlantic Sea School — Plymouth · 09/2012 – 02/2016
**Nautical Instructor, STCW**
- Taught 400 cadets basic sea survival.
"""


def test_description_under_a_dated_employer_heading_is_not_the_employer() -> None:
    jobs = _jobs(read_cv(SHIPPING.encode(), "cv.md"))
    assert jobs[0] == ("Kernow Ferries", "Chief Officer, Ro-Ro Class B", "Falmouth", (2021, 5), True)
    assert jobs[1][:2] == ("Kernow Ferries", "Second Officer, Ro-Ro")


def test_lone_undated_role_holds_the_stay_on_its_employer_heading() -> None:
    jobs = _jobs(read_cv(SHIPPING.encode(), "cv.md"))
    assert jobs[2] == ("Atlantic Sea School", "Nautical Instructor, STCW", "Plymouth", (2012, 9), False)


def test_two_undated_roles_share_no_stay() -> None:
    text = SHIPPING.replace(
        "- Taught 400 cadets basic sea survival.\n",
        "- Taught 400 cadets basic sea survival.\n\n**Deck Instructor, Simulators**\n- Ran 60 bridge drills.\n",
    )
    jobs = _jobs(read_cv(text.encode(), "cv.md"))
    assert [job[:2] for job in jobs[2:]] == [
        ("Atlantic Sea School", "Nautical Instructor, STCW"),
        ("Atlantic Sea School", "Deck Instructor, Simulators"),
    ]
    assert jobs[2][3] is None
    assert jobs[3][3] is None


NURSING = """# Ola Brandt
Ward Sister

## Experience

**Harbourview Hospital, Whitby** — 220-bed district hospital, 3 wards

*Deputy Sister (Band 6)* · Jan 2020 to now
- Ran the ward on 90 night shifts a year.

*Staff Nurse* · Sep 2015 – Dec 2019
- Cared for 28 patients a shift.

**Moorland Care Home, Pickering** — 40-bed nursing home
*Care Assistant (weekends)* · 2013 – 2015
- Supported 12 residents.
"""


def test_italic_role_under_an_employer_line_is_a_role_not_another_employer() -> None:
    jobs = _jobs(read_cv(NURSING.encode(), "cv.md"))
    assert [job[:3] for job in jobs] == [
        ("Harbourview Hospital", "Deputy Sister (Band 6)", "Whitby"),
        ("Harbourview Hospital", "Staff Nurse", "Whitby"),
        ("Moorland Care Home", "Care Assistant", "Pickering"),
    ]
