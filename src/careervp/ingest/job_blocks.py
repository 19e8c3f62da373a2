"""The job block being read in an experience section, and whether a line opens a new job, adds to the header of
the job being read, or is an employer line over roles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careervp.ingest.dates import DateRange, date_span, find_date_range, find_single_date
from careervp.ingest.employer_lines import (
    another_dated_header,
    dated_employer_line,
    describes_business,
    describes_employer,
    employer_line,
    indented_employer_line,
    is_role_line,
    italic_aside,
    tenure_line,
    undated_role_line,
)
from careervp.ingest.entry_header import (
    employer_and_place,
    parse_entry_header,
)
from careervp.ingest.job_entries import (
    bullet_header,
)
from careervp.ingest.line_shapes import (
    MAX_HEADER_CHARS,
    SEPARATOR,
    is_sentence,
    is_short_text,
    only_dates,
    opens_with_dates,
)
from careervp.ingest.locations import is_location
from careervp.ingest.markup import Line
from careervp.ingest.name_scores import employer_score, title_score

LABEL = re.compile(r"^[A-Z][A-Za-z /&-]{1,30}:\s")  # "Tools: Go, SQL" under a job is not a new job


@dataclass(slots=True)
class Block:
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


def starts_entry(line: Line, upcoming: list[Line], block: Block | None) -> bool:
    """Does this non-bullet line open a new job?"""
    text = line.text
    if len(text) > MAX_HEADER_CHARS or text.endswith(":"):
        return False  # "**Key achievements:**" introduces bullets of the current job; no header is that long
    if line.kind == "heading":
        return True
    if line.bold or (line.lead_bold and not line.lead_bold.endswith(":") and len(line.lead_bold.split()) <= 12):
        return True
    if is_sentence(text) or LABEL.match(text):
        return False
    if find_date_range(text):
        return True
    if find_single_date(text) and re.search(r"[(|—–]", text) and (title_score(text) or employer_score(text)):
        return True  # "Junior Developer (Pixel Forge)   2013"
    if upcoming and is_short_text(upcoming[0]) and (find_date_range(upcoming[0].text) or _one_date(upcoming[0].text)):
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


def _one_date(text: str) -> bool:
    """ "Summer 2019", "Harvest 2011": a line that is one date and nothing else."""
    found = find_single_date(text)
    return found is not None and not re.search(r"[A-Za-z]{2,}", text[: found.span[0]] + text[found.span[1] :])


def _shaped_like_header(text: str, block: Block) -> bool:
    """ "Night Groom | Ballykeel Stud, Kildare | Spring 2025" after the bullets of "Stud Groom | Thornfield Stud |
    Aug 2025 to now": a dated line cut into as many parts, by the same separators, as the header of the job above."""
    if not block.header or not (find_date_range(text) or find_single_date(text)):
        return False
    first = block.header[0].text
    marks = SEPARATOR.findall(text)
    return len(marks) >= 2 and [m.strip() for m in marks] == [m.strip() for m in SEPARATOR.findall(first)]


def continues_header(line: Line, block: Block) -> bool:
    """Does this line add to the header block being read (the employer/location/dates line under a title)?"""
    if not block.header or block.employer_only or block.has_body or len(block.header) >= 4 or line.kind == "heading":
        return False
    if another_dated_header(line, block.header[0]) or (
        opens_with_dates(line.text) and opens_with_dates(block.header[0].text)
    ):
        return False  # two lines each opening with its dates are two jobs, the first without bullets
    if len(line.text) > MAX_HEADER_CHARS or is_sentence(line.text) or LABEL.match(line.text):
        return False
    if block.has_dates:
        return (
            is_location(line.text)
            or only_dates(block.header)  # "2019 – 2021" over "Engineer, Acme"
            or employer_line_under_title(line, block)
            or title_under_employer_line(line, block)
        )
    return len(block.header) < 3


def title_under_employer_line(line: Line, block: Block) -> bool:
    """ "*Front Office Manager*" under "**The Grand Hotel, Leeds** (80 rooms) · 2014 – 2018": the title, in italics,
    of the one job at the employer the dated bold line names."""
    if not block.header:
        return False  # a job given by labelled fields ("Employer: ...") has no header line
    head = block.header[0]
    whole_italic = line.kind == "text" and line.lead_italic == line.text
    return (
        len(block.header) == 1
        and whole_italic
        and bool(head.lead_bold)
        and not title_score(head.lead_bold, plurals=False)
    )


def employer_line_under_title(line: Line, block: Block) -> bool:
    """ "Office Manager   2016 – Present" over "Lakeside Family Dental, Springfield, Illinois": the employer line."""
    if employer_and_place(line.text) is None:
        return False
    fields = parse_entry_header([header.text for header in block.header])
    # "Lead Associate, Receiving   2019 – 2022": a name after the title's comma, with no mark of an organisation, is
    # the title's department when a line naming an organisation and its place follows.
    first = block.header[0].text if block.header else ""
    department = f"{fields.title}, {fields.employer}" in first and not employer_score(fields.employer)
    # "03/2019–now   Bookbinder (Buchbinderin)" over "Atelier Roth, Bern": its dates and one name, the post
    parts = [part.strip() for part in SEPARATOR.split(first) if part.strip()]
    one_name = opens_with_dates(first) and len(parts) == 2 and parts[1][:1].isupper()
    return one_name or (bool(fields.title) and (not fields.employer or department))


def employer_block(line: Line, following: list[Line]) -> Block | None:
    """An employer line over a role line (a stay's line may stand between): a block lending its name to the roles."""
    named = employer_line(line) or dated_employer_line(line)
    if following and (tenure_line(following[0]) or italic_aside(following[0]) or describes_business(following[0])):
        following = following[1:]
    if named is None or not following or not _a_role_follows(following, dated=bool(date_span(line.text))):
        named = indented_employer_line(line, following[0] if following else None)
    if named is None:
        return None
    employer, place = named
    labels = {"employer": employer} | ({"location": place} if place else {})
    return Block(labels=labels, employer_only=True, about_dates=find_date_range(line.text))


def _a_role_follows(following: list[Line], *, dated: bool) -> bool:
    """A role line or a dated role bullet ("- **Designer** — 2017 – 2021"); under a dated employer line, undated too."""
    after = following[1] if len(following) > 1 else None
    return (
        is_role_line(following[0])
        or (dated and undated_role_line(following[0]))
        or (following[0].kind == "bullet" and bullet_header(following[0], after, None) is not None)
    )


def about_employer(line: Line, block: Block | None) -> bool:
    """The first line under a complete "Title — Employer" header that says what the employer is."""
    return (
        block is not None
        and not block.has_body
        and not block.employer_only
        and not title_under_employer_line(line, block)
        and describes_employer(line, block.header)
    )
