"""Free-text job posting -> JobPosting.

Postings come with a "# Title" line and a "Company: X" line (the corpus format), with "Job title:" / "Company:"
labels anywhere near the top, or with neither, in which case the caller must say which company and role it is.
Sections are recognised by what their headings say ("What you'll do", "Requirements (must-have)", "Nice to have",
"What we offer"); requirements are the bullet items under them.
"""

from __future__ import annotations

import re

from careervp.ingest.entry_header import is_location
from careervp.ingest.errors import PostingReadError
from careervp.ingest.hygiene import strip_invisible
from careervp.ingest.keywords import extract_keywords
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


def read_posting(text: str, *, company_name: str | None = None, job_title: str | None = None) -> JobPosting:
    """Read a posting; `company_name` / `job_title` given by the caller win over what the text says.

    Raises PostingReadError when the text is empty or too long, or when the company or the title is neither in
    the text nor given.
    """
    text = strip_invisible(text or "")
    if not text.strip():
        raise PostingReadError("The job posting is empty.")
    if len(text) > MAX_POSTING_CHARS:
        raise PostingReadError(f"The job posting is too long ({len(text):,} characters; limit {MAX_POSTING_CHARS:,}).")
    text = normalise_text(text)  # postings are pasted from the same word processors and PDFs as CVs
    lines = parse_lines(text)
    content = [line for line in lines if line.kind != "blank"]
    found_title: str | None = None
    found_company: str | None = None
    location: str | None = None
    preamble_end = 0
    # The top of the posting: "# Title", "Company: X", labels, a "City, ST · Full-time" line.
    first_heading = content[0].text if content and content[0].kind == "heading" else None
    for index, line in enumerate(content[:8]):
        label = _label(line)
        if label and label[0] in _COMPANY_LABELS:
            found_company = found_company or label[1]
        elif label and label[0] in _TITLE_LABELS:
            found_title = found_title or label[1]
        elif label and label[0] in _LOCATION_LABELS:
            location = location or _location_from(label[1]) or label[1]
        elif index == 0 and line.kind == "heading":
            pass
        elif location is None and line.kind == "text" and len(line.text.split()) <= 30 and _location_from(line.text):
            location = _location_from(line.text)
        elif index == 0 and line.kind == "text" and len(line.text) < 80 and not line.text.endswith((".", ":")):
            pass  # perhaps a title line, decided below
        else:
            break
        preamble_end = index + 1
    labelled = _LABEL.match(first_heading) if first_heading else None
    if labelled and labelled.group("label").strip().lower() in _TITLE_LABELS:
        first_heading = labelled.group("value").strip()  # "# Job title: Welder"
    opener_is_title = False
    if found_title is None and first_heading and (found_company or section_kind(first_heading) is None):
        found_title, opener_is_title = first_heading, True
    first_text = content[0].text if content and content[0].kind == "text" and preamble_end else None
    if found_title is None and found_company and first_text and len(first_text) < 80:
        found_title = first_text  # "Senior Engineer" over "Company: Acme"
    opener = content[0] if content else None
    if (
        opener
        and not opener_is_title
        and opener.text != found_title
        and _label(opener) is None
        and _location_from(opener.text) is None
    ):
        preamble_end = 0  # the first line opens the posting's body, not its title
    company = (company_name or "").strip() or found_company
    title = (job_title or "").strip() or found_title
    missing = [what for what, value in (("company name", company), ("job title", title)) if not value]
    if missing or company is None or title is None:
        raise PostingReadError(
            f"The job posting does not state the {' or the '.join(missing)}; give "
            f"{' and '.join(m.replace(' ', '_') for m in missing)} explicitly."
        )

    bullets: dict[str | None, list[str]] = {}
    paragraphs: dict[str | None, list[str]] = {}
    kind: str | None = None
    for line in content[preamble_end:]:
        if _is_heading(line):
            kind = section_kind(line.text)
            if kind is None and not line.text.endswith(":") and line.kind == "heading":
                kind = "other"
            continue
        label = _label(line)
        if label and label[0] in _LOCATION_LABELS and location is None:
            location = _location_from(label[1]) or label[1]
            continue
        if label and label[0] in _COMPANY_LABELS | _TITLE_LABELS:
            continue
        target = bullets if line.kind == "bullet" else paragraphs
        target.setdefault(kind, []).append(line.text if line.kind != "row" else " | ".join(line.cells))

    def items(section: str) -> list[str]:
        return bullets.get(section) or _sentences(paragraphs.get(section, []))

    must_have = items("must")
    if not must_have:  # no "Requirements" heading: bullets outside any known section, else requirement sentences
        must_have = bullets.get(None, []) + bullets.get("other", [])
    if not must_have:
        unsorted = _sentences(paragraphs.get(None, []) + paragraphs.get("other", []))
        must_have = [s for s in unsorted if _REQUIREMENT_CUE.search(s)]
    responsibilities = items("responsibilities")
    nice_to_have = items("nice")
    url = _URL.search(text)
    return JobPosting(
        company_name=company,
        job_title=title,
        about=paragraphs.get("about", []) + bullets.get("about", []),
        responsibilities=responsibilities,
        must_have=must_have,
        nice_to_have=nice_to_have,
        benefits=items("benefits"),
        keywords=extract_keywords(
            [title, *responsibilities, *must_have, *nice_to_have], company_name=company, location=location
        ),
        location=location,
        url=url.group(0) if url else None,
        raw_text=plain_text(text),
    )
