"""The LLM prompt: a fixed system prompt plus a compact user prompt built from a WritingBrief.

Two things drive the design:
- Truth. The model sees only facts from the evidence map, each with an id, and is told to use nothing else, to name
  the company and the exact job title, and to be honest about gaps. The reply is JSON naming the fact ids it used.
- Quality. The model is asked for the plan the offline writer follows (logic/writers/plan.py): the two or three
  requirements that matter most, the strongest fact for each, at most one honest gap, one reason to want this
  company in its own words, then four or five paragraphs with one arc, no list connectors, no copied posting text.
- Cost. A letter of the asked length must cost under $0.004 at Claude Haiku 4.5 prices ($1 / $5 per million input /
  output tokens): the output is planned at the target length, the rest of the budget goes to the input, and the
  least relevant lines are dropped until the prompt fits. A 500-word letter's output alone costs about $0.0035, so the
  longest letters reach the input floors first and may cost a little more. `max_tokens` is set so that even a reply
  that runs to the cap (a letter 15% over, or a model that rambles) stays under the $0.006 ceiling.

Token counts are planned with `pricing.estimate_tokens` (characters / 4), inflated by INPUT_TOKEN_SAFETY because a
real tokenizer can count more tokens than that for names, numbers and punctuation. Output is capped exactly by
`max_tokens`, which the provider counts in real tokens, so it needs no margin.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from careervp.logic.pricing import HAIKU_45, ModelPrice, estimate_tokens
from careervp.logic.text import STOCK_PHRASES
from careervp.logic.writers.base import WritingBrief
from careervp.models.api import FVSViolation, Severity, Tone
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch

LETTER_COST_BUDGET_USD = 0.004
"""A letter of up to BUDGET_WORDS words, input and output, at BUDGET_PRICE."""
BUDGET_WORDS = 350
"""Longer letters add only their extra output to the budget: at Haiku prices a 500-word letter's output alone costs
about $0.0035, and trimming the evidence to pay for its length would make it worse, not cheaper."""
LETTER_COST_CEILING_USD = 0.006
"""The worst case: a reply that runs to `max_tokens`."""
BUDGET_PRICE = HAIKU_45
INPUT_TOKEN_SAFETY = 1.15
TOKENS_PER_WORD = 1.4  # English prose with names and numbers; Claude averages ~1.3.
LENGTH_TOLERANCE = 1.15  # Letters within +-15% of the target are asked for; the cap allows the long end.
REPLY_OVERHEAD_TOKENS = 80  # JSON keys, escaped newlines, the evidence_used list.

MAX_FACTS = 10
MAX_SKILLS = 12  # Short skill facts ("PostgreSQL") share one line and do not take a fact slot.
SHORT_SKILL_CHARS = 40
MAX_REQUIREMENTS = 5
MAX_GAPS = 3
MAX_HOOKS = 2
MAX_FEEDBACK = 8
MIN_FACTS = 3

# Tags that structure the user prompt. The LLM writer rejects a reply that still contains one.
PROMPT_TAGS = ("job", "candidate", "style", "company", "requirements", "gaps", "facts", "feedback")


def _distinct(phrases: Sequence[str]) -> tuple[str, ...]:
    """One spelling of each phrase: "cutting-edge" covers "cutting edge", "synergy" covers "synergies" and
    "think outside the box" covers "outside-the-box". The model needs the idea, not every variant."""
    kept: list[tuple[str, str]] = []
    for phrase in phrases:
        stem = re.sub(r"(?:ies|ing|es|s|e|y)$", "", re.sub(r"[^a-z.]", "", phrase.lower()))
        if not any(stem in other or other in stem for _, other in kept):
            kept.append((phrase, stem))
    return tuple(phrase for phrase, _ in kept)


# The shared list (careervp.logic.text) that scoring penalises, so the model is told to avoid exactly those.
AVOID_PHRASES = _distinct(STOCK_PHRASES)

TONE_GUIDE: dict[Tone, str] = {
    Tone.PROFESSIONAL: "professional: measured and confident, plain statements, no exclamation marks",
    Tone.ENTHUSIASTIC: "enthusiastic: warm and energetic, real interest in their work, one exclamation mark at most",
    Tone.TECHNICAL: "technical: precise and concrete, name the systems, tools and numbers, few adjectives",
}

_CATEGORY_WEIGHT: dict[RequirementCategory, float] = {
    RequirementCategory.MUST_HAVE: 1.0,
    RequirementCategory.EMPHASIS: 0.9,
    RequirementCategory.RESPONSIBILITY: 0.6,
    RequirementCategory.NICE_TO_HAVE: 0.4,
}

SYSTEM_PROMPT = f"""You write one cover letter for the candidate in the brief. Truth first: one false claim can \
cost the candidate the job.
- Use only facts listed in <facts> (employers, titles held, dates, years, numbers, degrees, certifications, \
skills); rephrase, never add, round up or merge them. Say nothing about the company beyond <company>.
- Name the company and the exact job title as written in <job>.
- Claim nothing in <gaps>; if you name a gap, say plainly you have not done it yet.
- Plan silently: the 2-3 requirements in <requirements> that matter most, the strongest fact for each, at most one \
gap (only if the fit needs it), one reason to want this company from <company> in your own words (copy no \
sentence or figure).
- Write 4-5 paragraphs: why this role, proof, fit and gap, close. Only the planned facts, as natural first-person \
sentences; requirements as plain nouns; the company in full once, then a short form or "you"; no list connectors \
("One more result", "Another data point", "Also relevant"), no comments on the letter.
- Tone and length from <style>, within 15%. Open "Dear Hiring Manager," and close "Sincerely," with the name. No \
placeholders or notes.
- Avoid: {"; ".join(f'"{p}"' for p in AVOID_PHRASES)}.
Reply with JSON only: {{"cover_letter": "<letter, paragraphs separated by \\n\\n>", "evidence_used": ["<ids of \
facts you used>"]}}"""


@dataclass(frozen=True)
class Prompt:
    system: str
    user: str
    max_tokens: int
    fact_ids: tuple[str, ...]

    @property
    def estimated_input_tokens(self) -> int:
        return estimate_tokens(self.system) + estimate_tokens(self.user)

    def worst_case_cost_usd(self, price: ModelPrice = BUDGET_PRICE) -> float:
        """Cost if the reply runs to `max_tokens`, with the input estimate inflated by the safety margin."""
        return price.cost(math.ceil(self.estimated_input_tokens * INPUT_TOKEN_SAFETY), self.max_tokens)


def needed_output_tokens(word_count_target: int) -> int:
    """Tokens a reply needs for the longest acceptable letter (+15%) and its JSON wrapper."""
    return math.ceil(word_count_target * LENGTH_TOLERANCE * TOKENS_PER_WORD) + REPLY_OVERHEAD_TOKENS


def letter_budget_usd(word_count_target: int, price: ModelPrice = BUDGET_PRICE) -> float:
    """The budget for a letter of this length: LETTER_COST_BUDGET_USD up to BUDGET_WORDS, plus the output price of
    the words beyond."""
    extra = planned_output_tokens(word_count_target) - planned_output_tokens(BUDGET_WORDS)
    return LETTER_COST_BUDGET_USD + price.cost(0, max(0, extra))


def planned_output_tokens(word_count_target: int) -> int:
    """Tokens of a reply at the asked length: what a letter is budgeted for."""
    return math.ceil(word_count_target * TOKENS_PER_WORD) + REPLY_OVERHEAD_TOKENS


def build_prompt(
    brief: WritingBrief,
    *,
    feedback: Sequence[FVSViolation] | None = None,
    budget_usd: float | None = None,
    ceiling_usd: float = LETTER_COST_CEILING_USD,
    price: ModelPrice = BUDGET_PRICE,
) -> Prompt:
    """System and user prompt for one letter, trimmed so a letter of the asked length fits `budget_usd` at `price`
    (by default `letter_budget_usd`), with `max_tokens` keeping even a capped reply under `ceiling_usd`."""
    evidence = brief.evidence
    if budget_usd is None:
        budget_usd = letter_budget_usd(brief.preferences.word_count_target, price)
    facts = _rank_facts(evidence)
    pinned = _pinned_ids(evidence, facts)
    skills = [f for f in facts if _is_short_skill(f)][:MAX_SKILLS]
    others = [f for f in facts if not _is_short_skill(f)]
    chosen = {f.fact_id for f in [*skills, *others[:MAX_FACTS]]} | pinned
    selected = [f for f in facts if f.fact_id in chosen]
    parts = _Parts(
        facts=selected,
        requirements=_top_requirements(evidence),
        gaps=_top_gaps(evidence),
        hooks=[_clip(h, 200) for h in evidence.company_hooks[:MAX_HOOKS]],
        feedback=_feedback_lines(feedback or [])[:MAX_FEEDBACK],
    )
    needed = needed_output_tokens(brief.preferences.word_count_target)
    planned = planned_output_tokens(brief.preferences.word_count_target)

    def input_cost(user: str) -> float:
        tokens = estimate_tokens(SYSTEM_PROMPT) + estimate_tokens(user)
        return price.cost(math.ceil(tokens * INPUT_TOKEN_SAFETY), 0)

    user = _render_user(brief, parts)
    # The planned letter within the budget, and the longest acceptable one within the ceiling.
    while (
        input_cost(user) + price.cost(0, planned) >= budget_usd
        or input_cost(user) + price.cost(0, needed + 1) >= ceiling_usd
    ) and parts.shrink(pinned):
        user = _render_user(brief, parts)

    remaining = ceiling_usd - input_cost(user)
    out_price = price.output_per_mtok / 1e6
    # Stay strictly under budget even at the cap; a zero-price model gets the planned size with headroom.
    max_tokens = math.floor(remaining / out_price) - 1 if out_price > 0 else 2 * needed
    return Prompt(
        system=SYSTEM_PROMPT,
        user=user,
        max_tokens=max(max_tokens, 1),
        fact_ids=tuple(f.fact_id for f in parts.facts),
    )


@dataclass
class _Parts:
    facts: list[EvidenceFact]
    requirements: list[RequirementMatch]
    gaps: list[str]
    hooks: list[str]
    feedback: list[str]

    def shrink(self, pinned: set[str]) -> bool:
        """Drop the least valuable line; False when nothing more can go.

        Extras go first (feedback beyond the two worst points, minor gaps, hooks, requirements), then facts down to
        MIN_FACTS, then requirements to their floor: facts are what keeps a letter both rich and true.
        """
        first_cuts = ((self.feedback, 2), (self.gaps, 2), (self.hooks, 1), (self.requirements, 3))
        last_cuts = ((self.requirements, 2),)
        for items, keep in first_cuts:
            if len(items) > keep:
                items.pop()
                return True
        droppable = [i for i, f in enumerate(self.facts) if f.fact_id not in pinned]
        if len(self.facts) > MIN_FACTS and droppable:
            del self.facts[droppable[-1]]
            return True
        for items, keep in last_cuts:
            if len(items) > keep:
                items.pop()
                return True
        return False


def _rank_facts(evidence: EvidenceMap) -> list[EvidenceFact]:
    """Facts by relevance: how strongly requirements lean on them, then the map's own order (best first)."""
    weight: dict[str, float] = {}
    for req in evidence.requirements:
        for fact_id in req.fact_ids:
            weight[fact_id] = weight.get(fact_id, 0.0) + req.score * _CATEGORY_WEIGHT[req.category]
    order = {f.fact_id: i for i, f in enumerate(evidence.facts)}

    def relevance(fact: EvidenceFact) -> float:
        bonus = 0.2 if fact.metrics else 0.0
        if fact.kind is FactKind.GAP_RESPONSE:
            bonus += 0.5  # The candidate's own answer about a gap: the best material for honesty.
        return weight.get(fact.fact_id, 0.0) + bonus

    return sorted(evidence.facts, key=lambda f: (-relevance(f), order[f.fact_id]))


def _pinned_ids(evidence: EvidenceMap, facts: list[EvidenceFact]) -> set[str]:
    """Facts that survive trimming: the two most recent roles (so employers are named right) and gap answers."""
    roles = [f for f in evidence.facts if f.kind is FactKind.ROLE][:2]
    answers = [f for f in facts if f.kind is FactKind.GAP_RESPONSE]
    return {f.fact_id for f in [*roles, *answers]}


def _top_requirements(evidence: EvidenceMap) -> list[RequirementMatch]:
    met = [r for r in evidence.requirements if not r.is_gap and r.fact_ids]
    met.sort(key=lambda r: -r.score * _CATEGORY_WEIGHT[r.category])
    return met[:MAX_REQUIREMENTS]


def _requirement_line(req: RequirementMatch, shown: set[str]) -> str:
    # Cite only facts still in the prompt, so the model never reaches for an id it cannot see.
    ids = [i for i in req.fact_ids if i in shown][:3]
    cited = f" [{', '.join(ids)}]" if ids else ""
    return f"- {_clip(req.requirement, 120)}{cited}"


def _top_gaps(evidence: EvidenceMap) -> list[str]:
    gaps: list[RequirementMatch] = sorted(evidence.gaps, key=lambda r: -_CATEGORY_WEIGHT[r.category])
    return [_clip(r.requirement, 120) for r in gaps[:MAX_GAPS]]


def _feedback_lines(violations: Sequence[FVSViolation]) -> list[str]:
    ordered = sorted(violations, key=lambda v: v.severity is not Severity.CRITICAL)
    lines = []
    for v in ordered:
        message = _clip(v.message, 120)
        line = f"[{v.severity.value}] {v.field}: {message if message.endswith(('.', '…')) else message + '.'}"
        if v.found:
            line += f' Found: "{_clip(v.found, 80)}".'
        if v.expected:
            line += f' Expected: "{_clip(v.expected, 80)}".'
        lines.append(line)
    return lines


def _render_user(brief: WritingBrief, parts: _Parts) -> str:
    evidence, prefs = brief.evidence, brief.preferences
    shown = {f.fact_id for f in parts.facts}
    candidate = [f"Name: {brief.candidate.name or evidence.candidate_name}"]
    if evidence.current_role:
        at = f" at {evidence.current_employer}" if evidence.current_employer else ""
        candidate.append(f"Current role: {evidence.current_role}{at}")
    if evidence.years_of_experience is not None:
        candidate.append(f"Years of experience: {evidence.years_of_experience}")
    emphasis = _dedupe([*(prefs.emphasis_areas or []), *evidence.emphasis_areas])
    style = [f"Tone: {TONE_GUIDE[prefs.tone]}", f"Length: about {prefs.word_count_target} words"]
    if emphasis:
        style.append("Emphasise: " + "; ".join(_clip(e, 80) for e in emphasis[:5]))
    style.append(
        "Salary: you may say you are happy to discuss it; give no figures"
        if prefs.include_salary_expectations
        else "Salary: do not mention it"
    )
    sections = [
        _section("job", [f"Company: {evidence.company_name}", f"Job title: {evidence.job_title}"]),
        _section("candidate", candidate),
        _section("style", style),
        _section("company", [f"- {h}" for h in parts.hooks]),
        _section("requirements", [_requirement_line(r, shown) for r in parts.requirements]),
        _section("gaps", [f"- {g}" for g in parts.gaps]),
        _section("facts", _fact_lines(parts.facts)),
    ]
    if parts.feedback:
        intro = "Your previous letter was rejected. Fix every point below; keep what was right."
        sections.append(_section("feedback", [intro, *(f"- {line}" for line in parts.feedback)]))
    return "\n".join(s for s in sections if s)


def _is_short_skill(fact: EvidenceFact) -> bool:
    return fact.kind is FactKind.SKILL and len(fact.text) <= SHORT_SKILL_CHARS


def _fact_lines(facts: list[EvidenceFact]) -> list[str]:
    lines = [_fact_line(f) for f in facts if not _is_short_skill(f)]
    skills = [f"{f.fact_id} {' '.join(f.text.split())}" for f in facts if _is_short_skill(f)]
    if skills:
        lines.append("Skills: " + "; ".join(skills))
    return lines


def _fact_line(fact: EvidenceFact) -> str:
    limit = 400 if fact.kind in (FactKind.SUMMARY, FactKind.GAP_RESPONSE) else 260
    return f"{fact.fact_id} ({_clip(fact.source, 90)}): {_clip(fact.text, limit)}"


def _section(tag: str, lines: list[str]) -> str:
    if not lines:
        return ""
    body = "\n".join(lines)
    return f"<{tag}>\n{body}\n</{tag}>"


def _clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _dedupe(items: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.strip().lower()
        if key and key not in seen:
            seen.add(key)
            out.append(item.strip())
    return out
