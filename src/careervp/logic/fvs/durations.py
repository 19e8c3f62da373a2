"""Years of experience: "more than ten years", "seven years at Acme", "for the last eight years".

A duration is compared with the period it is about: the tenure at a named employer, the time in a named role, a
stretch that runs up to today, the company's own age, or (when nothing is named) the whole career from the earliest
start to the latest end. Years written without months are read generously (2018-2021 may be anything from two to
four years), and "more than N" only needs N to fit.
"""

from __future__ import annotations

import math
import re

from careervp.logic.fvs import context
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter, Sentence
from careervp.logic.fvs.periods import (
    as_elided_years,
    stays_named_elsewhere,
    stretches_within_jobs,
    tenures_in_activity,
)
from careervp.logic.fvs.sources import Sources
from careervp.logic.fvs.tenures import Tenure, merge_tenures
from careervp.logic.fvs.title_fit import fits_titles
from careervp.logic.numbers import Qualifier, Quantity, QuantityKind, extract_quantities, supports
from careervp.models.api import FVSViolation
from careervp.vocabulary import RANK_WORDS, company_matches, title_tokens

# A colon ends what a duration is tied to: "13 years in lifts: apprentice at A, then foreman at B" lists the stints
# the years add up, and none of them alone is measured.
_TIED_EMPLOYER_AFTER = re.compile(
    r"^[^.;,:]{0,40}?\b(?:at|with|for|in)\s+(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w'’&.-]*){0,5})"
)
_TIED_EMPLOYER_BEFORE = re.compile(
    r"\b(?:at|with|joined)\s+(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w'’&.-]*){0,5})"
    r"[^.;,:]{0,30}\b(?:for|over|in)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?$"
)
# "the last six of them as a personal banker": "of them" points back to the years just named.
_TIED_ROLE_AFTER = re.compile(
    r"^\s*(?:of\s+(?:them|those|these)\s+)?(?:of\s+(?:[\w-]+\s+){0,2}experience\s+)?as\s+(?:(?:a|an|the)\s+)?"
    r"([\w -]{2,60}?)"
    r"(?=[,.;]|\s+(?:at|in|and|with|on|where|who)\b|$)"
)
# "eight years as an EMT and then a firefighter/paramedic": the years of a run of jobs, one after the other.
_TIED_RUN_AFTER = re.compile(
    r"^\s*as\s+(?:(?:a|an|the)\s+)?([\w/ -]{2,60}?(?:\s+and)?,?\s+(?:then|later)\s+(?:(?:a|an|the)\s+)?[\w/ -]{2,60}?)"
    r"(?=[,.;]|\s+(?:at|in|and|with|on|where|who)\b|$)"
)
# "been a data analyst for", "as Second Engineer for over", "been Acme's plant manager for": the job so long held.
_TIED_ROLE_BEFORE = re.compile(
    r"\b(?:been|as|worked\s+as)\s+(?:(?:a|an|the)\s+|(?:[A-Z][\w&.-]*\s+){0,5}[A-Z][\w&.-]*['’]s?\s+)?"
    r"([\w -]{2,60}?)\s+for\s+(?:the\s+)?(?:past\s+|last\s+)?"
    r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?$"
)
_WINDOW_BEFORE = re.compile(r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+$", re.IGNORECASE)
# "for the last eight years", "these past five years": a stretch that runs up to today.
_UP_TO_NOW_BEFORE = re.compile(r"\b(?:for|these|the)\s+(?:the\s+)?(?:past|last)\s+$", re.IGNORECASE)
# A stretch of time still to come ("for the next thirty years", "over the coming two years") is nobody's history.
_FUTURE_BEFORE = re.compile(r"\b(?:next|coming|following|upcoming)\s+$", re.IGNORECASE)


def _years_fit(claim: Quantity, lo: float, hi: float) -> bool:
    value = claim.value * (10 if claim.unit == "decade" else 1)
    if claim.unit == "season":  # seasons are counted by calendar year: May 2019 to now is eight seasons
        lo, hi = lo - 1, hi + 1
    if claim.qualifier is Qualifier.AT_LEAST:  # "over eight years" needs eight, give or take a month
        return value <= hi + 0.1
    if claim.qualifier is Qualifier.AT_MOST:
        return value >= lo - 0.25
    if claim.qualifier in (Qualifier.APPROX, Qualifier.PEAK):
        return lo - 1 <= value <= hi + 1
    return math.floor(lo) <= value <= hi + 0.5


def _fits_stated(claim: Quantity, fact: Quantity) -> bool:
    """A duration the CV states: "11 years" means 11 (a letter may not round it up to 12); "10+ years" means at
    least 10 and less than 11 as far as anyone can tell."""
    value = fact.value * (10 if fact.unit == "decade" else 1)
    high = value + 0.99 if fact.qualifier is Qualifier.AT_LEAST else value
    return _years_fit(claim, value, high)


def _fits_tenure(claim: Quantity, tenure: Tenure | None) -> bool:
    return tenure is not None and _years_fit(claim, tenure.min_years, tenure.max_years)


def _tied_tenures(
    sentence: Sentence, claim: Quantity, sources: Sources, until: int | None = None
) -> tuple[bool, list[Tenure]]:
    """(tied to something, its tenures): the employer or role a duration is about, when the sentence names one.
    For an employer, both the whole stay and each job held there count ("three years on the step-down unit"). A
    role named without a rank ("ten years as a backend developer") describes a line of work, which the whole career
    may be, so the career counts for it too."""
    local_start, local_end = claim.span
    after, before = sentence.text[local_end:until], sentence.text[:local_start]  # up to the next figure, if any
    # "five years as Senior Librarian at Eastbrook": the title written first says which stint is measured.
    role = _TIED_ROLE_AFTER.match(after)
    role_first = _role_tenures(role, sources)
    run = _role_tenures(_TIED_RUN_AFTER.match(after), sources)  # the first job alone, or the run it opens
    if role_first or run:
        return True, [*(_at_the_employer_named(role, after, sources) or role_first), *run]
    for match in (_TIED_EMPLOYER_AFTER.match(after), _TIED_EMPLOYER_BEFORE.search(before)):
        if match:
            entries = sources.employer_entries(match.group(1))
            tenures = [t for e, t in sources.tenures if e in entries] + stays_named_elsewhere(match.group(1), sources)
            merged = merge_tenures(tenures)
            if merged is not None:  # an employer the reader found no dates for cannot be checked, only trusted
                # "sixteen years at Calgary Airport", a site the CV gives one employer: other employers may have
                # been there too, so the career counts for a site as well.
                site = sources.career is not None and not any(
                    company_matches(match.group(1), e.employer) for e in entries
                )
                career = [sources.career] if site and sources.career else []
                return True, [*tenures, merged, *_latest_runs(tenures), *career]
    practised = tenures_in_activity(after, sources)
    merged_practice = merge_tenures(practised)
    if merged_practice is not None:  # "ten years auditing hospitals": the years as an auditor
        return True, [*practised, merged_practice]
    role_before = _role_tenures(_TIED_ROLE_BEFORE.search(before), sources)
    return bool(role_before), role_before


def _role_tenures(match: re.Match[str] | None, sources: Sources) -> list[Tenure]:
    """Each job with the title a match names, all of them together, and for a line of work the whole career; empty
    when no dated job has that title."""
    if match is None:
        return []
    role = match.group(1).strip()
    # "as sous chef or head chef for twelve years": the years in either title, together.
    roles = [part for part in re.split(r"\s+(?:and|or|&|then)\s+|\s*[/,]\s*", role) if part]
    tenures = [t for e, t in sources.tenures if any(fits_titles(r, [e.title]) for r in roles)]
    merged = merge_tenures(tenures)
    if merged is None:
        return []
    line_of_work = not set(title_tokens(role)) & RANK_WORDS and sources.career is not None
    return [*tenures, merged, *([sources.career] if line_of_work and sources.career else [])]


def _at_the_employer_named(role: re.Match[str] | None, after: str, sources: Sources) -> list[Tenure]:
    """ "four years as a KYC analyst at Quillpay": the jobs with that title at that employer, which alone measure it
    (not the line of work across the career); empty when no employer follows or none of its jobs has the title."""
    employer = _TIED_EMPLOYER_AFTER.match(after[role.end(1) :]) if role else None
    if role is None or employer is None:
        return []
    entries = sources.employer_entries(employer.group(1))
    tenures = [t for e, t in sources.tenures if e in entries and fits_titles(role.group(1).strip(), [e.title])]
    merged = merge_tenures(tenures)
    return [*tenures, merged] if merged is not None else []


def _latest_runs(tenures: list[Tenure]) -> list[Tenure]:
    """ "six years in the revenue cycle", "the last five years in supervisory grades at Hollowfield": the latest jobs
    together, counted back from the most recent one (two or more, short of all of them)."""
    latest_first = sorted(tenures, key=lambda t: t.latest_start, reverse=True)
    runs = (merge_tenures(latest_first[:count]) for count in range(2, len(latest_first)))
    return [run for run in runs if run is not None]


def _general_fit(claim: Quantity, sources: Sources) -> bool:
    """An untied duration may describe the whole career (earliest start to latest end, the reading the corpus
    format prescribes for "N years of experience"), any one job or employer, or a duration the CV states."""
    if _fits_tenure(claim, sources.career):
        return True
    if any(_fits_tenure(claim, tenure) for _, tenure in sources.tenures):
        return True
    if any(_fits_tenure(claim, stretch) for stretch in stretches_within_jobs(sources)):
        return True
    if any(_fits_tenure(claim, run) for run in _latest_runs([tenure for _, tenure in sources.tenures])):
        return True
    for employer in {e.employer for e in sources.cv.experience}:
        entries = sources.employer_entries(employer)
        if _fits_tenure(claim, merge_tenures([t for e, t in sources.tenures if e in entries])):
            return True
    # A duration the CV states, in any unit: "within 18 months" backs "in a year and a half".
    return any(
        (fact.kind is QuantityKind.DURATION_YEARS and _fits_stated(claim, fact))
        or (fact.kind is QuantityKind.DURATION_OTHER and supports(claim, fact))
        for fact, _ in sources.candidate_quantities
    )


_OWNER_BEFORE = re.compile(
    r"(?:\b(your)|((?:[A-Z][\w&.-]*\s+){0,5}[A-Z][\w&.-]*)['’]s?)\s+(?:(?:nearly|almost|over|more\s+than|some|"
    r"about|roughly|\d+|[a-z]+-?[a-z]*)\s+){0,2}$"
)


# "a weaver with more than ninety years of history": an organisation's age, never a length of service.
_HISTORY_AFTER = re.compile(r"^\s*of\s+(?:its\s+|their\s+)?(?:history|heritage|tradition|trading)\b", re.IGNORECASE)


def _owned_by_the_company(before: str, sources: Sources) -> bool:
    """ "Harbor Light's nearly seventy years", "your forty years in the valley": the years are the company's."""
    owner = _OWNER_BEFORE.search(before)
    return owner is not None and (owner.group(1) is not None or sources.is_target_company(owner.group(2)))


def _company_age_fits(claim: Quantity, sources: Sources) -> bool:
    """The company's age counted from a year the posting gives ("serving the county since 1958") to today."""
    years = {int(y) for y in re.findall(r"(?<!\d)(?:1[6-9]|20)\d{2}(?!\d)", sources.posting_text)}
    ages = [sources.today.year - y for y in years if y < sources.today.year]
    if claim.qualifier is Qualifier.AT_LEAST:
        return any(claim.value <= age for age in ages)
    # A round figure for a long history ("nearly seventy years" for 68): a twentieth of it either way.
    return any(abs(claim.value - age) <= max(1.0, age / 20) for age in ages)


def _fits_up_to_now(claim: Quantity, sources: Sources) -> bool:
    """From the start of some job to today: "I have coached for the last eight years" when the coaching jobs began
    eight years ago, whatever came before them."""
    today = sources.today
    return any(_fits_tenure(claim, Tenure(t.earliest_start, t.latest_start, today, today)) for _, t in sources.tenures)


def _between_years_of_a_line(claim: Quantity, sentence: Sentence, sources: Sources) -> bool:
    """ "revenue grew by $1.2 million in five years" from "revenue grew from $2.6M (2020) to $3.8M (2025)": the time
    a change took, between the years of one CV line that gives the change and speaks of the same thing."""
    if not any(_a_figure(q) for q in extract_quantities(sentence.text)):
        return False  # no change stated beside the duration: it is a length of service
    words = context.stems(sentence.text)
    for line in sources.lines:
        years = sorted({int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", line.text)})
        if line.origin == "posting" or len(years) < 2 or len(words & context.stems(line.text)) < 2:
            continue
        if sum(1 for q in extract_quantities(line.text) if _a_figure(q)) < 2:
            continue
        if any(abs((later - earlier) - claim.value) <= 0.5 for earlier in years for later in years if later > earlier):
            return True
    return False


# "My first job in a hospital, twelve years ago": a point in time counted back from today, not a length of service.
_AGO_AFTER = re.compile(r"^\s+(?:or\s+so\s+)?ago\b", re.IGNORECASE)


def _years_written(sources: Sources) -> frozenset[int]:
    """Every year the candidate's lines write, read once per CV."""
    lines = (line.text for line in sources.lines if line.origin != "posting")
    return frozenset(int(y) for text in lines for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text))


def _a_cv_year_that_long_ago(claim: Quantity, sources: Sources) -> bool:
    """A year the CV writes lies that far back from today (a year either way: neither side gives the month)."""
    back = sources.today.year - claim.value * (10 if claim.unit == "decade" else 1)
    years = sources.derived(_years_written)
    if claim.qualifier is Qualifier.AT_LEAST:  # "more than ten years ago"
        return any(y <= back + 1 for y in years)
    return any(abs(y - back) <= 1 for y in years)


def _a_figure(quantity: Quantity) -> bool:
    return quantity.kind in (QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.PERCENT)


_A_PROGRAMME_AFTER = re.compile(
    r"^\s+(?:[\w.&'’-]+\s+){0,3}?(?:degree|diploma|a\.?a\.?s\.?|associate|bachelor\S*|programme|program|"
    r"apprenticeship|course|certificate|residency|fellowship)\b",  # not "a two-year contract": time worked
    re.IGNORECASE,
)


def check_durations(letter: Letter, sources: Sources) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        quantities = extract_quantities(sentence.text)
        for written in quantities:
            claim = as_elided_years(sentence.text, written, quantities) or written
            if claim.kind is not QuantityKind.DURATION_YEARS or _FUTURE_BEFORE.search(sentence.text[: claim.span[0]]):
                continue
            if "-" in claim.raw and _A_PROGRAMME_AFTER.match(sentence.text[claim.span[1] :]):
                continue  # "a two-year A.A.S.", "a four-year apprenticeship": how long a programme of study runs
            following = [q.span[0] for q in quantities if q.span[0] >= claim.span[1]]
            tied, tenures = _tied_tenures(sentence, claim, sources, min(following, default=None))
            if _AGO_AFTER.match(sentence.text[claim.span[1] :]):
                ok = _a_cv_year_that_long_ago(claim, sources)
            elif tied:
                ok = any(_fits_tenure(claim, t) for t in tenures)
            elif _WINDOW_BEFORE.search(sentence.text[: claim.span[0]]):
                # "in the past two years I have...": a window inside the career, not a length of service
                ok = sources.career is not None and claim.value <= sources.career.max_years + 0.75
            elif _owned_by_the_company(sentence.text[: claim.span[0]], sources) or _HISTORY_AFTER.match(
                sentence.text[claim.span[1] :]
            ):
                ok = _company_age_fits(claim, sources)
            elif _UP_TO_NOW_BEFORE.search(sentence.text[: claim.span[0]]):
                ok = _fits_up_to_now(claim, sources) or _general_fit(claim, sources)
            else:
                ok = _general_fit(claim, sources)
            if ok or _between_years_of_a_line(claim, sentence, sources):
                continue
            span = (sentence.start + claim.span[0], sentence.start + claim.span[1])
            tenure = tenures[-1] if tenures else None
            expected = f"{tenure.min_years:.1f}-{tenure.max_years:.1f} years" if tenure else None
            if expected is None and sources.career is not None:
                expected = f"career of {sources.career.max_years:.1f} years"
            problems.append(
                violation(letter.text, Kind.DATE_OR_DURATION, span,
                          f"'{claim.raw}' does not match the dates in the CV.", expected=expected)
            )  # fmt: skip
    return problems
