"""How much of a requirement a text covers, by the rules the evidence map pairs requirements with facts: scoring
asks it whether a letter addresses a requirement."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from careervp.logic.evidence.build import FULL_COVERAGE, _need, _overlap
from careervp.logic.evidence.facts import TermProfile, acronyms
from careervp.logic.evidence.rules import required_years, strip_years_phrase
from careervp.logic.text import content_term_set, skills_in
from careervp.models.evidence import RequirementCategory
from careervp.vocabulary import skill_key


@lru_cache(maxsize=1024)
def term_profile(text: str) -> TermProfile:
    return TermProfile(content_term_set(text), _skills_of(text))


def joined_term_profile(text: str, parts: Sequence[frozenset[str]]) -> TermProfile:
    """`term_profile(text)` for a text made of parts whose topic words are known (a letter's sentences, or clauses
    joined by spaces): a word never spans two parts, so the text's topic words are the union of theirs, and only the
    skills, whose names may span two parts, are read from the whole text."""
    return TermProfile(frozenset().union(*parts), _skills_of(text))


def _skills_of(text: str) -> frozenset[str]:
    return frozenset({skill_key(name) for name, _ in skills_in(text)} | acronyms(text))


_CORE_CUT = re.compile(r"\s*(?:\(|:|;|,\s*(?:including|such as|for example|e\.g\.)|\bsuch as\b|\be\.g\.).*$", re.I)


def requirement_share(requirement: str, profile: TermProfile) -> float:
    """How much of a requirement `profile` covers, 0..1: the better of the whole requirement and its core (the part
    before examples, so "Experience with optimization: Gurobi, OR-Tools..." is addressed by naming optimization)."""
    text = strip_years_phrase(requirement) if required_years(requirement) is not None else requirement
    best = 0.0
    for variant in {text, _CORE_CUT.sub("", text)}:
        need = _need(variant, RequirementCategory.MUST_HAVE)
        if need.terms or need.skills:
            best = max(best, _overlap(need, profile).share)
    return min(1.0, best / FULL_COVERAGE)
