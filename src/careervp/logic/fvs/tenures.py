"""Periods of work read from a CV's dates: each read at its earliest and latest, since a year written without its
month may be any month of it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from careervp.models.cv import ExperienceEntry, YearMonth


@dataclass(frozen=True)
class Tenure:
    """The earliest and latest reading of a period written with year-only or month precision."""

    earliest_start: date
    latest_start: date
    earliest_end: date
    latest_end: date

    @property
    def max_years(self) -> float:
        return max(0.0, (self.latest_end - self.earliest_start).days / 365.25)

    @property
    def min_years(self) -> float:
        return max(0.0, (self.earliest_end - self.latest_start).days / 365.25)


def _bounds(point: YearMonth) -> tuple[date, date]:
    if point.month is not None:
        return date(point.year, point.month, 1), date(point.year, point.month, 28)
    return date(point.year, 1, 1), date(point.year, 12, 28)


def entry_tenure(entry: ExperienceEntry, today: date) -> Tenure | None:
    if entry.start is None:
        return None
    start_lo, start_hi = _bounds(entry.start)
    if entry.end is None or entry.is_current:
        end_lo = end_hi = max(today, start_lo)
    else:
        end_lo, end_hi = _bounds(entry.end)
    return Tenure(start_lo, start_hi, end_lo, end_hi)


def merge_tenures(tenures: list[Tenure]) -> Tenure | None:
    """From the first start to the last end (gaps between jobs count, as readers of "N years of experience" do)."""
    if not tenures:
        return None
    return Tenure(
        min(t.earliest_start for t in tenures),
        min(t.latest_start for t in tenures),
        max(t.earliest_end for t in tenures),
        max(t.latest_end for t in tenures),
    )


_YEAR_RANGE = re.compile(
    r"\b((?:19|20)\d{2})\s*(?:[-–—]|to|until)\s*(?:[A-Za-z]{3,9}\.?\s+)?((?:19|20)\d{2}|present|current|now|today|date)\b",
    re.IGNORECASE,
)


def year_ranges(text: str, today: date) -> list[Tenure]:
    """The periods a text writes as ranges of years ("2016 - 2019", "Spring 2020 – Spring 2021", "2021 – Present")."""
    ranges: list[Tenure] = []
    for match in _YEAR_RANGE.finditer(text):
        first = int(match.group(1))
        start = _bounds(YearMonth(year=first))
        end = _bounds(YearMonth(year=max(first, int(match.group(2))))) if match.group(2).isdigit() else (today, today)
        ranges.append(Tenure(start[0], start[1], end[0], end[1]))
    return ranges
