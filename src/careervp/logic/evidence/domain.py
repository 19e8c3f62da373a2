"""Years in a named field: "5+ years of product management experience" is met by time spent in product roles.

The CV's total span says nothing about a field it names: ten years of nursing are not five years of product
management. So a requirement that names a field counts only the roles that belong to it: a role whose title names
the field (abbreviations expanded, "Sr. PM" is a senior product manager), or one whose bullets are mostly about it.
Their periods are merged (overlapping jobs count once) and summed. A field that is a named tool ("3+ years of
Python") cannot be read from titles; a role counts when its title or any of its bullets names the tool.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from careervp.logic.evidence.facts import IndexedFact, acronyms
from careervp.logic.evidence.rules import strip_years_phrase
from careervp.logic.text import content_term_set, content_terms, matched_term_set, skills_in, word_set
from careervp.models.cv import CV, ExperienceEntry
from careervp.models.evidence import FactKind
from careervp.vocabulary import is_generic_skill, skill_key, title_tokens
from careervp.vocabulary.cv_structure import ROLE_WORDS

# Words that qualify the experience rather than name its field: "progressive accounting experience" is accounting.
_QUALIFIERS = frozenset(
    content_terms(
        """progressive progressively increasing increasingly direct directly combined total overall recent prior
        previous post-qualification qualified full-time full time paid hands-on relevant applicable successful
        demonstrable professional industry applied practical season seasons""",
        drop_generic=False,
    )
)
# The field ends where its conditions begin: "..., including 2 years managing people", "... in a corporate setting".
_CONDITIONS = re.compile(
    r"\s*(?:\(|:|;|—|–\s|,\s*(?:including|especially|ideally|preferably|with|of which|at least)\b|\bincluding\b|"
    r"\bwith at least\b|\bpreferably\b|\bideally\b|\s(?:in|at|within|across)\s+(?:a|an|the)\s).*$",
    re.IGNORECASE,
)
# Phrases that say when or where in a career the years count, not what they are in: "post-registration clinical
# experience" is clinical experience, "frontline fundraising" is fundraising, "practice after certification" practice.
_QUALIFYING_PHRASE = re.compile(
    r"\bpost[-\s]?(?:registration|qualification|qualified|qualifying|licensure|certification|graduate|graduation|"
    r"doctoral|residency)\b|\bfront[-\s]?line\b|"
    r"\b(?:after|since|following)\s+(?:certification|qualifying|qualification|registration|licensure|graduation)\b",
    re.I,
)
# A slash between two acronyms names one thing ("PET/CT" is a modality of its own, not PET or CT); elsewhere it
# separates alternatives ("safety/quality").
_ALTERNATIVES = re.compile(
    r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+/\s*|\s*/\s+|(?-i:(?<![A-Z])/|/(?![A-Z]))", re.IGNORECASE
)
_FUNCTION = word_set("a an the as in of on with for at to and experience experienced")


@dataclass(frozen=True)
class _Alternative:
    terms: frozenset[str]
    tools: frozenset[str]
    """Skill keys of named tools; a field made only of tools is judged by mentions, not titles."""
    initials: str = ""
    """First letters of the field's words ("so" for "security operations"), for titles written as acronyms."""
    phrase: str = ""
    """The field's words as the posting wrote them, lower-cased: "public safety dispatcher"."""

    @property
    def needed(self) -> int:
        """Topic words a title must share: all of a one- or two-word field, most of a longer one."""
        return len(self.terms) if len(self.terms) <= 2 else max(2, math.ceil(len(self.terms) / 2))


@dataclass(frozen=True)
class FieldYears:
    """Time in the field a requirement names: merged years and the roles that count, newest first."""

    years: float
    entries: tuple[ExperienceEntry, ...]


def field_alternatives(requirement: str) -> list[_Alternative]:
    """The fields a years requirement names, each one way to meet it; empty when it names none ("5+ years of
    experience"), in which case the CV's whole span answers it."""
    text = _QUALIFYING_PHRASE.sub(" ", strip_years_phrase(requirement)).strip(" .")
    core = _CONDITIONS.sub("", text)
    if _topic(core):
        text = core
    found: list[_Alternative] = []
    for part in _ALTERNATIVES.split(text):
        words = [w for w in part.split() if w.casefold() not in _FUNCTION]
        part = " ".join(words)
        if not part:
            continue
        # "Sous Chef" names a job, not the Chef tool: a job noun the skill lexicon also holds is no tool here.
        tools = frozenset(
            skill_key(name)
            for name, _ in skills_in(part)
            if not is_generic_skill(name) and name.casefold() not in ROLE_WORDS
        )
        tools |= frozenset(acronyms(part)) if not _topic(part) else frozenset()
        terms = _topic(part)
        if terms or tools:
            initials = "".join(w[0] for w in part.casefold().split()) if len(words) >= 2 else ""
            found.append(_Alternative(terms, tools, initials, " ".join(part.casefold().split())))
    return found


def _topic(text: str) -> frozenset[str]:
    """Topic stems with title abbreviations expanded ("RN" -> registered nurse), qualifiers dropped."""
    expanded = " ".join(title_tokens(text))
    return content_term_set(expanded) - _QUALIFIERS


def _names_field(alternative: _Alternative, terms: frozenset[str], skills: frozenset[str]) -> bool:
    if alternative.tools & skills:
        return True
    return bool(alternative.terms) and len(matched_term_set(alternative.terms, terms)) >= alternative.needed


def years_in_field(
    requirement: str, entries: Sequence[ExperienceEntry], facts: Sequence[IndexedFact], today: date
) -> FieldYears | None:
    """Merged years of the roles in the field `requirement` names; None when it names no field."""
    alternatives = field_alternatives(requirement)
    if not alternatives:
        return None
    latest_start = max((e.start.as_date() for e in entries if e.start), default=None)
    in_field = [e for e in entries if _in_field(e, alternatives, facts)]
    # The same line of work under another rank ("Lead Wind Technician" after "Wind Technician II"): a title that
    # names the field and has the head noun of a role already counted is that role before or after a promotion.
    # Not when the posting asks for years "as a <title>": a Site Manager is not yet a Construction Manager.
    heads = {_head(e.title) for e in in_field} if not asks_for_title(requirement) else set()
    in_field += [
        e
        for e in entries
        if e not in in_field
        and _head(e.title) in heads
        and any(matched_term_set(a.terms, content_term_set(" ".join(title_tokens(e.title)))) for a in alternatives)
    ]
    chosen: list[ExperienceEntry] = []
    periods: list[tuple[int, int]] = []
    for entry in entries:
        period = entry_period(entry, latest_start, today)
        if period is not None and entry in in_field:
            chosen.append(entry)
            periods.append(period)
    return FieldYears(_merged_months(periods) / 12, tuple(chosen))


_AS_TITLE = re.compile(r"^\s*(?:(?:of\s+)?(?:\w+\s+)?experience\s+)?as\s+", re.IGNORECASE)


def asks_for_title(requirement: str) -> bool:
    """ "5+ years as a site surveyor", "3 years' experience as a licensed pharmacist": years in that very role, which
    neither a neighbouring rank nor a career summary in the same field answers."""
    return bool(_AS_TITLE.match(strip_years_phrase(requirement)))


def _head(title: str) -> str:
    """The job noun a title ends on before any qualifier: "technician" in "Wind Technician II"."""
    words = [w for w in title_tokens(re.split(r"[,(–—:|]", title)[0]) if not re.fullmatch(r"[ivx]+|\d+", w)]
    return words[-1] if words else ""


_FIELD_ENDINGS = ("", "y", "ics", "ing", "ancy", "ency")
"""Endings of a field's stem: "" for an adjective already cut to its root ("ecological" -> "ecolog")."""
_PRACTITIONER_ENDINGS = ("ist", "er", "ian", "ant", "ent", "or")


def _fields_practised(title_terms: frozenset[str], alternatives: Sequence[_Alternative]) -> frozenset[str]:
    """The fields a title's practitioner nouns name: "Agronomist" practises "agronomy", "Radiographer"
    "radiography", "Pharmacist" "pharmacy", "Hydrologist" "hydrological" work, a "Consultant" "consultancy" (the
    field and the one who practises it share a root)."""
    fields = set()
    for alternative in alternatives:
        for term in alternative.terms:
            for field_end in _FIELD_ENDINGS:
                root = term[: len(term) - len(field_end)] if term.endswith(field_end) else ""
                if len(root) >= 5 and any(root + end in title_terms for end in _PRACTITIONER_ENDINGS):
                    fields.add(term)
    return frozenset(fields)


def _in_field(entry: ExperienceEntry, alternatives: Sequence[_Alternative], facts: Sequence[IndexedFact]) -> bool:
    title = " ".join(title_tokens(entry.title))
    title_terms = content_term_set(title)
    title_terms |= _fields_practised(title_terms, alternatives)
    title_skills = frozenset(skill_key(name) for name, _ in skills_in(entry.title)) | frozenset(acronyms(entry.title))
    bullets = [
        f
        for f in facts
        if f.fact.kind is FactKind.ACHIEVEMENT and f.fact.employer == entry.employer and f.fact.role == entry.title
    ]
    entry_terms = title_terms.union(*(f.terms for f in bullets))
    title_acronyms = [a.casefold() for a in re.findall(r"\b[A-Z]{2,5}\b", entry.title)]
    for alternative in alternatives:
        if _names_field(alternative, title_terms, title_skills):
            return True
        # "SOC Analyst" for "security operations"; "Bridge Engineer" whose bullets are about design for "bridge design"
        if alternative.initials and any(a.startswith(alternative.initials) for a in title_acronyms):
            return True
        if matched_term_set(alternative.terms, title_terms) and _names_field(alternative, entry_terms, frozenset()):
            return True
        about = sum(1 for f in bullets if _names_field(alternative, f.terms, f.skills))
        if alternative.tools and not alternative.terms:
            if about:  # a tool is used in a role when any of its bullets names it
                return True
        elif about and 2 * about >= len(bullets):
            return True
    return False


def entry_period(entry: ExperienceEntry, latest_start: date | None, today: date) -> tuple[int, int] | None:
    """[first month, month after the last) as month numbers, so "2017-2020" is 48 months; a current job, or the
    newest open-ended one, runs to today."""
    if entry.start is None:
        return None
    start = _month(entry.start.as_date())
    if entry.is_current or (entry.end is None and entry.start.as_date() == latest_start):
        end = _month(today)
    elif entry.end is not None:
        end = min(_month(entry.end.as_date(end=True)) + 1, _month(today))
    else:
        end = _month(entry.start.as_date(end=True)) + 1
    return start, max(start, end)


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1


def _merged_months(periods: list[tuple[int, int]]) -> int:
    total, current = 0, None
    for start, end in sorted(periods):
        if current is None or start > current[1]:
            if current is not None:
                total += current[1] - current[0]
            current = (start, end)
        else:
            current = (current[0], max(current[1], end))
    return total + (current[1] - current[0] if current else 0)


def summary_names_field(requirement: str, cv: CV) -> bool:
    """The CV's headline or summary names every topic word of one field the requirement names; for years "as a
    <title>", the title itself, its words together ("funeral director", not "funeral" here and "director" there)."""
    own_text = " ".join(x for x in (cv.person.headline, cv.summary) if x)
    if _CAREER_CHANGE.search(own_text):
        return False  # "moved into pharmacovigilance in 2025": the career before was in another field
    alternatives = field_alternatives(requirement)
    if asks_for_title(requirement):
        folded = " " + " ".join(re.findall(r"[\w-]+", own_text.casefold())) + " "
        return any(a.phrase and f" {a.phrase} " in folded for a in alternatives)
    own = content_term_set(" ".join(title_tokens(own_text)))
    own |= _fields_practised(own, alternatives)  # "Consultant hydrologist" names "hydrological consultancy"
    # Most words of a longer field, its head among them ("13 years in one franchised workshop" for "franchised dealer
    # workshop", not "transit bus operations" for "transit bus maintenance"), unless the requirement counts years of
    # a part of it too ("including 3+ years supervising"), which no summary answers.
    every = _COUNTED_PART.search(requirement) is not None
    return any(alternative.terms and _names_most(alternative, own, every=every) for alternative in alternatives)


def _names_most(alternative: _Alternative, own: frozenset[str], *, every: bool) -> bool:
    met = matched_term_set(alternative.terms, own)
    if every or len(met) == len(alternative.terms):
        return len(met) == len(alternative.terms)
    head = content_term_set(alternative.phrase.split()[-1]) if alternative.phrase else frozenset()
    return len(met) >= alternative.needed and bool(head) and head <= met


# A summary that tells of a change of career: the field it names is where the candidate is now, not where the years
# were spent.
_CAREER_CHANGE = re.compile(
    r"\b(?:moved|moving)\s+into\b|\b(?:transition|switch|pivot)(?:ed|ing)?\s+(?:in)?to\b|\bretrain(?:ed|ing)\b|"
    r"\bcareer[-\s]chang\w*|\bchang(?:ed|ing)\s+careers?\b",
    re.IGNORECASE,
)
_COUNTED_PART = re.compile(
    r"\b(?:including|with|of\s+which|plus)\b[^;]*?\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
