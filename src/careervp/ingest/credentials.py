"""Education, certification and skill lines -> Education, Certification and skill values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careervp.ingest.dates import MONTH_NAME, find_date_range, first_year, last_year
from careervp.ingest.initials import abbreviates
from careervp.ingest.locations import is_location
from careervp.ingest.markup import Line
from careervp.models.cv import Certification, Education
from careervp.vocabulary.cv_structure import (
    CERTIFICATION_CUES,
    DEGREE_PATTERN,
    INSTITUTION_WORDS,
    ISSUER_WORDS,
    REGION_NAMES,
)
from careervp.vocabulary.lemmas import getAllLemmas

_DEGREE = re.compile(DEGREE_PATTERN)
_SEGMENT_SPLIT = re.compile(r"\s+[|—–·•]\s+|\s*\|\s*|\s+-\s+")
_YEAR_BITS = re.compile(
    r"(\()?\b(?:licensed|issued|earned|awarded|obtained|completed|graduated|class of|expected|since|registered)?\s*"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+|(?<!\d)\d{1,2}[/.-])?"
    r"(?<!\d)(?<!\d\d\d[/.])(?:19[5-9]\d|20\d\d)(?!\d)(?!/\w)(?(1)\))",
    re.IGNORECASE,
)
"""A year and the word before it ("issued 11/2020"), taken out of a credential's name; never a year inside a
reference number ("EC 307/2008", "No. 204817", "PL/2012/0884")."""
_STATUS = re.compile(
    r"^(?:active|current|valid.*|in progress|ongoing|active licen[cs]e|licen[cs]ed|expire[sd]?.*|exp\.?.*|"
    r"renew\w*.*|issued|earned|obtained|completed|since)$",
    re.IGNORECASE,
)
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


def _has_institution(text: str) -> bool:
    return any(w in INSTITUTION_WORDS for w in re.findall(r"[a-zà-ÿ]+", text.lower()))


@dataclass(slots=True)
class _EducationDraft:
    degree: str | None = None
    field_: str | None = None
    institution: str | None = None
    year: int | None = None
    details: list[str] = field(default_factory=list)


_STUDY_STATUS = re.compile(
    r"\(?\s*(?:in\s+progress|expected|ongoing|anticipated|pending|current(?:ly)?|due|enrolled|part-time|"
    r"full-time|evening|distance|online)\b",
    re.IGNORECASE,
)
"""Where a degree stands or how it is studied ("in progress", "expected 2027", "part-time"): never its field."""


_PROGRESS = re.compile(r"\(?\d+\s*(?:of|/|out of)\s*\d+\b")
"""How far a course has gone ("96 of 120 credits", "4/6 modules"): neither its field nor where it is taken."""


def _ordinary_words(piece: str) -> bool:
    """Two or more words, each a word of the language ("Overhead Lines (Distribution)"), as no school's name is; one
    such word is more often a grade ("Distinction")."""
    words = re.findall(r"[A-Za-z]+", piece)
    return len(words) >= 2 and all(getAllLemmas(word.casefold()) for word in words)


def _short_form(piece: str, degree: str | None) -> bool:
    """ "DipWCF" beside "Diploma of the Worshipful Company of Farriers": the degree's own letters, no institution."""
    capitals = re.sub(r"[^A-Z]", "", piece)
    return degree is not None and " " not in piece and len(capitals) >= 2 and abbreviates(capitals, degree)


def _parse_education_text(text: str) -> _EducationDraft:
    draft = _EducationDraft(details=[text])
    dates = find_date_range(text)
    if dates:
        point = dates.end or dates.start
        draft.year = point.year if point else None
        text = (text[: dates.span[0]] + text[dates.span[1] :]).strip()
    else:
        draft.year = last_year(text)
        # "..., 2015", "(class of 2015)", "..., January 2015": the year, with its month when it has one
        ending = rf"[(,]?\s*(?:class of\s+)?(?:{MONTH_NAME}\.?,?\s+)?(?:19[5-9]\d|20\d\d)\s*\)?\s*$"
        text = re.sub(ending, "", text, flags=re.I).strip()
    segments = [s.strip(" ,;:") for s in _SEGMENT_SPLIT.split(text)]
    pieces: list[str] = []
    for segment in segments:
        pieces.extend(p.strip() for p in segment.split(","))
    pieces = [p for p in pieces if p and not re.fullmatch(r"[\W_]+", p)]
    # "Riverside College, Decatur, GA — A.S. Nursing": a town and its region are where the school is, not the field.
    places = {i for i in range(len(pieces) - 1) if is_location(f"{pieces[i]}, {pieces[i + 1]}")}
    pieces = [p for i, p in enumerate(pieces) if i not in places and i - 1 not in places]
    rest: list[str] = []
    for piece in pieces:
        if draft.degree is None and _DEGREE.search(piece) and not _has_institution(piece):
            draft.degree = piece
            inner = re.search(r"\b(?:in|of)\s+(?P<field>[A-Z][^()]*?)\s*(?:\([^)]*\))?$", piece)
            if inner and not re.match(r"(?i)(science|arts|engineering|business|education)\b", inner.group("field")):
                draft.field_ = inner.group("field").strip()
            elif " in " in piece:
                draft.field_ = re.sub(r"\s*\([^)]*\)\s*$", "", piece.split(" in ", 1)[1]).strip() or None
        elif draft.institution is None and _has_institution(piece):
            draft.institution = piece
        elif not is_location(piece) and not _STUDY_STATUS.match(piece):
            rest.append(piece)
    rest = [piece for piece in rest if not _PROGRESS.match(piece) and not _short_form(piece, draft.degree)]
    if draft.degree and draft.field_ is None and rest and draft.institution is not None:
        draft.field_ = rest.pop(0)
    elif draft.degree and draft.institution is None and rest:
        if len(rest) == 1 and draft.field_ is not None and _ordinary_words(rest[0]):
            # "NVQ Diploma in Power Engineering – Overhead Lines (Distribution)": the pathway, in words of the
            # language, names a subject; a school is named by a name of its own
            draft.field_ = f"{draft.field_} – {rest.pop(0)}"
        elif len(rest) >= 2 or draft.field_ is not None:
            draft.field_ = draft.field_ or rest.pop(0)
            draft.institution = rest.pop(0)
        else:
            draft.field_ = rest.pop(0)  # "B.S., Information Systems": the institution may follow on the next line
    return draft


def _row_text(line: Line) -> str:
    return " — ".join(cell for cell in line.cells if cell)


def parse_education(lines: list[Line]) -> tuple[list[Education], list[Certification], list[str]]:
    """Education entries, the certifications found among them, and lines that were neither."""
    drafts: list[_EducationDraft] = []
    certifications: list[Certification] = []
    leftovers: list[str] = []
    for line in lines:
        if line.kind == "blank":
            continue
        if line.kind == "row":
            values = {name: cell for name, cell in zip(line.header, line.cells, strict=False) if name and cell}
            if "degree" in values or "institution" in values:
                draft = _parse_education_text(values.get("degree", ""))
                draft.details = [_row_text(line)]
                draft.institution = values.get("institution") or draft.institution
                draft.field_ = values.get("field") or draft.field_
                draft.year = last_year(values.get("year", "")) or draft.year
                drafts.append(draft)
                continue
        text = _row_text(line) if line.kind == "row" else line.text
        if is_certification_line(text):
            certifications.append(parse_certification(text))
            continue
        draft = _parse_education_text(text)
        previous = drafts[-1] if drafts else None
        if previous and previous.institution is None and draft.degree is None and draft.institution:
            previous.institution, previous.year = draft.institution, draft.year or previous.year
            previous.details.append(text)
        elif previous and previous.degree is None and draft.institution is None and draft.degree:
            # "University of Michigan — Ann Arbor, MI" over "B.S. Mechanical Engineering, 2012"
            previous.degree, previous.field_ = draft.degree, draft.field_
            previous.year = draft.year or previous.year
            previous.details.append(text)
        elif draft.degree or draft.institution:
            drafts.append(draft)
        elif previous is not None:
            previous.details.append(text)
        else:
            leftovers.append(text)
    education = [
        Education(
            institution=d.institution or "",
            degree=d.degree,
            field=d.field_,
            year=d.year,
            details=d.details,
        )
        for d in drafts
    ]
    return education, certifications, leftovers


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
        return parse_certification(_row_text(line))
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
