"""Units written once, in a table's header: "Category | Hours" over "Total flight time | 4,720".

A CV table states a unit once for a whole column, so the bare figures under it carry that unit ("4,720" is 4,720
hours). Rows are lines with the same number of " | " cells as the header line above them, which holds no digits.
"""

from __future__ import annotations

import dataclasses
import re

from careervp.logic.numbers.parse import UNIT_OF_WORD
from careervp.logic.numbers.quantity import Quantity, QuantityKind
from careervp.logic.numbers.reading import extract_quantities

_CELL = re.compile(r"\s*\|\s*")


def _cells(line: str) -> list[str]:
    return [c for c in _CELL.split(line.strip().strip("|")) if c is not None]


def _header_units(line: str) -> list[str | None] | None:
    """The unit each column of a header line names, or None when the line is not a header."""
    if "|" not in line or re.search(r"\d", line):
        return None
    units = [UNIT_OF_WORD.get(_last_word(cell)) for cell in _cells(line)]
    return units if any(units) else None


def _last_word(cell: str) -> str:
    """ "Field days" -> "days", "Hours (total)" -> "hours": a header's unit is its noun."""
    words = re.sub(r"\([^)]*\)", " ", cell).casefold().split()
    return words[-1] if words else ""


def with_table_units(lines: list[str]) -> list[list[Quantity]]:
    """The quantities of each line, bare figures under a unit header taking that unit."""
    found: list[list[Quantity]] = []
    header: list[str | None] | None = None
    for line in lines:
        quantities = extract_quantities(line)
        header = _header_units(line) or (header if "|" in line else None)
        if header is not None and len(_cells(line)) == len(header):
            quantities = [_in_column(q, line, header) for q in quantities]
        found.append(quantities)
    return found


def _in_column(quantity: Quantity, line: str, header: list[str | None]) -> Quantity:
    if quantity.kind is not QuantityKind.COUNT:
        return quantity
    unit = header[line[: quantity.span[0]].count("|") - line.strip()[:1].count("|")] if header else None
    if unit is None:
        return quantity
    kind = QuantityKind.DURATION_YEARS if unit in ("year", "decade") else QuantityKind.DURATION_OTHER
    return dataclasses.replace(quantity, kind=kind, unit=unit)
