"""What a duration's own words say it measures, when no employer or job title follows it: the years spent in an
activity whose doer is a job title ("ten years auditing hospitals": the years as an auditor), and a bare
number that takes its unit from a duration before it ("twelve years in forestry: three as a groundworker").
"""

from __future__ import annotations

import dataclasses
import re

from lemminflect import getLemma

from careervp.logic.fvs.sources import Sources, normalise
from careervp.logic.fvs.tenures import Tenure, merge_tenures, year_ranges
from careervp.logic.numbers import Quantity, QuantityKind
from careervp.vocabulary import title_tokens

_ACTIVITY_AFTER = re.compile(r"^\s+(?:of\s+)?([a-z]{4,}ing)\b")
# Work every job involves: "ten years leading teams" is not the years with "Lead" in the title.
_GENERAL_ACTIVITIES = frozenset(
    {"manage", "lead", "supervise", "run", "work", "build", "develop", "coordinate", "direct", "oversee", "head",
     "serve", "handle", "help", "support", "deliver", "mentor", "train", "teach", "coach", "plan", "design"}
)  # fmt: skip


def _tenures_as_agent(gerund: str, sources: Sources) -> list[Tenure]:
    """The jobs whose title is the doer of the activity ("auditing" -> "Senior Auditor", "nursing" ->
    "Staff Nurse"); none for work every job involves."""
    lemma = next(iter(getLemma(gerund, upos="VERB")), gerund)
    if lemma in _GENERAL_ACTIVITIES or lemma == gerund:
        return []
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    agents = {lemma, f"{stem}er", f"{stem}or", f"{lemma}r"}
    return [tenure for entry, tenure in sources.tenures if agents & set(title_tokens(entry.title))]


def tenures_in_activity(after: str, sources: Sources) -> list[Tenure]:
    """The tenures a duration is about when an activity follows it ("... auditing hospitals")."""
    activity = _ACTIVITY_AFTER.match(after)
    return _tenures_as_agent(activity.group(1), sources) if activity else []


# "..., the last five and a half mostly on flat roofs": an adverb may come between the number and the place.
_ELIDED_UNIT_AFTER = re.compile(r"^\s+(?:(?:[a-z]+ly|all)\s+)?(?:as|at|with|in|on|for)\b")
# "..., and for the last seven and a half I have been at Harbourline": the recent stretch, then what filled it.
_RECENT_STRETCH = re.compile(r"\b(?:the\s+)?(?:last|past|first)\s+$", re.IGNORECASE)
# "..., the last five leading a crew": what the writer did in it, as a clause or a gerund.
_CLAUSE_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:I\s+(?:have|had|was|am)\b|I['’](?:ve|m|d)\b|of\s+(?:them|those)\b|[a-z]{2,}ing\b)"
)


_COUNTS_A_NOUN_BEFORE = re.compile(
    r"(?:\b[a-z]+s|\b(?:a|an|my|our|one|each)\s+(?:[\w-]+\s+){0,2}[a-z]+)\s+of\s+(?:[\w.,]+\s*(?:to|-|–|or)\s*)?$",
    re.IGNORECASE,
)
"""A number after "<plural noun> of" ("crews of twelve to sixteen") or "a <noun> of" ("a night shift of 14", "a
choir of forty"), alone or closing a range, counts that noun."""


def as_elided_years(sentence: str, claim: Quantity, quantities: list[Quantity]) -> Quantity | None:
    """ "twelve years in forestry: three as a groundworker and more than nine at Canopy", "eleven years in the
    trade, and for the last seven I have been at Canopy": a bare number after a duration, followed by where or as
    what (or, for the last stretch, by what the writer did in it), is that many years; None for any other number."""
    if claim.kind is not QuantityKind.COUNT:  # a preposition follows it (below), so its noun is no counted thing
        return None
    after = sentence[claim.span[1] :]
    if _COUNTS_A_NOUN_BEFORE.search(sentence[: claim.span[0]]):
        return None  # "I lead crews of twelve to sixteen as a Cabin Service Director": how many, not how long
    recent = _RECENT_STRETCH.search(sentence[: claim.span[0]]) is not None and _CLAUSE_AFTER.match(after) is not None
    if not (_ELIDED_UNIT_AFTER.match(after) or recent):
        return None
    earlier = [q for q in quantities if q.kind is QuantityKind.DURATION_YEARS and q.span[1] <= claim.span[0]]
    if not earlier or not re.search(r"[:,;—–]", sentence[earlier[-1].span[1] : claim.span[0]]):
        return None
    return dataclasses.replace(claim, kind=QuantityKind.DURATION_YEARS, unit=earlier[-1].unit)


def stretches_within_jobs(sources: Sources) -> list[Tenure]:
    return sources.derived(_stretches_within_jobs)


def _stretches_within_jobs(sources: Sources) -> list[Tenure]:
    """Periods a job's own lines date ("Spring 2020 – Spring 2021: interpreted remotely during school closures"): a
    part of the job a letter may give the length of ("for a year I interpreted remotely")."""
    lines = [line for entry in sources.cv.experience for line in [entry.description or "", *entry.achievements]]
    return [stretch for line in lines for stretch in year_ranges(line, sources.today)]


_YEARS_PER_UNIT = {"month": 1 / 12, "week": 7 / 365.25}


def fits_a_stay(claim: Quantity, sources: Sources) -> bool:
    """ "thirteen months at Trans-Plains" for 07/2021 – 08/2022, "thirty-nine weeks" for January to October: a stay
    given in months or weeks, read against the dates of a job or of all the jobs at one employer, a month either way."""
    per_unit = _YEARS_PER_UNIT.get(claim.unit or "")
    if claim.kind is not QuantityKind.DURATION_OTHER or per_unit is None:
        return False
    years, leeway = claim.value * per_unit, 1 / 12
    return any(stay.min_years - leeway <= years <= stay.max_years + leeway for stay in sources.derived(_stays))


def _stays(sources: Sources) -> list[Tenure]:
    """Each job's dates, each employer's (all its jobs together) and those of dated lines in the CV's other sections:
    worked out once per CV."""
    by_employer: dict[str, list[Tenure]] = {}
    for entry, tenure in sources.tenures:
        by_employer.setdefault(entry.employer, []).append(tenure)
    merged = [stay for tenures in by_employer.values() if (stay := merge_tenures(tenures)) is not None]
    # A dated line outside the jobs ("Money Advice Volunteer, 2023 – 2024"): a stay a letter may give in months too.
    elsewhere = [
        stay for items in sources.cv.other_sections.values() for item in items
        for stay in year_ranges(item, sources.today)
    ]  # fmt: skip
    return [tenure for _, tenure in sources.tenures] + merged + elsewhere


def stays_named_elsewhere(employer: str, sources: Sources) -> list[Tenure]:
    """The dated lines outside the jobs that name an organisation of two or more words ("Volunteer Adviser —
    Riverside Law Centre (2019–2021)" under Volunteering): time there a letter may count ("I volunteered at Riverside
    Law Centre for two years") besides the jobs."""
    if len(employer.split()) < 2:
        return []  # "in Luton", "in HR": a place or a department is no organisation to look for
    key = normalise(employer)
    return [
        stay
        for items in sources.cv.other_sections.values()
        for item in items
        if key in normalise(item)
        for stay in year_ranges(item, sources.today)
    ]
