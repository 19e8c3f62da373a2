"""The evidence map ("value proposition report"): every posting requirement paired with the CV facts that back it.

Every writer works from this map and nothing else, so it is built conservatively: a fact is a sentence the candidate
wrote (or a gap-analysis answer they gave), never a paraphrase; a requirement is met only when facts share its
topic words or skills, when the real span of the CV covers its years, or when a held degree/licence answers it.
Matching is lexical (light stems plus the shared skill lexicon, so "Postgres" meets "PostgreSQL"), which keeps it
pure, deterministic and explainable: `matched_terms` says why a requirement counts as met.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from careervp.logic.bounds import considered_cv, considered_posting
from careervp.logic.evidence.compounds import compound_lead, compound_nouns, unmentioned_noun
from careervp.logic.evidence.domain import FieldYears, summary_names_field, years_in_field
from careervp.logic.evidence.facts import IndexedFact, TermProfile, acronyms, collect_facts, current_entry
from careervp.logic.evidence.held_lines import (
    another_grade_only,
    codes_held_on_lines,
    credential_lines,
    credentials_held_for,
    held_or_done,
    lists_a_credential,
)
from careervp.logic.evidence.hooks import company_hooks
from careervp.logic.evidence.leading_people import field_of_people_led, leads_people
from careervp.logic.evidence.levels import level_verdict, matched_level
from careervp.logic.evidence.named import facts_naming_tools, language_verdict, names_none_the_cv_has
from careervp.logic.evidence.overlap import SKILL_WEIGHT, Overlap, overlap_of
from careervp.logic.evidence.person import personal_verdict
from careervp.logic.evidence.places import licence_place_held, local_rules_unknown
from careervp.logic.evidence.rules import (
    SCHOOL,
    accepts_related_field,
    asked_credential,
    clauses,
    degree_field,
    designations_held,
    experience_span_years,
    held_other_than_a_degree,
    is_credential_requirement,
    licence_named_in_one,
    listed_degree_level,
    named_degree_level,
    required_degree_level,
    required_part,
    required_years,
    strip_years_phrase,
    without_offer_to_obtain,
)
from careervp.logic.evidence.thresholds import falls_short
from careervp.logic.remembered import remembered
from careervp.logic.text import content_term_set, content_terms, matched_term_set, skills_in, tokens
from careervp.models.api import GapResponses
from careervp.models.cv import CV, ExperienceEntry
from careervp.models.evidence import EvidenceMap, FactKind, RequirementCategory, RequirementMatch
from careervp.models.job import JobPosting
from careervp.vocabulary import is_generic_skill, skill_key
from careervp.vocabulary.cv_structure import places_in
from careervp.vocabulary.languages import languages_in

CATEGORY_WEIGHT: dict[RequirementCategory, float] = {
    RequirementCategory.MUST_HAVE: 3.0,
    RequirementCategory.EMPHASIS: 3.0,
    RequirementCategory.RESPONSIBILITY: 1.5,
    RequirementCategory.NICE_TO_HAVE: 1.0,
}
FULL_COVERAGE = 0.6
"""Share of a requirement's weighted terms at which it counts as fully covered: requirements list alternatives
("Kafka or a similar system"), so nobody matches every word."""
GAP_BELOW = 0.35
NAMED_USE = 0.75
"""Score of a requirement for a named tool met by a CV line naming it: met, though its other words may not be."""
PART_CREDIT = 0.8
"""A requirement of two clauses ("X; Y") met through one of them is met, but not fully."""
# Achievements are what a letter should cite; a summary or a bare skill restates them less convincingly.
_KIND_WEIGHT = {FactKind.ROLE: 0.7, FactKind.SUMMARY: 0.5, FactKind.SKILL: 0.5, FactKind.EDUCATION: 0.6,
                FactKind.CERTIFICATION: 0.6}  # fmt: skip
MAX_FACTS_PER_REQUIREMENT = 3
MAX_LISTED_FACTS = 5
_CREDENTIAL_KINDS = frozenset({FactKind.EDUCATION, FactKind.CERTIFICATION})
_WORK_KINDS = frozenset({FactKind.ROLE, FactKind.ACHIEVEMENT, FactKind.SUMMARY})


@dataclass(frozen=True)
class _Need:
    text: str
    category: RequirementCategory
    terms: frozenset[str]
    skills: frozenset[str]
    surface: dict[str, str] = field(default_factory=dict)
    """stem -> the word as the posting wrote it, so matched_terms read naturally."""
    skill_words: frozenset[str] = frozenset()
    """Topic words that are part of a named tool's name; they do not count twice towards support."""
    named_tools: frozenset[str] = frozenset()
    """Skill keys of named tools ("PostgreSQL"), as opposed to broad practices ("curriculum design")."""
    lead: str = ""
    """The topic word naming the thing a two-word requirement asks ("forklift" in "Forklift certification")."""
    compound: frozenset[str] = frozenset()
    """The nouns of a requirement that is one run of words ("avalanche dog handler"), every one of them asked."""


@remembered(size=64)  # the same CV and posting give the same map: several letters are written from one pair
def build_evidence_map(
    cv: CV,
    job: JobPosting,
    *,
    gap_responses: GapResponses | None = None,
    emphasis_areas: Sequence[str] = (),
    today: date | None = None,
) -> EvidenceMap:
    """Pair every requirement of `job` (and every emphasis area) with the facts of `cv` that support it.

    `today` ends a current job; it defaults to the system date and is a parameter so tests stay deterministic.
    """
    today = today or date.today()
    cv, job = considered_cv(cv), considered_posting(job)  # the work stays bounded whatever was uploaded
    facts = collect_facts(cv, gap_responses)
    needs = _collect_needs(job, emphasis_areas)
    span = experience_span_years(cv.experience, today)
    lines = credential_lines(cv.raw_text, facts)
    matches = [_held_on_a_line(_match(need, facts, cv, today, span), need, facts, lines) for need in needs]
    ranked = _rank_facts(facts, needs)
    current = current_entry(cv.experience)
    return EvidenceMap(
        company_name=job.company_name,
        job_title=job.job_title,
        candidate_name=cv.person.name,
        facts=[indexed.fact for indexed in ranked],
        requirements=matches,
        emphasis_areas=[area.strip() for area in emphasis_areas if area.strip()],
        years_of_experience=int(span) if span is not None else None,
        current_role=current.title if current else None,
        current_employer=current.employer if current else None,
        company_hooks=company_hooks(job),
    )


def _collect_needs(job: JobPosting, emphasis_areas: Sequence[str]) -> list[_Need]:
    needs: list[_Need] = []
    for category, texts in (
        (RequirementCategory.MUST_HAVE, job.must_have),
        (RequirementCategory.NICE_TO_HAVE, job.nice_to_have),
        (RequirementCategory.RESPONSIBILITY, job.responsibilities),
        (RequirementCategory.EMPHASIS, list(emphasis_areas)),
    ):
        for text in texts:
            if text.strip():
                needs.append(_need(text.strip(), category))
    return needs


@lru_cache(maxsize=4096)
def _need(text: str, category: RequirementCategory) -> _Need:
    surface: dict[str, str] = {}
    for word in tokens(text):
        for term in content_terms(word):
            surface.setdefault(term, word)
    terms = content_term_set(text)
    if not terms:  # a requirement made only of boilerplate words ("Experience required") still has a topic
        terms = content_term_set(text, drop_generic=False)
    found = {name for name, _ in skills_in(text)}
    skills = {skill_key(s) for s in found} | acronyms(text)
    for name in found:
        surface.setdefault(skill_key(name), name)
    for acronym in acronyms(text):
        surface.setdefault(acronym, acronym.removeprefix("acronym:").upper())
    named_tools = [name for name, _ in skills_in(text) if not is_generic_skill(name)]
    skill_words = frozenset(t for name in named_tools for t in content_terms(name, drop_generic=False))
    skill_words |= frozenset(a.removeprefix("acronym:") for a in acronyms(text))
    tools = frozenset(skill_key(name) for name in named_tools) | frozenset(acronyms(text))
    # The candidate's own emphasis areas ("client negotiation") say what they bring: any word of them shared counts.
    lead = compound_lead(text, terms) if category is not RequirementCategory.EMPHASIS else ""
    compound = compound_nouns(text, terms) if category is not RequirementCategory.EMPHASIS else frozenset()
    return _Need(text, category, terms, frozenset(skills), surface, skill_words, tools, lead, compound)


def _overlap(need: _Need, fact: IndexedFact | TermProfile) -> Overlap:
    return overlap_of(need.terms, need.skills, fact.terms, fact.skills)


def _supports(need: _Need, overlap: Overlap) -> bool:
    """A named skill in common, or two topic words; one word suffices for a one- or two-word requirement, unless
    the requirement names a skill the fact lacks ("PostgreSQL performance" is not met by "performance reviews")."""
    if overlap.skills:
        return True
    if need.named_tools:
        return len(overlap.terms - need.skill_words) >= 2
    if overlap.supports:
        return True
    # One shared word meets a short requirement when it is the thing asked: no "certification" for "Forklift ...".
    return len(need.terms) <= 2 and bool(overlap.terms) and (not need.lead or need.lead in overlap.terms)


def _coverage(need: _Need, facts: Sequence[IndexedFact]) -> tuple[float, list[IndexedFact], set[str]]:
    """Weighted share of the requirement covered by its best supporting facts, those facts, and the terms met."""
    scored = [(f, _overlap(need, f)) for f in facts]
    supporting = [(f, o) for f, o in scored if _supports(need, o)]
    supporting.sort(key=lambda pair: (-pair[1].share, pair[0].recency, pair[0].order))
    best = supporting[:MAX_FACTS_PER_REQUIREMENT]
    terms: set[str] = set().union(*(o.terms for _, o in best)) if best else set()
    skills: set[str] = set().union(*(o.skills for _, o in best)) if best else set()
    total = len(need.terms) + SKILL_WEIGHT * len(need.skills)
    share = (len(terms) + SKILL_WEIGHT * len(skills)) / total if total else 0.0
    listed = [f for f, _ in supporting[:MAX_LISTED_FACTS]]
    return min(1.0, share / FULL_COVERAGE), listed, terms | skills


def _match(need: _Need, facts: Sequence[IndexedFact], cv: CV, today: date, span: float | None) -> RequirementMatch:
    years = required_years(need.text)
    if years is not None:
        return _match_years(need, facts, cv, today, span, years)
    cv_text = cv.raw_text or "\n".join(f.fact.text for f in facts)
    personal = personal_verdict(need.text, cv_text)
    if personal is not None:  # a driving licence, hours of work: said anywhere in the CV, the contact line included
        shown = [f for f in facts if any(f.fact.text in line or line in f.fact.text for line in personal.lines)]
        return _result(need, 0.85 * personal.met, shown[:MAX_FACTS_PER_REQUIREMENT], {personal.label},
                       is_gap=not personal.met)  # fmt: skip
    listed = [f for f in facts if lists_a_credential(f)]
    level = level_verdict(need.text, [f.fact.text for f in listed])
    if level is not None:  # "a Level 3 early years qualification": the level held in that subject decides
        best = [f for f in listed if matched_level(need.text, f.fact.text)]
        return _result(need, 0.75 if level else 0.2, best[:MAX_FACTS_PER_REQUIREMENT], {"level"}, is_gap=not level)
    if is_credential_requirement(without_offer_to_obtain(need.text)):
        return _match_credential(need, facts)
    facts = held_or_done(need.text, facts)  # the rest reads words, which a credential not yet held must not lend
    language = language_verdict(need.text, cv_text)
    if language is not None:
        return _result(need, 1.0 if language else 0.0, [], set(languages_in(need.text)), is_gap=not language)
    score, best, terms = _coverage(need, facts)
    if best and (
        unmentioned_noun(need.compound, [f.terms for f in facts])
        or names_none_the_cv_has(need.text, cv_text)
        or local_rules_unknown(need.text, cv_text)
        or falls_short(need.text, [f.fact.text for f in best])  # "$5M budgets" against a $40,000 one
        or another_grade_only(need.text, [f.fact.text for f in best])  # "IPAF (3a)" against "IPAF 1b / 3b"
    ):
        return _result(need, min(score, 0.3), best, terms, is_gap=True)
    led = field_of_people_led(need.text) if not best or score < GAP_BELOW else None
    if led is not None:  # "supervising survey crews" met by "ran a field party of 5 surveyors"
        leading = [f for f in facts if f.fact.kind in _WORK_KINDS and leads_people(f.fact.text)]
        leading = [f for f in leading if not led or matched_term_set(led, f.terms)]
        if leading and not falls_short(need.text, [f.fact.text for f in leading]):
            return _result(need, NAMED_USE, leading[:MAX_FACTS_PER_REQUIREMENT], {"leading people"}, is_gap=False)
    naming, held = facts_naming_tools(need.text, facts, cv_text)
    if naming and score < NAMED_USE:
        score, best, terms = NAMED_USE, naming[:MAX_LISTED_FACTS], terms | held
    for part in clauses(need.text):
        # "Experience in healthcare; familiarity with HIPAA": meeting one clause meets part of the requirement.
        part_score, part_best, part_terms = _coverage(_need(part, need.category), facts)
        if part_best and PART_CREDIT * part_score > score:
            score, best, terms = PART_CREDIT * part_score, part_best, part_terms
    return _result(need, score, best, terms, is_gap=not best or score < GAP_BELOW)


def _held_on_a_line(
    match: RequirementMatch, need: _Need, facts: Sequence[IndexedFact], lines: Sequence[str]
) -> RequirementMatch:
    """A gap the CV's own lines close: a credential listed where no certification fact stands."""
    codes = codes_held_on_lines(need.text, lines) if match.is_gap else []
    if not codes:
        return match
    naming = [f for f in facts if f.fact.kind is not FactKind.ROLE and any(c in f.fact.text for c in codes)]
    return _result(need, max(match.score, NAMED_USE), naming[:MAX_FACTS_PER_REQUIREMENT], set(codes), is_gap=False)


def _match_years(
    need: _Need, facts: Sequence[IndexedFact], cv: CV, today: date, span: float | None, years: int
) -> RequirementMatch:
    """ "6+ years of backend engineering": the roles in that field must add up to 6 years (the CV's whole span
    answers only a requirement that names no field, "5+ years of experience"). A gap answer that states enough years
    in the field also meets it: the candidate said so, and FVS holds the letter to it."""
    domain = _need(strip_years_phrase(need.text), need.category)
    in_field = years_in_field(need.text, cv.experience, facts, today)
    if in_field is None:
        roles = [f for f in facts if f.fact.kind is FactKind.ROLE][:2]
        if span is not None and span >= years:
            return _result(need, 1.0, roles, {f"{years}+ years (CV spans {int(span)})"}, is_gap=False)
        return _result(need, 0.5 * min(1.0, (span or 0.0) / years), roles, set(), is_gap=True)
    role_facts = [f for e in in_field.entries for f in facts if f.fact.kind is FactKind.ROLE and _of(f, e)]
    bullets = [f for e in in_field.entries for f in facts if f.fact.kind is FactKind.ACHIEVEMENT and _of(f, e)]
    score, best, terms = _coverage(domain, bullets) if bullets else (0.0, [], set())
    listed = (role_facts + best)[:MAX_LISTED_FACTS]
    answers = [
        f
        for f in facts
        if f.fact.kind is FactKind.GAP_RESPONSE
        and (required_years(f.fact.text) or 0) >= years
        and _supports(domain, _overlap(domain, f))
    ]
    label = f"{years}+ years (in-field roles span {int(in_field.years)})"
    if in_field.years < years and span is not None and span >= years and summary_names_field(need.text, cv):
        # The CV's own summary says the whole career is in this field ("Bridge engineer with ten years of design").
        in_field = FieldYears(span, in_field.entries)
        label = f"{years}+ years (the CV's summary: a career of {int(span)} in this field)"
    if in_field.years >= years or answers:
        return _result(need, max(score, 0.85), (answers + listed)[:MAX_LISTED_FACTS], {*terms, label}, is_gap=False,
                       surface=domain.surface)  # fmt: skip
    ratio = min(1.0, in_field.years / years)
    return _result(need, 0.5 * ratio, listed, terms, is_gap=True, surface=domain.surface)


def _of(fact: IndexedFact, entry: ExperienceEntry) -> bool:
    return fact.fact.employer == entry.employer and fact.fact.role == entry.title


def _match_credential(need: _Need, facts: Sequence[IndexedFact]) -> RequirementMatch:
    """What the posting only prefers ("; a master's is preferred") is not asked; the row keeps its full wording."""
    asked = required_part(need.text)
    if asked == need.text:
        return _match_held(need, facts)
    return _match_held(_need(asked, need.category), facts).model_copy(update={"requirement": need.text})


def _match_held(need: _Need, facts: Sequence[IndexedFact]) -> RequirementMatch:
    """Degrees and licences are answered only by the education and certification sections, never by a bullet."""
    credentials = credentials_held_for(need.text, [f for f in facts if f.fact.kind in _CREDENTIAL_KINDS])
    score, best, terms = _coverage(_need(asked_credential(need.text), need.category), credentials)
    wanted_level = required_degree_level(need.text)
    if wanted_level is not None and held_other_than_a_degree(need.text, "\n".join(f.fact.text for f in credentials)):
        wanted_level = None  # "PPA Certified Professional Photographer (CPP) or Master of Photography": the CPP held
    if wanted_level is not None:
        held = [
            f for f in credentials if f.fact.kind is FactKind.EDUCATION or named_degree_level(f.fact.text) is not None
        ]
        if wanted_level == SCHOOL:  # a school-leaving qualification: any education listed answers it
            return _result(need, 0.75 if held else 0.0, held[:MAX_FACTS_PER_REQUIREMENT], {"education"},
                           is_gap=not held)  # fmt: skip
        best_held = max((listed_degree_level(f.fact.text) for f in held), default=0)
        subject = _need(degree_field(need.text), need.category)
        in_subject = [f for f in held if matched_term_set(subject.terms, f.terms)]
        if best_held >= wanted_level and (in_subject or not subject.terms or accepts_related_field(need.text)):
            level_held = [f for f in in_subject or held if listed_degree_level(f.fact.text) >= wanted_level]
            ranked = sorted(level_held, key=lambda f: -listed_degree_level(f.fact.text))
            floor = 0.75 if in_subject or not subject.terms else 0.6
            return _result(need, max(score, floor), ranked[:MAX_FACTS_PER_REQUIREMENT], {*terms, "degree"},
                           is_gap=False)  # fmt: skip
        return _result(need, min(score, 0.2), best, terms, is_gap=True)
    certifications = [f.fact.text for f in credentials if f.fact.kind is FactKind.CERTIFICATION]
    if (
        designations_held(asked_credential(need.text), "\n".join(f.fact.text for f in credentials)) is False
        or licence_place_held(need.text, certifications) is False  # a licence of another state
        or licence_named_in_one(need.text, certifications, places_in(need.text)) is False
        or another_grade_only(need.text, [f.fact.text for f in best], tiers=True)
    ):
        return _result(need, min(score, 0.2), best, terms, is_gap=True)
    return _result(need, score, best, terms, is_gap=not best or score < GAP_BELOW)


def _result(
    need: _Need,
    score: float,
    best: Sequence[IndexedFact],
    terms: set[str],
    *,
    is_gap: bool,
    surface: dict[str, str] | None = None,
) -> RequirementMatch:
    names = {**need.surface, **(surface or {})}
    # Case breaks a case-folded tie ("API" from an acronym, "api" from a word), so the order never depends on hashing.
    readable = sorted({names.get(term, term) for term in terms}, key=lambda name: (name.casefold(), name))
    return RequirementMatch(
        requirement=need.text,
        category=need.category,
        fact_ids=[f.fact.fact_id for f in best],
        matched_terms=readable,
        score=round(max(0.0, min(1.0, score)), 3),
        is_gap=is_gap,
    )


def _rank_facts(facts: Sequence[IndexedFact], needs: Sequence[_Need]) -> list[IndexedFact]:
    """Best first: relevance to the weighted requirements and emphasis areas, then measurable results, then recency."""

    def relevance(indexed: IndexedFact) -> float:
        total = 0.0
        for need in needs:
            overlap = _overlap(need, indexed)
            if _supports(need, overlap):
                total += CATEGORY_WEIGHT[need.category] * overlap.share
        total *= _KIND_WEIGHT.get(indexed.fact.kind, 1.0)
        if indexed.fact.kind is FactKind.ACHIEVEMENT:
            total += 0.5 + (0.75 if indexed.fact.metrics else 0.0)
        total += {0: 0.3, 1: 0.15}.get(indexed.recency, 0.0)
        return total

    scores = {f.fact.fact_id: relevance(f) for f in facts}
    return sorted(facts, key=lambda f: (-round(scores[f.fact.fact_id], 6), f.order))
