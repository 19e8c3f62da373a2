"""Education lines: a pathway written in ordinary words after a degree that names its subject is part of the
subject, not the school; a JSON Resume degree marked as still being studied keeps that mark where the rest of the
engine looks for it (its details), and its name without it."""

from __future__ import annotations

import json

from careervp.ingest import read_cv
from careervp.ingest.education import parse_education
from careervp.ingest.markup import parse_lines


def test_pathway_after_a_subject_is_not_the_institution() -> None:
    line = "- Level 3 Diploma in Agricultural Engineering – Dairy Systems (Robotics), 2019"
    education, _, _ = parse_education(parse_lines(line))
    assert education[0].institution == ""
    assert education[0].field == "Agricultural Engineering – Dairy Systems (Robotics)"


def test_a_named_school_after_a_subject_is_still_the_institution() -> None:
    education, _, _ = parse_education(parse_lines("- Diploma in Horticulture – Kew Gardens, 2016"))
    assert education[0].institution == "Kew Gardens"


def test_json_degree_in_progress_is_marked_in_its_details() -> None:
    resume = {
        "basics": {"name": "Ines Alvarado"},
        "work": [{"name": "Harbour Surgery", "position": "Practice Nurse", "startDate": "2020-01"}],
        "education": [
            {"institution": "Northfield University", "studyType": "MSc (in progress)", "area": "Advanced Practice"}
        ],
    }
    education = read_cv(json.dumps(resume).encode(), "cv.json").education[0]
    assert education.degree == "MSc"
    assert "MSc (in progress)" in education.details


def test_a_status_after_the_school_in_its_own_sentence_is_no_part_of_its_name() -> None:
    line = "- **M.A. Heritage Management** — Tamsford University. In progress, expected 2027."
    education, _, _ = parse_education(parse_lines(line))
    assert (education[0].institution, education[0].year) == ("Tamsford University", 2027)
    assert "In progress" in education[0].details[0]  # the status stays where the engine reads it


def test_a_year_closing_a_sentence_is_the_year_and_no_field() -> None:
    education, _, _ = parse_education(parse_lines("- **HND Countryside Management** — Kelvin College, 2014."))
    assert (education[0].institution, education[0].field, education[0].year) == ("Kelvin College", None, 2014)
