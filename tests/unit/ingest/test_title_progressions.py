"""A job whose header lists the posts held in turn ("Trainee > Surveyor → Senior Surveyor"): the title is the post
held at the end, the progression stays in the job's description, and a bracket holding an arrow is no step."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.ingest.job_entries import latest_step

CV_TEXT = """# Nadia Ferreira
Land Surveyor

## Experience

**Senior Land Surveyor** | Corrib Geomatics | 2019 – Present
- Led 40 boundary surveys.

Halvard Mapping Ltd, Trainee Surveyor > Land Surveyor | 2013 – 2019
- Processed 1,200 GNSS control points.
"""


@pytest.mark.parametrize(
    ("title", "post", "progression"),
    [
        ("Trainee > Surveyor", "Surveyor", "Trainee > Surveyor"),
        ("Porter → Night Porter → Night Manager", "Night Manager", "Porter → Night Porter → Night Manager"),
        ("Cashier -> Supervisor", "Supervisor", "Cashier -> Supervisor"),
        ("Analyst (Grade 5 → Grade 6)", "Analyst (Grade 5 → Grade 6)", None),
        ("Senior Surveyor", "Senior Surveyor", None),
    ],
)
def test_latest_step(title: str, post: str, progression: str | None) -> None:
    assert latest_step(title) == (post, progression)


def test_progression_in_a_header_gives_the_last_post_as_title() -> None:
    job = read_cv(CV_TEXT.encode(), "cv.md").experience[1]
    assert (job.employer, job.title) == ("Halvard Mapping Ltd", "Land Surveyor")
    assert job.description is not None
    assert "Trainee Surveyor > Land Surveyor" in job.description
