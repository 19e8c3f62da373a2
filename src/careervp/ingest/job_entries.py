"""Finished jobs: ExperienceEntry values built from header fields or from the rows of a data table, and the
folding of a job written twice (a table row and its bullet block) into one."""

from __future__ import annotations

import re
from typing import Protocol

from careervp.ingest.dates import DateRange, find_date_range, find_single_date
from careervp.ingest.entry_header import (
    HeaderFields,
    employer_and_place,
    outside_brackets,
    parse_entry_header,
)
from careervp.ingest.line_shapes import is_sentence
from careervp.ingest.locations import is_location
from careervp.ingest.markup import Line
from careervp.ingest.name_scores import employer_score, title_score
from careervp.ingest.one_line_jobs import comma_parts, header_and_account
from careervp.models.cv import ExperienceEntry
from careervp.vocabulary.cv_structure import COMPANY_SUFFIXES
from careervp.vocabulary.titles import TITLE_STEP


def make_entry(
    *,
    title: str,
    employer: str,
    location: str | None,
    dates: DateRange | None,
    description: list[str],
    achievements: list[str],
) -> ExperienceEntry:
    title, progression = latest_step(title)
    description = [*([progression] if progression else []), *description]
    return ExperienceEntry(
        employer=employer,
        title=title,
        location=location,
        start=dates.start if dates else None,
        end=dates.end if dates else None,
        is_current=dates.is_current if dates else False,
        description=" ".join(description) or None,
        achievements=achievements,
    )


def latest_step(title: str) -> tuple[str, str | None]:
    """ "Apprentice > Technician → Senior Technician": the posts held in turn in one job, the last the one held at its
    end. (that post, the progression as written), or (title, None) for a title naming one post."""
    steps = [step.strip() for step in outside_brackets(TITLE_STEP, title)]
    if len(steps) < 2 or not all(steps):
        return title, None
    return steps[-1], title


def _row_entry(line: Line) -> ExperienceEntry | None:
    values = {name: cell for name, cell in zip(line.header, line.cells, strict=False) if name}
    # Results in one cell, one per line or between bullets or middots ("Lead a team of 5 · sign 7 lenders' reports").
    highlights = [h.strip() for h in re.split(r"\n|(?:^|\s)[•▪●·]\s+", values.pop("achievements", ""))]
    highlights = [re.sub(r"^[-*•·]\s+", "", h).strip() for h in highlights]
    highlights = [h[:1].upper() + h[1:] for h in highlights]  # a result that went on after a middot starts a line
    values = {name: cell.replace("\n", " ") for name, cell in values.items()}
    if "header" in values:  # "Acme Corp, Houston · Analyst": one cell written as a job header
        values = _header_cell_fields(values.pop("header")) | values
    date_text = values.get("dates") or " – ".join(values[end] for end in ("start", "end") if values.get(end))
    dates = find_date_range(date_text) or find_single_date(date_text)
    if dates is None:  # "Senior Engineer (2019 – 2021)" in the title or employer cell
        for name in ("title", "employer"):
            found = find_date_range(values.get(name, ""))
            if found:
                cell = values[name]
                values[name] = (cell[: found.span[0]] + cell[found.span[1] :]).strip(" ,;|()—–-")
                dates = found
                break
    title, employer, location = values.get("title", ""), values.get("employer", ""), values.get("location")
    if "work" in values:
        post, done = post_and_work(values["work"])
        title, highlights = title or post, [*done, *highlights]
    employer, note = _without_a_closing_note(employer)
    if not (title or "work" in values) or not re.search(r"\w", employer):
        return None  # "— | Career break": a row with no employer is no job
    placed = employer_and_place(employer) if not location else None
    if placed is not None and placed[1]:  # an "Organisation / Location" column: "Acme Ltd — Leeds"
        employer, location = placed
    return make_entry(
        title=title,
        employer=employer,
        location=location or None,
        dates=dates,
        description=[note] if note else [],
        achievements=[h for h in highlights if h],
    )


# A full stop or semicolon ends a sentence of a cell, but not after "c." or "approx." ("c. 9,500 sheep").
_SENTENCE_END = re.compile(r"(?<=[.;])(?<!\bc\.)(?<!\bca\.)(?<!approx\.)(?<!\bno\.)\s+(?=[A-Z0-9])")


def post_and_work(cell: str) -> tuple[str, list[str]]:
    """A "What" cell: the post it opens with, when its first words read as a job title ("Lambing shepherd, 6 wks",
    "Stockman (full time)"), and each sentence of what was done. A cell that opens on the work ("Outdoor lambing,
    650 ewes") names no post; the CV's headline stands in for it."""
    sentences = [s.strip() for s in _SENTENCE_END.split(cell) if s.strip(" .;")]
    if not sentences:
        return "", []
    first = re.split(r"\s*[,(]|\s+(?:in|on|at|for|with)\s+", sentences[0], maxsplit=1)[0].strip(" .;")
    if not first or title_score(first) == 0 or len(first.split()) > 5:
        return "", sentences
    # What follows the post in its own sentence is kept when it says something: "in a 6-stand gang, mainly Romney
    # ewes", not a note on the post ("(full time)", ", 6 wks").
    rest = sentences[0][len(first) :].strip(" ,.;")
    done = [rest[:1].upper() + rest[1:]] if len(rest.split()) >= 3 and not rest.startswith("(") else []
    return first, [*done, *sentences[1:]]


_CLOSING_NOTE = re.compile(r"(?P<name>.*\w.*?)\s*\((?P<note>[^()]{3,})\)\s*")


def _without_a_closing_note(employer: str) -> tuple[str, str | None]:
    """ "Harwick Yachts, Bristol RI (production sailboats, ~40 hulls/yr)": a bracketed note after the name says
    what the business does; it is the job's description, not part of the employer's name."""
    found = _CLOSING_NOTE.fullmatch(employer)
    if found is None or is_location(found.group("note")):
        return employer, None  # "Hogar Muebles, Vigo (Spain)": a place in brackets is still where it is
    return found.group("name").strip(" ,;—–-"), found.group("note").strip()


def _header_cell_fields(cell: str) -> dict[str, str]:
    """Title, employer and place from a cell that holds a whole job header. A note the dates were cut out of
    ("Analyst (Licensed Broker from Jun 2022)") leaves an unclosed bracket: the title ends before it."""
    fields = parse_entry_header([cell])
    employer, location = fields.employer, fields.location or ""
    placed = employer_and_place(employer) if not location else None
    if placed is not None:
        employer, location = placed[0], placed[1] or ""
    title = fields.title
    if title.count("(") > title.count(")"):
        title = title[: title.rindex("(")].strip()
    return {"title": title, "employer": employer, "location": location}


def job_key(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    while words and (words[-1] in COMPANY_SUFFIXES or words[-1] + "." in COMPANY_SUFFIXES):
        words.pop()
    return " ".join(words)


def _fold(kept: ExperienceEntry, entry: ExperienceEntry) -> ExperienceEntry:
    """One job from two writings of it: the dated one's fields, the bullets and descriptions of both."""
    dated = kept if kept.start is not None else entry
    return dated.model_copy(
        update={
            "achievements": [*kept.achievements, *entry.achievements],
            "description": " ".join(d for d in (kept.description, entry.description) if d) or None,
            "location": kept.location or entry.location,
        }
    )


def _same_title_twins(entries: list[ExperienceEntry]) -> list[ExperienceEntry]:
    merged: list[ExperienceEntry] = []
    first: dict[tuple[str, str], int] = {}  # where each job was first kept
    undated: dict[tuple[str, str], list[int]] = {}  # kept entries still waiting for their dates
    for entry in entries:
        key = (job_key(entry.employer), job_key(entry.title))
        if entry.start is None:
            twin = first.get(key)
        else:
            waiting = undated.get(key)
            twin = waiting.pop(0) if waiting else None
        if twin is None:
            first.setdefault(key, len(merged))
            if entry.start is None:
                undated.setdefault(key, []).append(len(merged))
            merged.append(entry)
            continue
        merged[twin] = _fold(merged[twin], entry)
    return merged


def _one_job_at(first: ExperienceEntry, second: ExperienceEntry) -> bool:
    """Two writings of the only job at an employer: at most one dated, or both with the same dates."""
    if first.start is None or second.start is None:
        return first.start is not None or second.start is not None
    return (first.start, first.end, first.is_current) == (second.start, second.end, second.is_current)


def _same_employer_twins(entries: list[ExperienceEntry]) -> list[ExperienceEntry]:
    """A summary-table row and the block written for it may word the title differently ("Sous Chef (Junior Sous
    Chef until 2013)" and "Sous Chef"); with exactly two entries at one employer, they are the same job."""
    at_employer: dict[str, list[int]] = {}
    for index, entry in enumerate(entries):
        at_employer.setdefault(job_key(entry.employer), []).append(index)
    pairs = {
        indexes[1]: indexes[0]
        for indexes in at_employer.values()
        if len(indexes) == 2 and _one_job_at(entries[indexes[0]], entries[indexes[1]])
    }
    folded = {first: _fold(entries[first], entries[second]) for second, first in pairs.items()}
    return [folded.get(index, entry) for index, entry in enumerate(entries) if index not in pairs]


def merge_twins(entries: list[ExperienceEntry]) -> list[ExperienceEntry]:
    """Fold the two writings of one job (a table row and its bullet block) into one entry."""
    return _same_employer_twins(_same_title_twins(entries))


def table_entries(lines: list[Line]) -> list[ExperienceEntry]:
    """The jobs in the rows of data tables (Dates | Employer | Title) among `lines`."""
    return [entry for line in lines if line.kind == "row" and (entry := _row_entry(line))]


PREVIOUS_EMPLOYER = re.compile(
    r"(?:the\s+)?same(?:\s+(?:company|employer|organi[sz]ation|firm|agency|group|hospital|school|trust|practice|"
    r"business|client|institution|university))?|ditto|as\s+above|idem|do\.?",
    re.IGNORECASE,
)
"""Words that send the reader to the employer of the entry above instead of naming it again."""


def row_named_by(employer: str, summary: list[ExperienceEntry]) -> ExperienceEntry | None:
    """The one job of a table whose employer the heading names, in full or by its name before a comma or bracket
    ("Acme Ltd" for "Acme Ltd, Leeds site")."""
    key = job_key(employer)
    rows = {
        (row.employer, row.title, row.start): row
        for row in summary
        if key and job_key(re.split(r"[,(]", row.employer)[0]) == key
    }
    return next(iter(rows.values())) if len(rows) == 1 else None


def dates_first_header(text: str, dates_end: int) -> tuple[str, str] | None:
    """ "2015–19 · Maternity Support Worker B3, postnatal ward – infant feeding": a job bullet that opens with its
    dates, then its title; what follows the title is what the job involved."""
    after = re.match(r"\s*[·|:—–-]\s*(?P<rest>.+)", text[dates_end:])
    if after is None:
        return None
    header, account = header_and_account(text)
    if header and len(comma_parts(header[dates_end:])) >= 2:
        return header, account  # "2019–22 — Cutter, Acme Ltd, Leeds (4*). Ran the line": the names, then the account
    parts = re.split(r"\s[–—-]\s|\s\(|,\s", after.group("rest"), maxsplit=1)
    title, rest = parts[0], parts[1] if len(parts) > 1 else ""
    if title_score(title):
        return f"{title} | {text[:dates_end].strip()}", rest.strip(" )–—-")
    names = comma_parts(after.group("rest").rstrip("."))
    one_part = not re.search(r"\s[—–-]\s", after.group("rest"))  # "..., Yuma AZ — caseload 36" names a place
    if one_part and 2 <= len(names) <= 3 and all(name[:1].isupper() for name in names) and not is_sentence(names[0]):
        return f"{text[:dates_end].strip()} | {after.group('rest').rstrip('.')}", ""  # "Stage, Acme Foods, Lyon."
    # "08/25–06/26 — Desert Sky USD, Yuma AZ [agency] — caseload 36": a contractor's list names where, not the post.
    where, _, what = after.group("rest").partition(" — ")
    notes = re.findall(r"\[[^\[\]]*\]", where)
    where = re.sub(r"\s*\[[^\[\]]*\]", "", where).strip()
    placed = employer_and_place(where)
    named = "," not in where and where[:1].isupper() and len(where.split()) <= 6
    employer = placed[0] if placed else where if named and not title_score(where) else None
    if employer is None:
        return None
    return f"{text[:dates_end].strip()} | {employer}", " ".join([*notes, what.strip()]).strip()


def lead_title(achievements: list[str]) -> str:
    """The role a job's first bullet opens with, under a header naming only the employer and the dates ("**Acme
    Ltd** — 2021–now" over "- Shift supervisor; keyholder from 2023"); "" when the bullet opens otherwise."""
    if achievements and TITLE_STEP.search(achievements[0]):
        return _promotions(achievements[0])
    first = re.split(r"\s*(?:[;,(]|\s[—–-]\s)", achievements[0], maxsplit=1)[0].strip() if achievements else ""
    plain = 0 < len(first.split()) <= 5 and first[:1].isupper() and not re.search(r"\d", first)
    return first if plain and title_score(first) > 0 else ""


# Words that say how a post was held, never which post: "**Acme Ltd** — part-time | 2019 – 2021".
_TERMS_OF_WORK = frozenset(
    {"part-time", "full-time", "part", "full", "time", "temporary", "temp", "casual", "seasonal", "contract",
     "fixed-term", "freelance", "maternity", "cover", "locum", "bank", "agency", "relief", "permanent", "remote",
     "hybrid", "weekends", "evenings"}
)  # fmt: skip


class _Bulleted(Protocol):
    achievements: list[str]


def named_post(block: _Bulleted, fields: HeaderFields) -> str:
    """The post of a header that names only its employer and dates: in the first bullet, else in a remark."""
    return lead_title(block.achievements) or _remarked_post(fields.notes)


def _remarked_post(notes: list[str]) -> str:
    """The post written in lower case beside a named employer and its dates ("**Kingsbridge Players** — deputy
    stage manager, touring | 2022 – now", "2021 – now · Avonside Grounds Ltd · seasonal operative (Mar–Nov)"):
    of the first such remark's comma parts, one with a role noun, else the longest, leaving out how the post was held
    and any part with a figure; "" when no remark names one."""
    remark = next((note for note in notes if note[:1].islower()), "")
    parts = [p.strip() for p in re.split(r"\s*,\s*", re.sub(r"\s*\([^()]*\)", "", remark)) if p.strip()]
    posts = [p for p in parts if not re.search(r"\d", p) and not set(p.casefold().split()) <= _TERMS_OF_WORK]
    return max(posts, key=lambda p: (title_score(p) > 0, len(p)), default="")


def _promotions(bullet: str) -> str:
    """ "Jointer's mate 2019 → Jointer 2020.": the posts held in turn, each with the year it began, as one title
    ("Jointer's mate → Jointer"); "" when a step is more than a short title."""
    steps = [
        re.sub(r"\s*\(?\b(?:from\s+|since\s+)?(?:19|20)\d\d\)?", "", step).strip(" .;")
        for step in TITLE_STEP.split(bullet)
    ]
    if not all(0 < len(step.split()) <= 5 and step[:1].isupper() for step in steps) or not title_score(steps[-1]):
        return ""
    return " → ".join(steps)


class JobSoFar(Protocol):
    """What a bullet needs to know of the job being read to tell a new job from a result of that job."""

    from_bullet: bool
    bullet_indent: int
    employer_only: bool


def bullet_header(line: Line, following: Line | None, block: JobSoFar | None) -> tuple[str, str] | None:
    """A job written as a bullet ("- **Engineer**, Acme (2019–2021): built X"): (header text, rest), else None."""
    found = find_date_range(line.text)
    if found is None and block is not None and block.from_bullet:
        found = find_single_date(line.text)  # "- Intern at Globex, Summer 2015" among bullet-written jobs
    if found is None or (block is not None and block.from_bullet and line.indent > block.bullet_indent):
        return None  # a dated bullet nested under a job written as a bullet is one of its results
    nested = following is not None and following.kind == "bullet" and following.indent > line.indent
    if block is not None and not block.from_bullet and not block.employer_only and not nested:
        return None  # inside a job written the usual way, a dated bullet is an achievement
    if not line.text[: found.span[0]].strip():
        return dates_first_header(line.text, found.span[1])
    head = line.text[: found.span[1]]
    head = head + ")" if line.text[found.span[1] : found.span[1] + 1] == ")" else head
    before = line.text[: found.span[0]]
    if len(before.split()) > 14 or not re.search(r"[,|—–@·•]|\s-\s|\sat\s", before):  # "- *Deputy* · 2019 – 2020"
        return None
    if not (title_score(before) or employer_score(before)):
        return None
    rest = line.text[len(head) :].strip(" :;—–-")
    if rest and (is_location(rest) or (len(rest.split()) <= 4 and not rest.endswith("."))):
        return f"{head} | {rest}", ""
    return head, rest


def stay_for_one_role(entries: list[ExperienceEntry], given_stay: dict[int, int]) -> list[ExperienceEntry]:
    """An undated role under an employer line carrying the whole stay ("**Acme** · 2015 – 2018" over "**Fitter**")
    held that stay when it is the only role under that line; roles that shared the stay keep no dates."""
    lines = list(given_stay.values())
    shared = {index for index, line in given_stay.items() if lines.count(line) > 1}
    undated = {"start": None, "end": None, "is_current": False}
    return [entry.model_copy(update=undated) if index in shared else entry for index, entry in enumerate(entries)]
