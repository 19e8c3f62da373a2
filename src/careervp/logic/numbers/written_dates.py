"""Dates written with digits alone ("06/2019", "2024-08", "2021-04-15"): one point in time, whose month and day are
never counts of anything."""

from __future__ import annotations

import re
from collections.abc import Sequence

from careervp.logic.numbers.quantity import Quantity, QuantityKind

_MONTH_YEAR = re.compile(r"(?<![\w/])(\d{1,2})/((?:19|20)\d{2})(?!\d)")
# "2024-08", "2021-04-15": a date written year first, as JSON Resume and forms write it; no month or day is a count.
_ISO_DATE = re.compile(r"(?<![\w/.-])((?:19|20)(\d\d))-(0[1-9]|1[0-2])(-(?:0[1-9]|[12]\d|3[01]))?(?![\w/-])")


def _iso_date(m: re.Match[str]) -> bool:
    """Year and month, not an elided range: "2019-12" ends before it starts as a range, "2021-04" pads its month, and
    a day follows only a month; "2011-12" is read as 2011 to 2012."""
    month = m.group(3)
    return bool(m.group(4)) or month.startswith("0") or int(month) < int(m.group(2))


def written_dates(text: str, taken: Sequence[tuple[int, int]]) -> list[Quantity]:
    """The dates of `text` outside the spans already `taken`, each as its year."""
    found: list[Quantity] = []
    for m in _MONTH_YEAR.finditer(text) if "/" in text else ():
        found.append(Quantity(float(m.group(2)), QuantityKind.TIME, m.span(), m.group(0), unit="year"))
    for m in _ISO_DATE.finditer(text) if "-" in text else ():
        if _iso_date(m) and not any(s < m.end() and m.start() < e for s, e in [*taken, *(q.span for q in found)]):
            found.append(Quantity(float(m.group(1)), QuantityKind.TIME, m.span(), m.group(0), unit="year"))
    return found
