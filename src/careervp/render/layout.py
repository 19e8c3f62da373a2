"""The parts of a business letter, worked out once so every format lays out the same letter.

Writers usually produce the greeting and the sign-off themselves ("Dear Hiring Manager," ... "Kind regards,\\nName");
sometimes they do not. Splitting the stored text into greeting / body / closing here means no format ever prints a
greeting twice or leaves one out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from careervp.models.cv import Person
from careervp.models.records import LetterRecord

DEFAULT_GREETING = "Dear Hiring Manager,"
DEFAULT_CLOSING = "Kind regards,"

_GREETING_RE = re.compile(r"^(dear|to whom|hello|hi|greetings)\b.*[,:!]?\s*$", re.IGNORECASE)
# A sign-off is a short line such as "Sincerely," or "With best regards," near the end of the letter.
_CLOSING_RE = re.compile(
    r"^(sincerely|yours\b.*|(with\s+)?(kind|best|warm|warmest)?\s*regards|best|thank you|thanks|respectfully|cordially)"
    r"[,.!]?\s*$",
    re.IGNORECASE,
)
_MAX_CLOSING_LINES_FROM_END = 3


@dataclass(frozen=True)
class LetterLayout:
    sender_name: str
    contact_lines: list[str]
    date_line: str
    recipient_lines: list[str]
    greeting: str
    paragraphs: list[str]
    closing: str
    signature: str
    title: str


def format_date(moment: datetime) -> str:
    """'14 March 2026': unambiguous on both sides of the Atlantic, and independent of the server's locale."""
    return f"{moment.day} {moment:%B} {moment.year}"


def contact_lines(person: Person) -> list[str]:
    lines = [value for value in (person.headline, person.location, person.email, person.phone) if value]
    lines.extend(link for link in person.links[:2] if link)
    return [line.strip() for line in lines if line.strip()]


def split_paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; single newlines inside a paragraph are soft wraps and become spaces."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n\s*\n", normalised)
    return [" ".join(line.strip() for line in block.split("\n") if line.strip()) for block in blocks if block.strip()]


def layout_letter(letter: LetterRecord, candidate: Person) -> LetterLayout:
    lines = [line.strip() for line in letter.content.replace("\r\n", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()

    greeting = DEFAULT_GREETING
    if lines and len(lines[0]) <= 80 and _GREETING_RE.match(lines[0]):
        greeting = lines.pop(0)

    closing, signature = DEFAULT_CLOSING, candidate.name
    non_empty = [i for i, line in enumerate(lines) if line]
    for index in reversed(non_empty[-_MAX_CLOSING_LINES_FROM_END:]):
        if _CLOSING_RE.match(lines[index]):
            closing = lines[index]
            trailing = [line for line in lines[index + 1 :] if line]
            signature = " ".join(trailing) if trailing else candidate.name
            lines = lines[:index]
            break

    return LetterLayout(
        sender_name=candidate.name,
        contact_lines=contact_lines(candidate),
        date_line=format_date(letter.created_at),
        recipient_lines=[f"Hiring Team, {letter.company_name}", f"Re: {letter.job_title}"],
        greeting=greeting,
        paragraphs=split_paragraphs("\n".join(lines)),
        closing=closing,
        signature=signature or candidate.name,
        title=f"Cover letter - {letter.job_title} at {letter.company_name}",
    )
