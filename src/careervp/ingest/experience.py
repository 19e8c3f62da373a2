"""The lines of an experience section -> ExperienceEntry values.

An entry is a short header block (1-3 lines naming title, employer, location, dates) followed by bullets or a
description. Data tables (Dates | Employer | Title | Location) give entries directly; bullet blocks under such a table
are matched back to its rows. Employer lines over roles are read in employer_lines, roles on one line in role_runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careervp.ingest.dates import DateRange, date_span, find_date_range, find_single_date
from careervp.ingest.employer_lines import (
    another_dated_header,
    bracket_as_note,
    dated_employer_line,
    describes_business,
    describes_employer,
    employer_line,
    indented_employer_line,
    is_role_line,
    italic_aside,
    place_as_location,
    role_title,
    summary_row,
    tenure_line,
    undated_role_line,
)
from careervp.ingest.entry_header import (
    HeaderFields,
    employer_and_place,
    parse_entry_header,
)
from careervp.ingest.job_entries import (
    PREVIOUS_EMPLOYER,
    bullet_header,
    make_entry,
    merge_twins,
    named_post,
    row_named_by,
    stay_for_one_role,
    table_entries,
)
from careervp.ingest.line_shapes import (
    MAX_HEADER_CHARS,
    SEPARATOR,
    field_label,
    is_sentence,
    is_short_text,
    only_dates,
    opens_with_dates,
    upcoming,
)
from careervp.ingest.locations import is_location
from careervp.ingest.markup import Line
from careervp.ingest.name_scores import employer_score, title_score
from careervp.ingest.role_runs import split_role_runs
from careervp.models.cv import ExperienceEntry

_LABEL = re.compile(r"^[A-Z][A-Za-z /&-]{1,30}:\s")  # "Tools: Go, SQL" under a job is not a new job


@dataclass(slots=True)
class _Block:
    header: list[Line] = field(default_factory=list)
    achievements: list[str] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    has_dates: bool = False
    from_bullet: bool = False
    labels: dict[str, str] = field(default_factory=dict)
    employer_only: bool = False  # an employer line over its roles: no header line joins it
    about_dates: DateRange | None = None  # dates written in the line describing the employer
    about: list[str] = field(default_factory=list)  # what the business is, under an employer line
    bullet_indent: int = 0  # how far in the bullet a job written as one stands

    @property
    def has_body(self) -> bool:
        return bool(self.achievements or self.description)


def _starts_entry(line: Line, upcoming: list[Line], block: _Block | None) -> bool:
    """Does this non-bullet line open a new job?"""
    text = line.text
    if len(text) > MAX_HEADER_CHARS or text.endswith(":"):
        return False  # "**Key achievements:**" introduces bullets of the current job; no header is that long
    if line.kind == "heading":
        return True
    if line.bold or (line.lead_bold and not line.lead_bold.endswith(":") and len(line.lead_bold.split()) <= 12):
        return True
    if is_sentence(text) or _LABEL.match(text):
        return False
    if find_date_range(text):
        return True
    if find_single_date(text) and re.search(r"[(|—–]", text) and (title_score(text) or employer_score(text)):
        return True  # "Junior Developer (Pixel Forge)   2013"
    if upcoming and is_short_text(upcoming[0]) and find_date_range(upcoming[0].text):
        # "Title" over "Employer, City | dates"; a remark over a job written on one line from its dates is no title
        return bool(title_score(text)) or block is None or not opens_with_dates(upcoming[0].text)
    if (
        len(upcoming) == 2
        and len(text.split()) <= 8
        and is_short_text(upcoming[0])
        and is_short_text(upcoming[1])
        and not find_date_range(upcoming[0].text)
        and find_date_range(upcoming[1].text)
    ):
        return True  # "Employer" over "Title" over "dates" (a LinkedIn export)
    if block is None or block.employer_only or _shaped_like_header(text, block):
        return True
    return bool(SEPARATOR.search(text)) and (title_score(text) > 0 or employer_score(text) > 0)


def _shaped_like_header(text: str, block: _Block) -> bool:
    """ "Night Groom | Ballykeel Stud, Kildare | Spring 2025" after the bullets of "Stud Groom | Thornfield Stud |
    Aug 2025 to now": a dated line cut into as many parts, by the same separators, as the header of the job above."""
    if not block.header or not (find_date_range(text) or find_single_date(text)):
        return False
    first = block.header[0].text
    marks = SEPARATOR.findall(text)
    return len(marks) >= 2 and [m.strip() for m in marks] == [m.strip() for m in SEPARATOR.findall(first)]


def _continues_header(line: Line, block: _Block) -> bool:
    """Does this line add to the header block being read (the employer/location/dates line under a title)?"""
    if block.employer_only or block.has_body or len(block.header) >= 4 or line.kind == "heading":
        return False
    if another_dated_header(line, block.header[0]) or (
        opens_with_dates(line.text) and opens_with_dates(block.header[0].text)
    ):
        return False  # two lines each opening with its dates are two jobs, the first without bullets
    if len(line.text) > MAX_HEADER_CHARS or is_sentence(line.text) or _LABEL.match(line.text):
        return False
    if block.has_dates:
        return (
            is_location(line.text)
            or only_dates(block.header)  # "2019 – 2021" over "Engineer, Acme"
            or _employer_line_under_title(line, block)
            or _title_under_employer_line(line, block)
        )
    return len(block.header) < 3


def _title_under_employer_line(line: Line, block: _Block) -> bool:
    """ "*Front Office Manager*" under "**The Grand Hotel, Leeds** (80 rooms) · 2014 – 2018": the title, in italics,
    of the one job at the employer the dated bold line names."""
    head = block.header[0]
    whole_italic = line.kind == "text" and line.lead_italic == line.text
    return (
        len(block.header) == 1
        and whole_italic
        and bool(head.lead_bold)
        and not title_score(head.lead_bold, plurals=False)
    )


def _employer_line_under_title(line: Line, block: _Block) -> bool:
    """ "Office Manager   2016 – Present" over "Lakeside Family Dental, Springfield, Illinois": the employer line."""
    if employer_and_place(line.text) is None:
        return False
    fields = parse_entry_header([header.text for header in block.header])
    return bool(fields.title) and not fields.employer


def _employer_block(line: Line, following: list[Line]) -> _Block | None:
    """An employer line over a role line is a block of its own, lending its name to the roles under it (a line
    giving the whole stay may stand between them)."""
    named = employer_line(line) or dated_employer_line(line)
    if following and (tenure_line(following[0]) or italic_aside(following[0]) or describes_business(following[0])):
        following = following[1:]
    if named is None or not following or not _a_role_follows(following, dated=bool(date_span(line.text))):
        named = indented_employer_line(line, following[0] if following else None)
    if named is None:
        return None
    employer, place = named
    labels = {"employer": employer} | ({"location": place} if place else {})
    return _Block(labels=labels, employer_only=True, about_dates=find_date_range(line.text))


def _a_role_follows(following: list[Line], *, dated: bool) -> bool:
    """A role line, or a role written as a dated bullet ("- **Graphic Designer** — Jun 2017 – Feb 2021"); under an
    employer line giving the stay's dates, a role line may leave them out ("**Flight Instructor**")."""
    after = following[1] if len(following) > 1 else None
    return (
        is_role_line(following[0])
        or (dated and undated_role_line(following[0]))
        or (following[0].kind == "bullet" and bullet_header(following[0], after, None) is not None)
    )


def _about_employer(line: Line, block: _Block | None) -> bool:
    """The first line under a complete "Title — Employer" header that says what the employer is."""
    return (
        block is not None
        and not block.has_body
        and not block.employer_only
        and not _title_under_employer_line(line, block)
        and describes_employer(line, block.header)
    )


def _group(lines: list[Line]) -> list[_Block]:
    blocks: list[_Block] = []
    block: _Block | None = None
    for index, line in enumerate(lines):
        if line.kind in ("blank", "row"):
            continue
        labelled = field_label(line)
        if labelled is not None:
            key, value = labelled
            if block is None or not block.labels or key in block.labels or block.has_body:
                block = _Block()
                blocks.append(block)
            block.labels[key] = value
            block.has_dates = block.has_dates or key == "dates"
            continue
        if line.kind == "bullet":
            following = upcoming(lines, index, 1)
            job_bullet = bullet_header(line, following[0] if following else None, block)
            if job_bullet is not None:
                block = _Block([Line("text", job_bullet[0])], has_dates=True, from_bullet=True)
                block.bullet_indent = line.indent
                block.achievements.extend([job_bullet[1]] if job_bullet[1] else [])
                blocks.append(block)
            elif block is not None:
                block.achievements.append(line.text)
            continue
        if block is not None and _about_employer(line, block):
            block.description.append(line.text)
            block.about_dates = date_span(line.text)
            continue
        if block is not None and block.employer_only and not block.header and tenure_line(line):
            block.about_dates = date_span(line.text)
            continue
        if block is not None and block.employer_only and not block.header and italic_aside(line):
            continue  # said of the employer, not a job: the roles below still take its name
        if block is not None and block.employer_only and not block.header and describes_business(line):
            block.about.append(line.text)
            continue
        employer_block = _employer_block(line, upcoming(lines, index, 2))
        if employer_block is not None:
            block = employer_block
            blocks.append(block)
            continue
        if block is not None and _continues_header(line, block):
            block.header.append(line)
            block.has_dates = block.has_dates or find_date_range(line.text) is not None
            continue
        if _starts_entry(line, upcoming(lines, index), block):
            block = _Block([line], has_dates=find_date_range(line.text) is not None)
            blocks.append(block)
        elif block is not None and not (line.text.endswith(":") and len(line.text.split()) <= 5):
            block.description.append(line.text)
    return blocks


def _block_fields(block: _Block) -> HeaderFields:
    fields = parse_entry_header([line.text for line in block.header])
    if block.labels:
        fields.title = block.labels.get("title", fields.title)
        fields.employer = block.labels.get("employer", fields.employer)
        fields.location = block.labels.get("location", fields.location)
        dates = block.labels.get("dates", "")
        fields.dates = find_date_range(dates) or find_single_date(dates) or fields.dates
    return fields


def _attach(block: _Block, fields: HeaderFields, parent: tuple[str, str | None], roles_follow: bool) -> bool:
    """Give a role written under an employer line that employer. True while the blocks read as its roles."""
    if roles_follow:
        bracket_as_note(fields, block.header[0].text)
        place_as_location(fields, block.header[0])
    if fields.title and not fields.employer:
        fields.employer, fields.location = parent[0], fields.location or parent[1]
        return roles_follow
    body = " ".join(block.achievements + block.description)
    title = role_title(block.header[0], fields, body) if roles_follow and len(block.header) == 1 else None
    if title is None:
        return False
    fields.title, fields.employer, fields.location = title, parent[0], fields.location or parent[1]
    fields.notes = [note for note in fields.notes if note not in title]
    return True


def _fill_missing_dates(fields: HeaderFields, block: _Block, summary: list[ExperienceEntry]) -> None:
    """Dates the header leaves out: from the job's row in a summary table (with its place), else from the line
    describing the employer."""
    if fields.dates is not None:
        return
    row = summary_row(fields.title, fields.employer, summary)
    if row is None:
        fields.dates = block.about_dates
        return
    fields.dates = DateRange(row.start, row.end, row.is_current, (0, 0))
    fields.location = fields.location or row.location


def _lone_role(block: _Block) -> bool:
    """A dated line of a few plain words under an employer's roles ("Glazier   06/2014 – 08/2017"): one more role,
    though no title vocabulary knows the trade. Another employer is written in capitals or with a company word."""
    if len(block.header) != 1:
        return False
    found = find_date_range(block.header[0].text)
    name = block.header[0].text[: found.span[0]].strip() if found else ""
    return (
        bool(name)
        and len(name.split()) <= 4
        and not name.isupper()
        and not SEPARATOR.search(name)
        and not employer_score(name)
    )


def _untitled_contract(block: _Block, fields: HeaderFields) -> bool:
    """ "- 08/24–12/24 — Desert Sky USD — caseload 40": a bullet opening with its dates and naming only where the
    work was; the CV's head names the post. Or "**Acme Ltd** — 2021–now", an organisation over bullets, the first
    naming the post ("- Shift supervisor; keyholder from 2023") or a remark beside it doing so ("— stage manager")."""
    opening = block.from_bullet and fields.dates is not None and fields.dates.span[0] == 0
    named = employer_score(fields.employer) > 0 or any(line.lead_bold == fields.employer for line in block.header)
    return opening or (not fields.title and fields.dates is not None and named and bool(named_post(block, fields)))


def _block_entries(blocks: list[_Block], summary: list[ExperienceEntry]) -> list[ExperienceEntry]:
    """Entries from header blocks. An employer heading with no title and no bullets ("### Acme Corp, Boston, MA")
    lends its name and location to the title-only blocks under it (several roles at one employer). Dates missing
    from a header come from a summary table, else from the line describing the employer."""
    entries: list[ExperienceEntry] = []
    parent: tuple[str, str | None] | None = None
    roles_follow = bulleted = False
    about: list[str] = []  # the parent's description, given to its first role
    stay: DateRange | None = None  # the whole stay at the parent, written on its line
    stay_line = 0  # which block wrote that stay
    given_stay: dict[int, int] = {}  # the entries dated by a stay, each with the block that wrote it
    for number, block in enumerate(blocks):
        fields = _block_fields(block)
        row = row_named_by(fields.employer, summary) if fields.employer and not fields.title else None
        if row is not None and block.has_body:
            # "**Acme Ltd** — 2019 – now" over bullets, its title given only in a table of jobs above: that job.
            fields.title, fields.employer = row.title, row.employer
        elif fields.employer and not fields.title and parent is not None and roles_follow and _lone_role(block):
            fields.title, fields.employer = fields.employer, ""  # "Glazier   06/2014 – 08/2017" among the roles
        elif (
            fields.employer
            and not fields.title
            and not _untitled_contract(block, fields)
            and not (parent is not None and roles_follow and _italic_role(block))
        ):
            parent = (fields.employer, fields.location) if not block.has_body else None
            roles_follow, stay = parent is not None, fields.dates or block.about_dates
            stay_line = number
            about = list(block.about)
            continue
        if parent is not None and entries and entries[-1].employer == parent[0] and bulleted and not block.from_bullet:
            parent, roles_follow = None, False  # roles written as bullets end at the next line that is none
        if parent is not None:
            roles_follow = _attach(block, fields, parent, roles_follow)
            bulleted = block.from_bullet
        if fields.employer and PREVIOUS_EMPLOYER.fullmatch(fields.employer.strip(" ()")):
            fields.employer = ""  # "Third Engineer – same company": the employer of the entry above
        if fields.title and not fields.employer and fields.dates is not None and entries:
            # "School Counselor — 2016 to 2020" after the bullets of "Lead Counselor" under one employer header:
            # an earlier role at the same employer.
            fields.employer, fields.location = entries[-1].employer, fields.location or entries[-1].location
        if not (fields.title or _untitled_contract(block, fields)) or not fields.employer:
            continue
        fields.title = fields.title or named_post(block, fields)
        _fill_missing_dates(fields, block, summary)
        if fields.dates is None and parent is not None and fields.employer == parent[0] and stay is not None:
            fields.dates, given_stay[len(entries)] = stay, stay_line
        if fields.employer != (parent or ("",))[0]:
            about = []
        entries.append(
            make_entry(
                title=fields.title,
                employer=fields.employer,
                location=fields.location,
                dates=fields.dates,
                description=[*about, *fields.notes, *block.description],
                achievements=block.achievements,
            )
        )
        about = []
    return stay_for_one_role(entries, given_stay)


def _italic_role(block: _Block) -> bool:
    """ "*Deputy Head of Year (TLR 2b)* · 2021 – now" under an employer line: the role's markup, italics, says it is
    a role though no role noun names it."""
    head = block.header[0] if len(block.header) == 1 else None
    return head is not None and is_role_line(head) and bool(head.lead_italic) and not employer_score(head.lead_italic)


def parse_experience(lines: list[Line], summary: list[ExperienceEntry] | None = None) -> list[ExperienceEntry]:
    """Every job found in the lines of an experience section, in the order written. `summary` holds the jobs of
    a table elsewhere in the CV ("Career at a Glance"), which give dates to jobs written without them."""
    entries = table_entries(lines)
    entries.extend(_block_entries(_group(split_role_runs(lines)), [*(summary or []), *entries]))
    return merge_twins(entries)
