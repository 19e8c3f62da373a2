"""Markdown / plain text -> a flat list of typed lines.

Every text-based reader (Markdown, plain text, and the text extracted from PDF and DOCX) goes through here, so the
CV parser above it sees one shape: headings, bullets, text lines and table rows, with inline markup stripped.
Tables used for page layout (two columns of contact details, skills and education) are flattened into headings and
lines; tables of data (Dates | Employer | Title) are kept as rows labelled with their column meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

LineKind = Literal["heading", "bullet", "text", "row", "blank"]

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$")
_BULLET = re.compile(r"^(\s*)(?:[-*+•·▪◦‣●○■□➢➤►✓✔❖–—]|\d{1,2}[.)])\s+(.*\S)\s*$")
_NUMBER_LABEL = re.compile(r"^(\s*)\d{1,2}[.)]\s+")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_LETTERED = re.compile(r"^(\s*)(?:[a-h]\)|\([a-h]\)|\((?:i|ii|iii|iv|v|vi)\))\s+(\S.*)$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BOLD_WHOLE = re.compile(r"^(\*\*|__)(?P<inner>.+?)\1\s*:?\s*$")
_BOLD_LEAD = re.compile(r"^(\*\*|__)(?P<inner>.+?)\1")
_ITALIC_LEAD = re.compile(r"^(?P<mark>[*_])(?=[^*_\s])(?P<inner>[^*_]+?)(?<=\S)(?P=mark)(?![*_\w])")
_IMAGE = re.compile(r"!\[([^\[\]]{0,300})\]\([^()]{0,1000}\)")
_LINK = re.compile(r"\[([^\[\]]{1,300})\]\(([^()\s]{1,1000})(?:\s+\"[^\"]{0,300}\")?\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])")
_CODE = re.compile(r"`([^`]*)`")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")
_MAX_COLUMNS = 40
_BLOCKQUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LEAD_MARK = re.compile(r"\s*(?:[-*+•·▪◦‣●○■□➢➤►✓✔❖–—]|\d{1,2}[.)])\s+")
_COLUMN_GAP = re.compile(r"(?<=\S)[ \u00a0\u2007\u202f]{3,}(?=\S)")

# Column names of data tables, mapped to the field they hold.
_COLUMN_FIELDS: dict[str, str] = {
    "dates": "dates",
    "date": "dates",
    "period": "dates",
    "years": "dates",
    "duration": "dates",
    "when": "dates",
    "from - to": "dates",
    "employer": "employer",
    "company": "employer",
    "organisation": "employer",
    "organization": "employer",
    "employer / company": "employer",
    "where": "employer",  # beside "When" and "Role": the organisation (and its town)
    "at": "employer",
    "title": "title",
    "job title": "title",
    "role": "title",
    "position": "title",
    "location": "location",
    "city": "location",
    "place": "location",
    "degree": "degree",
    "qualification": "degree",
    "institution": "institution",
    "school": "institution",
    "university": "institution",
    "college": "institution",
    "rank": "title",  # a seafarer's or a soldier's post
    "sign on": "start",  # a sea-service record: the days a seafarer joined and left a ship
    "sign off": "end",
    "signed on": "start",
    "signed off": "end",
    "from": "start",
    "to": "end",
    "start date": "start",
    "end date": "end",
    "year": "year",
    "graduated": "year",
    "graduation": "year",
    "field": "field",
    "major": "field",
    "subject": "field",
    "field of study": "field",
    "certification": "name",
    "certificate": "name",
    "licence": "name",
    "license": "name",
    "issuer": "issuer",
    "what": "work",  # beside "When" and "Where": the post, then what was done ("Relief shepherd. 2,400 ewes.")
    "highlights": "achievements",
    "achievements": "achievements",
    "key achievements": "achievements",
    "responsibilities": "achievements",
    "description": "achievements",
    "issued by": "issuer",
    "awarded by": "issuer",
}


# A column naming both the employer and the role ("Employer · Title", "Role / Company"): its cells are job headers.
_BOTH_WORDS = (("employer", "company", "organi", "firm"), ("title", "role", "position", "job"))
# Words of a column that says what was done in the job ("What I did", "Key results", "Duties").
_WORK_WORDS = ("did", "dut", "detail", "result", "impact", "accomplish", "highlight", "responsib", "achiev", "summary")


def _column_field(name: str) -> str:
    """What a data-table column holds, by its header: exact names first, then a telling word inside it."""
    lowered = name.lower().strip().rstrip(":")
    if lowered in _COLUMN_FIELDS:
        return _COLUMN_FIELDS[lowered]
    if all(any(word in lowered for word in words) for words in _BOTH_WORDS):
        return "header"
    if any(word in lowered for word in _WORK_WORDS):
        return "achievements"
    for word, column in (
        ("title", "title"),
        ("role", "title"),
        ("position", "title"),
        ("company", "employer"),
        ("employer", "employer"),
        ("organi", "employer"),
        ("org.", "employer"),  # "Org. / Location"
        ("date", "dates"),
        ("period", "dates"),
        ("degree", "degree"),
        ("institution", "institution"),
        ("school", "institution"),
        ("universit", "institution"),  # "Board / University"
        ("institut", "institution"),
        ("college", "institution"),
    ):
        if word in lowered:
            return column
    return ""


@dataclass(frozen=True, slots=True)
class Line:
    """One logical line of a CV. `level` 0 on a heading means "made from a layout table": always a section.

    `lead_bold` / `lead_italic` hold the emphasised words a text line opens with ("**Acme Corp**, Boston",
    "*Senior Engineer* | 2019 – 2021"): authors mark the name of an employer or a role that way.
    """

    kind: LineKind
    text: str = ""
    level: int = 0
    bold: bool = False
    lead_bold: str = ""
    lead_italic: str = ""
    indent: int = 0
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = field(default=())


def strip_inline(text: str) -> str:
    """Remove Markdown/HTML inline markup, keeping every word and number."""
    text = _BR.sub(" ", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} ({m.group(2)})", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):  # nested emphasis (***x***)
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS_STAR.sub(r"\1", text)
        text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    text = _HTML_TAG.sub(" ", text)
    text = _ESCAPE.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def _split_row(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", body)]


def _is_table_start(lines: list[str], i: int) -> bool:
    line = lines[i].strip()
    if line.count("|") > _MAX_COLUMNS:
        return False  # no CV has a table this wide; reading it as text bounds the work
    if line.startswith("|") and line.count("|") >= 2:
        return True
    return "|" in line and i + 1 < len(lines) and bool(_TABLE_SEPARATOR.match(lines[i + 1])) and "-" in lines[i + 1]


def _parse_plain(raw: str) -> Line:
    """A non-table line: heading, bullet, blank or text."""
    if not raw.strip() or _RULE.match(raw):
        return Line("blank")
    heading = _ATX.match(raw)
    if heading:
        inner = heading.group(2)
        return Line("heading", strip_inline(inner), level=len(heading.group(1)), bold=bool(_BOLD_WHOLE.match(inner)))
    lettered = _LETTERED.match(raw)
    if lettered:  # "a) Shift Manager — 2019 to 2021": a sub-entry's letter labels the line, it is no bullet
        raw = lettered.group(1) + lettered.group(2)
    bullet = _BULLET.match(raw)
    if bullet and not raw.lstrip().startswith("**"):
        return Line("bullet", strip_inline(bullet.group(2)), indent=len(bullet.group(1).expandtabs(4)))
    stripped = raw.strip()
    whole = _BOLD_WHOLE.match(stripped)
    lead = _BOLD_LEAD.match(stripped)
    italic = _ITALIC_LEAD.match(stripped)
    indent = len(raw) - len(raw.lstrip())
    return Line(
        "text",
        strip_inline(stripped),
        bold=bool(whole),
        lead_bold=strip_inline(lead.group("inner")) if lead else "",
        lead_italic=strip_inline(italic.group("inner")) if italic else "",
        indent=indent,
    )


def _aligned_columns(raw: str) -> str:
    """ "2019–22      Fitter      Acme Ltd": a dated line's columns aligned with runs of spaces, cut with "|" as a
    table's cells are; the spaces after a bullet's mark stay spaces. An undated line keeps its gaps: a PDF may set a
    tab between two words of one phrase ("Proficient in<TAB>Windows")."""
    if not _YEAR.search(raw):
        return raw
    lead = _LEAD_MARK.match(raw)
    start = lead.end() if lead else 0
    return raw[:start] + _COLUMN_GAP.sub(" | ", raw[start:])


def _numbered_header(raw: str, following: list[str]) -> bool:
    """ "1. Harbour View Hotel, Galle" over indented lines that are not bullets ("   Night Auditor — 2015 to 2018"):
    the number labels an entry whose parts follow, not a bullet of its own."""
    if not _NUMBERED.match(raw) or raw.rstrip().endswith("."):
        return False
    below = next((line for line in following if line.strip()), "")
    indent = len(raw) - len(raw.lstrip())
    return len(below) - len(below.lstrip()) > indent and not _BULLET.match(below)


def _is_heading_cell(raw_cell: str) -> bool:
    text = strip_inline(raw_cell)
    if not text or len(text.split()) > 5:
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(_BOLD_WHOLE.match(raw_cell.strip())) or (bool(letters) and all(c.isupper() for c in letters))


def _cell_lines(raw_cell: str) -> list[Line]:
    return [line for piece in _BR.split(raw_cell) if (line := _parse_plain(piece)).kind != "blank"]


def _linearise_table(header: list[str] | None, rows: list[list[str]]) -> list[Line]:
    """Turn one Markdown table into lines, according to what the table is for."""
    header_text = [strip_inline(cell) for cell in header or []]
    fields = tuple(_column_field(h) for h in header_text)
    if sum(1 for f in fields if f) >= 2:  # a data table: Dates | Employer | Title | Location
        # Cells keep their <br> breaks as newlines: a "Highlights" cell holds one achievement per line.
        return [
            Line("row", " | ".join(c.replace("\n", " ") for c in cells), cells=tuple(cells), header=fields)
            for row in rows
            if any(cells := ["\n".join(filter(None, (strip_inline(p) for p in _BR.split(cell)))) for cell in row])
        ]
    out: list[Line] = []
    has_breaks = any(_BR.search(cell) for row in rows for cell in row)
    two_columns = all(len(row) == 2 for row in rows) and (header is None or len(header) == 2)
    if two_columns and not has_breaks and all(row[0] and len(strip_inline(row[0]).split()) <= 5 for row in rows):
        # A key/value table (Email | x, or Area | Details): one "Key: value" line per row.
        if header_text and header_text[0] and not header_text[1]:
            out.append(Line("heading", header_text[0], level=0))
        out.extend(Line("text", f"{strip_inline(key)}: {strip_inline(value)}") for key, value in rows)
        return out
    bold_header = header is not None and all(_BOLD_WHOLE.match(cell.strip()) for cell in header if cell.strip())
    if has_breaks or bold_header:
        # A layout table: each column is a section whose heading sits above it.
        headings = header_text
        for row in rows:
            if all(_is_heading_cell(cell) for cell in row if cell.strip()) and any(cell.strip() for cell in row):
                headings = [strip_inline(cell) for cell in row]
                continue
            for index, cell in enumerate(row):
                if not cell.strip():
                    continue
                if index < len(headings) and headings[index]:
                    out.append(Line("heading", headings[index], level=0))
                out.extend(_cell_lines(cell))
        return out
    # Anything else: each row becomes a text line, cells joined the way people write "Title | Employer | dates".
    return [
        Line("text", " | ".join(cell for cell in cells if cell))
        for row in rows
        if any(cells := [strip_inline(cell) for cell in row])
    ]


def _collect_table(lines: list[str], start: int) -> tuple[list[Line], int]:
    """Parse the table starting at `start`; return its lines and the index after it."""
    raw_rows: list[str] = []
    i = start
    while i < len(lines) and lines[i].strip() and "|" in lines[i] and lines[i].count("|") <= _MAX_COLUMNS:
        raw_rows.append(lines[i])
        i += 1
    header: list[str] | None = None
    body = raw_rows
    if len(raw_rows) >= 2 and _TABLE_SEPARATOR.match(raw_rows[1]):
        header, body = _split_row(raw_rows[0]), raw_rows[2:]
    rows = [_split_row(row) for row in body if not _TABLE_SEPARATOR.match(row)]
    return _linearise_table(header, rows), i


def _merge_continuations(parsed: list[Line]) -> list[Line]:
    """Join wrapped bullet lines (PDF text, hard-wrapped plain text) back onto their bullet."""
    out: list[Line] = []
    for line in parsed:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind == "bullet"
            and line.kind == "text"
            and not line.bold
            and not line.lead_bold
            and (line.indent > previous.indent or (line.text[:1].islower() and not previous.text.endswith(".")))
        ):
            out[-1] = Line("bullet", f"{previous.text} {line.text}", indent=previous.indent)
            continue
        out.append(line)
    return out


def parse_lines(source: str) -> list[Line]:
    """Split Markdown or plain text into typed lines (see module docstring)."""
    raw_lines = source.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").split("\n")
    lines: list[str] = []
    for raw in raw_lines:
        raw = _BLOCKQUOTE.sub("", raw)  # "> text" is text
        raw = raw if "|" in raw else _aligned_columns(raw)
        lines.extend([raw] if "|" in raw else _BR.split(raw))  # <br> outside a table is a line break
    parsed: list[Line] = []
    i = 0
    while i < len(lines):
        raw = lines[i]
        if _is_table_start(lines, i):
            table_lines, i = _collect_table(lines, i)
            parsed.extend(table_lines)
            continue
        setext = _SETEXT.match(lines[i + 1]) if i + 1 < len(lines) else None
        current = _parse_plain(raw)
        if current.kind == "bullet" and _numbered_header(raw, lines[i + 1 : i + 3]):
            current = _parse_plain(_NUMBER_LABEL.sub(r"\1", raw))
        if setext and current.kind == "text" and raw.strip():
            level = 1 if setext.group(1).startswith("=") else 2
            parsed.append(Line("heading", current.text, level=level, bold=current.bold))
            i += 2
            continue
        parsed.append(current)
        i += 1
    return _merge_continuations(parsed)


def plain_text(source: str) -> str:
    """The whole source as searchable text: markup stripped, table cells kept, every word and number kept."""
    out: list[str] = []
    for raw in source.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        raw = _BLOCKQUOTE.sub("", raw)
        if (_TABLE_SEPARATOR.match(raw) and "-" in raw) or _SETEXT.match(raw) or _RULE.match(raw):
            continue
        stripped = raw.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            cells = [" · ".join(strip_inline(p) for p in _BR.split(cell)) for cell in _split_row(stripped)]
            text = " | ".join(cell for cell in cells if cell)
        else:
            heading = _ATX.match(raw)
            bullet = _BULLET.match(raw)
            if heading:
                text = strip_inline(heading.group(2))
            elif bullet and not stripped.startswith("**"):
                text = "- " + strip_inline(bullet.group(2))
            else:
                text = strip_inline(raw)
        if text or (out and out[-1]):
            out.append(text)
    return "\n".join(out).strip()
