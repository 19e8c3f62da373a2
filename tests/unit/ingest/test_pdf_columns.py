"""Two-column PDF pages come out in reading order: each column top to bottom, the left one first, only when the
plain extraction runs the columns together; one-column pages and column-by-column files keep plain extraction."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from careervp.ingest import read_cv, read_cv_file
from careervp.ingest.documents import pdf_text
from careervp.ingest.pdf_columns import find_columns, reading_order, right_column_starts

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "two_column"

LAYOUT = "\n".join(
    [
        "ADA NWOSU",
        "",
        "CONTACT                   EXPERIENCE",
        "Leeds                     Nurse | Pinfold Hospital",
        "ada@example.com           Jan 2019 - Present",
        "                          - Ran the ward rota",
        "SKILLS                    Nurse | Carr Clinic",
        "Triage, wound care        Jun 2015 - Dec 2018",
    ]
)
PLAIN = "\n".join(
    [
        "ADA NWOSU",
        "CONTACT EXPERIENCE",
        "Leeds Nurse | Pinfold Hospital",
        "ada@example.com Jan 2019 - Present",
        "- Ran the ward rota",
        "SKILLS Nurse | Carr Clinic",
        "Triage, wound care Jun 2015 - Dec 2018",
    ]
)


def test_text_after_a_wide_gap_starts_a_column() -> None:
    assert right_column_starts("CONTACT                   EXPERIENCE") == [26]
    assert right_column_starts("  -  Round daily with two teams") == []
    assert right_column_starts("a   b   c") == [4, 8]


def test_columns_are_read_one_after_the_other_with_the_band_above_kept() -> None:
    assert reading_order(LAYOUT, PLAIN) == "\n".join(
        [
            "ADA NWOSU",
            "",
            "CONTACT",
            "Leeds",
            "ada@example.com",
            "",
            "SKILLS",
            "Triage, wound care",
            "",
            "EXPERIENCE",
            "Nurse | Pinfold Hospital",
            "Jan 2019 - Present",
            "- Ran the ward rota",
            "Nurse | Carr Clinic",
            "Jun 2015 - Dec 2018",
        ]
    )


def test_a_file_already_in_reading_order_keeps_its_plain_extraction() -> None:
    column_by_column = "ADA NWOSU\nCONTACT\nLeeds\nada@example.com\nSKILLS\nTriage, wound care\nEXPERIENCE\n..."
    assert find_columns(LAYOUT.splitlines()) is not None
    assert reading_order(LAYOUT, column_by_column) is None


def test_one_column_text_with_a_few_gaps_is_not_two_columns() -> None:
    prose = [
        "Senior Engineer | Acme Corp                         2019 - 2023",
        "- Led the move to Kafka, cutting lag by 40% across the platform.",
        "- Mentored six engineers; two became team leads within a year.",
        "Engineer | Beta Ltd                                 2015 - 2019",
        "- Built the billing service used by 2,000 customers every day.",
        "- Wrote the on-call guide and ran the incident reviews for it.",
    ]
    assert find_columns(prose) is None
    assert reading_order("\n".join(prose), "\n".join(prose)) is None


def test_a_two_column_cv_drawn_row_by_row_reads_its_jobs_skills_and_degrees() -> None:
    cv = read_cv_file(FIXTURES / "two_column_cv.pdf")
    assert [(job.title, job.employer) for job in cv.experience] == [
        ("Senior Data Engineer", "Harrowgate Foods"),
        ("Data Engineer", "Pellworth Analytics"),
    ]
    assert (
        cv.experience[0].achievements[0] == "Moved 140 nightly jobs from cron to Airflow, cutting failed runs by 60%."
    )
    assert cv.skills == ["Python", "SQL", "Apache Spark", "Airflow", "dbt", "Kafka", "AWS (S3, Glue, Redshift)"]
    assert [(degree.degree, degree.institution) for degree in cv.education] == [
        ("MSc Data Science", "University of Leeds"),
        ("BSc Mathematics", "University of York"),
    ]
    assert cv.person.email == "marisol.okafor@example.com"


def test_the_fixture_script_writes_a_pdf_read_the_same_way() -> None:
    spec = importlib.util.spec_from_file_location("make_two_column_cv", FIXTURES / "make_two_column_cv.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = read_cv(module.build(), "cv.pdf")
    assert fresh.model_dump(exclude={"raw_text"}) == read_cv_file(FIXTURES / "two_column_cv.pdf").model_dump(
        exclude={"raw_text"}
    )


def test_a_published_two_column_sample_keeps_each_column_whole() -> None:
    text = pdf_text((FIXTURES / "altacv_sample.pdf").read_bytes())
    lines = text.splitlines()
    left = lines.index("PROJECTS")
    right = lines.index("MY LIFE PHILOSOPHY")
    assert lines.index("EXPERIENCE") < left < right < lines.index("STRENGTHS")
    assert not any("Job Title" in line and "Something smart" in line for line in lines)
