"""The shapes of lines in an experience section: a sentence, a short header line, a labelled field of a job
written as a small form ("Company: Acme"), a line of nothing but dates."""

from __future__ import annotations

import re

from careervp.ingest.dates import find_date_range, find_single_date
from careervp.ingest.markup import Line

MAX_HEADER_CHARS = 160
SEPARATOR = re.compile(r"\s[|—–·•@]\s|\s-\s|\||\sat\s")

# "Company: Acme" / "Title: Engineer" / "Dates: 2019 – 2021": a job written as a small form.
_FIELD_LABEL = re.compile(r"^(?P<key>[A-Za-z][A-Za-z /&-]{1,25}?)\s*:\s*(?P<value>\S.*)$")
_FIELD_KEYS = {
    **dict.fromkeys(["company", "employer", "organisation", "organization", "firm", "company name"], "employer"),
    **dict.fromkeys(["title", "job title", "position", "role", "designation", "job"], "title"),
    **dict.fromkeys(["dates", "date", "period", "duration", "tenure", "dates of employment", "from - to"], "dates"),
    **dict.fromkeys(["location", "city", "place", "based in"], "location"),
}
JOB_FIELD_LABELS = frozenset(_FIELD_KEYS)
"""Labels of a job's fields ("Designation:", "Duration:"): under a job, never the name of a section."""


_OPENING_SEPARATOR = re.compile(r"\s*(?:[|—–·:]|\s-)\s")
_MAX_HEADER_WORDS = 24


def opens_with_dates(text: str) -> bool:
    """ "Summer 2023 — F/V Kayla Marie — Deckhand", "03/2023–now — Self-employed jointer": a line that opens with its
    dates and a separator, as a shorthand CV writes each job on one line."""
    found = find_date_range(text) or find_single_date(text)
    return found is not None and found.span[0] == 0 and _OPENING_SEPARATOR.match(text, found.span[1]) is not None


def is_sentence(text: str) -> bool:
    words = len(text.split())
    dated = find_date_range(text)
    if (
        words <= _MAX_HEADER_WORDS
        and len(SEPARATOR.findall(text)) >= 2
        and dated
        and not text[dated.span[1] :].strip(" )")
    ):
        return False  # "Cust Svc Rep / Billing Clerk — Town of ... Water Dept, Saguaro Vista AZ — 2021–now"
    if words <= _MAX_HEADER_WORDS and opens_with_dates(text) and not re.search(r";|\.$", text.rstrip()):
        return False  # "Jan 2024 to now — F/V Polar Dawn, 124' trawler, Dutch Harbor — Deckhand / Relief Engineer"
    return words > 16 or (text.rstrip().endswith(".") and words >= 8)


def upcoming(lines: list[Line], index: int, count: int = 2) -> list[Line]:
    """The next `count` non-blank lines after `index`."""
    found: list[Line] = []
    for position in range(index + 1, len(lines)):  # not a slice: copying the rest of the CV per line is quadratic
        line = lines[position]
        if line.kind != "blank":
            found.append(line)
            if len(found) == count:
                break
    return found


def is_short_text(line: Line) -> bool:
    return line.kind == "text" and len(line.text) <= MAX_HEADER_CHARS and not is_sentence(line.text)


def only_dates(lines: list[Line]) -> bool:
    for line in lines:
        found = find_date_range(line.text)
        rest = line.text[: found.span[0]] + line.text[found.span[1] :] if found else line.text
        if re.search(r"[A-Za-z]{2,}", rest):
            return False
    return True


def field_label(line: Line) -> tuple[str, str] | None:
    match = _FIELD_LABEL.match(line.text) if line.kind in ("text", "bullet") else None
    if match and match.group("key").strip().lower() in _FIELD_KEYS:
        return _FIELD_KEYS[match.group("key").strip().lower()], match.group("value").strip()
    return None


_BREAK = re.compile(
    r"\W*(?:career\s+(?:break|gap)|sabbatical|(?:parental|maternity|paternity|carer'?s?)\s+leave|gap\s+year)\b",
    re.IGNORECASE,
)


def is_career_break(text: str) -> bool:
    """ "Career break, 2016–2018: family", "Sabbatical — 2019": time between jobs, neither a job nor part of one."""
    return _BREAK.match(text) is not None
