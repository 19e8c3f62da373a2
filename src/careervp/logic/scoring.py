"""Quality scores for a letter: personalization (40%), relevance (35%), tone (25%), each with its reasons.

Every score is computed from the letter text and the evidence map with the same matching rules the map was built
with, so "covered" means the same thing everywhere. The scores reward what a recruiter notices: the company and the
role named, details from the posting, the candidate's own results with their numbers, the requirements answered with
CV evidence (an honest "I have not yet..." earns a little, never coverage), a voice that matches the requested tone,
no stock phrases, and the requested length. A poor fit cannot write its way to a high relevance: missed must-haves
scale the whole relevance score down.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from careervp.logic.analysed_letter import AnalysedLetter, analyse_letter
from careervp.logic.evidence import TermProfile, joined_term_profile, requirement_share, term_profile
from careervp.logic.evidence.facts import credential_name
from careervp.logic.evidence.rules import is_soft_skill, required_years
from careervp.logic.fvs.context import NEGATION_OR_ASPIRATION
from careervp.logic.numbers import Quantity, QuantityKind, same_value
from careervp.logic.patterns import compiled
from careervp.logic.scoring_explain import Outcome, plain_explanation
from careervp.logic.scoring_tone import tone_rates, tone_score, tone_strengths
from careervp.logic.text import content_term_set, matched_term_set, quantities_in, split_sentences
from careervp.logic.writers.defects import letter_defects
from careervp.models.api import Preferences, QualityDetails
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch
from careervp.models.letter import QualityReport
from careervp.vocabulary import company_tokens, normalize_title, title_variants

__all__ = [
    "WEIGHTS",
    "band",
    "cited_metrics",
    "company_named",
    "letter_claims",
    "score_letter",
    "title_named",
    "tone_rates",
    "tone_strengths",
]

WEIGHTS = {"personalization": 0.40, "relevance": 0.35, "tone": 0.25}
ADDRESSED_AT = 0.5
"""A requirement counts as addressed when the letter covers half of its weighted topic (or cites a fact behind it)."""
ADMITTED_GAP_CREDIT = 0.25
"""An honest gap statement addresses a requirement without meeting it: partial credit at most."""
CITED_FACT_AT = 0.6
DEFECT_PENALTY = 0.35
"""Share of the tone score each defect of an assembled letter takes (logic/writers/defects.py): three take it all."""
_CATEGORY_SHARE = {RequirementCategory.MUST_HAVE: 0.60, RequirementCategory.NICE_TO_HAVE: 0.15,
                   RequirementCategory.EMPHASIS: 0.25}  # fmt: skip
_CITABLE = frozenset({FactKind.ACHIEVEMENT, FactKind.GAP_RESPONSE})


def score_letter(text: str, *, evidence: EvidenceMap, preferences: Preferences) -> QualityReport:
    letter = analyse_letter(text)  # the reading FVS made of this letter, shared
    notes: list[str] = []
    personalization, cited, named = _personalization(letter, evidence, notes)
    relevance, covered, missed = _relevance(text, evidence, notes)
    tone = tone_score(text, preferences, notes)
    defects = letter_defects(text, posting=posting_text(evidence), cv=cv_text(evidence))
    if defects:  # a letter that reads assembled is no letter in the requested voice, whoever wrote it
        tone *= max(0.0, 1 - DEFECT_PENALTY * len(defects))
        notes.append("defects: " + "; ".join(defects[:5]))
    overall = WEIGHTS["personalization"] * personalization + WEIGHTS["relevance"] * relevance + WEIGHTS["tone"] * tone
    outcome = Outcome(
        covered,
        missed,
        cited,
        named.company >= 1,
        named.title >= 1,
        letter.words,
        preferences.word_count_target,
        defects,
    )
    notes = plain_explanation(outcome, evidence) + notes  # sentences for the reader first, diagnostics after
    details = QualityDetails(
        band=band(overall), covered_requirements=covered, missed_requirements=missed, cited_metrics=cited, notes=notes
    )  # fmt: skip
    return QualityReport(
        personalization=_unit(personalization),
        relevance=_unit(relevance),
        tone=_unit(tone),
        overall=_unit(overall),
        details=details,
    )


def posting_text(evidence: EvidenceMap) -> str:
    """The posting's own lines as the map keeps them (what the company says, each requirement), for copy checks."""
    return "\n".join([*evidence.company_hooks, *(r.requirement for r in evidence.requirements)])


def cv_text(evidence: EvidenceMap) -> str:
    """The candidate's own lines as the map keeps them: words a letter shares with them are not copied."""
    return "\n".join(f.text for f in evidence.facts)


def band(overall: float) -> Literal["excellent", "good", "fair", "poor"]:
    if overall >= 0.80:
        return "excellent"
    if overall >= 0.70:
        return "good"
    if overall >= 0.50:
        return "fair"
    return "poor"


def _unit(value: float) -> float:
    return round(max(0.0, min(1.0, value)), 3)


# ------------------------------------------------------------------------------------------------ personalization


@dataclass(frozen=True)
class _Named:
    """How fully the letter names the company and the title (`company_named`, `title_named`), worked out once for
    the personalization score and the explanation."""

    company: float
    title: float


def _personalization(
    letter: AnalysedLetter, evidence: EvidenceMap, notes: list[str]
) -> tuple[float, list[str], _Named]:
    company = company_named(letter.text, evidence.company_name)
    title = title_named(letter.text, evidence.job_title)
    hooks = _hooks_referenced(letter, evidence)
    cited = cited_metrics(letter.text, evidence)
    achievements = _achievements_cited(letter, evidence)
    has_metrics = any(f.metrics for f in evidence.facts if f.kind in _CITABLE)
    metric_part = min(1.0, len(cited) / 3) if has_metrics else min(1.0, achievements / 2)
    evidence_part = 0.6 * metric_part + 0.4 * min(1.0, achievements / 3)
    has_details = bool(evidence.company_hooks) or any(
        r.category is RequirementCategory.RESPONSIBILITY for r in evidence.requirements
    )
    hook_part = (0.0, 0.75, 1.0)[min(hooks, 2)] if has_details else 0.75
    score = 0.25 * company + 0.15 * title + 0.20 * hook_part + 0.40 * evidence_part
    # A letter that never names the company (or the role) reads as a form letter, however good the rest is.
    if company < 0.5:
        score = min(score, 0.5)
    elif title < 0.8:
        score = min(score, 0.75)
    notes.append(
        f"personalization: company {'named' if company >= 1 else 'short form' if company > 0 else 'NOT named'}, "
        f"title {'named' if title >= 1 else 'partly named' if title > 0 else 'NOT named'}, "
        f"{hooks} posting detail(s), {achievements} CV accomplishment(s), {len(cited)} metric(s) cited"
    )
    return score, cited, _Named(company, title)


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def company_named(text: str, company: str) -> float:
    """1.0 for the full name (legal suffix optional), 0.8 for a leading short form ("Acme" for "Acme Widgets"), 0."""
    letter, official = analyse_letter(text).company_tokens, company_tokens(company)
    if _contains(letter, official):
        return 1.0
    if len(official) >= 2 and len(official[0]) >= 3 and _contains(letter, official[:1]):
        return 0.8
    return 0.0


def title_named(text: str, title: str) -> float:
    """1.0 for the title (abbreviations normalised), 0.8 for its core before a comma or dash, 0.5 when one sentence
    holds most of its words."""
    analysed = analyse_letter(text)
    letter = analysed.title_words
    words = normalize_title(title).split()
    if _contains(letter, words):
        return 1.0
    if any(_contains(letter, normalize_title(v).split()) for v in title_variants(title)[1:]):
        return 0.8
    for tokens in analysed.sentence_title_words:
        if words and sum(1 for w in words if w in tokens) / len(words) >= 0.75:
            return 0.5
    return 0.0


def _hooks_referenced(letter: AnalysedLetter, evidence: EvidenceMap) -> int:
    """Posting details the letter picks up: what the company says about itself (the hooks) and the duties of the
    role. A sentence refers to one when it shares three of its topic words (or most of them), or its specific number
    and a topic word."""
    sentences = list(zip(letter.sentence_terms, letter.sentence_quantities, strict=True))
    details = list(evidence.company_hooks)
    details += [r.requirement for r in evidence.requirements if r.category is RequirementCategory.RESPONSIBILITY]
    count = 0
    for detail in details:
        terms = _long_terms(detail)
        numbers = [q for q in _quantities(detail) if q.kind is not QuantityKind.TIME]
        for sentence_terms, sentence_numbers in sentences:
            shared = matched_term_set(terms, sentence_terms)
            by_terms = len(shared) >= 3 or (len(shared) >= 2 and len(shared) >= 0.5 * len(terms))
            # Numbers are compared only where they could count: beside a shared topic word, for a detail the words
            # alone do not pick up.
            if by_terms or (shared and any(same_value(a, b) for a in numbers for b in sentence_numbers)):
                count += 1
                break
    return count


@lru_cache(maxsize=1024)
def _long_terms(text: str) -> frozenset[str]:
    return frozenset(t for t in content_term_set(text) if len(t) >= 4)


def _quantities(text: str) -> tuple[Quantity, ...]:
    return quantities_in(text)


def cited_metrics(text: str, evidence: EvidenceMap) -> list[str]:
    """The CV's numbers (as the CV wrote them) that the letter repeats, paraphrase allowed ("40 percent" = 40%)."""
    letter = [q for q in analyse_letter(text).quantities if q.kind is not QuantityKind.TIME]
    found: list[str] = []
    for fact in evidence.facts:
        if fact.kind not in _CITABLE:
            continue
        for quantity in quantities_in(fact.text):
            if quantity.kind is QuantityKind.TIME or quantity.raw in found:
                continue
            if any(same_value(quantity, claim) for claim in letter):
                found.append(quantity.raw)
    return found


def _fact_cited(fact: EvidenceFact, sentences: Sequence[frozenset[str]], profile: TermProfile) -> bool:
    terms = content_term_set(credential_name(fact) if fact.kind is FactKind.CERTIFICATION else fact.text)
    if not terms:
        return False
    if fact.kind in (FactKind.SKILL, FactKind.CERTIFICATION, FactKind.EDUCATION):
        return len(matched_term_set(terms, profile.terms)) >= CITED_FACT_AT * len(terms)
    return any(len(matched_term_set(terms, s)) >= CITED_FACT_AT * len(terms) for s in sentences)


def _achievements_cited(letter: AnalysedLetter, evidence: EvidenceMap) -> int:
    sentences = letter.sentence_terms
    profile = joined_term_profile(letter.text, sentences)
    return sum(1 for f in evidence.facts if f.kind in _CITABLE and _fact_cited(f, sentences, profile))


# ------------------------------------------------------------------------------------------------ relevance

_CLAUSE_BREAK = re.compile(r";|[,—–]\s+(?=(?:but|although|though|while|whereas|yet|and\s+I)\b)|\s+but\s+", re.I)
_POSTING_FRAMED = re.compile(
    r"\b(?:your|the|this)\s+(?:posting|job\s+description|listing|advert(?:isement)?|job\s+ad)\b|"
    r"\byou(?:'re|’re|\s+are)\s+(?:looking|seeking|hiring)\b|\byou\s+(?:want|need|ask)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class LetterClaims:
    """A letter split by what its clauses do: claims about the candidate (the only place evidence can be cited),
    and honest gap statements ("I have not yet...", "I would learn..."), which address a requirement without
    meeting it. Clauses that restate the posting ("your posting asks for...") are neither."""

    claims: tuple[str, ...]
    gaps: tuple[str, ...]


def letter_claims(text: str, evidence: EvidenceMap) -> LetterClaims:
    """Split `text` into claim and gap clauses; the target company and the exact title are blanked out of the claims,
    since naming the role applied for ("Senior Product Manager, Patient Engagement") is not evidence of product
    management. Shorter forms stay: "Registered Nurse" may be the candidate's own licence or current title."""
    names = sorted({evidence.company_name, evidence.job_title}, key=len, reverse=True)
    blank = compiled("|".join(re.escape(n) for n in names if n.strip()), re.IGNORECASE) if names else None
    claims: list[str] = []
    gaps: list[str] = []
    for sentence in split_sentences(text):
        kept: list[str] = []
        for clause in _CLAUSE_BREAK.split(sentence):
            if NEGATION_OR_ASPIRATION.search(clause):
                gaps.append(clause)
            elif not _POSTING_FRAMED.search(clause):
                kept.append(clause)
        if kept:
            joined = " ".join(kept)
            claims.append(blank.sub(" ", joined) if blank else joined)
    return LetterClaims(tuple(claims), tuple(gaps))


def _relevance(text: str, evidence: EvidenceMap, notes: list[str]) -> tuple[float, list[str], list[str]]:
    view = letter_claims(text, evidence)
    sentences = [content_term_set(s) for s in view.claims]
    profile = joined_term_profile(" ".join(view.claims), sentences)
    covered: list[str] = []
    missed: list[str] = []
    acknowledged: list[str] = []
    by_category: dict[RequirementCategory, list[float]] = {c: [] for c in _CATEGORY_SHARE}
    counts: dict[RequirementCategory, int] = dict.fromkeys(_CATEGORY_SHARE, 0)
    scored = [r for r in evidence.requirements if r.category in _CATEGORY_SHARE]
    evidenced = {r.requirement for r in scored if _evidenced(r, evidence, profile, sentences)}
    admitted_reqs = _admitted(view.gaps, [r for r in scored if r.requirement not in evidenced], evidence.job_title)
    for req in scored:
        if req.requirement in evidenced:
            covered.append(req.requirement)
            by_category[req.category].append(1.0)
            counts[req.category] += 1
            continue
        if req.is_gap and is_soft_skill(req.requirement):
            missed.append(req.requirement + " (soft skill: not scored)")
            continue  # "excellent communication" is shown by the letter itself, rarely written in a CV
        admitted = req.requirement in admitted_reqs
        if admitted:
            acknowledged.append(req.requirement)
            missed.append(req.requirement + " (gap, acknowledged)")
        else:
            missed.append(req.requirement + (" (gap in the CV)" if req.is_gap else ""))
        by_category[req.category].append(_uncovered_credit(req, admitted=admitted))
    present = {c: share for c, share in _CATEGORY_SHARE.items() if by_category[c]}
    if not present:
        notes.append("relevance: the posting lists no requirements; nothing to cover")
        return 0.75, covered, missed
    total = sum(present.values())
    means = {c: statistics.fmean(by_category[c]) for c in present}
    score = sum(share / total * means[c] for c, share in present.items())
    if RequirementCategory.MUST_HAVE in means:
        # Missed must-haves weigh more than their share: a recruiter screens on them first. The square root keeps
        # one honest gap in six from sinking a strong letter (x0.94) while half the must-haves unmet still costs
        # about a third (x0.79) on top of the weighted mean.
        score *= math.sqrt(means[RequirementCategory.MUST_HAVE])
    parts = ", ".join(f"{c.value} {counts[c]}/{len(by_category[c])}" for c in present)
    notes.append(f"relevance: covered with evidence {parts}")
    if acknowledged:
        notes.append("acknowledged gaps: " + "; ".join(acknowledged))
    return score, covered, missed


def _admitted(gaps: Sequence[str], open_requirements: Sequence[RequirementMatch], job_title: str) -> set[str]:
    """The requirements the gap statements own up to: each statement answers the one requirement it matches best
    (most shared topic words), so "I have not used account reconciliations" does not also admit "10 years of
    accounting". A statement that the candidate has not yet held the role applied for ("I haven't worked as a Grant
    Writer yet") owns up to the years asked in that role's field: the title's words stand in for the field's."""
    found: set[str] = set()
    role_terms = _role_terms(job_title)
    for gap in gaps:
        profile = term_profile(gap)
        names_role = any(_names(gap, variant) for variant in title_variants(job_title))
        best: tuple[int, float, str] | None = None
        for req in open_requirements:
            share = requirement_share(req.requirement, profile)
            if names_role and required_years(req.requirement) is not None:
                share = max(share, requirement_share(req.requirement, role_terms))
            if share < ADDRESSED_AT:
                continue
            shared = len(matched_term_set(content_term_set(req.requirement), profile.terms | role_terms.terms))
            shared += len(term_profile(req.requirement).skills & profile.skills)
            if best is None or (shared, share) > best[:2]:
                best = (shared, share, req.requirement)
        if best is not None:
            found.add(best[2])
    return found


def _role_terms(job_title: str) -> TermProfile:
    """The title's head ("Instructional Designer" of "Instructional Designer, Customer Education") as topic words,
    with the field it practises where its last word names a practitioner ("designer" -> "design")."""
    head = min(title_variants(job_title), key=len) if job_title.strip() else ""
    field = re.sub(r"(?<=\w\w\w)(?:er|or)\b", "", head)
    return term_profile(f"{head} {field}")


def _names(text: str, name: str) -> bool:
    return bool(name.strip()) and compiled(rf"\b{re.escape(name)}\b", re.IGNORECASE).search(text) is not None


def _uncovered_credit(req: RequirementMatch, *, admitted: bool) -> float:
    """Credit for a requirement the letter gives no evidence for. Naming a real gap honestly earns a little; staying
    silent about an optional one is fine; missing a must-have (or citing nothing for what the CV can show) is not."""
    if not req.is_gap:
        return ADMITTED_GAP_CREDIT if admitted else 0.0
    if admitted or req.category is not RequirementCategory.MUST_HAVE:
        return ADMITTED_GAP_CREDIT
    return 0.0


def _evidenced(
    req: RequirementMatch, evidence: EvidenceMap, profile: TermProfile, sentences: Sequence[frozenset[str]]
) -> bool:
    """Covered means backed by the CV: never for a gap; otherwise a fact the map links to it is cited, or the
    letter's claims cover the requirement's topic."""
    if req.is_gap:
        return False
    facts = [f for f in (evidence.fact(i) for i in req.fact_ids) if f is not None and f.kind is not FactKind.SUMMARY]
    if any(_fact_cited(f, sentences, profile) for f in facts):
        return True
    return requirement_share(req.requirement, profile) >= ADDRESSED_AT
