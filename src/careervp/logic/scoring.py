"""Quality scores for a letter: personalization (40%), relevance (35%), tone (25%), each with its reasons.

Every score is computed from the letter text and the evidence map with the same matching rules the map was built
with, so "covered" means the same thing everywhere. The scores reward what a recruiter notices: the company and the
role named, details from the posting, the candidate's own results with their numbers, the requirements answered
(or honestly acknowledged), a voice that matches the requested tone, no stock phrases, and the requested length.
"""

from __future__ import annotations

import math
import re
import statistics
from typing import Literal

from careervp.logic.evidence import TermProfile, requirement_share, term_profile
from careervp.logic.lexicon import company_tokens, normalize_title, title_variants
from careervp.logic.numbers import Quantity, QuantityKind, extract_quantities, same_value
from careervp.logic.text import content_terms, find_stock_phrases, matched_terms, skills_in, split_sentences, word_count
from careervp.models.api import Preferences, QualityDetails, Tone
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch
from careervp.models.letter import QualityReport

WEIGHTS = {"personalization": 0.40, "relevance": 0.35, "tone": 0.25}
ADDRESSED_AT = 0.5
"""A requirement counts as addressed when the letter covers half of its weighted topic (or cites a fact behind it)."""
UNMENTIONED_GAP_CREDIT = 0.5
"""A requirement the CV cannot meet and the letter does not mention earns half: not claiming it is right, naming it
honestly is better."""
CITED_FACT_AT = 0.6
_CATEGORY_SHARE = {RequirementCategory.MUST_HAVE: 0.55, RequirementCategory.NICE_TO_HAVE: 0.20,
                   RequirementCategory.EMPHASIS: 0.25}  # fmt: skip
_CITABLE = frozenset({FactKind.ACHIEVEMENT, FactKind.GAP_RESPONSE})


def score_letter(text: str, *, evidence: EvidenceMap, preferences: Preferences) -> QualityReport:
    notes: list[str] = []
    personalization, cited = _personalization(text, evidence, notes)
    relevance, covered, missed = _relevance(text, evidence, notes)
    tone = _tone(text, preferences, notes)
    overall = WEIGHTS["personalization"] * personalization + WEIGHTS["relevance"] * relevance + WEIGHTS["tone"] * tone
    details = QualityDetails(
        band=band(overall), covered_requirements=covered, missed_requirements=missed, cited_metrics=cited, notes=notes
    )
    return QualityReport(
        personalization=_unit(personalization),
        relevance=_unit(relevance),
        tone=_unit(tone),
        overall=_unit(overall),
        details=details,
    )


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


def _personalization(text: str, evidence: EvidenceMap, notes: list[str]) -> tuple[float, list[str]]:
    company = company_named(text, evidence.company_name)
    title = title_named(text, evidence.job_title)
    hooks = _hooks_referenced(text, evidence)
    cited = cited_metrics(text, evidence)
    achievements = _achievements_cited(text, evidence)
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
    return score, cited


def _letter_tokens(text: str) -> list[str]:
    return company_tokens(text)


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def company_named(text: str, company: str) -> float:
    """1.0 for the full name (legal suffix optional), 0.8 for a leading short form ("Acme" for "Acme Widgets"), 0."""
    letter, official = _letter_tokens(text), company_tokens(company)
    if _contains(letter, official):
        return 1.0
    if len(official) >= 2 and len(official[0]) >= 3 and _contains(letter, official[:1]):
        return 0.8
    return 0.0


def title_named(text: str, title: str) -> float:
    """1.0 for the title (abbreviations normalised), 0.8 for its core before a comma or dash, 0.5 when one sentence
    holds most of its words."""
    letter = normalize_title(text).split()
    words = normalize_title(title).split()
    if _contains(letter, words):
        return 1.0
    if any(_contains(letter, normalize_title(v).split()) for v in title_variants(title)[1:]):
        return 0.8
    for sentence in split_sentences(text):
        tokens = normalize_title(sentence).split()
        if words and sum(1 for w in words if w in tokens) / len(words) >= 0.75:
            return 0.5
    return 0.0


def _hooks_referenced(text: str, evidence: EvidenceMap) -> int:
    """Posting details the letter picks up: what the company says about itself (the hooks) and the duties of the
    role. A sentence refers to one when it shares three of its topic words (or most of them), or its specific number
    and a topic word."""
    sentences = [(content_terms(s), _quantities(s)) for s in split_sentences(text)]
    details = list(evidence.company_hooks)
    details += [r.requirement for r in evidence.requirements if r.category is RequirementCategory.RESPONSIBILITY]
    count = 0
    for detail in details:
        terms = {t for t in content_terms(detail) if len(t) >= 4}
        numbers = [q for q in _quantities(detail) if q.kind is not QuantityKind.TIME]
        for sentence_terms, sentence_numbers in sentences:
            shared = matched_terms(terms, sentence_terms)
            by_terms = len(shared) >= 3 or (len(shared) >= 2 and len(shared) >= 0.5 * len(terms))
            by_number = any(same_value(a, b) for a in numbers for b in sentence_numbers) and len(shared) >= 1
            if by_terms or by_number:
                count += 1
                break
    return count


def _quantities(text: str) -> list[Quantity]:
    return list(extract_quantities(text))


def cited_metrics(text: str, evidence: EvidenceMap) -> list[str]:
    """The CV's numbers (as the CV wrote them) that the letter repeats, paraphrase allowed ("40 percent" = 40%)."""
    letter = [q for q in extract_quantities(text) if q.kind is not QuantityKind.TIME]
    found: list[str] = []
    for fact in evidence.facts:
        if fact.kind not in _CITABLE:
            continue
        for quantity in extract_quantities(fact.text):
            if quantity.kind is QuantityKind.TIME or quantity.raw in found:
                continue
            if any(same_value(quantity, claim) for claim in letter):
                found.append(quantity.raw)
    return found


def _fact_cited(fact: EvidenceFact, sentences: list[set[str]], profile: TermProfile) -> bool:
    terms = content_terms(fact.text)
    if not terms:
        return False
    if fact.kind in (FactKind.SKILL, FactKind.CERTIFICATION, FactKind.EDUCATION):
        return len(matched_terms(terms, set(profile.terms))) >= CITED_FACT_AT * len(terms)
    return any(len(matched_terms(terms, s)) >= CITED_FACT_AT * len(terms) for s in sentences)


def _achievements_cited(text: str, evidence: EvidenceMap) -> int:
    sentences = [content_terms(s) for s in split_sentences(text)]
    profile = term_profile(text)
    return sum(1 for f in evidence.facts if f.kind in _CITABLE and _fact_cited(f, sentences, profile))


# ------------------------------------------------------------------------------------------------ relevance


def _relevance(text: str, evidence: EvidenceMap, notes: list[str]) -> tuple[float, list[str], list[str]]:
    profile = term_profile(text)
    sentences = [content_terms(s) for s in split_sentences(text)]
    covered: list[str] = []
    missed: list[str] = []
    by_category: dict[RequirementCategory, list[float]] = {c: [] for c in _CATEGORY_SHARE}
    for req in evidence.requirements:
        if req.category not in _CATEGORY_SHARE:
            continue
        addressed = _addressed(req, evidence, profile, sentences)
        if addressed:
            covered.append(req.requirement)
            by_category[req.category].append(1.0)
        else:
            missed.append(req.requirement + (" (gap in the CV)" if req.is_gap else ""))
            by_category[req.category].append(UNMENTIONED_GAP_CREDIT if req.is_gap else 0.0)
    present = {c: share for c, share in _CATEGORY_SHARE.items() if by_category[c]}
    if not present:
        notes.append("relevance: the posting lists no requirements; nothing to cover")
        return 0.75, covered, missed
    total = sum(present.values())
    score = sum(share / total * statistics.fmean(by_category[c]) for c, share in present.items())
    parts = ", ".join(f"{c.value} {sum(1 for v in by_category[c] if v == 1.0)}/{len(by_category[c])}" for c in present)
    notes.append(f"relevance: addressed {parts}")
    return score, covered, missed


def _addressed(req: RequirementMatch, evidence: EvidenceMap, profile: TermProfile, sentences: list[set[str]]) -> bool:
    if requirement_share(req.requirement, profile) >= ADDRESSED_AT:
        return True
    facts = [f for f in (evidence.fact(i) for i in req.fact_ids) if f is not None and f.kind is not FactKind.SUMMARY]
    return not req.is_gap and any(_fact_cited(f, sentences, profile) for f in facts)


# ------------------------------------------------------------------------------------------------ tone

_ENTHUSIASTIC = re.compile(
    r"\b(?:excit\w*|thrill\w*|love[ds]?|loving|delight\w*|eager\w*|enjoy\w*|genuine\w*|proud|inspir\w*|fantastic|"
    r"wonderful|amazing|energ\w*|glad|happy|joy\w*|can't wait|cannot wait|keen|dive|smile|wow|great)\b",
    re.IGNORECASE,
)
_PROFESSIONAL = re.compile(
    r"\b(?:welcome|opportunity|consideration|consider|sincerely|respectfully|pleased|appreciate|thank you|"
    r"contribut\w*|position|application|applying|discuss|value|record|experience|role|responsib\w*|"
    r"would|regards|particularly|furthermore|in addition|previously)\b",
    re.IGNORECASE,
)
_TECHNICAL = re.compile(
    r"\b(?:system\w*|architect\w*|pipeline\w*|design\w*|implement\w*|deploy\w*|data|method\w*|process\w*|metric\w*|"
    r"latency|throughput|tool\w*|stack|infrastructure|model\w*|automat\w*|configur\w*|protocol\w*|analy\w*|"
    r"measur\w*|technical|concrete|evidence|requirement\w*|specific\w*|workflow\w*|framework\w*|platform\w*|"
    r"integrat\w*|scal\w*|performance|reliab\w*|accura\w*|standard\w*)\b",
    re.IGNORECASE,
)
_CONTRACTION = re.compile(r"\b\w+(?:'|’)(?:m|d|ve|re|ll|s|t)\b", re.IGNORECASE)
_REFERENCE_RATE = {Tone.ENTHUSIASTIC: 2.5, Tone.PROFESSIONAL: 4.0, Tone.TECHNICAL: 8.0}
"""Markers per 100 words at which a letter reads fully in that tone."""


def tone_rates(text: str) -> dict[Tone, float]:
    """Tone markers per 100 words. Style counts for more than content: every letter about a technical career
    names tools and numbers, so those weigh little next to the technical voice's colons, lists and vocabulary."""
    words = max(1, word_count(text))
    exclamations = min(text.count("!"), 4)
    contractions = len(_CONTRACTION.findall(text))
    enthusiastic = len(_ENTHUSIASTIC.findall(text)) + 1.5 * exclamations + 0.3 * contractions
    professional = len(_PROFESSIONAL.findall(text)) - 0.5 * contractions - 1.5 * exclamations
    technical = (
        len(_TECHNICAL.findall(text))
        + 0.25 * len(skills_in(text))
        + 0.1 * sum(1 for q in extract_quantities(text) if q.kind is not QuantityKind.TIME)
        + 0.75 * (text.count(":") + text.count(";") + text.count("("))
    )
    raw = {Tone.ENTHUSIASTIC: enthusiastic, Tone.PROFESSIONAL: professional, Tone.TECHNICAL: technical}
    return {tone: max(0.0, value) * 100 / words for tone, value in raw.items()}


def tone_strengths(text: str) -> dict[Tone, float]:
    """How strongly the letter reads as each tone, 0..1 (1 - e^-rate/reference: more markers, diminishing returns)."""
    return {tone: 1 - math.exp(-rate / _REFERENCE_RATE[tone]) for tone, rate in tone_rates(text).items()}


def _tone(text: str, preferences: Preferences, notes: list[str]) -> float:
    strengths = tone_strengths(text)
    wanted = strengths[preferences.tone]
    share = wanted / sum(strengths.values()) if any(strengths.values()) else 0.0
    # Strong in the requested tone AND the dominant one: a technical letter is not "professional" just because it
    # is polite, nor an enthusiastic one "technical" because it names tools.
    match = min(1.0, wanted / 0.7) * min(1.0, share / 0.45)
    stock = find_stock_phrases(text)
    stock_score = max(0.0, 1.0 - 0.4 * len(stock))
    body = [word_count(s) for s in split_sentences(text) if word_count(s) >= 3 and not s.rstrip().endswith(",")]
    spread = statistics.pstdev(body) / statistics.fmean(body) if len(body) >= 2 else 0.0
    variety = max(0.0, min(1.0, (spread - 0.1) / 0.25))
    words = word_count(text)
    deviation_signed = words / preferences.word_count_target - 1
    deviation = abs(deviation_signed)
    length = 1.0 if deviation <= 0.1 else max(0.0, 1 - (deviation - 0.1) / 0.3)
    mean_sentence = statistics.fmean(body) if body else 0.0
    readability = (
        1.0 if 10 <= mean_sentence <= 26 else max(0.0, 1 - min(abs(mean_sentence - 10), abs(mean_sentence - 26)) / 15)
    )
    strongest_tone = max(strengths, key=lambda t: strengths[t])
    score = 0.35 * match + 0.15 * stock_score + 0.10 * variety + 0.30 * length + 0.10 * readability
    notes.append(
        f"tone: {preferences.tone.value} markers {wanted:.2f} (strongest {strongest_tone.value}), "
        f"sentence-length spread {spread:.2f}, mean sentence {mean_sentence:.0f} words"
    )
    notes.append(f"length: {words} words for a target of {preferences.word_count_target} ({deviation_signed:+.0%})")
    if stock:
        notes.append("stock phrases: " + ", ".join(stock))
    return score
