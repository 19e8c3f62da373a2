"""The lines of an experience section -> ExperienceEntry values.

An entry is a short header block (1-3 lines naming title, employer, location, dates) followed by bullets or a
description. Data tables (Dates | Employer | Title | Location) give entries directly; bullet blocks under such a table
are matched back to its rows. Employer lines over roles are read in employer_lines, roles on one line in role_runs.
"""

from __future__ import annotations

import re

from careervp.ingest.dates import DateRange, date_span, find_date_range, find_single_date
from careervp.ingest.employer_lines import (
    bracket_as_note,
    describes_business,
    is_role_line,
    italic_aside,
    place_as_location,
    role_title,
    summary_row,
    tenure_line,
)
from careervp.ingest.entry_header import HeaderFields, employer_and_place, parse_entry_header
from careervp.ingest.job_blocks import (
    Block,
    about_employer,
    continues_header,
    employer_block,
    employer_line_under_title,
    starts_entry,
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
    SEPARATOR,
    field_label,
    is_career_break,
    only_dates,
    upcoming,
)
from careervp.ingest.markup import Line
from careervp.ingest.name_scores import employer_score
from careervp.ingest.role_runs import split_role_runs
from careervp.models.cv import ExperienceEntry


def _lone_name(block: Block) -> bool:
    """A header of one undated line with nothing under it yet: a name the labelled fields below belong to."""
    return len(block.header) == 1 and not (block.labels or block.has_body or block.has_dates or block.employer_only)


def _employer_labels(text: str) -> dict[str, str]:
    placed = employer_and_place(re.sub(r"\s*\([^()]*\)", "", text))
    return {"employer": placed[0], "location": placed[1]} if placed else {"employer": text}


def _group(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    block: Block | None = None
    for index, line in enumerate(lines):
        if line.kind in ("blank", "row"):
            continue
        labelled = field_label(line)
        if labelled is not None:
            key, value = labelled
            if block is None or not block.labels or key in block.labels or block.has_body:
                if block is not None and _lone_name(block):  # "1. Acme Labs Ltd, Leeds" over "Position: ..."
                    block.employer_only, block.labels = True, _employer_labels(block.header[0].text)
                    block.header = []
                block = Block()
                blocks.append(block)
            block.labels[key] = value
            block.has_dates = block.has_dates or key == "dates"
            continue
        after_break = index > 0 and block is None and is_career_break(lines[index - 1].text) and only_dates([line])
        if (line.kind != "bullet" and is_career_break(line.text)) or after_break:
            block = None  # "Career break, 2016–2018: family": time between jobs, neither a job nor part of one
            continue
        if line.kind == "bullet":
            following = upcoming(lines, index, 1)
            job_bullet = bullet_header(line, following[0] if following else None, block)
            if job_bullet is not None:
                block = Block([Line("text", job_bullet[0])], has_dates=True, from_bullet=True)
                block.bullet_indent = line.indent
                block.achievements.extend([job_bullet[1]] if job_bullet[1] else [])
                blocks.append(block)
            elif block is not None:
                block.achievements.append(line.text)
            continue
        if block is not None and about_employer(line, block):
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
        waiting = block is not None and block.has_dates and not block.has_body  # a dated header, nothing under it yet
        one_layout = waiting and not any(earlier.employer_only for earlier in blocks)  # no employer line over roles
        if block is not None and one_layout and employer_line_under_title(line, block):
            block.header.append(line)  # "Forklift Operator  2015 – 2019" over "Acme Cold Store, Dayton, OH"
            continue
        over_roles = employer_block(line, upcoming(lines, index, 2))
        if over_roles is not None:
            block = over_roles
            blocks.append(block)
            continue
        if block is not None and continues_header(line, block):
            block.header.append(line)
            block.has_dates = block.has_dates or find_date_range(line.text) is not None
            continue
        if starts_entry(line, upcoming(lines, index), block):
            block = Block([line], has_dates=find_date_range(line.text) is not None)
            blocks.append(block)
        elif block is not None and not (line.text.endswith(":") and len(line.text.split()) <= 5):
            block.description.append(line.text)
    return blocks


def _block_fields(block: Block) -> HeaderFields:
    fields = parse_entry_header([line.text for line in block.header])
    if block.labels:
        fields.title = block.labels.get("title", fields.title)
        fields.employer = block.labels.get("employer", fields.employer)
        fields.location = block.labels.get("location", fields.location)
        dates = block.labels.get("dates", "")
        fields.dates = find_date_range(dates) or find_single_date(dates) or fields.dates
    return fields


def _attach(block: Block, fields: HeaderFields, parent: tuple[str, str | None], roles_follow: bool) -> bool:
    """Give a role written under an employer line that employer. True while the blocks read as its roles."""
    if roles_follow and block.header:
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


def _fill_missing_dates(fields: HeaderFields, block: Block, summary: list[ExperienceEntry]) -> None:
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


def _lone_role(block: Block) -> bool:
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


def _untitled_contract(block: Block, fields: HeaderFields) -> bool:
    """ "- 08/24–12/24 — Desert Sky USD — caseload 40": a bullet opening with its dates and naming only where the
    work was; the CV's head names the post. Or "**Acme Ltd** — 2021–now", an organisation over bullets, the first
    naming the post ("- Shift supervisor; keyholder from 2023") or a remark beside it doing so ("— stage manager")."""
    opening = block.from_bullet and fields.dates is not None and fields.dates.span[0] == 0
    named = employer_score(fields.employer) > 0 or any(line.lead_bold == fields.employer for line in block.header)
    return opening or (not fields.title and fields.dates is not None and named and bool(named_post(block, fields)))


def _block_entries(blocks: list[Block], summary: list[ExperienceEntry]) -> list[ExperienceEntry]:
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


def _italic_role(block: Block) -> bool:
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
