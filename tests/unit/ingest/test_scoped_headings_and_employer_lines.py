"""Section headings and job layouts the reader once misread: a section name narrowed to a field ("Career in
surveying"), a heading for what is left over ("OTHER"), a role with its other name in brackets, a plain-text employer
line with its stay written far right over roles indented under it, two dated bold job lines with nothing between them,
and a season across New Year ("Winter 2019/20"). Invented CVs, outside every corpus."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.ingest.dates import find_date_range
from careervp.ingest.entry_header import parse_entry_header
from careervp.ingest.sections import heading_kinds
from careervp.models.cv import CV, YearMonth

_Job = tuple[str, str, tuple[int, int | None] | None, tuple[int, int | None] | None]


def _month(point: YearMonth | None) -> tuple[int, int | None] | None:
    return (point.year, point.month) if point else None


def _jobs(cv: CV) -> list[_Job]:
    return [(e.employer, e.title, _month(e.start), _month(e.end)) for e in cv.experience]


def _read(text: str) -> CV:
    return read_cv(text.encode(), "cv.md")


SURVEYOR = """# Ines Carvalho
Chartered Land Surveyor

## Strengths

- Drone photogrammetry and GNSS control networks.

## Career in surveying

**Senior Surveyor** — Harlow Geomatics, Exeter
Mar 2020 – Present
- Led 40 topographic surveys for highway schemes.

**Survey Technician** — Dartmoor Mapping, Plymouth
Jun 2016 – Feb 2020
- Set out 12 housing plots a week.

## Before surveying

**Bar Supervisor** — The Anchor Inn, Torquay
2012 – 2016
"""


def test_a_section_name_narrowed_to_a_field_is_that_section() -> None:
    cv = _read(SURVEYOR)
    assert [(e.title, e.start.year if e.start else None) for e in cv.experience] == [
        ("Senior Surveyor", 2020),
        ("Survey Technician", 2016),
        ("Bar Supervisor", 2012),
    ]


@pytest.mark.parametrize(
    ("heading", "kinds"),
    [
        ("Career in surveying", ("experience",)),
        ("Work at sea", ("experience",)),
        ("Experience to date", ("experience",)),
        ("Career at a glance", ()),
        ("OTHER", ("other",)),
        ("Additional information", ("other",)),
        ("Other Experience", ("experience",)),
    ],
)
def test_scoped_and_left_over_headings(heading: str, kinds: tuple[str, ...]) -> None:
    assert heading_kinds(heading) == kinds


JOINER = """MALIK OYELARAN
Site Joiner

EXP
Brookfield Homes, 2019-now
  Site Joiner | 2019-now
  - first and second fix on 120 plots

OTHER
- Volunteer scout leader, 3rd Bexley Scouts, 2018-now
"""


def test_a_heading_in_capitals_for_what_is_left_over_ends_the_last_job() -> None:
    cv = _read(JOINER)
    assert cv.experience[-1].achievements == ["first and second fix on 120 plots"]
    assert cv.other_sections["OTHER"] == ["Volunteer scout leader, 3rd Bexley Scouts, 2018-now"]


DECK_OFFICER = """# Tomasz Wilk

## Experience

### Baltic Ferry Lines — Gdynia

**Chief Officer (First Mate)** · 05/2021 – Present
- Ran cargo operations on a 180 m ro-pax ferry.

**Deck Officer (Second Mate)** · 03/2017 – 04/2021
- Kept the navigational watch on North Sea crossings.

**Relief Officer (Maternity Cover)** · 01/2016 – 02/2017
- Covered watches on two sister ships.
"""


def test_a_role_with_its_other_name_in_brackets_keeps_both_names() -> None:
    assert [e.title for e in _read(DECK_OFFICER).experience] == [
        "Chief Officer (First Mate)",
        "Deck Officer (Second Mate)",
        "Relief Officer",
    ]


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("Marine Engineer (Third Engineer) — Tidewater Shipping Ltd — 2015 – 2018", "Marine Engineer (Third Engineer)"),
        ("Marine Engineer (promoted to Second) — Tidewater Shipping Ltd — 2015 – 2018", "Marine Engineer"),
        ("Marine Engineer (Acme Marine Ltd) | 2015 – 2018", "Marine Engineer"),
    ],
)
def test_only_a_second_role_name_joins_the_title(header: str, title: str) -> None:
    assert parse_entry_header([header]).title == title


PLAIN_SURVEYS = """Ruth Abernethy
Building Surveyor

EXPERIENCE

Kestrel Property Consultants — Leeds office                        Apr 2018 to now

  Associate, Building Surveying                                     Jan 2022 to now
  - Led dilapidations claims for 30 commercial leases.

  Building Surveyor                                                 Apr 2018 – Dec 2021
  - Wrote 200 condition reports.

Aire Valley Builders, Bradford                                      2013 – Mar 2018
  Site Manager
  - Ran sites of up to 40 homes.

Aire Valley Builders, Bradford                                      2009 – 2013
  Trainee Site Manager
"""


def test_a_plain_employer_line_with_its_stay_over_indented_roles_lends_them_its_name() -> None:
    cv = _read(PLAIN_SURVEYS)
    assert _jobs(cv) == [
        ("Kestrel Property Consultants", "Associate, Building Surveying", (2022, 1), None),
        ("Kestrel Property Consultants", "Building Surveyor", (2018, 4), (2021, 12)),
        ("Aire Valley Builders", "Site Manager", (2013, None), (2018, 3)),
        ("Aire Valley Builders", "Trainee Site Manager", (2009, None), (2013, None)),
    ]
    assert cv.experience[0].location == "Leeds office"


TOUR_GUIDE = """# Saoirse Nolan

## Work history

**May 2022 – now · Lead Guide, Wild Atlantic Tours, Galway**
- Led 120 coach tours a season.

**Spring 2021 · Walking Guide (six-week contract), Burren Trails, Clare**

**Oct 2020 – Mar 2021 · Hostel Receptionist, Seaview Hostel, Doolin**
- Night shifts on the front desk.

**Winter 2019/20 · Ski Guide, Alpine Routes, Chamonix**
"""


def test_two_dated_bold_job_lines_with_nothing_between_them_are_two_jobs() -> None:
    cv = _read(TOUR_GUIDE)
    assert _jobs(cv) == [
        ("Wild Atlantic Tours", "Lead Guide", (2022, 5), None),
        ("Burren Trails", "Walking Guide", (2021, 3), (2021, 3)),
        ("Seaview Hostel", "Hostel Receptionist", (2020, 10), (2021, 3)),
        ("Alpine Routes", "Ski Guide", (2019, None), (2020, None)),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [("Winter 2019/20", (2019, 2020)), ("season 2023/24", (2023, 2024)), ("Directive 2008/98/EC", None)],
)
def test_a_season_across_new_year_spans_both_years(text: str, years: tuple[int, int] | None) -> None:
    found = find_date_range(text)
    spanned = (found.start.year, found.end.year) if found and found.start and found.end else None
    assert spanned == years
