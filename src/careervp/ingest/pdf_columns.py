"""Two-column PDF pages put back into reading order.

A designed CV often sets a sidebar (contact, skills, education) beside the main column (summary, experience), and
many are drawn row by row across both columns, so the order of the text in the file interleaves them: plain
extraction then joins a skill and a job title into one line ("SKILLS Senior Data Engineer"). pypdf's layout mode
keeps each line's horizontal position instead, so the columns stand side by side with a gutter of spaces between
them. Here the gutter is found (the same start position for the right-hand text on many lines, with no text
crossing it) and each column is read top to bottom, the left one first.

Layout mode drops some spaces a plain extraction keeps ("•Job" for "• Job"), and a file written column by column
(as LaTeX writes one) already extracts in reading order. So the columns are split only when the plain extraction
joins the two columns on one line; any other page keeps its plain extraction as it always did.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from dataclasses import dataclass

MIN_GAP = 3
"""Spaces between two columns on one line; a single or double space is a gap inside a sentence or a bullet."""
MIN_TWO_SIDED_LINES = 4
"""Lines with text on both sides of the gutter before a page counts as two columns (a few right-aligned dates do
not make a column)."""
MIN_SHARE_OF_LINES = 0.3
"""...and at least this share of the block's lines with text, so a page of prose with a table is left alone."""

_GAP_AFTER_TEXT = re.compile(rf"\S {{{MIN_GAP},}}(?=\S)")


@dataclass(frozen=True)
class ColumnBlock:
    """Lines `start` to `end` (exclusive) of a page hold two columns split at character position `gutter`."""

    start: int
    end: int
    gutter: int


def right_column_starts(line: str) -> list[int]:
    """Where text starts again after a gap of at least MIN_GAP spaces that follows other text on the line."""
    return [match.end() for match in _GAP_AFTER_TEXT.finditer(line)]


def _crosses(line: str, gutter: int) -> bool:
    """True when text runs across the gutter: the characters just before it are not all spaces."""
    return len(line) > gutter - MIN_GAP and line[max(0, gutter - MIN_GAP) : gutter].strip() != ""


def find_columns(lines: list[str]) -> ColumnBlock | None:
    """The longest run of lines split by one gutter, if it holds enough two-sided lines to be columns."""
    starts = Counter(start for line in lines for start in set(right_column_starts(line)))
    if not starts:
        return None
    gutter, two_sided = starts.most_common(1)[0]
    if two_sided < MIN_TWO_SIDED_LINES:
        return None
    best: ColumnBlock | None = None
    begin = 0
    for index in range(len(lines) + 1):
        if index == len(lines) or _crosses(lines[index], gutter):
            if best is None or index - begin > best.end - best.start:
                best = ColumnBlock(begin, index, gutter)
            begin = index + 1
    if best is None:
        return None
    block = lines[best.start : best.end]
    with_text = sum(1 for line in block if line.strip())
    sided = sum(1 for line in block if line[:gutter].strip() and line[gutter:].strip())
    if sided < MIN_TWO_SIDED_LINES or sided < MIN_SHARE_OF_LINES * with_text:
        return None
    return best


MIN_JOINED_ROWS = 2
"""Rows of the two columns that the plain extraction runs together into one line before the page is re-read."""
_SPACES = re.compile(r"\s+")


def _collapsed(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def joins_columns(plain_text: str, lines: list[str], block: ColumnBlock) -> bool:
    """True when the plain extraction puts text of both columns on one line ("SKILLS Senior Data Engineer")."""
    plain_lines = "\n".join(_collapsed(line) for line in plain_text.splitlines())
    rows = (lines[index] for index in range(block.start, block.end))
    joined = (
        f"{_collapsed(row[: block.gutter])} {_collapsed(row[block.gutter :])}"
        for row in rows
        if row[: block.gutter].strip() and row[block.gutter :].strip()
    )
    return sum(1 for both in joined if both in plain_lines) >= MIN_JOINED_ROWS


def _part(lines: list[str]) -> list[str]:
    """Lines of one column or band, moved to the left margin, with runs of blank lines made one."""
    kept: list[str] = []
    for line in textwrap.dedent("\n".join(lines)).splitlines():
        if line.strip() or (kept and kept[-1].strip()):
            kept.append(line.rstrip() if line.strip() else "")
    return kept


def reading_order(layout_text: str, plain_text: str) -> str | None:
    """The page with its two columns one after the other (bands above and below them kept in place), or None when
    the page is not set in columns the plain extraction runs together."""
    lines = layout_text.splitlines()
    block = find_columns(lines)
    if block is None or not joins_columns(plain_text, lines, block):
        return None
    columns = lines[block.start : block.end]
    parts = (
        lines[: block.start],
        [line[: block.gutter] for line in columns],
        [line[block.gutter :] for line in columns],
        lines[block.end :],
    )
    return "\n".join(line for part in parts for line in [*_part(part), ""]).strip("\n")
