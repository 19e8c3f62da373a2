"""Years written short: after an apostrophe ("Nov '18 – Mar '20", "Summers '16 & '17") and as two school years or
winters written with a slash ("2019/20 – 2022/23"), read as the years they name.

Invented dates and a CV, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.ingest.dates import find_date_range, find_single_date
from careervp.models.cv import YearMonth


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Nov '18 – Mar '20", YearMonth(year=2018, month=11), YearMonth(year=2020, month=3)),
        ("Summers '16 & '17", YearMonth(year=2016, month=6), YearMonth(year=2017)),
        ("'98 – '03", YearMonth(year=1998), YearMonth(year=2003)),
        ("Winters 2019/20 – 2022/23", YearMonth(year=2019), YearMonth(year=2023)),
        ("2016/17 to 2018/19", YearMonth(year=2016), YearMonth(year=2019)),
    ],
)
def test_short_years_give_the_range_they_name(text: str, start: YearMonth, end: YearMonth) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("text", ["rock 'n' roll", "the '90s revival", "a 5'11\" rower"])
def test_an_apostrophe_that_shortens_no_year_is_no_date(text: str) -> None:
    assert find_date_range(text) is None
    assert find_single_date(text) is None


def test_a_job_dated_with_apostrophe_years_keeps_its_dates() -> None:
    cv = read_cv(
        b"""# Elin Marsh
## Work
**Deckhand** \xe2\x80\x93 Skerry Boat Tours | 2 contracts, Apr '19 \xe2\x80\x93 Oct '20
- Ran the ticket desk and lines.
""",
        "elin.md",
    )
    assert [(j.title, j.start, j.end) for j in cv.experience] == [
        ("Deckhand", YearMonth(year=2019, month=4), YearMonth(year=2020, month=10))
    ]
