"""The offline writer's plan: what the letter argues before any sentence is written.

A letter a recruiter reads to the end makes two or three points, each a requirement of this posting with the
strongest CV evidence for it, admits at most one important gap, and gives one reason to want this job in the
writer's own words. The plan holds exactly that, chosen from the evidence map alone; `template.py` realises it.
Requirements enter a sentence only as noun phrases ("Lead, schedule and coach a team" -> "leading, scheduling and
coaching a team") and only when they name nothing the CV lacks and carry no figure of the posting's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careervp.logic.evidence.rules import required_years
from careervp.logic.remembered import remembered_frozen
from careervp.logic.text import content_terms, matched_terms
from careervp.logic.writers import template_content as content
from careervp.logic.writers.company import company_reason
from careervp.logic.writers.cv_lines import tidy
from careervp.logic.writers.held import is_credential_like
from careervp.logic.writers.honesty import SHORTHAND, cv_speaks_to, distinct_results
from careervp.logic.writers.licences import missing_credentials
from careervp.logic.writers.noun_phrases import (
    CONDITION,
    first_alternative,
    language_gap,
    named_gap,
    reads_as_gap,
)
from careervp.logic.writers.shapes import is_gerund
from careervp.logic.writers.topics import core_topic, topic_phrase
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch
from careervp.vocabulary.lemmas import getAllLemmas

_CUT_TO_A_VERB = 2
"""Words of a requirement past which a topic of one "-ing" word is what was left of it, not its name."""
_PERK = re.compile(
    r"[$£€]|\bright to (?:live|work)|\bwork permit|\bvisa\b|"
    r"\b(?:salary|bonus|pension|401\(k\)|insurance|holidays?|vacation|PTO|paid time off|allowance|discount\w*|"
    r"dental|vision|medical|benefits?|equity|stock options|parental leave|wellness|relocation|dues covered)\b",
    re.IGNORECASE,
)
"""What the posting offers rather than asks: never a point to prove, never a gap to admit."""


@dataclass(frozen=True)
class Point:
    """One requirement the letter answers, with its evidence, strongest first."""

    topic: str | None
    """The requirement as a noun phrase, or None when it cannot be named safely (the evidence still stands)."""
    evidence: tuple[content.Accomplishment, ...]
    asked: bool = True
    """Whether the posting asks for it (False for the user's own emphasis areas, which say nothing of the role)."""
    must: bool = False
    """Whether the requirement is one of the posting's must-haves."""
    strength: bool = False
    """Whether the topic names work the CV shows in its own words, so the letter may call it a strength."""


@dataclass(frozen=True)
class LetterPlan:
    points: tuple[Point, ...]
    gap: content.Gap | None
    company_reason: str | None
    """What the company does, restated as a noun phrase to follow "your": "work on farm equipment parts"."""
    credential: EvidenceFact | None
    """One degree or licence a must-have asks for and the CV holds."""
    reserve: tuple[content.Accomplishment, ...] = field(default_factory=tuple)
    """Further evidence, in order, for longer letters."""
    also_met: tuple[tuple[str, frozenset[str]], ...] = field(default_factory=tuple)
    """Other requirements the evidence meets in so many words: (topic, ids of the facts that name it)."""
    strengths: tuple[str, ...] = field(default_factory=tuple)
    """The user's emphasis areas the cited evidence shows, in their words: what the candidate may call a strength."""
    role_focus: tuple[str, ...] = field(default_factory=tuple)
    """What the posting asks for most that the CV meets, as noun phrases: what the letter says the role is about."""
    second_gap: content.Gap | None = None
    """A second essential requirement the CV plainly lacks, admitted in a short sentence after the first."""


def is_perk(requirement: str) -> bool:
    return bool(_PERK.search(requirement))


@remembered_frozen(8)  # the plan depends on the CV and posting alone: their other letters (tones, tries) reuse it
def plan_letter(evidence: EvidenceMap, *, points_wanted: int, cv_text: str = "") -> LetterPlan:
    """The letter's plan; `cv_text` (the CV's own words) vetoes any gap the CV speaks to."""
    vocab = content.vocabulary(evidence)
    pool = [tidy(a) for a in content.ranked_accomplishments(evidence) if a.vp]
    pool = distinct_results([a for a in pool if a.vp and not SHORTHAND.search(a.vp)])
    by_id = {a.fact.fact_id: a for a in pool}
    used: set[str] = set()
    points: list[Point] = []
    for req in _by_importance(evidence.requirements):
        if len(points) >= points_wanted:
            break
        if any(fid in used for fid in req.fact_ids[:1]):
            continue  # its best evidence already makes an earlier point
        found = [by_id[f] for f in req.fact_ids if f in by_id and f not in used]
        found += [a for a in pool if a.fact.fact_id not in used and a not in found and _supports(a, req, evidence)]
        if not found:
            continue
        own = req.category is RequirementCategory.EMPHASIS
        topic = topic_phrase(req.requirement, vocab, keep_case=own) or (
            None if own else core_topic(req.requirement, vocab)
        )
        if topic and is_gerund(topic) and len(req.requirement.split()) > _CUT_TO_A_VERB:
            topic = None  # "leading" cut from "Leading and developing a team of 6": a verb without what it acts on
        # Evidence that names the requirement first (the map also links looser matches), then measured results.
        found.sort(key=lambda a: (not (topic and names_topic(a, topic)), ":" in (a.vp or ""), not a.fact.metrics))
        chosen = tuple(found[:3])
        used.update(a.fact.fact_id for a in chosen)
        strength = topic is not None and _is_strength(topic, chosen, vocab)
        asked, must = req.category is not RequirementCategory.EMPHASIS, req.category is RequirementCategory.MUST_HAVE
        points.append(Point(topic, chosen, asked=asked, must=must, strength=strength))
    if not points and pool:
        points.append(Point(None, (pool[0],)))
        used.add(pool[0].fact.fact_id)
    # Up to two essential gaps, a missing licence first; one the CV speaks to is no gap (when unsure, none).
    missing = [g for g in [_missing_licence(evidence), *_open_gaps(evidence, vocab)] if g is not None]
    missing = [g for g in missing if not cv_speaks_to(g.topic, evidence, cv_text)]
    missing = [g for n, g in enumerate(missing) if all(g.topic.casefold() != m.topic.casefold() for m in missing[:n])]
    gap, second_gap = [*missing, None, None][:2]
    reserve = tuple(a for a in pool if a.fact.fact_id not in used)
    also = _also_met(evidence, vocab, pool, {p.topic for p in points if p.topic})  # named by the opening or a tie
    return LetterPlan(
        tuple(points),
        gap,
        company_reason(evidence),
        _credential(evidence),
        reserve,
        also,
        strengths=_strengths(evidence, vocab, points),
        role_focus=_role_focus(evidence, vocab, points),
        second_gap=second_gap,
    )


def _strengths(evidence: EvidenceMap, vocab: content.Vocabulary, points: list[Point]) -> tuple[str, ...]:
    cited = tuple(item for point in points for item in point.evidence)
    found = [topic_phrase(r.requirement, vocab, keep_case=True) for r in evidence.requirements
             if r.category is RequirementCategory.EMPHASIS and not r.is_gap]  # fmt: skip
    return tuple(t for t in found if t and _is_strength(t, cited, vocab))[:2]


def _role_focus(evidence: EvidenceMap, vocab: content.Vocabulary, points: list[Point]) -> tuple[str, ...]:
    """What the role centres on, said only when it is the posting's lead must-have and the CV meets it: the first
    must-haves in the posting's order that are work (not a span of years, a licence or a condition of the job), the
    first met one that reads as a short noun phrase, else the must-haves the letter's points answer. When the lead one
    is unmet the letter claims no focus at all: calling a lesser requirement the role's focus misreads the job."""
    considered = 0
    for req in [r for r in evidence.requirements if r.category is RequirementCategory.MUST_HAVE]:
        text = req.requirement
        if is_perk(text) or CONDITION.search(text) or required_years(text) is not None or is_credential_like(text):
            continue
        if req.is_gap and not considered:
            return ()
        if considered >= _FOCUS_CANDIDATES:
            break
        considered += 1
        if req.is_gap:
            continue
        topic = topic_phrase(text, vocab)
        if topic and len(topic.split()) >= 2 and _is_focus(topic):
            return (topic,)
    return tuple(p.topic for p in points if p.topic and p.must and _is_focus(p.topic))[:2]


_FOCUS_CANDIDATES = 3
"""Must-haves read for the role's focus: past the third, a requirement is no longer what the role is about."""


def _is_focus(topic: str) -> bool:
    """Work a role can centre on: not a credential ("Registered Dietitian Nutritionist"), and a phrase that ends on a
    noun ("troubleshooting electrical" is cut short)."""
    last = topic.split()[-1].casefold().strip(",.")
    if _TICKET.search(topic):
        return False  # "first aid at work", "a valid CSCS card": a ticket the job needs, never what it centres on
    return not is_credential_like(topic) and not _PERSON.search(topic) and "NOUN" in getAllLemmas(last)


_TICKET = re.compile(
    r"\b(?:first[\s-]aid|cpr|aed|bls|certificat\w*|licen[cs]e[ds]?|cards?|tickets?|clearances?|permits?|"
    r"passports?|vaccinat\w*|background\s+checks?)\b",
    re.IGNORECASE,
)


_EXPERIENCE_OF = re.compile(r"^(?:[\w-]+\s+){0,2}experience\s+(?:in|of|with)\s+(?=\w)", re.IGNORECASE)
"""A modifier of the experience asked for ("post-registration experience in ..."): the gap is the field after it."""
_PERSON = re.compile(r"^(?:Certified|Registered|Licensed|Chartered)\b")
_WISH = re.compile(r"^(?:keen|eager|moving|move|career|transition\w*|switch\w*|return\w*|want\w*|hoping)\b", re.I)
"""Emphasis areas that state a wish or a change ("keen to move into paeds"), which are no strength to claim."""


def _is_strength(topic: str, evidence: tuple[content.Accomplishment, ...], vocab: content.Vocabulary) -> bool:
    """Whether a topic names work the CV shows: its evidence names it, or every word of it is the CV's own."""
    if any(names_topic(item, topic) for item in evidence):
        return True
    terms = content_terms(topic)
    known = matched_terms(terms, set(vocab.terms))
    return bool(terms) and not _WISH.match(topic) and len(known) >= len(terms) - (len(terms) >= 3)


def _missing_licence(evidence: EvidenceMap) -> content.Gap | None:
    """The must-have licences the CV does not hold (two at most, in one phrase): the gap to name before any other."""
    missing = [m for m in missing_credentials(evidence) if not is_perk(m) and not CONDITION.search(m)]
    if not missing:
        return None
    return content.Gap(" or the ".join(missing), is_credential=True, count=len(missing))


def _open_gaps(evidence: EvidenceMap, vocab: content.Vocabulary) -> list[content.Gap]:
    """The most important gaps whose phrases read as English in their frames, in order (one that does not is
    skipped)."""
    gaps = [g for g in content.gaps(evidence, vocab, limit=4) if not is_perk(g.topic) and not CONDITION.search(g.topic)]
    found = []
    for candidate in gaps:
        short = first_alternative(_EXPERIENCE_OF.sub("", candidate.topic))  # one alternative of "X or Y", said short
        gap = language_gap(short, vocab) or named_gap(content.Gap(short, candidate.is_credential)) if short else None
        if gap is not None and (gap.is_language or reads_as_gap(gap.topic)):
            found.append(gap)
    return found


def _also_met(
    evidence: EvidenceMap, vocab: content.Vocabulary, pool: list[content.Accomplishment], taken: set[str]
) -> tuple[tuple[str, frozenset[str]], ...]:
    """Requirements beyond the points that citable facts name word for word, in order of importance."""
    found: list[tuple[str, frozenset[str]]] = []
    for req in _by_importance(evidence.requirements):
        topic = topic_phrase(req.requirement, vocab, keep_case=req.category is RequirementCategory.EMPHASIS)
        if not topic or len(topic.split()) < 2 or " or " in topic or overlaps(topic, taken):
            continue  # one word ("leading") says too little; a topic near one already named says it twice
        naming = frozenset(a.fact.fact_id for a in pool if names_topic(a, topic))
        if naming:
            taken.add(topic)
            found.append((topic, naming))
    return tuple(found)


def _by_importance(requirements: list[RequirementMatch]) -> list[RequirementMatch]:
    """Met requirements, most important first: the posting's must-haves and the user's emphasis areas taken in turn
    (each list in its own order, a must-have first), then nice-to-haves and duties; a requirement the emphasis areas
    echo goes before one they do not; perks and unmet requirements are no points."""
    emphasis = [content_terms(r.requirement) for r in requirements if r.category is RequirementCategory.EMPHASIS]
    position: dict[RequirementCategory, int] = {}

    def weight(req: RequirementMatch) -> float:
        place = position.setdefault(req.category, 0)
        position[req.category] = place + 1
        terms = content_terms(req.requirement)
        echoed = req.category is not RequirementCategory.EMPHASIS and any(matched_terms(terms, e) for e in emphasis)
        return _IMPORTANCE[req.category] - _PLACE_STEP * place + (_ECHO if echoed else 0.0) + 0.1 * req.score

    weights = {id(r): weight(r) for r in requirements}  # in the posting's order, so places count from its top
    chosen = [r for r in requirements if not r.is_gap and r.fact_ids and not is_perk(r.requirement)]
    return sorted(chosen, key=lambda r: -weights[id(r)])


_IMPORTANCE = {RequirementCategory.MUST_HAVE: 3.0, RequirementCategory.EMPHASIS: 3.0,
               RequirementCategory.NICE_TO_HAVE: 1.0, RequirementCategory.RESPONSIBILITY: 0.8}  # fmt: skip
_PLACE_STEP = 0.15
"""What one place further down its list costs a requirement."""
_ECHO = 0.4
"""What a requirement gains when the user's emphasis areas name it too."""


def _supports(item: content.Accomplishment, req: RequirementMatch, evidence: EvidenceMap) -> bool:
    """Whether an accomplishment shares the requirement's own words (the map links only its closest few facts)."""
    if req.category is not RequirementCategory.EMPHASIS:
        return False
    terms = content_terms(req.requirement)
    return len(matched_terms(terms, content_terms(item.fact.text))) >= min(2, len(terms))


def _credential(evidence: EvidenceMap) -> EvidenceFact | None:
    if not content.credentials_requested(evidence):
        return None
    asked = {fid for r in evidence.requirements if not r.is_gap and not is_perk(r.requirement) for fid in r.fact_ids}
    kinds = (FactKind.EDUCATION, FactKind.CERTIFICATION)
    return next((f for f in evidence.facts if f.kind in kinds and f.fact_id in asked), None)


def overlaps(topic: str, taken: set[str]) -> bool:
    """Whether a topic shares a content word with any of `taken`: said beside them, it would say one thing twice."""
    terms = content_terms(topic)
    return any(matched_terms(terms, content_terms(other)) for other in taken)


def names_topic(item: content.Accomplishment, topic: str) -> bool:
    """Whether a piece of evidence names the requirement in its own words ("led load rating of 220 bridges" for
    "load rating"), so a sentence may say which requirement it answers."""
    terms = content_terms(topic)
    return bool(terms) and matched_terms(terms, content_terms(item.fact.text)) == terms
