"""The dates in the header of a job: taken out of the header's text, and told from a dated remark in brackets
("Site Nurse (fixed-term to June 2027)")."""

from __future__ import annotations

import re

from careervp.ingest.dates import DateRange, find_date_range, find_single_date, refines

_BRACKETED = re.compile(r"\s*\(([^()]*)\)")


def _dated_remark(note: str) -> bool:
    return find_single_date(note) is not None and find_date_range(note) is None


def dated_notes_aside(parts: list[str], notes: list[str]) -> list[str]:
    """ "Site Nurse (fixed-term to June 2027) — Acme" over "Sep 2025 – present": with a range of dates outside any
    bracket in the header, a lone date inside a bracket is when a contract ends, not when the job ran. Returns the
    header parts without those remarks, which go on `notes`."""
    if not any(find_date_range(_BRACKETED.sub(" ", part)) for part in parts):
        return parts
    notes += [note.group(1) for part in parts for note in _BRACKETED.finditer(part) if _dated_remark(note.group(1))]
    return [_BRACKETED.sub(lambda m: "" if _dated_remark(m.group(1)) else m.group(0), part) for part in parts]


def _cut(text: str, found: DateRange) -> str:
    start, end = found.span
    before, after = text[:start].rstrip(" (,[:|·•—–-"), text[end:].lstrip(" )],.|·•—–-")
    return f"{before}  |  {after}" if before and after else before or after


def remove_dates(text: str) -> tuple[str, DateRange | None]:
    found = find_date_range(text) or find_single_date(text)
    if not found:
        return text, None
    remainder = _cut(text, found)
    finer = find_date_range(remainder)
    if finer is not None and refines(found, finer):
        return _cut(remainder, finer), finer  # "2016–2019 (Apr 2016 – Feb 2019)": the months, both written once
    return remainder, found
