"""Which years a letter may state: only time in the field applied for.

A cook turned arborist has eleven years of work and none of them in trees; "I bring 11 years of experience" would
count the kitchens. The evidence map gives the whole span of the CV; the years in the target's field are counted here
with the evidence package's own rule (a role's title names the field, or most of its bullets are about it; periods
merged) over the roles' dates as the map states them. The whole span is stated when every job is in the field, or
when the CV's own profile says the span was; "more than N years" when the time in the field is most of the span or
the other jobs share no word with the posting (a warehouse job before coaching); otherwise nothing. A count of only
the jobs the rule recognises, well short of the span, would undersell anyone whose earlier posts are in the field
under other names (a firefighter turned fire risk assessor, a KYC analyst turned AML investigator), and a reader takes
an understated count as a fact the letter got wrong.
"""

from __future__ import annotations

import math
import re
from datetime import date

from careervp.logic.evidence.domain import field_alternatives, years_in_field
from careervp.logic.evidence.facts import IndexedFact
from careervp.logic.evidence.rules import required_years
from careervp.logic.remembered import remembered_frozen
from careervp.logic.text import content_term_set, matched_term_set, skills_in, word_set
from careervp.models.cv import ExperienceEntry, YearMonth
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory
from careervp.vocabulary import skill_key

MIN_STATED = 2
"""Fewer years in the field than this are left unsaid: "more than 1 year" tells a reader nothing."""
MOST_OF_SPAN = 0.75
"""The share of the CV's span the time in the field must reach for "more than N years" to be said."""
_MONTHS = {
    m: n
    for n, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}
_DATE = r"(?:([A-Za-z]{3})[a-z]*\.?\s+)?(\d{4})"
_PERIOD = re.compile(rf"\({_DATE}\s*[–-]\s*(?:(present)|{_DATE})\)", re.IGNORECASE)
"""A role fact's period as the map writes it: "(Apr 2016 – Jan 2017)", "(2019 – present)"."""


def fields_asked(evidence: EvidenceMap) -> list[str]:
    """The fields the posting asks years in ("3 years of Part 121 dispatch experience"), and its job title: a role in
    any of them is work in this line."""
    asked = [r.requirement for r in evidence.requirements if required_years(r.requirement) is not None]
    return [*(text for text in asked if field_alternatives(text)), f"years of {_line_of_work(evidence.job_title)}"]


_SENIORITY = word_set(
    """junior senior lead principal staff head chief deputy assistant associate trainee intern apprentice graduate
    entry interim acting first second third i ii iii iv 1 2 3 regional district area national global"""
)


def _line_of_work(title: str) -> str:
    """The job title without its seniority or reach: a Senior Ecologist's line of work is an ecologist's, a Regional
    Property Manager's a property manager's (the kind of job, "manager", stays)."""
    words = [w for w in re.split(r"\s+", title) if w.casefold().strip(",.()") not in _SENIORITY]
    return " ".join(words) or title


@remembered_frozen(8)  # a function of the map alone, read by the opening and the profile line of every draft
def years_phrase(evidence: EvidenceMap) -> str | None:
    """ "12 years", "more than 9 years", or None: the count of years the letter may state."""
    total = evidence.years_of_experience
    inputs = _field_inputs(evidence)
    if not total or inputs is None:
        return None
    entries, facts, today = inputs
    counted: set[int] = set()
    best = 0.0
    for field in fields_asked(evidence):
        found = years_in_field(field, entries, facts, today)
        if found is not None:
            counted |= {id(e) for e in found.entries}
            best = max(best, found.years)
    if all(id(e) in counted for e in entries) or _summary_counts_in_field(evidence, total):
        return f"{total} year" if total == 1 else f"{total} years"
    whole = min(math.ceil(best) - 1, total - 1)  # strictly less than the time in the field, and than the span
    others = [e for e in entries if id(e) not in counted]
    kept = {e.employer.casefold() for e in entries if id(e) in counted}
    promoted = any(e.employer.casefold() in kept for e in others)  # an earlier post with the same employer
    plainly_apart = best >= MOST_OF_SPAN * total or not (promoted or _touch_the_posting(others, evidence))
    return f"more than {whole} years" if whole >= MIN_STATED and plainly_apart else None


def _field_inputs(evidence: EvidenceMap) -> tuple[list[ExperienceEntry], list[IndexedFact], date] | None:
    """The CV's dated jobs, its facts as the field rule reads them, and the day the map's span runs to; None for a
    CV without a dated job."""
    total = evidence.years_of_experience
    entries = [entry for fact in evidence.facts if (entry := _entry(fact)) is not None]
    starts = [e.start.as_date() for e in entries if e.start]
    if not total or total < 1 or not starts:
        return None
    # The map's span runs from the first start to today and is whole years, so the first start plus that span is
    # no later than today: a current job measured to it is never longer than it is, and the same map always gives
    # the same letter.
    first = min(starts)
    today = date(first.year + total, first.month, 1)
    facts = [
        IndexedFact(fact, content_term_set(fact.text), frozenset(skill_key(n) for n, _ in skills_in(fact.text)), n, 0)
        for n, fact in enumerate(evidence.facts)
    ]
    return entries, facts, today


def whole_years_in(evidence: EvidenceMap, requirement: str) -> int | None:
    """The whole years the CV's dated jobs spend in the field a requirement asks years in ("3+ years of commercial
    kitchen work" -> 9), counted by the same rule as the requirement table; None when the requirement names no field
    or no job of the CV is in it."""
    inputs = _field_inputs(evidence)
    if inputs is None:
        return None
    entries, facts, today = inputs
    found = years_in_field(requirement, entries, facts, today)
    if found is None or not found.entries:
        return None
    return min(math.floor(found.years), evidence.years_of_experience or 0) or None


def _touch_the_posting(entries: list[ExperienceEntry], evidence: EvidenceMap) -> bool:
    """Whether any of the jobs the field rule left out shares a word with the posting's title or requirements by its
    title or employer ("KYC Analyst" beside "KYC remediation experience", "Fire & Rescue Service" beside "Fire Risk
    Assessor"): then it may be the same line of work under another name, and a count without it would undersell."""
    posting = content_term_set(" ".join([evidence.job_title, *(r.requirement for r in evidence.requirements)]))
    return any(content_term_set(f"{e.title} {e.employer}") & posting for e in entries)


def _summary_counts_in_field(evidence: EvidenceMap, total: int) -> bool:
    """The CV's own profile says the whole span was in this line ("13 years in residential property management" for
    a Regional Property Manager): the candidate's words, as the evidence map also takes them."""
    title = content_term_set(_line_of_work(evidence.job_title))
    for fact in evidence.facts:
        if fact.kind is FactKind.SUMMARY:
            for match in re.finditer(rf"\b{total}\+?\s+years?\s+(?:of\s+|in\s+)?([^,.;:()]+)", fact.text):
                if matched_term_set(content_term_set(match.group(1)), title):
                    return True
    return False


def _entry(fact: EvidenceFact) -> ExperienceEntry | None:
    if fact.kind is not FactKind.ROLE or not fact.role or not fact.employer:
        return None
    period = _PERIOD.search(fact.text)
    if period is None:
        return None
    start_month, start_year, present, end_month, end_year = period.groups()
    return ExperienceEntry(
        employer=fact.employer,
        title=fact.role,
        start=_year_month(start_month, start_year),
        end=None if present else _year_month(end_month, end_year),
        is_current=bool(present),
    )


def _year_month(month: str | None, year: str) -> YearMonth:
    return YearMonth(year=int(year), month=_MONTHS.get((month or "").casefold()[:3]))


def stated_years(evidence: EvidenceMap) -> str | None:
    """The years the letter may state: never a count under what a must-have asks for ("4 years" against "5+ years"
    argues against the candidate)."""
    phrase = years_phrase(evidence)
    if phrase is None:
        return None
    stated = int(re.findall(r"\d+", phrase)[0]) + (1 if phrase.startswith("more than") else 0)
    asked = [
        required_years(r.requirement) for r in evidence.requirements if r.category is RequirementCategory.MUST_HAVE
    ]
    floor = max((a for a in asked if a is not None), default=0)
    return phrase if stated >= floor else None
