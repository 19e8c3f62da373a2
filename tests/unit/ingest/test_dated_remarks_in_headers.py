"""A job header may carry a dated remark in brackets ("(fixed-term to June 2027)", "(contract ends May 2026)")
beside a range of dates on its own line: the range dates the job, the remark is a note, and the job is kept.

Invented CVs, outside every corpus.
"""

from __future__ import annotations

from careervp.ingest import read_cv
from careervp.models.cv import YearMonth


def test_a_dated_remark_does_not_take_the_place_of_the_jobs_dates() -> None:
    cv = read_cv(
        b"""# Priya Lindholm
## Experience

**Tissue Viability Nurse** (fixed-term to June 2027) - Clydebank Community Health, Glasgow
Oct 2025 - present
- Run three leg-ulcer clinics a week.

**Staff Nurse** (bank) - Clydebank Community Health
Mar 2021 - Sep 2025
- District nursing rounds.
""",
        "priya.md",
    )
    jobs = {(job.title, job.start, job.end) for job in cv.experience}
    assert ("Tissue Viability Nurse", YearMonth(year=2025, month=10), None) in jobs
    assert ("Staff Nurse", YearMonth(year=2021, month=3), YearMonth(year=2025, month=9)) in jobs


def test_a_bracketed_range_still_dates_its_job() -> None:
    cv = read_cv(
        b"""# Priya Lindholm
## Experience

**Staff Nurse** (Mar 2021 - Sep 2025) - Clydebank Community Health
- District nursing rounds.
""",
        "priya.md",
    )
    assert [(j.title, j.start, j.end) for j in cv.experience] == [
        ("Staff Nurse", YearMonth(year=2021, month=3), YearMonth(year=2025, month=9))
    ]
