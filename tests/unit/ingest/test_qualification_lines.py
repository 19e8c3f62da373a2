"""Qualification lines the reader once misread: a comma inside a bracket, a school named in brackets with its years,
where a course stands written after it ("— in progress, completion 2027"), a separator left behind by the year, a
list of qualifications a bullet apiece (each its own; an event attended is none), a British Standard's number, and the
same in JSON Resume: a bracket of how or whether a course is studied, a grade after its degree, a start date that is
no graduation, a lower-case remark after a title, and a group of skills named by a heading word; and a summary headed
by what the writer brings. Invented CVs, outside every corpus."""

from __future__ import annotations

import json

import pytest

from careervp.ingest import read_cv
from careervp.ingest.education import parse_education
from careervp.ingest.markup import parse_lines
from careervp.models.cv import CV


def _education(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    found, _, _ = parse_education(parse_lines(text))
    return [(e.institution, e.degree, e.field, e.year) for e in found]


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        (
            "- Certificate II in Horticulture (Turf, Nursery) — Riverina Institute, 2015",
            (
                "Riverina Institute",
                "Certificate II in Horticulture (Turf, Nursery)",
                "Horticulture",
                2015,
            ),
        ),
        (
            "- City & Guilds 6089 Plumbing (Northfield College, 2011–13)",
            ("Northfield College", "City & Guilds 6089 Plumbing", None, 2013),
        ),
        (
            "- MSc Library Science (part-time, distance learning), Aberdale University — in progress, completion 2028",
            ("Aberdale University", "MSc Library Science", None, 2028),
        ),
        (
            "- Level 5 Diploma in Garden Design — 2019",
            ("", "Level 5 Diploma in Garden Design", "Garden Design", 2019),
        ),
    ],
)
def test_an_education_line_is_cut_outside_its_brackets(line: str, entry: tuple[str, str, str | None, int]) -> None:
    assert _education(line) == [entry]


@pytest.mark.parametrize(
    "line",
    [
        "- BA (Hons) Spanish and Italian, University of Ashby, 2018. Year abroad in Seville and Turin.",
        "- BSc Marine Biology (2:1), Holmfirth University, 2020 — Dissertation on kelp forests.",
        "- HND Horticulture, Tarn College, 2012. Placement at a walled garden.",
    ],
)
def test_a_remark_written_as_a_sentence_after_the_year_is_no_field_of_study(line: str) -> None:
    """ "Year abroad in Seville and Turin." is a remark the details keep; said as a field it garbles the letter ("my
    BA in Year abroad in Seville and Turin.")."""
    ((school, degree, field, year),) = _education(line)
    assert field is None, field
    assert year in {2012, 2018, 2020}
    assert school
    assert degree


QUALS = """QUALS
- City & Guilds 6035 Plumbing (Northfield College, 2011–13)
- NVQ L3 Plumbing and Heating (2014)
- 18th Ed. BS 7671:2018 (2021)
- Unvented hot water G3 (2016)
- CSCS Gold Card, card no. 4419 2201, exp 04/2028
- Gas regulations update seminar, 2022
- GCSEs x 9, Hillside School, 2008
"""


def test_qualifications_listed_a_bullet_apiece_are_each_their_own() -> None:
    found, certifications, leftovers = parse_education(parse_lines(QUALS)[1:])
    assert [(e.institution, e.degree, e.year) for e in found] == [
        ("Northfield College", "City & Guilds 6035 Plumbing", 2013),
        ("Hillside School", "GCSEs x 9", 2008),
    ]
    assert found[0].details[-1] == "Gas regulations update seminar, 2022"  # an event attended, nothing held
    assert [(c.name, c.year) for c in certifications] == [
        ("NVQ L3 Plumbing and Heating", 2014),
        ("18th Ed. BS 7671:2018", 2021),
        ("Unvented hot water G3", 2016),
        ("CSCS Gold Card, card no. 4419 2201", None),
    ]
    assert leftovers == []


DEGREE_WITH_DETAILS = """- BSc (Hons) Geography, Aberdale University, 2012
  - Dissertation: river restoration in upland catchments
- First Class Honours
"""


def test_the_details_of_a_degree_stay_with_it() -> None:
    found, certifications, _ = parse_education(parse_lines(DEGREE_WITH_DETAILS))
    assert certifications == []
    assert found[0].details[1:] == ["Dissertation: river restoration in upland catchments", "First Class Honours"]


def _json_cv(education: list[dict[str, str]], work: dict[str, str], skills: list[dict[str, object]]) -> CV:
    document = {
        "basics": {"name": "Ana Ferreira"},
        "work": [{"name": "Northgate Libraries", "startDate": "2020-01", **work}],
        "education": education,
        "skills": skills,
    }
    return read_cv(json.dumps(document).encode(), "cv.json")


def test_a_json_degree_keeps_its_name_apart_from_where_it_stands() -> None:
    cv = _json_cv(
        [
            {
                "institution": "Aberdale University",
                "studyType": "MSc (in progress, expected completion 2028-06)",
                "area": "Library Science (part-time, distance learning)",
                "startDate": "2025-09",
            },
            {"institution": "Aberdale University", "studyType": "Associate in Arts (in progress)", "startDate": "2024"},
            {
                "institution": "Kingsmere University",
                "studyType": "BA (Hons), 2:1",
                "area": "History",
                "endDate": "2016",
            },
        ],
        {"position": "Library Assistant"},
        [],
    )
    assert [(e.degree, e.field, e.year) for e in cv.education] == [
        ("MSc", "Library Science", 2028),
        ("Associate in Arts", None, None),
        ("BA (Hons)", "History", 2016),
    ]
    assert "BA (Hons), 2:1" in cv.education[2].details


def test_a_json_title_keeps_a_lower_case_remark_apart_and_a_tools_heading_is_no_skill() -> None:
    cv = _json_cv(
        [],
        {"position": "Library Assistant (evenings, then full time)", "summary": "Branch of 40,000 items."},
        [
            {"name": "Systems", "keywords": ["Koha", "Spydus"]},
            {"name": "Cataloguing", "keywords": ["RDA", "MARC 21"]},
        ],
    )
    assert cv.experience[0].title == "Library Assistant"
    assert cv.experience[0].description == "evenings, then full time Branch of 40,000 items."
    assert cv.skills == ["Koha", "Spydus", "Cataloguing", "RDA", "MARC 21"]


SUMMARY_HEADED_BY_AN_OFFER = """# Ana Ferreira

## What I bring

- Cataloguing: 12 years of RDA and MARC 21 in public and academic libraries across the county.

## Experience

**Library Assistant** — Northgate Libraries
2020 – Present
"""


def test_a_summary_headed_by_what_the_writer_brings_is_the_summary() -> None:
    cv = read_cv(SUMMARY_HEADED_BY_AN_OFFER.encode(), "cv.md")
    assert cv.summary is not None
    assert "RDA and MARC 21" in cv.summary
