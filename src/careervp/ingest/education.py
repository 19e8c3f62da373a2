"""Education lines -> Education values, and the qualifications listed among them -> Certification values.

A line names a degree or a qualification and often its school, field and year ("BSc (Hons) Biology, University of
Leeds, 2012", "Certificate III in Care (Ageing, Disability) — TAFE NSW, 2019"). It is cut into pieces at separators and
at commas outside brackets (a bracket is one piece of the name), and each piece is read as the degree, the school,
the field, a place or where the study stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careervp.ingest.credentials import is_certification_line, parse_certification, row_text
from careervp.ingest.dates import MONTH_NAME, find_date_range, last_year
from careervp.ingest.entry_header import outside_brackets
from careervp.ingest.initials import abbreviates
from careervp.ingest.locations import is_location
from careervp.ingest.markup import Line
from careervp.models.cv import Certification, Education
from careervp.vocabulary.cv_structure import DEGREE_PATTERN, INSTITUTION_WORDS
from careervp.vocabulary.lemmas import getAllLemmas

_DEGREE = re.compile(DEGREE_PATTERN)
_INCLUDING = re.compile(r"\s+(?:incl\.?|including)\s+", re.IGNORECASE)
_SEGMENT_SPLIT = re.compile(r"\s+[|—–·•]\s+|\s*\|\s*|\s+-\s+")
_COMMA = re.compile(",")
_EDGES = " ,;:|·•—–-"


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
    r"full-time|evenings?|distance|online|(?:to\s+)?complet(?:e|es|ed|ing|ion)|graduating|finishing)\b",
    re.IGNORECASE,
)
"""Where a degree stands or how it is studied ("in progress", "completion 2027", "part-time"): never its field."""
_STATUS_BRACKET = re.compile(r"\s*\((?P<inner>[^()]*)\)")
_SCHOOL_IN_BRACKETS = re.compile(r"^(?P<name>.*\S)\s*\((?P<school>[^()]+)\)$")


def without_status(piece: str) -> str:
    """ "MSc Planning (part-time, distance learning)" -> "MSc Planning": a bracket or a colon's tail saying how or
    whether the course is studied is no part of its name."""
    piece = _STATUS_BRACKET.sub(lambda m: "" if _STUDY_STATUS.match(m.group("inner")) else m.group(0), piece)
    # "CIPS Diploma: in progress (4 of 6 ...)", "Bachelor of Science, in progress", "PgCert - in progress",
    # "Sacramento State. In progress, expected 2027"
    labelled = re.match(r"(?P<name>.+?)(?::|,|(?<=[a-z])\.|\s[-–—])\s+(?P<status>.*)$", piece)
    if labelled is None or labelled.group("name").count("(") != labelled.group("name").count(")"):
        return piece  # "Nursing (degree completion, online)": a comma inside a bracket
    return labelled.group("name").strip() if _STUDY_STATUS.match(labelled.group("status")) else piece


def _school_in_brackets(piece: str) -> tuple[str, str] | None:
    """ "C&G 2365 Electrical Installations (Northgate College)": the qualification, and its school in brackets."""
    found = _SCHOOL_IN_BRACKETS.match(piece)
    if found is None or not _has_institution(found.group("school")) or _has_institution(found.group("name")):
        return None
    return found.group("name"), found.group("school")


GRADE = re.compile(r"\(?(?:distinction|merit|pass|credit|first(?:[- ]class)?|[12]:[12]|third)\)?", re.IGNORECASE)
"""The result a course was passed with ("Merit", "2:1"): neither its field nor its school."""
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
        text = text[: dates.span[0]] + text[dates.span[1] :]
    else:
        draft.year = last_year(text)
        # "..., 2015", "(class of 2015)", "..., January 2015": the year, with its month when it has one
        ending = rf"[(,]?\s*(?:class of\s+)?(?:{MONTH_NAME}\.?,?\s+)?(?:19[5-9]\d|20\d\d)\s*\)?[.\s]*$"
        text = re.sub(ending, "", text, flags=re.I)
    # "(Northgate College, 2009–11)" without its years is "(Northgate College)"; "— 2017" leaves no dash behind.
    text = re.sub(r"\(\s*[,;]?\s*\)", "", re.sub(r"[,;]\s*\)", ")", text)).strip(_EDGES)
    listed = re.match(r"(?P<name>[^:,]{2,30}):\s", text)
    if listed and _DEGREE.search(listed.group("name")) and not _has_institution(text):
        draft.degree = text  # "A levels: Physics (B), Mathematics (C)": a qualification and its subjects
        return draft
    segments = [s.strip(" ,;:") for s in outside_brackets(_SEGMENT_SPLIT, text)]
    pieces: list[str] = []
    for segment in segments:
        pieces.extend(p.strip() for p in outside_brackets(_COMMA, segment))
    pieces = [p for p in pieces if p and not re.fullmatch(r"[\W_]+", p)]
    # "Riverside College, Decatur, GA — A.S. Nursing": a town and its region are where the school is, not the field.
    places = {i for i in range(len(pieces) - 1) if is_location(f"{pieces[i]}, {pieces[i + 1]}")}
    pieces = [p for i, p in enumerate(pieces) if i not in places and i - 1 not in places]
    rest: list[str] = []
    for piece in pieces:
        schooled = _school_in_brackets(piece) if draft.institution is None else None
        if schooled is not None:
            piece, draft.institution = schooled
            if draft.degree is None and not _DEGREE.search(piece):
                draft.degree = piece  # a qualification named before its school in brackets
                continue
        named = piece.strip(_EDGES)  # a school keeps its own brackets: "Calder State Univ. (online)"
        said = re.match(r"(?P<name>.+?[a-z])\.\s+(?P<status>[A-Z].*)$", named)  # "Tamsford University. In progress"
        named = said.group("name") if said and _STUDY_STATUS.match(said.group("status")) else named
        piece = without_status(piece).strip(_EDGES)
        if not piece or re.fullmatch(rf"(?:{MONTH_NAME}\.?\s+)?(?:19|20)\d\d", piece, re.IGNORECASE):
            continue  # "2017" left between two commas: the year, read already
        if draft.degree is None and _DEGREE.search(piece) and not _has_institution(piece):
            # "8 GCSEs incl. Maths and English": the subjects a set of passes includes stay in the line's details
            draft.degree = piece = _INCLUDING.split(piece, maxsplit=1)[0]
            inner = re.search(r"\b(?:in|of)\s+(?P<field>[A-Z][^()]*?)\s*(?:\([^)]*\))?$", piece)
            if inner and not re.match(r"(?i)(science|arts|engineering|business|education)\b", inner.group("field")):
                draft.field_ = inner.group("field").strip()
            elif " in " in piece:
                subject = piece.split(" in ", 1)[1]
                if subject.count(")") > subject.count("("):  # "(B.A. in Translation, English)": inside a bracket
                    subject = subject[: subject.index(")")]
                draft.field_ = re.sub(r"\s*\([^)]*\)\s*$", "", subject).strip() or None
        elif draft.institution is None and _has_institution(piece):
            draft.institution = named
        elif not is_location(piece) and not _STUDY_STATUS.match(piece):
            rest.append(piece)
    rest = [p for p in rest if not _PROGRESS.match(p) and not _short_form(p, draft.degree) and not _a_remark(p)]
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


def _a_remark(piece: str) -> bool:
    """Whether a piece after the school or the year is a sentence of its own ("2019. Year abroad in Lyon.", "Year
    abroad in Lyon and Graz."): a remark the line's details keep, never the field of study, which is a name."""
    sentence = re.split(r"(?<=[a-z\d])\.\s+(?=[A-Z])", piece)[-1]
    last = sentence.rstrip(".").split()[-1] if sentence.strip(". ") else ""
    return sentence.endswith(".") and len(sentence.split()) >= 3 and len(last) >= 3 and last.isalpha()


_DETAIL = re.compile(
    r"^(?:[A-Za-z]+(?:\s+[A-Za-z]+)?:|GPA\b|grade\b|honours\b|first[- ]class\b|distinction\b|merit\b)", re.I
)


_ATTENDED = re.compile(r"\b(?:seminars?|clinics?|workshops?|webinars?|conferences?|masterclass(?:es)?|talks?)\b", re.I)


def _listed_qualification(line: Line, started: Line | None) -> bool:
    """ "- IOSH Managing Safely (2020)" among "- NVQ Level 3 …" bullets: a qualification listed a bullet apiece like its
    neighbours, never a detail of the one above (the details of a degree stand under its line, not beside it). With
    no entry above, a bullet naming a year or a code is one too. A label ("Dissertation:") or a grade is a detail.
    """
    text = line.text
    if line.kind != "bullet" or not (text[:1].isupper() or text[:1].isdigit()) or _DETAIL.match(text):
        return False
    stint = find_date_range(text)
    if (stint is not None and stint.is_current) or _ATTENDED.search(text):
        return False  # "Committee member, 2020 to now", "Code clinic, 2023": a stint or an event, nothing held
    if started is None:
        return last_year(text) is not None or re.search(r"\b[A-Z]{2,}\b|\d", text) is not None
    return _sibling(line, started) and re.search(r"[A-Z]{2,}|\d", text) is not None


def _sibling(line: Line, started: Line | None) -> bool:
    """A bullet beside the bullet that began the last entry: an entry of its own, never the rest of that one."""
    return started is not None and line.kind == started.kind == "bullet" and line.indent == started.indent


# "CAP Baker (2014) · Food Safety L2 (2022)": items on one line, each closing on its own year.
_LISTED_ITEM = re.compile(r"\s+[·•|;]\s+")
_ENDS_ON_YEAR = re.compile(r"(?:\(\s*(?:19|20)\d\d\s*\)|,?\s(?:19|20)\d\d)\W*$")


def _one_item_a_line(lines: list[Line]) -> list[Line]:
    """The lines with qualifications listed on one line, each with its year, cut into one line per item."""
    cut: list[Line] = []
    for line in lines:
        items = _LISTED_ITEM.split(line.text) if line.kind != "row" else [line.text]
        if len(items) >= 2 and all(_ENDS_ON_YEAR.search(item) for item in items):
            cut += [Line("bullet", item.strip(), indent=line.indent) for item in items]
        else:
            cut.append(line)
    return cut


def parse_education(lines: list[Line]) -> tuple[list[Education], list[Certification], list[str]]:
    """Education entries, the certifications found among them, and lines that were neither."""
    drafts: list[_EducationDraft] = []
    certifications: list[Certification] = []
    leftovers: list[str] = []
    started: Line | None = None  # the line that began the last entry
    for line in _one_item_a_line(lines):
        if line.kind == "blank":
            continue
        if line.kind == "row":
            values = {name: cell for name, cell in zip(line.header, line.cells, strict=False) if name and cell}
            if "degree" in values or "institution" in values:
                draft = _parse_education_text(values.get("degree", ""))
                draft.details = [row_text(line)]
                draft.institution = values.get("institution") or draft.institution
                draft.field_ = values.get("field") or draft.field_
                draft.year = last_year(values.get("year", "")) or draft.year
                drafts.append(draft)
                continue
        text = row_text(line) if line.kind == "row" else line.text
        if is_certification_line(text):
            certifications.append(parse_certification(text))
            continue
        draft = _parse_education_text(text)
        previous = drafts[-1] if drafts and not _sibling(line, started) else None
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
            started = line
        elif _listed_qualification(line, started):
            certifications.append(parse_certification(text))
        elif drafts:
            drafts[-1].details.append(text)
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
