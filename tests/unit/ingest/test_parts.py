"""The building blocks: date ranges, job headers, locations, section names, markup, certifications, skills."""

from __future__ import annotations

import pytest

from careervp.ingest.credentials import parse_certification, parse_skills
from careervp.ingest.dates import find_date_range, find_single_date, parse_iso_date
from careervp.ingest.entry_header import parse_entry_header
from careervp.ingest.locations import is_location, split_location
from careervp.ingest.markup import Line, parse_lines, plain_text, strip_inline
from careervp.ingest.sections import heading_kinds


def _range(text: str) -> tuple[tuple[int, int | None] | None, tuple[int, int | None] | None, bool] | None:
    found = find_date_range(text)
    if found is None:
        return None
    start = (found.start.year, found.start.month) if found.start else None
    end = (found.end.year, found.end.month) if found.end else None
    return start, end, found.is_current


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan 2020 – Present", ((2020, 1), None, True)),
        ("2016–2019", ((2016, None), (2019, None), False)),
        ("2018-2021", ((2018, None), (2021, None), False)),
        ("03/2015 - 06/2018", ((2015, 3), (2018, 6), False)),
        ("2021 to date", ((2021, None), None, True)),
        ("Since 2019", ((2019, None), None, True)),
        ("March 2019 - Current", ((2019, 3), None, True)),
        ("Sept. 2017 — Aug. 2019", ((2017, 9), (2019, 8), False)),
        ("2015-03 to 2016-11", ((2015, 3), (2016, 11), False)),
        ("09.2016 – 07.2018", ((2016, 9), (2018, 7), False)),
        ("2019 – now", ((2019, None), None, True)),
        ("June 2016 through December 2019", ((2016, 6), (2019, 12), False)),
        ("2021 - 2018", ((2018, None), (2021, None), False)),
        ("from 2020", ((2020, None), None, True)),
        ("2020 –", ((2020, None), None, True)),
        ("Spring 2021 – Present", ((2021, 3), None, True)),  # seasons, as US academic and nonprofit CVs write them
        ("Fall 2018 – Spring 2021", ((2018, 9), (2021, 3), False)),
        ("Summer 2016 to Autumn 2017", ((2016, 6), (2017, 9), False)),
        ("cut time from 10 to 6 days", None),
        ("a 2,000,000 budget", None),
        ("Room 1200-1300", None),
    ],
)
def test_date_ranges(text: str, expected: object) -> None:
    assert _range(text) == expected


def test_single_dates_and_iso_dates() -> None:
    single = find_single_date("Intern, Summer 2016")
    assert single is not None
    assert (single.start, single.end) == (single.start, single.start)
    assert single.start is not None
    assert single.start.year == 2016
    assert find_single_date("no year here") is None
    assert parse_iso_date("2021-04-15") is not None
    assert parse_iso_date("2021-13") == parse_iso_date("2021")
    assert parse_iso_date("1700-01") is None
    assert parse_iso_date(2021) is None


@pytest.mark.parametrize(
    ("lines", "title", "employer", "location"),
    [
        (
            ["Senior Backend Engineer — Kelpline Logistics, Inc.", "Portland, OR · Jan 2022 – Present"],
            "Senior Backend Engineer",
            "Kelpline Logistics, Inc.",
            "Portland, OR",
        ),
        (
            ["Ashgrove Home Goods (home goods brand) — Marketing Manager", "Chicago, IL | Feb 2022 – Present"],
            "Marketing Manager",
            "Ashgrove Home Goods",
            "Chicago, IL",
        ),
        (
            ["Science Teacher & Digital Learning Lead, Larkmoor High School — Denver, CO", "Aug 2019 – Present"],
            "Science Teacher & Digital Learning Lead",
            "Larkmoor High School",
            "Denver, CO",
        ),
        (
            ["Registered Nurse – Emergency Department", "Calloway Springs Community Hospital, Dayton, OH | 2018-2021"],
            "Registered Nurse – Emergency Department",
            "Calloway Springs Community Hospital",
            "Dayton, OH",
        ),
        (["Software Engineer — Engineers Without Borders"], "Software Engineer", "Engineers Without Borders", None),
        (["Data Engineer | Cloud Data Partners | 2019 - 2020"], "Data Engineer", "Cloud Data Partners", None),
        (["Finance Director at Northern Health"], "Finance Director", "Northern Health", None),
        (["Associate — Morgan Partners LLP"], "Associate", "Morgan Partners LLP", None),
        (["Senior Engineer (Acme Corp)"], "Senior Engineer", "Acme Corp", None),
        (["Acme Corp (Senior Engineer)"], "Senior Engineer", "Acme Corp", None),
        (["Freelance Photographer | 2018 – Present"], "Freelance Photographer", "Self-employed", None),
        (["Acme Corp: Staff Engineer, 2019 – 2021"], "Staff Engineer", "Acme Corp", None),
        (["Head of Product | Remote | 2020 – 2022", "Brightwave"], "Head of Product", "Brightwave", "Remote"),
    ],
)
def test_job_headers(lines: list[str], title: str, employer: str, location: str | None) -> None:
    fields = parse_entry_header(lines)
    assert (fields.title, fields.employer, fields.location) == (title, employer, location)


def test_a_header_with_only_a_title_or_only_an_employer() -> None:
    assert (parse_entry_header(["Senior Engineer"]).title, parse_entry_header(["Senior Engineer"]).employer) == (
        "Senior Engineer",
        "",
    )
    assert parse_entry_header(["Acme Corp, Boston, MA"]).employer == "Acme Corp"
    assert parse_entry_header(["2019 – 2021"]).title == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portland, OR", True),
        ("St. Paul, MN (hybrid)", True),
        ("London, UK", True),
        ("Austin, TX, USA", True),
        ("Remote", True),
        ("Remote (US)", True),
        ("Denver, Colorado", True),
        ("Kelpline Logistics, Inc.", False),
        ("Marrowfield Regional Medical Center, Columbus, OH", False),
        ("Curriculum and Instruction", False),
        ("Remote-first team building tools for many people", False),
    ],
)
def test_locations(text: str, expected: bool) -> None:
    assert is_location(text) is expected


def test_split_location() -> None:
    assert split_location("Acme Hospital, Dayton, OH") == ("Acme Hospital", "Dayton, OH")
    assert split_location("Acme, Inc.") == ("Acme, Inc.", None)
    assert split_location("Berlin, Germany") == ("", "Berlin, Germany")


@pytest.mark.parametrize(
    ("heading", "kinds"),
    [
        ("Experience", ("experience",)),
        ("PROFESSIONAL EXPERIENCE", ("experience",)),
        ("Work History", ("experience",)),
        ("Employment", ("experience",)),
        ("Career History", ("experience",)),
        ("Education & Certifications", ("education", "certifications")),
        ("Licenses & Certifications", ("certifications",)),
        ("CLINICAL SKILLS", ("skills",)),
        ("Core Competencies", ("skills",)),
        ("Tools", ("skills",)),
        ("Professional Summary", ("summary",)),
        ("Profile", ("summary",)),
        ("Volunteer Experience", ("other",)),
        ("Awards", ("other",)),
        ("Instructional Design Portfolio", ("other",)),
        ("Senior Engineer — Acme", ()),
        ("Experience Manager at a large company", ()),
        ("", ()),
    ],
)
def test_section_headings(heading: str, kinds: tuple[str, ...]) -> None:
    assert heading_kinds(heading) == kinds


def test_inline_markup_is_stripped_but_words_kept() -> None:
    assert strip_inline("**Bold** and *italic* and _under_ `code`") == "Bold and italic and under code"
    assert strip_inline("[Portfolio](https://x.example.com) ![logo](l.png)") == "Portfolio (https://x.example.com) logo"
    assert strip_inline("[https://a.io](https://a.io) <span>x</span> a\\*b") == "https://a.io x a*b"
    assert strip_inline("snake_case_name and 2*3*4") == "snake_case_name and 2*3*4"


def test_markdown_lines() -> None:
    lines = parse_lines("Title\n=====\n\n## Sub ##\n- a\n  wrapped\n1. b\n**Bold**\n***\ntext")
    assert [(line.kind, line.text) for line in lines] == [
        ("heading", "Title"),
        ("blank", ""),
        ("heading", "Sub"),
        ("bullet", "a wrapped"),
        ("bullet", "b"),
        ("text", "Bold"),
        ("blank", ""),
        ("text", "text"),
    ]
    assert lines[5].bold


def test_tables_without_outer_pipes_and_generic_tables() -> None:
    lines = parse_lines("Role | Company | Years\n--- | --- | ---\nChef | Bistro Nine | 2019-2021\n")
    assert lines[0] == Line(
        "row",
        "Chef | Bistro Nine | 2019-2021",
        cells=("Chef", "Bistro Nine", "2019-2021"),
        header=("title", "employer", "dates"),
    )
    generic = parse_lines("| A | B | C |\n|---|---|---|\n| x | y | z |\n")
    assert [(line.kind, line.text) for line in generic if line.kind != "blank"] == [("text", "x | y | z")]


def test_plain_text_keeps_table_cells_and_drops_markup() -> None:
    text = plain_text("# Name\n\n| a | b<br>c |\n|---|---|\n- **x**\n\n\n\nend")
    assert text == "Name\n\na | b · c\n- x\n\nend"


@pytest.mark.parametrize(
    ("text", "name", "issuer", "year"),
    [
        (
            "Basic Life Support (BLS) — American Heart Association",
            "Basic Life Support (BLS)",
            "American Heart Association",
            None,
        ),
        ("PMP, Project Management Institute, 2019", "PMP", "Project Management Institute", 2019),
        ("AWS Certified Developer – Associate (2021)", "AWS Certified Developer – Associate", None, 2021),
        ("Registered Nurse, State of Ohio — active license", "Registered Nurse", "State of Ohio", None),
        ("CPA | issued by Texas State Board, expires 2027", "CPA", "Texas State Board", None),  # the year it lapses
        ("Six Sigma Green Belt (Issued Mar 2020)", "Six Sigma Green Belt", None, 2020),
    ],
)
def test_certifications(text: str, name: str, issuer: str | None, year: int | None) -> None:
    cert = parse_certification(text)
    assert (cert.name, cert.issuer, cert.year) == (name, issuer, year)


def test_skill_lists() -> None:
    lines = [
        Line("bullet", "Languages: Go, Python; Rust"),
        Line("text", "AWS (EC2, Lambda) · Docker | Terraform"),
        Line("text", "Spanish: fluent"),
        Line("row", "x", cells=("Area", "Excel, Power BI"), header=("", "")),
        Line("text", "go, GO"),
    ]
    assert parse_skills(lines) == [
        "Go",
        "Python",
        "Rust",
        "AWS (EC2, Lambda)",
        "Docker",
        "Terraform",
        "Spanish",
        "Excel",
        "Power BI",
    ]
