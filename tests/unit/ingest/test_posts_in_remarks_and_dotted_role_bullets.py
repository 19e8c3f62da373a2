"""Two ways of writing the post of a job:

- in lower case beside a named employer and its dates ("**Tollcross Players** — deputy stage manager, touring |
  2022 – now", "2021 – now · Fenwick Grounds Ltd · seasonal operative (Mar–Nov)"): the remark is the post, and the
  job is kept, not dropped as an employer without one;
- as bullets under an employer heading, each naming a role and its dates after a middle dot ("- *Deputy Manager* ·
  Apr 2019 – Dec 2020"), with the role's results nested under it.

Invented CVs, outside every corpus.
"""

from __future__ import annotations

from careervp.ingest import read_cv
from careervp.models.cv import YearMonth


def _jobs(source: bytes) -> set[tuple[str, str, int | None, int | None]]:
    cv = read_cv(source, "cv.md")
    return {
        (job.title, job.employer, job.start.year if job.start else None, job.end.year if job.end else None)
        for job in cv.experience
    }


def test_a_post_written_as_a_remark_beside_the_employer_is_the_title() -> None:
    jobs = _jobs(
        b"""# Morven Acheson
## Stage work

**Tollcross Players** \xe2\x80\x94 deputy stage manager, touring | 2022 \xe2\x80\x93 now
- Ran the prompt desk on 40 dates a season.

**Gorbals Community Theatre** \xe2\x80\x94 assistant, lighting and sound | 2019 \xe2\x80\x93 2021
- Rigged and focused for eight productions.
"""
    )
    assert ("deputy stage manager", "Tollcross Players", 2022, None) in jobs
    assert ("assistant", "Gorbals Community Theatre", 2019, 2021) in jobs  # the part with a role noun


def test_a_dated_post_line_in_lower_case_names_its_post() -> None:
    jobs = _jobs(
        b"""# Morven Acheson
## Work

Spring 2021 \xe2\x80\x93 now \xc2\xb7 Fenwick Grounds Ltd \xc2\xb7 seasonal operative (Mar\xe2\x80\x93Nov), rehired
- Mowing and hedge work on council sites.
"""
    )
    assert ("seasonal operative", "Fenwick Grounds Ltd", 2021, None) in jobs


def test_roles_written_as_dotted_bullets_under_an_employer_are_jobs() -> None:
    cv = read_cv(
        b"""# Morven Acheson
## Career history

**Lowther Care Group \xe2\x80\x94 Birchfield House, Penrith**
- *Deputy Manager* \xc2\xb7 Apr 2019 \xe2\x80\x93 Dec 2020
  - Ran the home for ten weeks.
- *Clinical Lead* \xc2\xb7 Aug 2017 \xe2\x80\x93 Mar 2019
  - Line-managed 8 nurses.
""",
        "cv.md",
    )
    jobs = {(job.title, job.employer, job.start, job.end) for job in cv.experience}
    assert (
        "Deputy Manager",
        "Lowther Care Group",
        YearMonth(year=2019, month=4),
        YearMonth(year=2020, month=12),
    ) in jobs
    assert ("Clinical Lead", "Lowther Care Group", YearMonth(year=2017, month=8), YearMonth(year=2019, month=3)) in jobs
