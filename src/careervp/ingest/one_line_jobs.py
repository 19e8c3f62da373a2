"""A job written on one line in shorthand, its dates first:

    Summer 2023 — F/V Kayla Marie, Bristol Bay drift gillnet (32'), Naknek — Deckhand, 3-man crew
    03/2023–now — Self-employed jointer (CIS). Subbie to Acme Build Ltd, altnet builds

Each part between the dashes opens with a name (the employer's, the title) and may go on, after a comma, with what
the work was; the title may end in a full stop, after which the line says what the job was. The names are the job's
header; the rest is its description.
"""

from __future__ import annotations

import re

from careervp.ingest.line_shapes import SEPARATOR, opens_with_dates
from careervp.ingest.locations import is_location, looks_like_place

# A full stop after a word of three letters or more, or after a closing bracket ("Mayfair (5*). Team of 6"); "Jr."
# and "St." are short forms, not stops.
_STOP = re.compile(r"(?:(?<=[A-Za-z)]{3})|(?<=\)))\.\s+(?=[A-Z])")
_GRADE_PART = re.compile(r"(?:band|grade|level|step|scale|tier)\s+\w{1,4}", re.IGNORECASE)


def comma_parts(text: str) -> list[str]:
    """`text` cut at the commas outside brackets."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == "," and depth <= 0:
            parts.append(text[start:index].strip())
            start = index + 1
    return [*parts, text[start:].strip()]


def is_remark(part: str) -> bool:
    """ "3-man crew", "~160k lb sockeye", "Bering Sea opilio crab", "Togiak herring": after a comma in a name, what
    the work was (opening with a figure, or a phrase ending in a common noun), never a place, a grade or a title in
    quotes."""
    if not part or is_location(part) or _GRADE_PART.fullmatch(part) or part[:1] in "\"'“‘(":
        return False
    words = [word for word in re.sub(r"\([^()]*\)", " ", part).split() if word[:1].isalpha()]
    lower = sum(1 for word in words if word[:1].islower())
    ends_lower = bool(words) and words[-1][:1].islower()
    return not part[:1].isalpha() or ends_lower or lower * 2 > len(words)


def name_and_remarks(piece: str) -> tuple[str, list[str], str | None]:
    """ "F/V Polar Dawn, 124' trawler, Dutch Harbor" -> ("F/V Polar Dawn", ["124' trawler"], "Dutch Harbor"): the
    name a part of a header opens with, the remarks after it, and the place it ends with after a remark."""
    parts = comma_parts(piece)
    if len(parts) < 2 or not parts[0]:
        return piece, [], None
    remarks = [part for part in parts[1:] if is_remark(part)]
    last = parts[-1]
    place = last if remarks and parts[-2] in remarks and looks_like_place(last) and not re.search(r"\d", last) else None
    kept = [part for part in parts if part not in remarks and part != place]
    return ", ".join(kept), remarks, place


def header_and_account(line: str) -> tuple[str, str]:
    """ "03/2023–now — Self-employed jointer (CIS). Subbie to Acme Build Ltd": a line opening with its dates and one
    part of two words or more ending in a full stop is a header up to it; what follows says what the job was.
    ("", "") when the line is not written so ("2022 – now | Asst. Winemaker | Acme": a short form, not a stop)."""
    if not opens_with_dates(line):
        return "", ""
    stop = _STOP.search(line)
    if stop is None:
        return "", ""
    parts = [part for part in SEPARATOR.split(line[: stop.start()]) if part.strip()]
    if len(parts) != 2 or len(parts[1].split()) < 2:
        return "", ""
    return line[: stop.start()], line[stop.end() :].strip()


def split_remarks(line: str, pieces: list[str]) -> list[tuple[str, list[str], str | None]]:
    """Each piece of a dated one-line job as (name, remarks, place) when two pieces or more open with a name (the
    employer's and the title); otherwise the pieces as written ("Steward (agency), Manchester centre — queue
    management" is one name-led piece and a description)."""
    named = [piece for piece in pieces if piece[:1].isupper()]
    if not opens_with_dates(line) or len(named) < 2:
        return [(piece, [], None) for piece in pieces]
    return [name_and_remarks(piece) for piece in pieces]
