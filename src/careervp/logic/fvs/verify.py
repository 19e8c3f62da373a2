"""verify_letter: run every check over one letter and combine the findings into an FVSValidation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from careervp.logic.analysed_letter import analyse_letter
from careervp.logic.fvs.claims import Frame, clause_text, frame_of, is_scheduled_completion
from careervp.logic.fvs.company_facts import check_company_news
from careervp.logic.fvs.credentials import check_credential_phrases, check_degrees, check_pending_credentials
from careervp.logic.fvs.durations import check_durations
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.grades import check_grades
from careervp.logic.fvs.jurisdictions import check_licence_places
from careervp.logic.fvs.letter import Letter, capitalised_vocabulary
from careervp.logic.fvs.listed_skills import check_listed_skills
from careervp.logic.fvs.metrics import check_metrics
from careervp.logic.fvs.name_index import NameIndex
from careervp.logic.fvs.named_figures import check_product_versions
from careervp.logic.fvs.names import check_claimed_employers, check_unknown_names
from careervp.logic.fvs.posting_terms import check_posting_terms
from careervp.logic.fvs.promotions import check_promotions
from careervp.logic.fvs.refusals import check_refusals
from careervp.logic.fvs.roles import check_roles
from careervp.logic.fvs.skills import check_skills
from careervp.logic.fvs.sources import Sources
from careervp.logic.fvs.spoken_languages import check_spoken_languages
from careervp.logic.fvs.standards import check_standard_codes
from careervp.logic.fvs.studying import check_studies_claimed_as_held
from careervp.logic.fvs.target import all_phrases, check_company, check_contamination, check_title
from careervp.logic.fvs.timeline import check_years
from careervp.logic.remembered import remembered_frozen
from careervp.models.api import FVSValidation, FVSViolation, GapResponses, Severity
from careervp.models.cv import CV
from careervp.models.job import JobPosting

_POSSESSIVE_END = re.compile(r"['’]s$")

# When two findings cover the same words, the more specific one is kept.
_PRIORITY = {
    Kind.REFUSAL: 0,
    Kind.CONTAMINATION: 1,
    Kind.COMPANY_NAME: 2,
    Kind.JOB_TITLE: 3,
    Kind.CREDENTIAL: 4,
    Kind.ROLE: 5,
    Kind.EMPLOYER: 6,
    Kind.DATE_OR_DURATION: 7,
    Kind.METRIC: 8,
    Kind.SKILL: 9,
    Kind.COMPANY_FACT: 10,
    Kind.UNVERIFIED: 11,
}


def verify_letter(
    letter: str,
    *,
    cv: CV,
    job: JobPosting | None,
    company_name: str,
    job_title: str,
    gap_responses: GapResponses | None = None,
    other_companies: Sequence[str] = (),
    today: date | None = None,
) -> FVSValidation:
    """Check the target company and title and every candidate fact in `letter` against the CV, gap answers and
    posting. `today` stands in for "Present" in CV dates (default: the current date)."""
    parsed = analyse_letter(letter).reading  # shared with the scorer and the repair step
    sources = sources_for(cv, job, company_name, job_title, gap_responses, today or date.today())
    # The target company's and the CV's organisations' words are names wherever they stand ("Ironbark's customers"
    # opening a sentence), and so is a possessive name without its "'s" ("Harlow's" of "Harlow's Bakery").
    known_capitalised = capitalised_vocabulary(letter, sources.all_text) | {
        form
        for name in [company_name, *sources.organisations]
        for word in name.split()
        if word[:1].isupper()
        for form in (word, _POSSESSIVE_END.sub("", word))
    }
    phrases = all_phrases(parsed, known_capitalised)

    violations: list[FVSViolation] = check_refusals(parsed)
    company_ok, company_problems, company_spans = check_company(parsed, sources, phrases)
    title_ok, title_problems, title_spans = check_title(parsed, sources)
    violations += company_problems + title_problems
    violations += check_contamination(parsed, sources, phrases, other_companies)
    # Names inside the target company or title ("Demand Forecasting" in a job title) are not candidate facts.
    target_spans = company_spans + title_spans
    fact_phrases = [p for p in phrases if not any(s <= p.start < e or p.start <= s < p.end for s, e in target_spans)]
    violations += check_roles(parsed, sources)
    violations += check_promotions(parsed, sources)
    violations += check_degrees(parsed, sources)
    violations += check_credential_phrases(parsed, sources)
    violations += check_pending_credentials(parsed, sources)
    violations += check_studies_claimed_as_held(parsed, sources)
    violations += check_durations(parsed, sources)
    violations += check_years(parsed, sources, fact_phrases)
    violations += check_metrics(parsed, sources, company_spans)
    violations += check_product_versions(parsed, sources)
    violations += check_company_news(parsed, sources)
    violations += check_unknown_names(
        parsed, sources.derived(NameIndex), sources.derived(_candidate_names), fact_phrases, company_spans
    )
    violations += check_skills(parsed, sources, company_spans, target_spans)
    judged = target_spans + [
        (v.span_start, v.span_end) for v in violations if v.span_start is not None and v.span_end is not None
    ]
    violations += check_posting_terms(parsed, sources, judged)
    violations += check_listed_skills(parsed, sources)
    violations += check_spoken_languages(parsed, sources)
    violations += check_licence_places(parsed, sources)
    violations += check_grades(parsed, sources)
    violations += check_standard_codes(parsed, sources)
    violations += check_claimed_employers(parsed, sources, fact_phrases, company_spans)

    # A credential word inside the target company or title ("Fitness Manager & Master Trainer") is no degree; a
    # role there may still be claimed as held ("I was promoted to <the target title>"), which the role check reads.
    violations = [v for v in violations if not (Kind(v.field) is Kind.CREDENTIAL and _inside(v, target_spans))]
    kept = _deduplicate(_asserted_only(violations, parsed, sources))
    return FVSValidation(
        is_valid=not any(v.severity is Severity.CRITICAL for v in kept),
        company_name_verified=company_ok,
        job_title_verified=title_ok,
        violations=kept,
    )


@remembered_frozen(8)
def sources_for(
    cv: CV, job: JobPosting | None, company_name: str, job_title: str, gap_responses: GapResponses | None, today: date
) -> Sources:
    """The sources of a letter check, kept for a few recent CV and posting pairs: their indexes (and the tables the
    checks derive from them) are worked out once for all the letters checked against the same pair. Nothing
    changes a Sources once made; its tables are filled in as first asked for."""
    return Sources(cv, job, company_name, job_title, gap_responses, today)


def _candidate_names(sources: Sources) -> NameIndex:
    return NameIndex(sources, candidate_only=True)


# Facts about the candidate: only what the letter asserts needs the CV's backing (claims.py).
_CANDIDATE_FACTS = frozenset(
    {Kind.EMPLOYER, Kind.ROLE, Kind.DATE_OR_DURATION, Kind.METRIC, Kind.CREDENTIAL, Kind.SKILL, Kind.UNVERIFIED}
)


def _asserted_only(violations: list[FVSViolation], letter: Letter, sources: Sources) -> list[FVSViolation]:
    """Drop findings the letter does not assert (a gap, an intention, the posting's words) and attach to every
    remaining one the clause it was read from. A name nobody wrote, in a clause about the reader's company ("the
    clinic you are opening in Nogales"), is news about the company the posting must give."""
    kept: list[FVSViolation] = []
    for v in violations:
        sentence = letter.sentence_at(v.span_start) if v.span_start is not None else None
        if sentence is None or v.span_end is None:
            kept.append(v)
            continue
        start, end = v.span_start or 0, v.span_end
        scheduled = Kind(v.field) is Kind.DATE_OR_DURATION and is_scheduled_completion(sentence, start)
        frame = frame_of(sentence, start, end) if Kind(v.field) in _CANDIDATE_FACTS else None
        if frame is Frame.ABOUT_POSTING and Kind(v.field) in _NAMES and _unwritten_name(v.found or "", sources):
            v = violation(letter.text, Kind.COMPANY_FACT, (start, end),
                          f"'{v.found}' about the company is not in the posting.")  # fmt: skip
        elif frame is not None and frame is not Frame.ASSERTED and not scheduled:
            continue
        kept.append(v.model_copy(update={"claim": clause_text(sentence, start, end)}))
    return kept


def _unwritten_name(found: str, sources: Sources) -> bool:
    """A capitalised word in `found` that no source writes: a name, not the posting's words restated."""
    return any(word[:1].isupper() and not sources.anyone_says(word) for word in found.split())


_NAMES = frozenset({Kind.EMPLOYER, Kind.UNVERIFIED, Kind.SKILL, Kind.CREDENTIAL})


def _inside(v: FVSViolation, spans: list[tuple[int, int]]) -> bool:
    return (
        v.span_start is not None
        and v.span_end is not None
        and any(s <= v.span_start and v.span_end <= e for s, e in spans)
    )


def _rank(v: FVSViolation) -> tuple[int, int]:
    severity = 0 if v.severity is Severity.CRITICAL else 1
    return severity, _PRIORITY.get(Kind(v.field), 99)


def _deduplicate(violations: list[FVSViolation]) -> list[FVSViolation]:
    kept: list[FVSViolation] = []
    for v in sorted(violations, key=_rank):
        if v.span_start is not None and v.span_end is not None:
            overlapping = any(
                k.span_start is not None
                and k.span_end is not None
                and k.span_start < v.span_end
                and v.span_start < k.span_end
                for k in kept
            )
            if overlapping:
                continue
        elif any(k.field == v.field and k.span_start is None for k in kept):
            continue
        kept.append(v)
    return sorted(kept, key=lambda v: (v.span_start if v.span_start is not None else -1, _rank(v)))
