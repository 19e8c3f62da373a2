"""Page numbers and running headers and footers, removed from the text of each PDF page.

A PDF has no notion of a header or a footer: they are text like any other, and word processors often draw them
before the body, so they come out of the extraction at the top of the page. Left in, a page number "2" reads as the
candidate's name and a footer "Dana Whitfield – CV – Confidential" splits a job in two. They are told apart by
where they sit (the first or last few lines of a page) and by what they are: a page number, or a short line that
recurs at the edge of several pages (its page number aside, so "CV – Page 1" and "CV – Page 2" are one line).
"""

from __future__ import annotations

import re

EDGE_LINES = 3  # lines at the top and at the bottom of a page where headers, footers and page numbers sit
_MAX_FURNITURE_CHARS = 120
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:page|pg\.?|p\.)\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?(?:\s*[-–—])?$"
    r"|^\d{1,3}\s*\|\s*page$",
    re.IGNORECASE,
)
# The page number in a running line ("Dana Whitfield – CV – Page 2", "2 | Dana Whitfield") changes page to page.
_NUMBER_IN_RUNNING_LINE = re.compile(
    r"^\d{1,3}\b|\b\d{1,3}$|(?<=page )\d{1,3}\b|\b\d{1,3}(?= of \d)|(?<= of )\d{1,3}\b"
)
_BULLET = re.compile(r"^[-*•·▪◦‣●○■□➢➤►✓✔❖]")
_SPACES = re.compile(r"\s+")


def is_page_number(text: str) -> bool:
    """ "2", "Page 2 of 3", "- 2 -", "2 / 3", "2 | Page"."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def _key(text: str) -> str:
    return _NUMBER_IN_RUNNING_LINE.sub("#", _SPACES.sub(" ", text.strip().lower()))


def _edge_indices(lines: list[str]) -> list[int]:
    filled = [index for index, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Keys of short lines found at the edge of at least two pages and of half the pages or more."""
    seen: dict[str, int] = {}
    for lines in pages:
        keys = {
            _key(lines[i])
            for i in _edge_indices(lines)
            if len(lines[i].strip()) <= _MAX_FURNITURE_CHARS and not _BULLET.match(lines[i].strip())
        }
        for key in keys:
            seen[key] = seen.get(key, 0) + 1
    needed = max(2, (len(pages) + 1) // 2)
    return {key for key, count in seen.items() if count >= needed and key}


def _is_repeated_name(lines: list[str], index: int) -> bool:
    """The first line of the document repeated as a running header is the candidate's name: it stays there."""
    text = lines[index].strip()
    first = next(i for i, line in enumerate(lines) if line.strip())
    return index == first and not any(ch.isdigit() for ch in text) and len(text.split()) <= 5


def strip_page_furniture(pages: list[str]) -> list[str]:
    """Each page's text without its page number and the running headers and footers shared with other pages."""
    split = [page.split("\n") for page in pages]
    running = _running_lines(split) if len(split) > 1 else set()
    cleaned: list[str] = []
    for number, lines in enumerate(split):
        drop = {
            i
            for i in _edge_indices(lines)
            if is_page_number(lines[i])
            or (_key(lines[i]) in running and not (number == 0 and _is_repeated_name(lines, i)))
        }
        cleaned.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return cleaned
