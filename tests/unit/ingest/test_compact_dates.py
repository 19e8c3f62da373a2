"""Dates as compact CVs write them: a range whose end year keeps only its last two digits ("2015–19"), months with
two-digit years ("10/23–12/24", "01/25–now"), and a job bullet that opens with its dates under an employer line."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.ingest.dates import find_date_range
from careervp.models.cv import YearMonth


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("2015–19", YearMonth(year=2015), YearMonth(year=2019), False),
        ("Deckhand 2011-15, Mate 2015-19", YearMonth(year=2011), YearMonth(year=2015), False),
        ("1998–02", YearMonth(year=1998), YearMonth(year=2002), False),
        ("10/23–12/24", YearMonth(year=2023, month=10), YearMonth(year=2024, month=12), False),
        ("01/25 – now", YearMonth(year=2025, month=1), None, True),
    ],
)
def test_compact_ranges_are_read(text: str, start: YearMonth, end: YearMonth | None, current: bool) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end, found.is_current) == (start, end, current)


@pytest.mark.parametrize("text", ["24/7 cover", "scored 3/4 - 5/6", "2015-12", "1990-75"])
def test_what_is_no_range_stays_none(text: str) -> None:
    assert find_date_range(text) is None


def test_job_bullets_that_open_with_their_dates_under_an_employer_are_its_jobs() -> None:
    cv = read_cv(
        """# Ines Garvey

## Work

**Harbour Line Ferries**, Dún Laoghaire
- 03/22–now · Deck Officer – passenger ferries, 2 crossings a day
- 2016–21 · Galley Cook, freight ro-ro
""".encode(),
        "ines.md",
    )
    assert [(e.title, e.employer, e.start, e.is_current) for e in cv.experience] == [
        ("Deck Officer", "Harbour Line Ferries", YearMonth(year=2022, month=3), True),
        ("Galley Cook", "Harbour Line Ferries", YearMonth(year=2016), False),
    ]
