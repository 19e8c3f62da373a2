"""Job, section and degree layouts the reader once misread: a dated bold employer heading naming its district and
city over titled roles; a dated bold employer line over an italic title; a site and its operator over roles written
as bold bullets with their initials in brackets and results nested under them; a dated line naming the site, then
the title, then the employer; seasonal dates listed by year or with a school holiday; a capitalised section heading
with a note in brackets and a heading naming the arrangement of the work; a degree beside its own short form or
followed by how far it has gone. Invented CVs, outside every corpus."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.ingest.dates import find_date_range
from careervp.ingest.entry_header import parse_entry_header
from careervp.ingest.sections import heading_kinds
from careervp.models.cv import CV, YearMonth


def _read(text: str) -> CV:
    return read_cv(text.encode(), "cv.md")


def _span(start: YearMonth | None, end: YearMonth | None) -> tuple[tuple[int, int | None] | None, ...]:
    return tuple((point.year, point.month) if point else None for point in (start, end))


def test_a_dated_employer_heading_with_district_and_city_lends_its_name_to_the_roles_under_it() -> None:
    cv = _read(
        "# Ola Brandt\n\n## Work history\n\n"
        "**Fennick Bay Opticians, Harbourside, Plymouth** · Feb 2017 to now\n\n"
        "*Senior Dispensing Optician* · May 2021 to now\n- Ran the frame buying for two branches\n\n"
        "*Dispensing Optician* · Feb 2017 to Apr 2021\n- Fitted 40 pairs of varifocals a month\n"
    )
    assert [(e.employer, e.title, e.location) for e in cv.experience] == [
        ("Fennick Bay Opticians", "Senior Dispensing Optician", "Harbourside, Plymouth"),
        ("Fennick Bay Opticians", "Dispensing Optician", "Harbourside, Plymouth"),
    ]


def test_a_firm_named_by_its_trade_in_the_plural_is_no_job_title() -> None:
    cv = _read(
        "# Ola Brandt\n\n## Work history\n\n"
        "**Tallis Rowe Chartered Surveyors, Jesmond, Newcastle** · 2015 to now\n\n"
        "*Building Surveyor* · 2015 to now\n- Wrote 120 condition reports a year\n"
    )
    assert [(e.employer, e.title) for e in cv.experience] == [("Tallis Rowe Chartered Surveyors", "Building Surveyor")]


def test_an_italic_title_under_a_dated_bold_employer_line_is_that_jobs_title() -> None:
    cv = _read(
        "# Ola Brandt\n\n## Experience\n\n"
        "**The Old Granary Bakery, Ludlow** (wholesale, 30 staff) · 2011 – 2016\n"
        "*Production Supervisor*\n- Ran the night bake for 14 cafés\n\n"
        "**Millstone Foods, Hereford** · 2008 – 2011\n*Baker, then Senior Baker (2010)*\n"
    )
    assert [(e.employer, e.title) for e in cv.experience] == [
        ("The Old Granary Bakery, Ludlow", "Production Supervisor"),
        ("Millstone Foods", "Baker, then Senior Baker"),
    ]


def test_a_bold_role_line_with_its_dates_is_no_employer_heading() -> None:
    cv = _read(
        "# Ola Brandt\n\n## Experience\n\n### Westbrook Dental Clinic — Leeds\n"
        "**Dental Hygienist II** · March 2022 – Present\n**Dental Hygienist I** · June 2019 – February 2022\n\n"
        "- Saw 12 patients a day\n"
    )
    assert [(e.employer, e.title) for e in cv.experience] == [
        ("Westbrook Dental Clinic", "Dental Hygienist II"),
        ("Westbrook Dental Clinic", "Dental Hygienist I"),
    ]


def test_a_site_and_its_operator_over_bold_bullet_roles_with_their_initials_and_nested_results() -> None:
    cv = _read(
        "# Ola Brandt\n\n**EXPERIENCE**\n\n"
        "Greywater Reservoir — Lindqvist Water Ltd (3 pumping stations)\n"
        "- **Control Room Technician (CRT)**, 2019–pres.\n"
        "  - Ran the night shift on the telemetry desk.\n"
        "  - Shift lead, B-crew, since 2022. Crew of 5.\n"
        "- **Pump Operator (PO / Aux Op)**, 2014–19\n"
        "  - Dosing checks on 20 sites.\n"
    )
    jobs = [(e.employer, e.title, e.location) for e in cv.experience]
    assert jobs == [
        ("Lindqvist Water Ltd", "Control Room Technician", "Greywater Reservoir"),
        ("Lindqvist Water Ltd", "Pump Operator", "Greywater Reservoir"),
    ]
    assert "Shift lead, B-crew, since 2022. Crew of 5." in cv.experience[0].achievements


def test_a_dated_line_naming_site_title_and_employer_takes_the_employer_after_the_title() -> None:
    fields = parse_entry_header(["2009 – 2015 · Felixstowe container terminal · Crane Driver · Orwell Cargo Handling"])
    assert (fields.title, fields.employer, fields.location) == (
        "Crane Driver",
        "Orwell Cargo Handling",
        "Felixstowe container terminal",
    )
    fields = parse_entry_header(["Apr – Oct 2021 · Dungeness B (decommissioning) · Rigger · Medway Lifting Co"])
    assert (fields.title, fields.employer, fields.location) == ("Rigger", "Medway Lifting Co", "Dungeness B")
    assert fields.dates is not None
    assert _span(fields.dates.start, fields.dates.end) == ((2021, 4), (2021, 10))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Mar – Sep 2024", (2024, 3), (2024, 9)),
        ("Nov–Feb 2025", (2024, 11), (2025, 2)),
        ("Summer 2019, 2020, 2021", (2019, 6), (2021, None)),
        ("Jun – Aug 2021 · Jun – Aug 2022 · Jun – Aug 2023", (2021, 6), (2023, 8)),
    ],
)
def test_seasonal_dates_run_from_the_first_season_to_the_last(
    text: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    found = find_date_range(text)
    assert found is not None
    assert _span(found.start, found.end) == (start, end)


def test_two_years_listed_with_a_comma_alone_are_no_span() -> None:
    assert find_date_range("2016, 2019") is None


def test_a_school_holiday_named_before_the_season_is_no_employer() -> None:
    cv = _read(
        "# Ola Brandt\n\n## Experience\n\n**Activity Leader (seasonal)** | Brackenfell Outdoor Centre, Kendal\n"
        "Christmas & Summer 2019, 2020, 2021\n- Led ghyll scrambles for groups of 12\n"
    )
    job = cv.experience[0]
    assert (job.employer, job.title) == ("Brackenfell Outdoor Centre, Kendal", "Activity Leader")
    assert _span(job.start, job.end) == ((2019, 6), (2021, None))


def test_a_capitalised_heading_with_a_note_opens_its_section_and_lines_shaped_like_the_first_job_are_jobs() -> None:
    cv = _read(
        "ROWAN TEAGUE\nTree surgeon\n\nPROFILE\nClimbing arborist with six years on domestic and council work.\n\n"
        "JOBS (latest first)\n\n"
        "Lead Climber | Hartwood Arb, Exeter | Mar 2023 to now\n- Crown reductions and dismantles\n\n"
        "Ground Hand | Oakline Trees, Crediton | Autumn 2021 (Sep–Dec)\n- Chipping and rigging\n\n"
        "Trainee Climber (non-climbing at first) | Fernhill Estate, Tiverton | Jan 2020 to Aug 2021\n"
    )
    assert [(e.employer, e.title) for e in cv.experience] == [
        ("Hartwood Arb, Exeter", "Lead Climber"),
        ("Oakline Trees, Crediton", "Ground Hand"),
        ("Fernhill Estate, Tiverton", "Trainee Climber"),
    ]


@pytest.mark.parametrize("heading", ["Contract history", "Locum & placement history"])
def test_a_heading_naming_how_the_work_was_held_and_history_is_work_history(heading: str) -> None:
    assert heading_kinds(heading) == ("experience",)


def test_a_degree_beside_its_own_short_form_names_no_institution() -> None:
    cv = _read(
        "# Ola Brandt\n\n## Experience\n\n**Pharmacist** — Brookfield Pharmacy — 2019 – now\n\n"
        "## Education\n- **DipRSA**, Diploma of the Royal Society of Arboriculture, March 2018\n"
    )
    degree = cv.education[0]
    assert (degree.institution, degree.degree, degree.year) == (
        "",
        "Diploma of the Royal Society of Arboriculture",
        2018,
    )


def test_how_far_a_course_has_gone_is_neither_its_field_nor_its_institution() -> None:
    cv = _read(
        "# Ola Brandt\n\n## Experience\n\n**Pharmacist** — Brookfield Pharmacy — 2019 – now\n\n"
        "## Education\n- B.S. Health Informatics, Calder State Univ. (online) — in progress, 84 of 120 credits.\n"
    )
    degree = cv.education[0]
    assert (degree.institution, degree.degree, degree.field) == (
        "Calder State Univ. (online)",
        "B.S. Health Informatics",
        None,
    )
