"""The retry/fallback policy as one pure decision: given the attempts so far, what happens next.

Write -> verify -> score. A letter with a critical FVS violation, or scoring below GOOD, earns one retry with the
violations as feedback and the stronger model; if that still falls short, the template writer (which only
recombines verified facts) gets a turn. The best acceptable attempt then decides the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from careervp.models.api import FVSValidation
from careervp.models.codes import ResultCode
from careervp.models.letter import Draft, QualityReport

GOOD = 0.70
ACCEPTABLE = 0.50


@dataclass(frozen=True)
class Attempt:
    draft: Draft
    fvs: FVSValidation
    quality: QualityReport
    stronger: bool = False
    is_fallback: bool = False
    word_count: int | None = None
    """The draft's words, when counted where it was judged (the server then need not count them again)."""

    @property
    def is_truthful(self) -> bool:
        return self.fvs.is_valid

    @property
    def is_good(self) -> bool:
        return self.is_truthful and self.quality.overall >= GOOD


class Action(StrEnum):
    ACCEPT = "accept"
    RETRY_STRONGER = "retry_stronger"
    FALLBACK_TEMPLATE = "fallback_template"
    FAIL = "fail"


@dataclass(frozen=True)
class Decision:
    action: Action
    code: ResultCode | None = None
    chosen: Attempt | None = None


def decide(attempts: list[Attempt], *, primary_is_template: bool) -> Decision:
    """Next step after the latest attempt. `attempts` is in the order they were made and is never empty."""
    latest = attempts[-1]
    if latest.is_good:
        return _accept(latest)
    made_retry = any(a.stronger for a in attempts)
    made_fallback = any(a.is_fallback for a in attempts)
    if not primary_is_template and not made_retry and not made_fallback:
        return Decision(Action.RETRY_STRONGER)
    if not primary_is_template and not made_fallback:
        return Decision(Action.FALLBACK_TEMPLATE)
    return conclude(attempts)


def conclude(attempts: list[Attempt]) -> Decision:
    """Pick the best truthful attempt and name the outcome; used when no further attempt will be made."""
    truthful = [a for a in attempts if a.is_truthful]
    if not truthful:
        return Decision(Action.FAIL, ResultCode.FVS_HALLUCINATION_DETECTED, _best(attempts))
    best = _best(truthful)
    if best.quality.overall < ACCEPTABLE:
        return Decision(Action.FAIL, ResultCode.GENERATION_QUALITY_INSUFFICIENT, best)
    return _accept(best)


def _accept(attempt: Attempt) -> Decision:
    code = (
        ResultCode.COVER_LETTER_GENERATED_SUCCESS
        if attempt.quality.overall >= GOOD
        else ResultCode.COVER_LETTER_GENERATED_WITH_WARNINGS
    )
    return Decision(Action.ACCEPT, code, attempt)


def _best(attempts: list[Attempt]) -> Attempt:
    # Fewest critical violations first, then the highest score; the earliest wins ties (cheapest model).
    return min(attempts, key=lambda a: (len(a.fvs.critical), -a.quality.overall))
