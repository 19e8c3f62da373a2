"""The header of one job on a CV -> title, employer, location, dates.

People write that header in many shapes ("Title — Employer", "**Employer** (what it does) — Title", "Title" over
"Employer, City, ST | dates", "Title | Employer | dates"). The header is cut into segments at separators, dates
and locations are removed, and role nouns ("engineer") mark a title, organisation nouns ("LLC", "University") an
employer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careervp.ingest.dates import MONTH_NAME, DateRange, find_date_range
from careervp.ingest.header_dates import dated_notes_aside, remove_dates
from careervp.ingest.initials import abbreviates
from careervp.ingest.locations import is_company_suffix, is_location, looks_like_place, split_location
from careervp.ingest.name_scores import employer_score, title_score
from careervp.ingest.one_line_jobs import header_and_account, split_remarks
from careervp.ingest.unnamed_employers import pooled_post_employer, settle_employer
from careervp.vocabulary.company_names import names_a_rename
from careervp.vocabulary.cv_structure import COMPANY_SUFFIXES
from careervp.vocabulary.titles import TITLE_STEP

# Separators between the parts of a header line. " - " needs spaces so "Medical-Surgical" stays whole.
_STRONG_SEPARATORS = re.compile(r"\s+[|—–·•]\s+|\s*\|\s*|\s+-\s+|\s+[—–]\s*|\s*[—–]\s+|\s+@\s+|\s{3,}|:\s+")
_AT = re.compile(r"\s+(?:at|@)\s+", re.IGNORECASE)
_PAREN_TAIL = re.compile(r"^(?P<name>.*?\S)\s*\((?P<note>[^()]*)\)\s*$")
# The months or school holidays of a seasonal job left beside its years: "(May – Sep)", "Easter &", "Christmas and".
_TIME_OF_YEAR = rf"(?:{MONTH_NAME}\.?|easter|christmas|half[- ]terms?|(?:spring|summer|autumn|fall|winter)s?)"
_MONTHS_ONLY = re.compile(
    rf"\(?\s*{_TIME_OF_YEAR}(?:\s*(?:[-–—&+/,]|\bto\b|\band\b)\s*(?:{_TIME_OF_YEAR})?)*\s*\)?", re.IGNORECASE
)
_ORGANISATION = 3  # the employer score of a name ending in an organisation noun or a legal suffix
_FREELANCE = re.compile(r"\b(freelance|self[- ]employed|independent|contract(?:or)?|consultant)\b", re.IGNORECASE)


@dataclass(slots=True)
class HeaderFields:
    title: str = ""
    employer: str = ""
    location: str | None = None
    dates: DateRange | None = None
    notes: list[str] = field(default_factory=list)


def _place_shaped(parts: list[str]) -> bool:
    """ "Springfield", "Pune, Maharashtra", "Springfield, Ill.": a place by its shape, for places no list holds."""
    return 1 <= len(parts) <= 2 and all(
        looks_like_place(p) and not title_score(p) and not is_company_suffix(p) for p in parts
    )


_PLACE_DASH = re.compile(r"\s+[—–-]\s+")


def employer_and_place(text: str) -> tuple[str, str] | None:
    """ "Lakeside Family Dental, Springfield, Illinois" or "Lakeside Family Dental — Springfield" -> (employer,
    place); None when the line does not read as an organisation followed by where it is.

    Only for a line known to hold no job title (the title was written on another line): "Barista, Blue Bottle"
    has a role word and is never cut this way.
    """
    if is_location(text) or title_score(text, plurals=False):
        return None  # "Letting Agents, Clifton" is a firm where it is; "Barista, Blue Bottle" names a job
    halves = outside_brackets(_PLACE_DASH, text)
    if len(halves) == 2 and halves[0] and (is_location(halves[1]) or _place_shaped(_comma_split(halves[1]))):
        return halves[0], halves[1]
    if len(halves) > 1:
        return None
    head, place = split_location(text)
    if head and place:
        return head, place
    parts = _comma_split(text)
    for cut in (2, 1):
        if len(parts) > cut and _place_shaped(parts[-cut:]):
            return ", ".join(parts[:-cut]), ", ".join(parts[-cut:])
    return None


def outside_brackets(pattern: re.Pattern[str], text: str) -> list[str]:
    """`text` split at the separators that are not inside brackets: "Acme (now Beta – Albany), Albany" keeps its
    bracket whole."""
    pieces, start = [], 0
    for separator in pattern.finditer(text):
        before = text[: separator.start()]
        if before.count("(") <= before.count(")"):
            pieces.append(text[start : separator.start()])
            start = separator.end()
    return [*pieces, text[start:]]


def _split_segments(text: str) -> list[str]:
    pieces = [p.strip(" ,;:") for p in outside_brackets(_STRONG_SEPARATORS, text)]
    pieces = [p for p in pieces if p and not re.fullmatch(r"[\W_]+", p)]
    if len(pieces) == 1:
        at_split = _AT.split(pieces[0], maxsplit=1)
        if len(at_split) == 2 and title_score(at_split[0]) > 0:
            return [p.strip(" ,") for p in at_split]
    return pieces


def _comma_split(segment: str) -> list[str]:
    """Split "Title, Employer" at commas, keeping "Acme, Inc." and "Dayton, OH" whole."""
    parts = [p.strip() for p in outside_brackets(re.compile(","), segment)]
    merged: list[str] = []
    for part in parts:
        if merged and (part.lower() in COMPANY_SUFFIXES or not part):
            merged[-1] = f"{merged[-1]}, {part}".rstrip(", ")
        else:
            merged.append(part)
    return merged


@dataclass(slots=True)
class _Segment:
    text: str
    line: int
    note: str | None = None


def _with_note(segment: _Segment) -> _Segment:
    match = _PAREN_TAIL.match(segment.text)
    if match and names_a_rename(match.group("note")):
        return segment  # "Riverside Water Co. (formerly Valley Utilities Ltd)": both names are the employer's
    if match and not is_location(segment.text):
        return _Segment(match.group("name"), segment.line, match.group("note"))
    return segment


def _lean(segment: _Segment) -> int:
    promoted = 3 if TITLE_STEP.search(segment.text) else 0  # "Commis → Chef de partie": posts held in turn
    return promoted + title_score(segment.text) - employer_score(segment.text) - (2 if _named_note(segment) else 0)


_STAY_NOTE = re.compile(r"\W*[\w.]+[\s-]*(?:mos?|months?|wks?|weeks?|yrs?|years?)\b", re.IGNORECASE)  # "(3 mo.)"


def _named_note(segment: _Segment) -> bool:
    """A name in brackets ("Acme Corp (Senior Engineer)") leans to the employer, and so does "(self-employed)" after
    the writer's own business; a remark on the role ("(non-riding)") does not."""
    note = segment.note or ""
    named = re.match(r"\W*[A-Z0-9]", note) is not None and not _STAY_NOTE.match(note)  # "(6 weeks)" is no name
    return named or _FREELANCE.search(note) is not None


def _choose(segments: list[_Segment]) -> tuple[_Segment, _Segment] | None:
    """Pick the (title, employer) pair among the candidate segments."""
    if len(segments) < 2:
        return None
    title = max(segments, key=_lean)
    # Among equals, prefer a segment on its own line ("Title" over "Employer, City"), then the one nearest the title.
    # On the title's line, the name written after the title ("2012 – 2020 · Steelworks · Fitter · Acme Ltd").
    after = segments.index(title)
    employer = min(
        (s for s in segments if s is not title),
        key=lambda s: (_lean(s), s.line == title.line, segments.index(s) < after),
    )
    if _lean(title) == _lean(employer):
        # Nothing tells them apart: "Title at Employer" / "Title — Employer" / a title line over an employer line.
        first, second = segments[0], segments[1]
        if _named_note(second) and not _named_note(first):
            return first, second
        if _named_note(first) and not _named_note(second):
            return second, first
        return first, second
    return title, employer


# A grade, band or level written in brackets after a title ("Band 7", "Staff Grade", "Level II", "GS-12", "AO5"):
# part of the title, never the employer.
_GRADE = re.compile(
    r"(?:(?:band|grade|level|step|scale|tier|class|rank|pay\s+band)\s+[\w.-]{1,6}|[\w-]+\s+grade|"
    r"[A-Z]{1,3}-?\d{1,2}[A-Z]?)",
    re.IGNORECASE,
)


_PROSE_STARTS = re.compile(r"(?<=[a-z]{2})[.!]\s+(?=(?:I|I'm|I've|We|My|Our|This|It|There)\b)")


def _header_part(line: str, fields: HeaderFields) -> str:
    """A header line that runs on into prose ("Volunteer instructor, sea scouts. I teach ...") is a header up to the
    sentence that starts with a subject; the rest is a note, never an employer or a title."""
    header, account = header_and_account(line)
    if header:
        fields.notes.append(account)
        return header
    prose = _PROSE_STARTS.search(line)
    if prose is None:
        return line
    fields.notes.append(line[prose.end() :])
    return line[: prose.start()]


def _header_segments(lines: list[str], fields: HeaderFields) -> list[_Segment]:
    """The name-like pieces of the header lines, in order; dates, a location and lower-case remarks go on `fields`."""
    segments: list[_Segment] = []
    parts = dated_notes_aside([_header_part(line, fields) for line in lines], fields.notes)
    undated = [remove_dates(part) for part in parts]
    titled = [index for index, (remainder, _) in enumerate(undated) if title_score(remainder)]
    for index, (remainder, dates) in enumerate(undated):
        if dates and fields.dates is None:
            fields.dates = dates
        # With the title on another line, "Org, City, State" and "Org — City" name the employer and its place.
        placed = employer_and_place(remainder) if titled and index not in titled else None
        if placed is not None:
            segments.append(_Segment(placed[0], index))
            fields.location = fields.location or placed[1]
            continue
        # "2023 — F/V Kayla Marie, drift gillnet (32') — Deckhand, 3-man crew": names, then remarks
        for piece, remarks, place in split_remarks(lines[index], _split_segments(remainder)):
            fields.notes.extend(remarks)
            fields.location = fields.location or place
            segments.extend(_piece_segments(piece, index, fields))
    if len(segments) == 1:
        parts = _comma_split(segments[0].text)
        remarks = [part for part in parts[1:] if not re.search(r"[A-Z]", part)]  # "..., between contracts"
        fields.notes.extend(remarks)
        parts = [part for part in parts if part not in remarks]
        if len(parts) >= 2:
            segments = [_with_note(_Segment(p, segments[0].line)) for p in parts]
        elif remarks:
            segments = [_Segment(parts[0], segments[0].line)]
    return segments


def _piece_segments(piece: str, index: int, fields: HeaderFields) -> list[_Segment]:
    rest, location = split_location(piece)
    if location and fields.location is None:
        fields.location = location
    elif location:
        fields.notes.append(location)
    if rest and (rest[:1].islower() or not re.search(r"[A-Z]", rest)) and not _lower_case_title(rest):
        fields.notes.append(rest)  # "part-time while studying", "(2 years)": a remark, not a name ("plumber" is)
        return []
    if _MONTHS_ONLY.fullmatch(rest):
        fields.notes.append(rest)  # "summers 2021 & 2022 (May – Sep)": the months of each season, not a name
        return []
    return [_with_note(_Segment(rest, index))] if rest else []


def _lower_case_title(text: str) -> bool:  # "owner / plumber", "maintenance plumber (casual)": a title in shorthand
    bare = re.sub(r"\s*\([^)]*\)$", "", text)
    words = [word for word in bare.split() if word != "/"]  # "ground worker / cable puller": two posts in shorthand
    return (
        0 < len(words) <= 4 + bare.count(" / ") * 2
        and title_score(words[-1]) > 0
        and not re.search(r"[\d(→]|^(?:same|ditto)\b", bare)
    )


def _one_segment(fields: HeaderFields, only: _Segment) -> HeaderFields:
    """A header with one name in it: a title and employer side by side in brackets, a freelancer, or one of them."""
    if only.note and _GRADE.fullmatch(only.note.strip()):
        fields.title = f"{only.text} ({only.note.strip()})"  # "Radiographer (Band 6)": a pay grade
        return fields
    if only.note and _other_role_name(only):
        fields.title = f"{only.text} ({only.note.strip()})"  # "Overhead Linesperson (Craftsperson)": both its names
        return fields
    if only.note and _FREELANCE.search(only.text) and employer_score(only.note) < _ORGANISATION:
        # "Self-employed jointer (CIS)": a freelancer's post; the bracket says how the work is held, not for whom
        fields.title, fields.employer = only.text, "Self-employed"
        fields.notes.append(only.note)
        return fields
    if only.note and any(abbreviates(part, only.text) for part in re.split(r"\s*[/,;]\s*", only.note)):
        # "Cabin Service Director (CSD)", "Auxiliary Operator (AO / Aux Op)": the name's own initials and short forms
        fields.notes.append(only.note)
    elif only.note and re.match(r"\W*[A-Z]", only.note) and not find_date_range(only.note):
        # "Senior Engineer (Acme Corp)" or "Acme Corp (Senior Engineer)"; "(maintained, Tarnside Borough Council)", a
        # remark opening in lower case, says what the organisation is
        pair = _choose([_Segment(only.text, only.line), _Segment(only.note, only.line)])
        if pair is not None and _lean(pair[0]) > _lean(pair[1]):
            fields.title, fields.employer = pair[0].text, pair[1].text
            return fields
    elif only.note and re.search(r"[A-Z]", only.note):
        fields.notes.append(only.note)  # "(finish grade / GPS)", "(5-Axis)": a remark on the post naming a thing
    if _FREELANCE.search(only.text) and title_score(only.text) >= employer_score(only.text):
        fields.title, fields.employer = only.text, "Self-employed"
    elif title_score(only.text) > employer_score(only.text):
        fields.title = only.text
    else:
        fields.employer = only.text
    return fields


def _other_role_name(segment: _Segment) -> bool:
    """A title with the role's other name in brackets ("Watch Manager (Station Officer)", "Linesperson
    (Craftsperson)"): a grade or rank the letter may name the role by, never an employer."""
    note = (segment.note or "").strip()
    if not re.fullmatch(r"[A-Za-z][\w .'&/-]*", segment.text):
        return False  # "(Counselor); Summer 2021 (Assistant Director)": pieces of a line, not a title
    if not note[:1].isupper() or re.search(r"\d", note) or _HOW_HELD.search(note):
        return False  # "(promoted to Buyer)", "(Junior Sous until 2013)", "(Maternity Cover)": remarks on the post
    return title_score(segment.text) > 0 and title_score(note) > 0 and not employer_score(note)


# How a post was held, written in brackets after its title: a remark on the post, never another name for it.
_HOW_HELD = re.compile(
    r"\b(?:cover|maternity|paternity|parental|secondment|seconded|temporary|temp|fixed[- ]term|contract(?:or)?|"
    r"interim|locum|agency|part[- ]time|full[- ]time|then)\b",
    re.IGNORECASE,
)


def _assign(fields: HeaderFields, title: _Segment, employer: _Segment, segments: list[_Segment]) -> HeaderFields:
    """Title and employer chosen: the other pieces join the title (on its line) or become notes."""
    title_parts = [title.text]
    for segment in segments:
        if segment is title or segment is employer:
            continue
        if segment.line == title.line and employer.line != title.line and _lean(segment) >= _lean(employer):
            # "Registered Nurse – Medical-Surgical Unit" over an employer line: the unit belongs to the title.
            title_parts.append(segment.text)
        elif fields.location is None and _site_before(segment, title, employer, segments):
            fields.location = segment.text
        else:
            fields.notes.append(segment.text)
    if _other_role_name(title):
        title_parts[0] = f"{title.text} ({(title.note or '').strip()})"
    fields.title = " – ".join(title_parts)
    fields.employer = employer.text
    for segment in (title, employer):
        if segment.note and not (segment is title and _other_role_name(title)):
            fields.notes.insert(0, segment.note)
    return fields


def _site_before(segment: _Segment, title: _Segment, employer: _Segment, segments: list[_Segment]) -> bool:
    """ "2012 – 2020 · Port Talbot steelworks · Fitter · Acme Ltd": a name before the title, on a line giving the
    employer after it, that is no organisation, is the site the work was at."""
    order = [segments.index(part) for part in (segment, title, employer)]
    same_line = segment.line == title.line == employer.line
    return same_line and order == sorted(order) and not employer_score(segment.text) and not title_score(segment.text)


def _names_role(segment: _Segment) -> bool:
    return title_score(segment.text) > 0


def parse_entry_header(lines: list[str], *, heading: bool = False) -> HeaderFields:
    """Read title, employer, location and dates out of the 1-3 header lines of a job; `heading`: the line stands
    alone as a heading (over the roles held at what it names)."""
    fields = _read_header(lines, heading=heading)
    fields.employer = fields.employer or pooled_post_employer(fields.title, fields.notes)
    if fields.employer:
        fields.employer, fields.location, notes = settle_employer(fields.title, fields.employer, fields.location)
        fields.notes.extend(notes)
    return fields


def _read_header(lines: list[str], *, heading: bool) -> HeaderFields:
    fields = HeaderFields()
    segments = _header_segments(lines, fields)
    chosen = _choose(segments)
    if (
        heading
        and chosen is not None
        and fields.dates is None
        and len(segments) == 2
        and not any(map(_names_role, segments))
    ):
        # "### WestJet — Calgary International Airport" over the roles held there: no segment names a job, so the
        # first is the employer and the second its place.
        fields.employer, fields.location = segments[0].text, segments[1].text
        return fields
    if chosen is not None and _a_place_after_the_employer(chosen[0], chosen[1], segments):
        # "Royal Berkshire NHS Foundation Trust — Reading | 08/2014 – 02/2019": one capitalised word that names no
        # job, after an organisation, is where it is.
        fields.employer, fields.location = chosen[1].text, chosen[0].text
        return fields
    if chosen is not None:
        return _assign(fields, chosen[0], chosen[1], segments)
    return _one_segment(fields, segments[0]) if segments else fields


def _a_place_after_the_employer(title: _Segment, employer: _Segment, segments: list[_Segment]) -> bool:
    lone_word = re.fullmatch(r"[A-Z][a-z]+", title.text) is not None and title.line == employer.line
    return (
        len(segments) == 2
        and segments[1] is title
        and lone_word
        and not title_score(title.text)
        and employer_score(employer.text) > 0
    )
