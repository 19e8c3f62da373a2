"""The quality explanation in plain words: what the letter chose to argue, what it admits, and how it fits the brief.

The scores' own notes ("relevance: covered with evidence must_have 3/5") are for whoever tunes the scorer; a user
reading the page or the CLI wants sentences: which of the posting's requirements the letter answers with their CV,
which gap it admits, which of their figures it cites, and whether it is the length they asked for. These sentences
come first in the notes, the diagnostics after them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from careervp.logic.text import join_list
from careervp.models.evidence import EvidenceMap, RequirementCategory

MAX_NAMED = 3
"""Requirements named in a sentence; more are counted, not listed."""
MAX_REQUIREMENT_WORDS = 8
_ADMITTED = " (gap, acknowledged)"


@dataclass(frozen=True)
class Outcome:
    """What the scorer found, in the scorer's terms."""

    covered: Sequence[str]
    missed: Sequence[str]
    cited: Sequence[str]
    company_named: bool
    title_named: bool
    words: int
    target: int
    defects: Sequence[str] = ()


def plain_explanation(outcome: Outcome, evidence: EvidenceMap) -> list[str]:
    """Five to seven sentences a user can act on, in the order a reader weighs them."""
    musts = {r.requirement for r in evidence.requirements if r.category is RequirementCategory.MUST_HAVE}
    emphasis = {r.requirement for r in evidence.requirements if r.category is RequirementCategory.EMPHASIS}
    sentences = _answered(outcome.covered, musts, emphasis)
    admitted = [m.removesuffix(_ADMITTED) for m in outcome.missed if m.endswith(_ADMITTED)]
    unsaid = [m for m in outcome.missed if m in musts]
    if admitted:
        sentences.append(f"It admits {_count(len(admitted), 'gap')} plainly: {_names(admitted)}.")
    if unsaid:
        sentences.append(
            f"It leaves {_count(len(unsaid), 'must-have')} unsaid that your CV does not show: {_names(unsaid)}; "
            "add the evidence to your CV if you have it."
        )
    if outcome.cited:
        figures = sorted(outcome.cited, key=lambda f: not re.search(r"[^\d.,\s]", f))  # "55%" before a bare "4"
        sentences.append(
            f"It cites {_count(len(outcome.cited), 'figure')} from your CV, such as {join_list(figures[:3])}."
        )
    else:
        sentences.append("It cites no figures from your CV; results with numbers make a letter more convincing.")
    if outcome.defects:
        kinds = join_list(list(dict.fromkeys(d.split(":")[0] for d in outcome.defects)))
        sentences.append(f"It has {_count(len(outcome.defects), 'slip')} a reader would notice ({kinds}).")
    sentences.append(_named(outcome, evidence.company_name))
    sentences.append(_length(outcome.words, outcome.target))
    return sentences


def _answered(covered: Sequence[str], musts: set[str], emphasis: set[str]) -> list[str]:
    """What the letter argues: how many must-haves it answers, the areas the user asked for, what it leads with."""
    if not covered:
        return ["The letter answers none of the posting's requirements with evidence from your CV."]
    covered_musts = [c for c in covered if c in musts]
    parts = [f"{len(covered_musts)} of the posting's {len(musts)} must-haves"] if musts else []
    if any(c in emphasis for c in covered):
        parts.append("the areas you asked to stress")
    answered = " and ".join(parts) if parts else f"{_count(len(covered), 'requirement')} of the posting"
    lead = [c for c in covered if c in emphasis] + covered_musts or list(covered)
    return [
        f"The letter answers {answered} with evidence from your CV.",
        f"It leads with {_names(lead[:MAX_NAMED], more=False)}.",
    ]


def _named(outcome: Outcome, company: str) -> str:
    if outcome.company_named and outcome.title_named:
        return f"It names {company} and the exact job title."
    missing = [
        w for w, ok in (("the company", outcome.company_named), ("the job title", outcome.title_named)) if not ok
    ]
    return f"It does not name {' or '.join(missing)} in full; check the opening before you send it."


def _length(words: int, target: int) -> str:
    deviation = words / target - 1 if target else 0.0
    if abs(deviation) <= 0.05:
        return f"It is {words} words, on the {target} you asked for."
    side = "under" if deviation < 0 else "over"
    return f"It is {words} words, {abs(deviation):.0%} {side} the {target} you asked for."


def _names(requirements: Sequence[str], *, more: bool = True) -> str:
    shown = [_short(r) for r in requirements[:MAX_NAMED]]
    rest = len(requirements) - len(shown)
    return "; ".join(shown) + (f"; and {rest} more" if more and rest > 0 else "")


def _short(requirement: str) -> str:
    """A requirement as the posting words it, cut to its first clause and a few words."""
    text = re.split(r"[.;:(]|\s[—–]\s", requirement.strip())[0].strip()
    words = text.split()
    return " ".join(words[:MAX_REQUIREMENT_WORDS]) + ("…" if len(words) > MAX_REQUIREMENT_WORDS else "")


def _count(number: int, noun: str) -> str:
    return f"{'one' if number == 1 else number} {noun}{'' if number == 1 else 's'}"
