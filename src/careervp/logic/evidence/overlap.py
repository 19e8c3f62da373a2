"""What a requirement and a fact share: topic words and named skills, and the weighted share of the requirement
they cover. Pure set arithmetic, memoised, so the map and the scorer ask it about the same pairs cheaply."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from careervp.logic.text import matched_term_set

SKILL_WEIGHT = 2.0
"""A named skill ("Kafka") says more about fit than an ordinary topic word ("team")."""


@dataclass(frozen=True)
class Overlap:
    share: float
    terms: frozenset[str]
    skills: frozenset[str]

    @property
    def supports(self) -> bool:
        return bool(self.skills) or len(self.terms) >= 2


NO_OVERLAP = Overlap(0.0, frozenset(), frozenset())


@lru_cache(maxsize=16384)  # a few maps' worth: one map asks about 1,000 pairs, twice
def overlap_of(
    need_terms: frozenset[str], need_skills: frozenset[str], terms: frozenset[str], skills: frozenset[str]
) -> Overlap:
    """Memoised on the four frozen sets: every requirement meets every fact in the map's coverage and again in its
    ranking, and the scorer asks about the same requirements for every letter."""
    met = matched_term_set(need_terms, terms)
    shared = need_skills & skills
    total = len(need_terms) + SKILL_WEIGHT * len(need_skills)
    if not met and not shared:
        return NO_OVERLAP  # most pairs share nothing; one shared object keeps the cache small
    share = (len(met) + SKILL_WEIGHT * len(shared)) / total if total else 0.0
    return Overlap(share, met, shared)
