"""The person at the top of a CV: name (credentials moved to the headline), contact details, links."""

from __future__ import annotations

import re

from careervp.ingest.dates import find_date_range
from careervp.ingest.locations import is_location
from careervp.ingest.markup import Line
from careervp.ingest.page_furniture import is_page_number
from careervp.models.cv import Person

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<![\w/])\+?\(?\d[\d\s().-]{5,}\d(?![\w/])")
_LINK = re.compile(
    r"(?<![@\w.-])(?:https?://\S+|(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\."
    r"(?:com|org|net|io|dev|me|co|ai|app|info|site|page|xyz|tech|uk|de|ca|eu)(?:/[^\s|,;)]*)?)(?![\w@])"
)
_CONTACT_SPLIT = re.compile(r"\s+[|·•—–]\s+|\s*\|\s*|\s{2,}|\s+-\s+")
_CREDENTIAL = re.compile(r"^[A-Z][A-Za-z.\-]{0,9}$")
_NOT_A_NAME = re.compile(r"^(?:curriculum vitae|resume|résumé|cv)$", re.IGNORECASE)
_LABELLED = re.compile(r"^(?P<label>[A-Za-z ]{2,20}):\s*(?P<value>.+)$")


def _title_case(name: str) -> str:
    """ "MARY-JO O'NEILL" -> "Mary-Jo O'Neill", 'ROBERT "BOB" LEE' -> 'Robert "Bob" Lee': each run of letters of a
    name set in capitals starts with a capital, whatever stands before it (a hyphen, an apostrophe, a quote)."""
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return re.sub(r"[^\W\d_]+", lambda run: run.group(0).capitalize(), " ".join(name.split()))
    return name


def _split_name(text: str) -> tuple[str, list[str]]:
    """ "GRACE ADEYEMI, BSN, RN" -> ("Grace Adeyemi", ["BSN", "RN"])."""
    first = _CONTACT_SPLIT.split(text)[0].strip()
    parts = [p.strip() for p in first.split(",")]
    name, credentials = parts[0], [p for p in parts[1:] if p]
    if credentials and not all(_CREDENTIAL.match(c) for c in credentials):
        name, credentials = first, []
    return _title_case(name), credentials


def find_phone(text: str) -> str | None:
    for match in _PHONE.finditer(text):
        candidate = match.group(0).strip(" .-")
        digits = re.sub(r"\D", "", candidate)
        if 7 <= len(digits) <= 15 and not find_date_range(candidate):
            return candidate
    return None


def find_links(text: str) -> list[str]:
    links = []
    for match in _LINK.finditer(text):
        link = match.group(0).rstrip(".")
        if link not in links and not EMAIL.fullmatch(link):
            links.append(link)
    return links


def _is_contact_line(text: str) -> bool:
    return bool(EMAIL.search(text) or find_phone(text) or _LINK.search(text)) or any(
        is_location(p) for p in _CONTACT_SPLIT.split(text)
    )


_HEAD_LINES = 6  # the name is among the first lines of a CV


def _is_noise(text: str) -> bool:
    """A line with nothing of the person in it: "2", "Page 1 of 2", "Curriculum Vitae", a rule of dashes."""
    return bool(_NOT_A_NAME.match(text.strip())) or not any(ch.isalpha() for ch in text) or is_page_number(text)


def _could_be_name(text: str) -> bool:
    if _is_noise(text):
        return False
    name = _CONTACT_SPLIT.split(text)[0].strip()
    return bool(name) and not _is_contact_line(name) and not any(ch.isdigit() or ch == "@" for ch in name)


def _name_index(content: list[Line]) -> int:
    """Where the name is: the first head line that can be a name (not a page number, a label or contact details).

    A document whose head holds no such line keeps its first line, as before: the reader never invents a name.
    """
    return next((i for i, line in enumerate(content[:_HEAD_LINES]) if _could_be_name(line.text)), 0)


def read_person(header: list[Line], contact: list[Line]) -> tuple[Person, list[str]]:
    """The person, plus header lines that were neither name, headline nor contact (possible summary text)."""
    content = [line for line in header if line.kind != "blank"]
    start = _name_index(content)
    # Lines above the name (a page number, a contact line set above it) are details, never the name.
    content = [*content[start:], *(line for line in content[:start] if not _is_noise(line.text))]
    name, credentials = _split_name(content[0].text) if content and not _is_noise(content[0].text) else ("", [])
    headline: str | None = None
    if content:  # "Jane Doe — Senior Engineer | jane@example.com": the rest of the name line
        extra = [p.strip() for p in _CONTACT_SPLIT.split(content[0].text)[1:] if p.strip()]
        headline = next((p for p in extra if not _is_contact_line(p) and not _LABELLED.match(p)), None)
    leftovers: list[str] = []
    details = [line.text for line in [*content[1:], *contact]]
    for line in content[1:]:
        text = line.text
        if _is_contact_line(text) or _LABELLED.match(text):
            continue
        if headline is None and len(text.split()) <= 12 and not text.endswith("."):
            headline = text
        else:
            leftovers.append(text)
    if credentials:
        headline = ", ".join([headline, *credentials] if headline else credentials)
    joined = "\n".join([content[0].text if content else "", *details])
    location = None
    for text in details:
        label = _LABELLED.match(text)
        if label and label.group("label").strip().lower() in {"location", "address", "city", "based in"}:
            location = label.group("value").strip()
            break
        location = next((p.strip() for p in _CONTACT_SPLIT.split(text) if is_location(p.strip())), None)
        if location:
            break
    email = EMAIL.search(joined)
    person = Person(
        name=name,
        headline=headline,
        email=email.group(0) if email else None,
        phone=find_phone(EMAIL.sub(" ", joined)),
        location=location,
        links=find_links(EMAIL.sub(" ", joined)),
    )
    return person, leftovers
