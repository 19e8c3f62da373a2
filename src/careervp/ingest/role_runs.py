"""Several roles at one employer written on one line, most recent first:

    **Coed Lines Ltd**
    Team Leader, Spring 2024 – present · Linesman, 2021 – 2024 · Trainee, 2019 – 2021
    - bullets ...

Each role is read as its own dated line under the employer line. The bullets stay with the first (the role the
line opens with, usually the current one); the earlier roles follow them, as a promotion history does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from careervp.ingest.dates import find_date_range
from careervp.ingest.markup import Line

# A separator between roles: a middle dot, bullet, bar or semicolon with spaces around it.
_ROLE_SEPARATOR = re.compile(r"\s+[·•|;]\s+")


def _role_segments(text: str) -> list[str] | None:
    """The roles of a line that holds two or more, each with its own date range; None for any other line."""
    segments = [s.strip() for s in _ROLE_SEPARATOR.split(text) if s.strip()]
    if len(segments) < 2:
        return None
    for segment in segments:
        found = find_date_range(segment)
        if found is None or not re.search(r"[A-Za-z]{3}", segment[: found.span[0]] + segment[found.span[1] :]):
            return None  # a date with no title beside it: "Boston · 2019 – 2021" is one role's place and dates
    return segments


def split_role_runs(lines: list[Line]) -> list[Line]:
    """The lines with every line of several dated roles split into one line per role (module docstring)."""
    result: list[Line] = []
    pending: list[Line] = []  # the earlier roles, written out once the first role's bullets end
    for line in lines:
        if pending and line.kind not in ("bullet", "blank"):
            result += pending
            pending = []
        segments = _role_segments(line.text) if line.kind == "text" else None
        if segments is None:
            result.append(line)
            continue
        result.append(replace(line, text=segments[0], lead_bold="", lead_italic=""))
        pending = [Line("text", segment) for segment in segments[1:]]
    return result + pending
