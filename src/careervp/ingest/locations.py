"""Where a job was: "Portland, OR", "London, UK", "Remote", and the place cut off the end of an employer's name."""

from __future__ import annotations

import re

from careervp.ingest.name_scores import title_score
from careervp.vocabulary.cv_structure import (
    CA_PROVINCES,
    COMPANY_SUFFIXES,
    COUNTY_NAMES,
    ORG_WORDS,
    REGION_NAMES,
    REMOTE_WORDS,
    US_STATES,
)
from careervp.vocabulary.lemmas import getAllLemmas

# Crews, pilots and field staff name the place they work from: "Dublin (DUB) base", "based at Aberdeen".
_BASE = re.compile(r"(?P<place>[A-Z][^,]*?)\s+base|based\s+(?:in|at|out\s+of)\s+(?P<at>[A-Z].*)")


# A service's own division of a country ("North West Region", "Far Northern Region", "Central District").
_DIVISION = re.compile(r"(?:[A-Z][\w'-]*\s+){1,3}(?:Region|District|Division|Area|Zone|Province|Territory)")


_COUNTRY_AFTER = re.compile(r"\s+\(([A-Z][\w .'-]*)\)$")


def _is_region(text: str) -> bool:
    return text in US_STATES or text in CA_PROVINCES or text.lower() in REGION_NAMES or names_a_county(text)


_COMPASS = re.compile(r"^(?:(?:north|south|east|west)(?:ern)?|mid|greater)\s+", re.IGNORECASE)


def names_a_county(text: str) -> bool:
    """ "Sussex", "East Sussex", "Mid Glamorgan": a county, alone or with its compass word."""
    return _COMPASS.sub("", text.strip()).lower() in COUNTY_NAMES


def names_a_region(text: str) -> bool:
    """A state, province, country or county named alone ("Ohio", "Kent", "West Sussex")."""
    return _is_region(text.strip()) or _COMPASS.sub("", text.strip()).lower() in REGION_NAMES


def is_location(text: str) -> bool:
    """True for "Portland, OR", "St. Paul, MN (hybrid)", "London, UK", "Remote", "Austin, TX, USA", "Leeds base"."""
    core = re.sub(r"\s*\([^)]*\)\s*$", "", text).strip().rstrip(".")
    if core.lower() in REMOTE_WORDS or re.fullmatch(r"(?i)(remote|hybrid)\b.*", core):
        return len(core.split()) <= 4
    based = _BASE.fullmatch(core)
    if based is not None:
        place = re.sub(r"\s*\([^()]*\)", "", based.group("place") or based.group("at"))
        common = based.group("place") is not None and any("NOUN" in getAllLemmas(w.lower()) for w in place.split())
        return looks_like_place(place) and not common  # "Knowledge base", "Client base": a common noun, no place
    parts = [p.strip() for p in core.split(",")]
    if (
        len(parts) not in (2, 3)
        or not all(parts)
        or not all(_is_region(p) or _DIVISION.fullmatch(p) for p in parts[1:])
    ):
        return False
    if parts[0].isupper() and not all(_is_region(p) for p in parts[1:]):
        return False  # "WYP, Leeds District": a service's initials and its division, no town
    if all(names_a_county(p) for p in parts[1:]) and (len(parts[0].split()) > 2 or title_score(parts[0])):
        return False  # "Marden, Kent" is a town in its county; "Harbour Tours, Kent" a firm, "Locum GP, Kent" a job
    return looks_like_place(parts[0])


def looks_like_place(text: str) -> bool:
    country = _COUNTRY_AFTER.search(text)  # "Leipzig (Germany)": a town and its country in brackets
    if country is not None and looks_like_place(country.group(1)):
        text = text[: country.start()]
    if "/" in text:  # "Leeds / Bradford / York": the places an employer works in, each a place
        return all(looks_like_place(part.strip()) for part in text.split("/"))
    words = text.split()
    if not 1 <= len(words) <= 4 or any(w.lower().strip(".") in ORG_WORDS | COMPANY_SUFFIXES for w in words):
        return False
    return all(w[:1].isupper() or w.lower() in {"de", "la", "of", "upon", "am"} for w in words)


def split_location(segment: str) -> tuple[str, str | None]:
    """Cut a trailing ", City, ST" off a segment: "Acme Hospital, Dayton, OH" -> ("Acme Hospital", "Dayton, OH")."""
    if is_location(segment):
        return "", segment.strip()
    parts = segment.split(",")
    for cut in (2, 1):
        if len(parts) > cut:
            tail = ",".join(parts[-cut:]).strip()
            head = ",".join(parts[:-cut]).strip()
            if head and is_location(tail) and not is_company_suffix(tail):
                return head, tail
    return segment, None


def is_company_suffix(text: str) -> bool:
    return text.strip().lower() in COMPANY_SUFFIXES
