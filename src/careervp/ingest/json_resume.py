"""JSON Resume (schema v1.0.0) -> CV. https://jsonresume.org/schema/"""

from __future__ import annotations

import json
import re
from typing import Any

from careervp.ingest.dates import parse_iso_date
from careervp.ingest.education import GRADE, without_status
from careervp.ingest.errors import CVReadError
from careervp.ingest.hygiene import strip_invisible
from careervp.ingest.line_shapes import is_career_break
from careervp.ingest.normalise import normalise_text
from careervp.ingest.text_cv import NO_EXPERIENCE
from careervp.models.cv import CV, Certification, Education, ExperienceEntry, Person
from careervp.vocabulary.cv_structure import TOOL_SECTION_WORDS

_HORIZONTAL_SPACE = re.compile(r"[ \t]+")


_TOOL_HEADINGS = TOOL_SECTION_WORDS | {"tools", "technologies", "technical", "digital", "and"}


def _names_tools(group: str) -> bool:
    """ "Software", "Equipment", "Tools & Systems": a group's name that is a heading over the skills it lists, no
    skill itself ("Press tools" names one)."""
    words = re.findall(r"[a-z]+", group.casefold())
    return bool(words) and all(word in _TOOL_HEADINGS for word in words)


def _str(value: object) -> str:
    return _HORIZONTAL_SPACE.sub(" ", normalise_text(value)).strip() if isinstance(value, str) else ""


def _opt(value: object) -> str | None:
    return _str(value) or None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _dicts(value: object) -> list[dict[str, Any]]:
    return [item for item in _list(value) if isinstance(item, dict)]


def _strings(value: object) -> list[str]:
    return [s for item in _list(value) if (s := _str(item))]


def _location(value: object) -> str | None:
    if isinstance(value, str):
        return _opt(value)
    if isinstance(value, dict):
        parts = [_str(value.get(key)) for key in ("city", "region", "countryCode")]
        return ", ".join(p for p in parts if p) or None
    return None


def _person(basics: dict[str, Any]) -> Person:
    links = [_str(basics.get("url"))] + [_str(p.get("url")) for p in _dicts(basics.get("profiles"))]
    return Person(
        name=_str(basics.get("name")),
        headline=_opt(basics.get("label")),
        email=_opt(basics.get("email")),
        phone=_opt(basics.get("phone")),
        location=_location(basics.get("location")),
        links=[link for link in links if link],
    )


_REMARK = re.compile(r"^(?P<title>.*\S)\s*\((?P<remark>(?![A-Z])[^()]*[a-z][^()]*)\)$")


def _title_and_remark(title: str) -> tuple[str, str]:
    """ "Chef de Partie (grill, then larder)" -> the title and a remark on the post: a bracket opening in lower case
    says how or where the post was held ("(part-time)", "(placements with Acme Air)"), never the title's name; a text
    CV's reader keeps it beside the title the same way."""
    found = _REMARK.match(title)
    return (found.group("title"), found.group("remark")) if found else (title, "")


def _work(item: dict[str, Any], *, employer_key: str, title_key: str) -> ExperienceEntry | None:
    employer = _str(item.get(employer_key)) or _str(item.get("company"))
    title, remark = _title_and_remark(_str(item.get(title_key)))
    if not employer or not title:
        return None
    start, end = parse_iso_date(item.get("startDate")), parse_iso_date(item.get("endDate"))
    return ExperienceEntry(
        employer=employer,
        title=title,
        location=_location(item.get("location")),
        start=start,
        end=end,
        is_current=start is not None and end is None,
        description=" ".join(filter(None, (remark, _str(item.get("description")), _str(item.get("summary"))))) or None,
        achievements=_strings(item.get("highlights")),
    )


_IN_PROGRESS = re.compile(r"\b(?:in\s+progress|ongoing|currently|studying|expected|due)\b", re.IGNORECASE)
_EXPECTED_YEAR = re.compile(r"\b(?:expected|due|completion|complete|graduat\w*)[^()]{0,20}?((?:19|20)\d\d)", re.I)


def _named_part(text: str | None) -> tuple[str | None, list[str]]:
    """ "Level 5 Diploma (in progress, expected completion 2027-03)" -> the name, and what was said beside it:
    where the study stands ("(part-time, in progress)") and the grade after a comma ("BSc (Hons), 2:1")."""
    if not text:
        return None, []
    name = without_status(text)
    head, _, tail = name.rpartition(",")
    if head and GRADE.fullmatch(tail.strip()):
        name = head
    return name.strip() or None, [text] if name.strip() != text else []


def _education(item: dict[str, Any]) -> Education:
    details = [f"Score: {_str(item.get('score'))}"] if _str(item.get("score")) else []
    (degree, said_of_degree), (area, said_of_area) = (
        _named_part(_opt(item.get("studyType"))),
        _named_part(_opt(item.get("area"))),
    )
    said = [*said_of_degree, *said_of_area]
    end = parse_iso_date(item.get("endDate"))
    if end is None and not any(_IN_PROGRESS.search(text) for text in said):
        end = parse_iso_date(item.get("startDate"))  # one date given: the year it was gained
    details = [*said, *details, *_strings(item.get("courses"))]
    expected = next((int(m.group(1)) for text in details if (m := _EXPECTED_YEAR.search(text))), None)
    return Education(
        institution=_str(item.get("institution")),
        degree=degree,
        field=area,
        details=details,
        year=end.year if end else expected,
    )


def _dated(item: dict[str, Any], *keys: str) -> str:
    """An item's text with its years: "(2021)" for a date, "(2021–2023)" for a span that ends in a later year, so a
    letter may date either end of a project or a stint of volunteering."""
    text = " — ".join(p for key in keys if (p := _str(item.get(key))))
    when = _str(item.get("date")) or _str(item.get("startDate")) or _str(item.get("releaseDate"))  # a publication
    if not when[:4].isdigit():
        return text
    until = _str(item.get("endDate"))[:4]
    span = f"{when[:4]}–{until}" if until.isdigit() and until > when[:4] else when[:4]
    return f"{text} ({span})"


def _owned(highlights: object, whose: str) -> list[str]:
    """A project's or a stint of volunteering's results, each naming what it was done for ("Lymm RUFC: Manage a
    budget of £25,000"): read alone, as every line of a section apart from the jobs is, it belongs to no job."""
    return [f"{whose}: {line}" if whose else line for line in _strings(highlights)]


def _other_sections(data: dict[str, Any]) -> dict[str, list[str]]:
    other: dict[str, list[str]] = {}
    for item in _dicts(data.get("awards")):
        other.setdefault("Awards", []).append(_dated(item, "title", "awarder", "summary"))
    for item in _dicts(data.get("projects")):
        lines = [_dated(item, "name", "description"), *_owned(item.get("highlights"), _str(item.get("name")))]
        keywords = _strings(item.get("keywords"))
        other.setdefault("Projects", []).extend([*lines, *([", ".join(keywords)] if keywords else [])])
    for item in _dicts(data.get("volunteer")):
        whose = ", ".join(p for key in ("position", "organization") if (p := _str(item.get(key))))
        lines = [_dated(item, "position", "organization", "summary"), *_owned(item.get("highlights"), whose)]
        other.setdefault("Volunteering", []).extend(lines)
    for item in _dicts(data.get("work")):  # "Career break", "Parental leave": time between jobs, with its years
        if is_career_break(_str(item.get("name"))):
            other.setdefault("Career breaks", []).append(_dated(item, "name", "position", "summary"))
    for item in _dicts(data.get("languages")):
        other.setdefault("Languages", []).append(_dated(item, "language", "fluency"))
    for item in _dicts(data.get("publications")):
        other.setdefault("Publications", []).append(_dated(item, "name", "publisher", "summary"))
    for item in _dicts(data.get("interests")):
        other.setdefault("Interests", []).append(" — ".join([_str(item.get("name")), *_strings(item.get("keywords"))]))
    for item in _dicts(data.get("references")):
        other.setdefault("References", []).append(_dated(item, "name", "reference"))
    return {title: [line for line in lines if line] for title, lines in other.items()}


def _raw_text(value: object) -> list[str]:
    """Every string in the document, in order, so verification can find any fact the candidate wrote."""
    if isinstance(value, str):
        return [normalise_text(value)] if value.strip() else []
    if isinstance(value, dict):
        return [text for key, item in value.items() if key != "$schema" for text in _raw_text(item)]
    if isinstance(value, list):
        return [text for item in value for text in _raw_text(item)]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [str(value)]
    return []


class _AmbiguousJSON(ValueError):
    """JSON that Python would read one way and another reader another: duplicate keys, NaN, Infinity."""


def _no_constant(name: str) -> None:
    raise _AmbiguousJSON(f"{name} is not a JSON number")


def _clean_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Each JSON object as it is decoded (innermost first, so deep nesting costs no recursion here): duplicate keys
    refused, invisible characters stripped from its strings and from lists of strings."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _AmbiguousJSON(f"the key {strip_invisible(key)!r} appears twice in one object")
        if isinstance(value, str):
            value = strip_invisible(value)
        elif isinstance(value, list):
            value = [strip_invisible(item) if isinstance(item, str) else item for item in value]
        out[strip_invisible(key)] = value
    return out


def parse_json_resume(text: str) -> CV:
    """Read a JSON Resume document; raise CVReadError for invalid JSON or a resume without work entries."""
    try:
        data = json.loads(text, object_pairs_hook=_clean_object, parse_constant=_no_constant)
    except _AmbiguousJSON as exc:
        raise CVReadError(f"The file is not valid JSON: {exc}; cannot read it as a CV.") from exc
    except (ValueError, RecursionError) as exc:  # ValueError: bad JSON, or an integer beyond Python's digit limit
        raise CVReadError(f"The file is not valid JSON ({exc.__class__.__name__}): cannot read it as a CV.") from exc
    if not isinstance(data, dict) or not ({"basics", "work"} & data.keys()):
        raise CVReadError("The JSON file is not a JSON Resume (https://jsonresume.org): it has no 'basics' or 'work'.")
    basics = data.get("basics") if isinstance(data.get("basics"), dict) else {}
    assert isinstance(basics, dict)
    experience = [
        e
        for item in _dicts(data.get("work"))
        if (e := _work(item, employer_key="name", title_key="position")) and not is_career_break(e.employer)
    ]
    if not experience:
        raise CVReadError(NO_EXPERIENCE)
    skills: dict[str, str] = {}
    for item in _dicts(data.get("skills")):
        keywords = _strings(item.get("keywords"))
        group = _str(item.get("name"))
        group = "" if keywords and _names_tools(group) else group
        for skill in [group, *keywords]:
            if skill:
                skills.setdefault(skill.lower(), skill)
    certifications = [
        Certification(
            name=_str(item.get("name")),
            issuer=_opt(item.get("issuer")),
            year=date.year if (date := parse_iso_date(item.get("date"))) else None,
        )
        for item in _dicts(data.get("certificates"))
        if _str(item.get("name"))
    ]
    return CV(
        person=_person(basics),
        summary=_opt(basics.get("summary")),
        experience=experience,
        education=[_education(item) for item in _dicts(data.get("education")) if _str(item.get("institution"))],
        certifications=certifications,
        skills=list(skills.values()),
        other_sections=_other_sections(data),
        raw_text="\n".join(_raw_text(data)),
    )
