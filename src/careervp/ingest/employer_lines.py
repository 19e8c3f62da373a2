"""Lines around a job header that speak of the employer rather than the job.

Two layouts put them there. An employer line over several roles:

    **Nordvale Airways**, Copenhagen base
    *Senior First Officer, A320/A321* | Jan 2023 – Present
    ...
    *First Officer, A320/A321* | 03/2019 - 12/2022

and a job header followed by a line saying what the employer is, with the dates elsewhere (a summary table at the
top of the CV, or inside that line):

    ### Chef de Cuisine — Brasserie Olmstead
    *140-seat French–Pacific Northwest brasserie*

Markup is the strongest sign (bold for the employer, italics for the role or the description); the shape of the
words decides where there is none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from careervp.ingest.dates import find_date_range, find_single_date
from careervp.ingest.entry_header import (
    HeaderFields,
    employer_and_place,
    parse_entry_header,
)
from careervp.ingest.job_entries import job_key
from careervp.ingest.locations import is_location, looks_like_place
from careervp.ingest.markup import Line
from careervp.ingest.name_scores import employer_score, title_score
from careervp.models.cv import ExperienceEntry
from careervp.vocabulary.cv_structure import ROLE_WORDS
from careervp.vocabulary.lemmas import getAllLemmas

_EDGE = " ,;:|·•—–-()"
_WORD = re.compile(r"[A-Za-z][A-Za-z.'&/-]*")
_PLAIN_NAME = re.compile(r"[A-Za-z][\w .'&/-]*")


def _dated(text: str) -> bool:
    return find_date_range(text) is not None or find_single_date(text) is not None


def _undated(text: str) -> str:
    """The text without its dates, and without a lower-case remark in brackets ("(returned after a secondment)",
    "(part-time)"), which is a note on the role and names nothing."""
    found = find_date_range(text)
    while found is not None:
        text = f"{text[: found.span[0]]} {text[found.span[1] :]}"
        found = find_date_range(text)
    text = _REMARK.sub(" ", text)
    return " ".join(text.split()).strip(_EDGE)


_REMARK = re.compile(r"\((?=[^()]*\b[a-z])[^()A-Z]*\)")
"""A bracket of lower-case words (figures and punctuation allowed): "(returned to post after secondment)"."""


def _names_a_role(text: str) -> bool:
    """A singular role noun: "Senior Solicitor" names a role, "Marlow & Finch Solicitors" a firm."""
    words = [word.lower().strip(".,'") for word in _WORD.findall(text)]
    return any(word in ROLE_WORDS and not (word.endswith("s") and word[:-1] in ROLE_WORDS) for word in words)


def _bold_employer(line: Line) -> tuple[str, str | None] | None:
    """ "**Nordvale Airways**, Copenhagen base": the bold words name the employer, the rest where it is."""
    if not line.lead_bold or not line.text.startswith(line.lead_bold) or _names_a_role(line.lead_bold):
        return None
    # "**Copperline Creative**, Cleveland, OH (brand and packaging agency)": a closing note says what the business is
    place = re.sub(r"\s*\([^()]*\)\s*$", "", line.text[len(line.lead_bold) :]).strip(_EDGE)
    if title_score(place):
        return None
    place = _without_sizes(place)
    placed = None if place else employer_and_place(line.lead_bold)  # "**Northgate Research — Tampa, FL**"
    return placed if placed is not None else (line.lead_bold, place or None)


def _without_sizes(place: str) -> str:
    """ "Boston · 430-bed teaching hospital" -> "Boston": a part giving the employer's size says what it is, not
    where; a line of such parts names no place ("11–18 academy, 1,450 students")."""
    pieces = re.split(r"(\s+[·•—–|]\s+)", place)  # parts, with the separators between them kept
    kept = [piece for index, piece in enumerate(pieces) if index % 2 or not re.search(r"\d", piece)]
    return "".join(kept).strip(_EDGE)


def employer_line(line: Line) -> tuple[str, str | None] | None:
    """(employer, place) for a line naming an employer and nothing else ("**Nordvale Airways**, Copenhagen base",
    "Skerryline Regional, Bergen, Norway", "### Acme Corp"), else None."""
    if line.kind not in ("text", "heading") or _dated(line.text):
        return None
    if line.lead_bold:
        return _bold_employer(line)
    site = _site_and_operator(line.text) if line.kind == "text" and not line.bold else None
    if site is not None or title_score(line.text):
        return site
    placed = employer_and_place(line.text)
    if placed is not None:
        return placed
    if line.kind == "heading" or line.bold:
        fields = parse_entry_header([line.text], heading=True)
        if fields.employer and not fields.title:
            return fields.employer, fields.location
    return None


_DASH = re.compile(r"\s+[—–]\s+")


def _site_and_operator(text: str) -> tuple[str, str] | None:
    """ "Cedar Ridge Power Station — Northline Energy (2 units)": two names, a site and the organisation running it,
    neither a job; the one that reads as an organisation is the employer, the other where the work was."""
    parts = [re.sub(r"\s*\([^()]*\)$", "", part).strip() for part in _DASH.split(text)]
    if len(parts) != 2 or any(
        title_score(part) > employer_score(part) or not part[:1].isupper() or "," in part for part in parts
    ):
        return None  # "Acme — 27-hole private club", "Acme — Leeds, Bradford": a remark or places, not a site
    site, operator = parts
    return (operator, site) if employer_score(operator) > employer_score(site) else (site, operator)


def dated_employer_line(line: Line) -> tuple[str, str | None] | None:
    """ "**Acme Lettings, Clifton, Bristol** · Jan 2019 to now" over its roles: an employer line carrying the whole
    stay there, nothing but the dates outside the bold name. (employer, place), else None."""
    found = find_date_range(line.text)
    bold = line.lead_bold
    if line.kind == "heading" and found is not None and not bold:
        return _dated_employer_heading(line.text)
    if line.kind != "text" or found is None or not bold or not line.text.startswith(bold) or _dated(bold):
        return None
    if title_score(bold, plurals=False):
        return None  # "**Speech Therapist II** · 2023 – now": a role of its own
    if (line.text[len(bold) : found.span[0]] + line.text[found.span[1] :]).strip(_EDGE):
        return None
    return _bold_employer(replace(line, text=bold))


def _dated_employer_heading(text: str) -> tuple[str, str | None] | None:
    """ "### Acme Freight — Leeds depot · 04/2018 – Present": a heading naming an employer, where and the whole stay,
    and no job. (employer, place), else None."""
    found = find_date_range(text)
    undated = f"{text[: found.span[0]]} {text[found.span[1] :]}".strip(" ,;:|·•—–-") if found else text
    fields = parse_entry_header([undated], heading=True)
    if fields.title or not fields.employer or title_score(fields.employer, plurals=False):
        return None
    return fields.employer, fields.location


def indented_employer_line(line: Line, role: Line | None) -> tuple[str, str | None] | None:
    """ "Acme Data Centres — Slough campus        Jan 2019 to now" over roles written further in: in plain text, an
    employer line carrying the whole stay, its roles indented under it (dated or not). (employer, place), else None."""
    found = find_date_range(line.text)
    if line.kind != "text" or line.lead_bold or found is None or role is None or role.kind != "text":
        return None
    short_role = len(role.text.split()) <= 6 and title_score(role.text, plurals=False) > 0
    if role.indent <= line.indent or not (is_role_line(role) or short_role):
        return None
    undated = f"{line.text[: found.span[0]]} {line.text[found.span[1] :]}".strip(_EDGE)
    placed = employer_and_place(undated) or _dated_employer_heading(line.text)
    if placed is not None or title_score(undated, plurals=False):
        return placed
    # Nothing on the line names a job, and roles stand under it: the name first, then where ("— Leeds office").
    name, *place = _DASH.split(undated, maxsplit=1)
    return name, place[0] if place else None


def another_dated_header(line: Line, header: Line) -> bool:
    """ "**Nov 2020 – Mar 2021 · Prep Chef, Acme**" under "**Spring 2021 · Chef de Partie, Beta**" with nothing
    between them: two lines in bold, each dated, are two jobs (the first had no bullets), not one header."""
    return line.bold and header.bold and _dated(line.text) and _dated(header.text)


def is_role_line(line: Line) -> bool:
    """ "*First Officer, A320/A321* | 03/2019 - 12/2022" or "Sous Chef | 2013 – 2015": one role and its dates."""
    if line.kind != "text" or not _dated(line.text):
        return False
    return bool(line.lead_italic and not _dated(line.lead_italic)) or title_score(line.text) > 0


def undated_role_line(line: Line) -> bool:
    """ "**Site Fitter, Line 3**": a line wholly in bold or italics, without dates, naming a role."""
    whole = line.bold or (bool(line.lead_italic) and line.lead_italic == line.text)
    return line.kind == "text" and whole and not _dated(line.text) and _names_a_role(line.text.split(",")[0])


_SIZE = re.compile(r"^\d[\d,.]*-[a-z]")  # "140-seat", "1,200-bed": the size of a business


def _reads_as_prose(text: str) -> bool:
    """Names are written in capitals; a line of mostly lower-case words describes something."""
    words = [word for word in text.split() if word[:1].isalpha()]  # "(4 years 2 months)" is no description
    lower = sum(1 for word in words if word[:1].islower())
    return ";" in text or bool(_SIZE.match(text)) or (len(words) >= 4 and lower * 2 >= len(words))


def describes_business(line: Line) -> bool:
    """An undated line of prose under an employer line, before its roles: what the business is ("Regional
    builder of schools and clinics.")."""
    return line.kind == "text" and not _dated(line.text) and _reads_as_prose(line.text)


def _stacked_role(line: Line, header: Line) -> bool:
    """ "**03/2014 – 04/2017 – Third Engineer – same company**" under "**05/2017 – 02/2019 – Second Engineer – Acme**":
    an earlier role written in the header's own form (bold like it, or opening with its dates), not a description."""
    found = find_date_range(line.text)
    if found is None or not title_score(_undated(line.text)):
        return False
    return (line.bold and header.bold) or found.span[0] == 0


def describes_employer(line: Line, header: list[Line]) -> bool:
    """Is `line` a description of the employer under a header that already names the title and the employer
    ("### Chef de Cuisine — Brasserie Olmstead" over "*140-seat French–Pacific Northwest brasserie*")?"""
    if line.kind != "text" or not header:
        return False
    words = _undated(line.text)
    if not words or is_location(words) or employer_and_place(words) is not None:
        return False
    if line.lead_italic != line.text and not _reads_as_prose(words):
        return False
    if _stacked_role(line, header[0]):
        return False
    fields = parse_entry_header([h.text for h in header])
    return bool(fields.title and fields.employer)


def _ordinary_words(text: str, body: str) -> bool:
    """Every word is an ordinary word, or written in lower case in the role's own lines ("telecoms")."""
    words = [word for word in re.findall(r"[A-Za-z]+", text) if word.casefold() != "and"]
    lower_case = set(re.findall(r"\b[a-z]+\b", body))
    return bool(words) and all(getAllLemmas(w.casefold()) or w.casefold() in lower_case for w in words)


def role_title(line: Line, fields: HeaderFields, body: str = "") -> str | None:
    """The whole title of a role line under an employer line, where the reader would cut it at a comma:
    "*First Officer, A320/A321* | 2019 – 2022" is the title "First Officer, A320/A321", not a title and an
    employer "A320/A321"."""
    if line.lead_italic and not _dated(line.lead_italic):
        return line.lead_italic
    # "**Terminal Controller, Harbour Approach Unit** · 2019 – now" under the employer's heading: a bold role with
    # its unit, nothing but dates after it.
    bold = line.lead_bold
    if bold and not _dated(bold) and not _undated(line.text.replace(bold, "", 1)) and _names_a_role(bold.split(",")[0]):
        return bold
    joined = f"{fields.title}, {fields.employer}"
    # "Lead Veterinary Technician, ECC" under the hospital's name: a short acronym after the title is its unit.
    # "Apprentice, Signalling & Telecoms": a discipline in ordinary words, joined by "&", is no firm's name either
    # (a firm's name has a word of its own: "Marlow & Finch").
    score = employer_score(fields.employer)
    unit = (
        score == 0
        or re.fullmatch(r"[A-Z]{2,5}", fields.employer) is not None
        or (score == 1 and "&" in fields.employer and _ordinary_words(fields.employer, body))
    )
    if fields.employer and unit and joined in line.text:
        return joined
    return None


def bracket_as_note(fields: HeaderFields, text: str) -> None:
    """Under an employer line a role's bracket is a note on the role, never a second employer: "Site Manager (Student
    Housing)", and "Charge Hand (Senior Operative)", a role with its other name (the role written outside)."""
    if fields.employer and f"({fields.employer})" in text:
        fields.notes, fields.employer = [*fields.notes, fields.employer], ""
    elif (
        _PLAIN_NAME.fullmatch(fields.employer)
        and f"{fields.employer} ({fields.title})" in text
        and title_score(fields.employer)
    ):
        fields.notes, fields.title, fields.employer = [*fields.notes, fields.title], fields.employer, ""


def place_as_location(fields: HeaderFields, line: Line) -> None:
    """Under an employer line, "**Store Manager**, Croydon · 2019 – 2025": the bold role, then the branch it was at;
    the place is where the role was held, never a second employer."""
    bold = line.lead_bold
    role = bool(bold) and bold == fields.title and title_score(bold) > 0 and line.text.startswith(bold)
    if role and _place_name(fields.employer):
        fields.location, fields.employer = fields.employer, ""


def _place_name(text: str) -> bool:
    return bool(text) and (is_location(text) or looks_like_place(text)) and not employer_score(text)


def summary_row(title: str, employer: str, summary: list[ExperienceEntry]) -> ExperienceEntry | None:
    """The row a summary table ("| Jun 2015 – Feb 2019 | Brasserie Olmstead | Chef de Cuisine |") gives the job
    at `employer`: the dated row with the same title, else the one dated row naming that employer."""
    rows = [row for row in summary if job_key(row.employer) == job_key(employer) and row.start is not None]
    titled = [row for row in rows if job_key(row.title) == job_key(title)]
    return titled[0] if titled else rows[0] if len(rows) == 1 else None


def tenure_line(line: Line) -> bool:
    """ "*Three posts, 08/2017 – present*" under an employer line: the whole stay there, naming no job."""
    found = find_date_range(line.text)
    if line.kind != "text" or found is None:
        return False
    rest = (line.text[: found.span[0]] + line.text[found.span[1] :]).strip(" ,;:|·•—–-()")
    return len(rest.split()) <= 4 and not title_score(rest) and not employer_score(rest)


def italic_aside(line: Line) -> bool:
    """ "*The clinic joined the Larkfield group in 2022.*": a line set wholly in italics, saying something about
    the employer, between its name and its roles."""
    whole = line.kind == "text" and bool(line.lead_italic) and line.lead_italic == line.text
    return whole and not find_date_range(line.text)
