"""A career written as a table whose columns say "When", "Where", "Role" and "What I did": each row is a job, the
"Where" column its employer, each result between middots its own line; a row with no employer is no job."""

from __future__ import annotations

from careervp.ingest import read_cv

CV = """# Tendai Moyo

## Career

| When | Where | Role | What I did |
|---|---|---|---|
| Spring 2021 – now | Okavango Freight Ltd | Customs Supervisor | Lead a team of 7 · cleared 12,000 entries a year |
| Winter 2020 – Spring 2021 | — | Career break | Cared for a parent |
| Autumn 2016 – Winter 2020 | Zambezi Clearing | Customs Clerk | Filed 40 declarations a day |
"""


def test_rows_of_a_when_where_role_table_are_jobs_at_the_where() -> None:
    cv = read_cv(CV.encode(), "tendai.md")
    jobs = [(e.title, e.employer, e.start.year if e.start else None) for e in cv.experience]
    assert jobs == [
        ("Customs Supervisor", "Okavango Freight Ltd", 2021),
        ("Customs Clerk", "Zambezi Clearing", 2016),
    ]
    assert cv.experience[0].is_current
    assert cv.experience[0].achievements == ["Lead a team of 7", "Cleared 12,000 entries a year"]  # one per middot
