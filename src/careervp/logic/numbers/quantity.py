"""A quantity as written: its value, kind, unit, precision and hedge."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property


class QuantityKind(StrEnum):
    PERCENT = "percent"
    MONEY = "money"
    COUNT = "count"
    DURATION_YEARS = "duration_years"
    DURATION_OTHER = "duration_other"
    TIME = "time"
    """A point in time: a calendar year such as "2016" (also "06/2016")."""


class Qualifier(StrEnum):
    APPROX = "approx"  # about, around, nearly, roughly, ~
    AT_LEAST = "at_least"  # more than, over, at least, 10+
    AT_MOST = "at_most"  # under, less than, fewer than
    PEAK = "peak"  # up to, as many as: the largest case, a figure in its own right and not a bound


@dataclass(frozen=True)
class Quantity:
    value: float
    kind: QuantityKind
    span: tuple[int, int]
    raw: str
    unit: str | None = None
    """For durations: ms, second, minute, hour, day, week, month, year. For money: the currency sign or code."""
    qualifier: Qualifier | None = None
    precision: float = 0.0
    """Half the step of the last written digit: "1.2M" -> 50,000; "40" -> 0.5 is NOT used (whole digits are exact)."""
    noun: str | None = None
    """The word after the number ("engineers" in "5 engineers"), lower case: a hint for what was counted."""

    @cached_property  # asked for every comparison; a frozen dataclass keeps it in its instance dict
    def base_value(self) -> float:
        """Durations in days, everything else as written, so "18 months" and "1.5 years" compare equal."""
        if self.kind in (QuantityKind.DURATION_YEARS, QuantityKind.DURATION_OTHER) and self.unit in DAYS_PER_UNIT:
            return self.value * DAYS_PER_UNIT[self.unit]
        return self.value


DAYS_PER_UNIT: dict[str, float] = {
    "ms": 1 / 86_400_000,
    "second": 1 / 86_400,
    "minute": 1 / 1_440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 365.25 / 12,
    "year": 365.25,
    "decade": 3652.5,
}
