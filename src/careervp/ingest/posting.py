"""Free-text job posting -> JobPosting.

Postings come with a "# Title" line and a "Company: X" line (the corpus format), with "Job title:" / "Company:"
labels anywhere near the top, or with neither, in which case the caller must say which company and role it is.
Sections are recognised by what their headings say ("What you'll do", "Requirements (must-have)", "Nice to have",
"What we offer"); requirements are the bullet items under them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careervp.ingest.errors import PostingReadError
from careervp.ingest.hygiene import strip_invisible
from careervp.ingest.keywords import extract_keywords
from careervp.ingest.locations import is_location
from careervp.ingest.markup import Line, parse_lines, plain_text
from careervp.ingest.normalise import normalise_text
from careervp.models.job import JobPosting
from careervp.vocabulary.cv_structure import POSTING_SECTION_CUES

MAX_POSTING_CHARS = 200_000

_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z /-]{1,30}):\s*(?P<value>\S.*)$")
_COMPANY_LABELS = {"company", "employer", "organisation", "organization", "company name", "hiring company"}
_TITLE_LABELS = {"job title", "title", "position", "role", "job", "position title", "job role"}
_LOCATION_LABELS = {"location", "locations", "based in", "office", "job location", "workplace"}
_URL = re.compile(r"https?://[^\s)>\]]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_REQUIREMENT_CUE = re.compile(
    r"\b(experience|years?|degree|proficien\w*|knowledge|familiar\w*|required|must|ability|skills?|certif\w*|"
    r"licen[cs]e)\b",
    re.IGNORECASE,
)
_LOCATION_HINT = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}, [A-Z]{2}\b|^(?:remote|hybrid|on-site|onsite)\b", re.I)


def _cue_pattern(cue: str) -> str:
    # Short cues ("us", "role") must be whole words; longer ones may be word stems ("responsibilit").
    return rf"(?<!\w){re.escape(cue)}" + (r"(?!\w)" if len(cue) <= 4 else "")


_SECTION_PATTERNS = [(kind, re.compile("|".join(_cue_pattern(c) for c in cues))) for kind, cues in POSTING_SECTION_CUES]


def section_kind(heading: str) -> str | None:
    """The posting section a heading introduces, or None when it is none of them."""
    lowered = " ".join(heading.lower().replace("’", "'").split()).rstrip(":")
    for kind, pattern in _SECTION_PATTERNS:
        if pattern.search(lowered):
            return kind
    return None


def _is_heading(line: Line) -> bool:
    if line.kind == "heading":
        return True
    if line.kind != "text" or len(line.text.split()) > 8:
        return False
    letters = [c for c in line.text if c.isalpha()]
    all_caps = len(letters) >= 3 and all(c.isupper() for c in letters)
    return line.bold or all_caps or (line.text.endswith(":") and not _LABEL.match(line.text))


def _label(line: Line) -> tuple[str, str] | None:
    match = _LABEL.match(line.text) if line.kind in ("text", "bullet") else None
    if not match:
        return None
    return match.group("label").strip().lower(), match.group("value").strip()


def _sentences(paragraphs: list[str]) -> list[str]:
    return [s.strip() for p in paragraphs for s in _SENTENCE.split(p) if s.strip()]


def _location_from(line: str) -> str | None:
    if len(line) > 300:
        return None
    for segment in re.split(r"\s+[·•|]\s+|\s+—\s+", line):
        if is_location(segment.strip()) or _LOCATION_HINT.search(segment):
            return segment.strip()
    return None


@dataclass(frozen=True)
class PostingText:
    """The posting's text as read (invisible characters gone, normalised) and its non-blank lines."""

    text: str
    lines: list[Line]


@dataclass(frozen=True)
class PostingTop:
    """What the top of a posting says: the title, company and location it names, and where its body starts."""

    title: str | None
    company: str | None
    location: str | None
    body_start: int


@dataclass
class PostingSections:
    """The body sorted by section kind ("must", "nice", "responsibilities", "about", "benefits", "other", None for
    text before any known heading): bullet items and paragraph lines apart, and a location found on the way."""

    bullets: dict[str | None, list[str]] = field(default_factory=dict)
    paragraphs: dict[str | None, list[str]] = field(default_factory=dict)
    location: str | None = None

    def items(self, section: str) -> list[str]:
        """A section's bullets, or its sentences when it has no bullets."""
        return self.bullets.get(section) or _sentences(self.paragraphs.get(section, []))


def posting_lines(text: str) -> PostingText:
    """Stage 1: the posting's lines, after the checks every posting must pass."""
    text = strip_invisible(text or "")
    if not text.strip():
        raise PostingReadError("The job posting is empty.")
    if len(text) > MAX_POSTING_CHARS:
        raise PostingReadError(f"The job posting is too long ({len(text):,} characters; limit {MAX_POSTING_CHARS:,}).")
    text = normalise_text(text)  # postings are pasted from the same word processors and PDFs as CVs
    return PostingText(text, [line for line in parse_lines(text) if line.kind != "blank"])


def _scan_labels(content: list[Line]) -> tuple[str | None, str | None, str | None, int]:
    """Company, title and location labels among the first lines, and how many lines the top of the posting takes:
    "# Title", "Company: X", labels, a "City, ST · Full-time" line."""
    company: str | None = None
    title: str | None = None
    location: str | None = None
    end = 0
    for index, line in enumerate(content[:8]):
        label = _label(line)
        if label and label[0] in _COMPANY_LABELS:
            company = company or label[1]
        elif label and label[0] in _TITLE_LABELS:
            title = title or label[1]
        elif label and label[0] in _LOCATION_LABELS:
            location = location or _location_from(label[1]) or label[1]
        elif index == 0 and line.kind == "heading":
            pass
        elif location is None and line.kind == "text" and len(line.text.split()) <= 30 and _location_from(line.text):
            location = _location_from(line.text)
        elif index == 0 and line.kind == "text" and len(line.text) < 80 and not line.text.endswith((".", ":")):
            pass  # perhaps a title line, decided by read_top
        else:
            break
        end = index + 1
    return company, title, location, end


def read_top(content: list[Line]) -> PostingTop:
    """Stage 2: the title, company and location the top of the posting gives, and where the body starts."""
    company, title, location, end = _scan_labels(content)
    first_heading = content[0].text if content and content[0].kind == "heading" else None
    labelled = _LABEL.match(first_heading) if first_heading else None
    if labelled and labelled.group("label").strip().lower() in _TITLE_LABELS:
        first_heading = labelled.group("value").strip()  # "# Job title: Welder"
    opener_is_title = False
    if title is None and first_heading and (company or section_kind(first_heading) is None):
        title, opener_is_title = first_heading, True
    first_text = content[0].text if content and content[0].kind == "text" and end else None
    if title is None and company and first_text and len(first_text) < 80:
        title = first_text  # "Senior Engineer" over "Company: Acme"
    opener = content[0] if content else None
    if (
        opener
        and not opener_is_title
        and opener.text != title
        and _label(opener) is None
        and _location_from(opener.text) is None
    ):
        end = 0  # the first line opens the posting's body, not its title
    return PostingTop(title=title, company=company, location=location, body_start=end)


def sort_body(body: list[Line], location: str | None) -> PostingSections:
    """Stage 3: every body line under the section its heading opens; labels repeated in the body are dropped."""
    sections = PostingSections(location=location)
    kind: str | None = None
    for line in body:
        if _is_heading(line):
            kind = section_kind(line.text)
            if kind is None and not line.text.endswith(":") and line.kind == "heading":
                kind = "other"
            continue
        label = _label(line)
        if label and label[0] in _LOCATION_LABELS and sections.location is None:
            sections.location = _location_from(label[1]) or label[1]
            continue
        if label and label[0] in _COMPANY_LABELS | _TITLE_LABELS:
            continue
        target = sections.bullets if line.kind == "bullet" else sections.paragraphs
        target.setdefault(kind, []).append(line.text if line.kind != "row" else " | ".join(line.cells))
    return sections


def must_haves(sections: PostingSections) -> list[str]:
    """The requirements: the "Requirements" section; without one, bullets outside any known section, else the
    sentences that sound like requirements."""
    must_have = sections.items("must")
    if not must_have:
        must_have = sections.bullets.get(None, []) + sections.bullets.get("other", [])
    if not must_have:
        unsorted = _sentences(sections.paragraphs.get(None, []) + sections.paragraphs.get("other", []))
        must_have = [s for s in unsorted if _REQUIREMENT_CUE.search(s)]
    return must_have


def _target(top: PostingTop, company_name: str | None, job_title: str | None) -> tuple[str, str]:
    company = (company_name or "").strip() or top.company
    title = (job_title or "").strip() or top.title
    missing = [what for what, value in (("company name", company), ("job title", title)) if not value]
    if missing or company is None or title is None:
        raise PostingReadError(
            f"The job posting does not state the {' or the '.join(missing)}; give "
            f"{' and '.join(m.replace(' ', '_') for m in missing)} explicitly."
        )
    return company, title


def read_posting(text: str, *, company_name: str | None = None, job_title: str | None = None) -> JobPosting:
    """Read a posting; `company_name` / `job_title` given by the caller win over what the text says.

    Raises PostingReadError when the text is empty or too long, or when the company or the title is neither in
    the text nor given. The stages: lines -> the top (title, company, location) -> the body by section ->
    requirement lists.
    """
    posting = posting_lines(text)
    top = read_top(posting.lines)
    company, title = _target(top, company_name, job_title)
    sections = sort_body(posting.lines[top.body_start :], top.location)
    must_have = must_haves(sections)
    responsibilities = sections.items("responsibilities")
    nice_to_have = sections.items("nice")
    url = _URL.search(posting.text)
    return JobPosting(
        company_name=company,
        job_title=title,
        about=sections.paragraphs.get("about", []) + sections.bullets.get("about", []),
        responsibilities=responsibilities,
        must_have=must_have,
        nice_to_have=nice_to_have,
        benefits=sections.items("benefits"),
        keywords=extract_keywords(
            [title, *responsibilities, *must_have, *nice_to_have],
            company_name=company,
            location=sections.location,
        ),
        location=sections.location,
        url=url.group(0) if url else None,
        raw_text=plain_text(posting.text),
    )
