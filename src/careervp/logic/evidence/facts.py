"""The CV side of the evidence map: every usable fact, in the candidate's own words, indexed for matching.

A fact is a sentence the candidate wrote (an achievement, a role, a skill, a degree, a certification, the summary,
an item from another section) or a gap-analysis answer they gave; never a paraphrase. Ids ("E1", "E2"...) follow the
CV from the newest job down, so they are stable for one CV whatever the posting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from careervp.logic.evidence.negation import affirmed
from careervp.logic.evidence.rules import sector_terms
from careervp.logic.numbers import QuantityKind
from careervp.logic.text import content_terms, quantities_in, skills_in, split_sentences
from careervp.models.api import GapResponses
from careervp.models.cv import CV, ExperienceEntry, YearMonth
from careervp.models.evidence import EvidenceFact, FactKind
from careervp.vocabulary import skill_key


@dataclass(frozen=True)
class IndexedFact:
    fact: EvidenceFact
    terms: frozenset[str]
    skills: frozenset[str]
    order: int
    recency: int
    """0 for the current job, 1 for the one before, ...; a large number for facts not tied to a job."""


@dataclass(frozen=True)
class TermProfile:
    """The topic words (stems) and skills of a text, as requirements are matched against; scoring uses it to
    decide whether a letter addresses a requirement with the same rules the map used to pair it with facts."""

    terms: frozenset[str]
    skills: frozenset[str]


# Capitals, or capitals with a small letter or two among them, as credentials are written: "CPA", "CPhT", "RPh".
_ACRONYM_RE = re.compile(
    r"(?<![\w.])(?:[A-Z][A-Z0-9&]{1,7}|(?=(?:[A-Z]*[a-z]){1,2}[A-Z]*(?![\w]))(?=\w*[A-Z]\w*[A-Z])[A-Z]\w{2,5})(?![\w])"
)
_NOT_ACRONYMS = frozenset({"US", "USA", "UK", "EU", "OR", "AND", "THE", "IT", "HR", "II", "III", "IV"})


def acronyms(text: str) -> set[str]:
    """Upper-case abbreviations ("CPA", "BLS", "HIPAA") name a credential or a tool as precisely as a skill does."""
    return {f"acronym:{a.casefold()}" for a in _ACRONYM_RE.findall(text) if a not in _NOT_ACRONYMS}


def collect_facts(cv: CV, gap_responses: GapResponses | None) -> list[IndexedFact]:
    drafts: list[tuple[EvidenceFact, int]] = []

    def add(kind: FactKind, text: str, source: str, recency: int, **extra: str | None) -> None:
        text = " ".join(text.split())
        if not text:
            return
        fact = EvidenceFact(
            fact_id=f"E{len(drafts) + 1}", kind=kind, text=text, source=source, metrics=_metrics(text), **extra
        )
        drafts.append((fact, recency))

    for recency, entry in enumerate(by_recency(cv.experience)):
        source = f"{entry.employer} - {entry.title}"
        role_text = f"{entry.title} at {entry.employer}"
        period = _period(entry)
        role_text += f" ({period})" if period else ""
        role_text += f": {entry.description}" if entry.description else ""
        add(FactKind.ROLE, role_text, source, recency, employer=entry.employer, role=entry.title)
        # A job written as a paragraph rather than bullets still has results: its sentences stand in for bullets.
        bullets = entry.achievements or (split_sentences(entry.description) if entry.description else [])
        for achievement in bullets:
            add(FactKind.ACHIEVEMENT, achievement, source, recency, employer=entry.employer, role=entry.title)
    if cv.summary:
        add(FactKind.SUMMARY, cv.summary, "Summary", 99)
    for section, items in cv.other_sections.items():
        for item in items:
            add(FactKind.ACHIEVEMENT, item, section, 50)
    for education in cv.education:
        # A line the reader could not split into degree and field keeps the candidate's words ("MHSc Audiology,
        # Calder University"), so the degree it names can still answer a requirement.
        whole = education.details[0] if education.details and not (education.degree or education.field) else ""
        field_ = None if education.field and _STATUS_AS_FIELD.match(education.field) else education.field
        text = whole or _education_text(education.degree, field_, education.institution)
        if not whole and any(IN_PROGRESS.search(detail) for detail in education.details):
            due = _due_year(education.details)
            text += f", in progress (expected {due})" if due else ", in progress"
        add(FactKind.EDUCATION, text,
            ", ".join(str(p) for p in (education.institution, education.year) if p), 99)  # fmt: skip
    for cert in cv.certifications:
        text = (
            cert.name
            if not cert.issuer or cert.issuer.casefold() in cert.name.casefold()
            else f"{cert.name}, {cert.issuer}"
        )
        add(FactKind.CERTIFICATION, text, ", ".join(str(p) for p in (cert.issuer, cert.year) if p) or "Certifications",
            99)  # fmt: skip
    for skill in _split_skills(cv.skills):
        add(FactKind.SKILL, skill, "Skills", 99)
    for response in gap_responses.responses if gap_responses else []:
        text = response.response_text
        if response.skills_mentioned:
            text = f"{text} (skills: {', '.join(response.skills_mentioned)})"
        add(FactKind.GAP_RESPONSE, text, response.question_text or f"Gap answer {response.question_id}", 50)

    indexed: list[IndexedFact] = []
    for order, (fact, recency) in enumerate(drafts):
        said = affirmed(fact.text)  # "coursework, no degree": the words of what the candidate lacks show nothing
        skills = {skill_key(name) for name, _ in skills_in(said)} | acronyms(said)
        if fact.kind is FactKind.SKILL and said == fact.text:
            skills.add(skill_key(fact.text))
        terms = content_terms(said)
        if fact.kind in (FactKind.ROLE, FactKind.ACHIEVEMENT, FactKind.SUMMARY):
            terms |= sector_terms(said)  # "patients" places a line in healthcare without saying so
        indexed.append(IndexedFact(fact, frozenset(terms), frozenset(skills), order, recency))
    return indexed


def _metrics(text: str) -> list[str]:
    """Numbers that measure something; calendar years and ordinals like "Q3" are dates, not metrics."""
    found: list[str] = []
    for quantity in quantities_in(text):  # memoised: the scorer reads the same facts' numbers again
        if quantity.kind is QuantityKind.TIME:
            continue
        if quantity.kind is QuantityKind.COUNT and 1900 <= quantity.value <= 2100 and "," not in quantity.raw:
            continue
        raw = quantity.raw.strip()
        if raw and raw not in found:
            found.append(raw)
    return found


def by_recency(entries: Sequence[ExperienceEntry]) -> list[ExperienceEntry]:
    """Current jobs first, then by end and start date, newest first; CV order breaks ties."""

    def key(item: tuple[int, ExperienceEntry]) -> tuple[int, int, int, int]:
        index, entry = item
        end = _ym_key(entry.end) if entry.end else (_ym_key(entry.start) if entry.start else 0)
        return (0 if entry.is_current else 1, -end, -(_ym_key(entry.start) if entry.start else 0), index)

    return [entry for _, entry in sorted(enumerate(entries), key=key)]


def _ym_key(value: YearMonth) -> int:
    return value.year * 12 + (value.month or 1)


def _period(entry: ExperienceEntry) -> str:
    def fmt(value: YearMonth | None) -> str:
        if value is None:
            return ""
        return value.as_date().strftime("%b %Y") if value.month else str(value.year)

    start = fmt(entry.start)
    end = "present" if entry.is_current else fmt(entry.end)
    return f"{start} – {end}" if start and end and start != end else start or end


def current_entry(entries: Sequence[ExperienceEntry]) -> ExperienceEntry | None:
    """The job held now: marked current, or the newest one with no end date. None when every job has ended."""
    ordered = by_recency(entries)
    if ordered and (ordered[0].is_current or (ordered[0].end is None and ordered[0].start is not None)):
        return ordered[0]
    return None


IN_PROGRESS = re.compile(
    r"\b(?:in\s+progress|expected|ongoing|anticipated|currently\s+(?:enrolled|studying)|studying|completing|"
    r"working\s+towards?|pursuing|not\s+yet|(?:course|exam|test)\s+booked|"
    r"due(?:\s+to\s+complete)?\s+(?:in\s+)?(?:19|20)\d\d|(?:year|yr)\s+\d\s+of\s+\d|(?:19|20)\d\d\s*[–—-]\s*(?:present|now|date))\b",
    re.I,
)
"""A degree or a credential still being gained ("in progress", "2023–present", "due 2027", "Year 2 of 4", "not yet
held: ..., course booked"): the
letter must never say it was earned, and it meets no requirement to hold it."""
_DUE = re.compile(
    r"\b(?:due|expected|completing|completion|graduating|finishing|to\s+complete)\D{0,15}((?:19|20)\d\d)\b", re.I
)
_RANGE_END = re.compile(r"\b(?:19|20)\d\d\s*[–—-]\s*((?:19|20)\d\d)\b")
_STATUS_AS_FIELD = re.compile(
    r"^(?:started|starting|since|due|(?:year|yr)\s+\d|pt|p/t|part[\s-]time|in\s+progress|completing|expected)\b", re.I
)
"""A study's status a reader filed as its subject ("started 2023", "Year 2 of 4", "pt" for part-time): no subject."""


def _due_year(details: Sequence[str]) -> str | None:
    """The year a study is due to end, as the CV says it ("due 2027", "2022–2026 (in progress)"); never the year it
    started, which a letter would give as the year it ends."""
    for detail in details:
        found = _DUE.search(detail) or _RANGE_END.search(detail)
        if found:
            return found.group(1)
    return None


def _education_text(degree: str | None, field_: str | None, institution: str) -> str:
    if degree and field_ and field_.casefold() not in degree.casefold():
        title = f"{degree} in {field_}"
    else:
        title = degree or field_ or ""
    return f"{title} from {institution}" if title else institution


# "Standards: TG20:21, BS 5975:2019": a label of a few words ends at a colon; a colon between a code's characters and
# a digit ("TG20:21", "ISO 9001:2015", "04:30") is part of the code.
_SKILL_LABEL = re.compile(r"^\s*(?:[^:\s]+\s+){0,3}[^:\s]*?:(?![0-9])")


def _split_skills(skills: Sequence[str]) -> list[str]:
    """One skill per fact: "Languages: Go, Python" -> "Go", "Python"; "AWS (EC2, Lambda)" stays whole."""
    result: list[str] = []
    for raw in skills:
        label = _SKILL_LABEL.match(raw)
        text = raw[label.end() :] if label else raw
        depth, current = 0, ""
        for char in text:
            depth += 1 if char in "([" else -1 if char in ")]" else 0
            if depth == 0 and char in ",;·•|":
                result.append(current.strip(" *_."))
                current = ""
            else:
                current += char
        result.append(current.strip(" *_."))
    seen: list[str] = []
    for skill in result:
        if skill and skill.casefold() not in (s.casefold() for s in seen):
            seen.append(skill)
    return seen


def credential_name(cert: EvidenceFact) -> str:
    """A certification as a list names it: "Certified Kubernetes Administrator (CKA)" without its issuer, which only
    repeats the name or its abbreviation; an issuer that says more ("Registered Nurse", "State of Ohio") stays, in
    brackets, so a list of three still reads as three names."""
    text = cert.text.strip().rstrip(".")
    issuer = cert.source.split(", ")[0] if cert.kind is FactKind.CERTIFICATION and cert.source else ""
    if not issuer or not text.endswith(f", {issuer}") or len(text) <= len(issuer) + 2:
        return text
    name = text[: -len(issuer) - 2]
    if "(" in name or set(content_terms(issuer)) & set(content_terms(name)):
        return name
    return f"{name} ({issuer})"
