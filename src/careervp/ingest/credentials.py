"""Education, certification and skill lines -> Education, Certification and skill values."""

from __future__ import annotations

import re

from careervp.ingest.dates import first_year
from careervp.ingest.markup import Line
from careervp.models.cv import Certification
from careervp.vocabulary.cv_structure import (
    CERTIFICATION_CUES,
    DEGREE_PATTERN,
    ISSUER_WORDS,
    REGION_NAMES,
)

_DEGREE = re.compile(DEGREE_PATTERN)
_SEGMENT_SPLIT = re.compile(r"\s+[|—–·•]\s+|\s*\|\s*|\s+-\s+")
_YEAR_BITS = re.compile(
    r"(\()?\b(?:licensed|issued|earned|awarded|obtained|completed|graduated|class of|expected|since|registered)?\s*"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+|(?<!\d)\d{1,2}[/.-])?"
    r"(?<!\d)(?<!\d\d\d[/.:])(?:19[5-9]\d|20\d\d)(?!\d)(?!/\w)(?(1)\))",
    re.IGNORECASE,
)
"""A year and the word before it ("issued 11/2020"), taken out of a credential's name; never a year inside a
reference number ("EC 307/2008", "No. 204817", "PL/2012/0884") or a standard's edition ("BS 7671:2018")."""
_STATUS = re.compile(
    r"^(?:active|current|valid.*|active licen[cs]e|licen[cs]ed|expire[sd]?.*|exp\.?.*|"
    r"renew\w*.*|issued|earned|obtained|completed|since)$",
    re.IGNORECASE,
)
_PENDING = re.compile(r"^(?:in progress|ongoing|studying|working towards?|expected\b.*|pursuing|enrolled)$", re.I)
"""Where a credential still being gained stands: said after its name ("SMSTS, in progress"), never dropped, or the
credential would read as held."""
_LABEL_PREFIX = re.compile(r"^\s*(?P<label>[^:]{1,40}):\s+(?=\S)")
_LEVEL = re.compile(
    r"^\s*(?:expert|advanced|intermediate|beginner|basic|novice|proficient|fluent|native|conversational|"
    r"working knowledge|professional|elementary|[\d.]+\+?\s*(?:years?|yrs?)|[★☆●○\s]+|\d\s*/\s*\d+)\s*\.?$",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\s[·•|▪]\s|\s/\s(?=[A-Z]))\s*")


def is_certification_line(text: str) -> bool:
    lowered = text.lower()
    return any(cue in lowered for cue in CERTIFICATION_CUES) and not _DEGREE.search(text)


def row_text(line: Line) -> str:
    """A table row as one line, its cells joined the way people write "Degree — School — Year"."""
    return " — ".join(cell for cell in line.cells if cell)


_VALIDITY = re.compile(
    r"\s*(?:\(|[,;–—]\s*)?\b(?:exp\.?|expires|expiry|expiring|(?:valid|current)\s+(?:to|until|till|thru|through))\b"
    r"[^()]*?(?:19|20)\d\d\)?",
    re.IGNORECASE,
)
"""A note of when a credential lapses: "(exp 06/2028)", ", valid to 11/2026", "current through 04/2027"."""


def _is_issuer(segment: str) -> bool:
    words = re.findall(r"[a-z0-9]+", segment.lower())
    return bool(words) and (
        any(w in ISSUER_WORDS for w in words) or segment.lower() in REGION_NAMES or segment.startswith("State of")
    )


def _without_years(text: str) -> str:
    """The credential's name without the years written beside it. A bracket is taken out whole when what is left of
    it names nothing ("(2015, renewed 2021)", "(booked for May 2027)"), and kept whole when it names something
    ("(Licensing Act 2003)", "(EC 307/2008)"): a name is never cut inside its bracket."""
    pieces = re.split(r"(\([^()]*\))", text)
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            pieces[index] = _YEAR_BITS.sub(" ", piece)
        elif first_year(piece) and not re.search(r"[A-Z]", _YEAR_BITS.sub(" ", piece)):
            pieces[index] = " "
    return "".join(pieces)


def parse_certification(text: str) -> Certification:
    """ "Basic Life Support (BLS) — American Heart Association, 2021" -> name, issuer, year."""
    text = _VALIDITY.sub("", text).strip()  # "(exp 06/2028)": when it lapses, neither its name nor its year
    year = first_year(text)  # "PMP (2019, renewed 2022)": the year it was earned
    cleaned = _without_years(text) if year else text
    cleaned = re.sub(r"\(\s*\)|\(\s*$", " ", cleaned)  # a bracket left empty, or open at the end
    parts = re.split(r"(\s+[|—–·-]\s+|,\s*)", cleaned)
    name_parts: list[str] = []
    issuer: str | None = None
    for index in range(0, len(parts), 2):
        segment = parts[index].strip(" .;:—–-|·")
        separator = parts[index - 1] if index else ""
        if not segment or _STATUS.match(segment):
            continue
        if name_parts and _PENDING.match(segment):
            name_parts.append(f", {segment.lower()}")
            continue
        if index and issuer is None and _is_issuer(segment):
            issuer = re.sub(r"^(?:issued by|by|from)\s+", "", segment, flags=re.I)
            continue
        name_parts.append(f"{separator}{segment}" if name_parts else segment)
    name = "".join(name_parts).strip(" ,;-–—") or text.strip()
    return Certification(name=re.sub(r"\s+", " ", name), issuer=issuer, year=year)


def parse_certifications(lines: list[Line]) -> list[Certification]:
    return [
        _certification_row(line) if line.kind == "row" else parse_certification(line.text)
        for line in lines
        if line.kind != "blank" and (line.text.strip() or line.cells)
    ]


def _certification_row(line: Line) -> Certification:
    """A row of a table of certifications ("Certification | Number | Dates"): the name column names it and the
    dates column dates it; a licence number or a renewal note is neither its name nor its issuer."""
    values = {name: cell for name, cell in zip(line.header, line.cells, strict=False) if name and cell}
    if "name" not in values:
        return parse_certification(row_text(line))
    named = parse_certification(values["name"])
    dated = first_year(values.get("dates", "") or values.get("year", ""))
    return Certification(name=named.name, issuer=values.get("issuer") or named.issuer, year=dated or named.year)


def _split_list(text: str) -> list[str]:
    """Split "A, B (x, y), C · D" at top-level separators only."""
    items: list[str] = []
    depth = 0
    start = 0
    index = 0
    while index < len(text):
        char = text[index]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = _LIST_SPLIT.match(text, index)
            if match and match.end() > index:
                items.append(text[start:index])
                start = index = match.end()
                continue
        index += 1
    items.append(text[start:])
    return [cleaned for item in items if (cleaned := _list_item(item))]


_ITEM_EDGES = re.compile(r"^[\s;]+|(?<!\.)[\s.;]+$|^\.+(?![A-Za-z0-9])")


def _list_item(item: str) -> str:
    """An item without the spaces and full stops around it; the dot of ".NET" or "ASP.NET" is part of the name."""
    return _ITEM_EDGES.sub("", item.strip())


_CONNECTORS = frozenset({"in", "and", "or", "of", "with", "for", "the", "to", "on", "&"})


def _rejoin_broken_phrases(lines: list[Line]) -> list[Line]:
    """A phrase that an export broke across lines ("Proficient in" / "Windows and" / "Mac") is one line again.

    A break is recognised by a connecting word at its edge: no skill ends with "in" or "and", and none starts
    with "and" either, so such lines are pieces of one phrase, never skills of their own.
    """
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous is not None and line.kind == previous.kind == "text" and line.text and previous.text:
            last = previous.text.split()[-1].lower()
            first = line.text.split()[0]
            if last in _CONNECTORS or (first in _CONNECTORS and not _LIST_SPLIT.search(previous.text[-2:])):
                out[-1] = Line("text", f"{previous.text} {line.text}")
                continue
        out.append(line)
    return out


def parse_skills(lines: list[Line]) -> list[str]:
    """Skill names from skill lines: "**Languages:** Go, Python", "SQL · Excel", one skill a bullet, table cells."""
    skills: list[str] = []
    for line in _rejoin_broken_phrases(lines):
        if line.kind == "blank":
            continue
        texts = [cell for cell in line.cells[1:] if cell] if line.kind == "row" else [line.text]
        for text in texts:
            label = _LABEL_PREFIX.match(text)
            if label and _LEVEL.match(text[label.end() :]):
                skills.append(label.group("label").strip())  # "Python: Expert" names Python, not "Expert"
                continue
            body = text[label.end() :] if label and len(label.group("label").split()) <= 5 else text
            skills.extend(_split_list(body))
    seen: set[str] = set()
    unique: list[str] = []
    for skill in skills:
        if skill.lower() not in seen and len(skill) <= 120:
            seen.add(skill.lower())
            unique.append(skill)
    return unique
