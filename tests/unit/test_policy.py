"""The retry/fallback policy, fed plain values."""

from __future__ import annotations

from careervp.logic.policy import Action, Attempt, conclude, decide
from careervp.models.api import FVSValidation, FVSViolation, QualityDetails, Severity
from careervp.models.codes import ResultCode
from careervp.models.letter import Draft, QualityReport


def _attempt(quality: float, *, critical: int = 0, stronger: bool = False, fallback: bool = False) -> Attempt:
    violations = [
        FVSViolation(field="metric", found=f"{i}0%", severity=Severity.CRITICAL, message="invented")
        for i in range(critical)
    ]
    fvs = FVSValidation(
        is_valid=critical == 0, company_name_verified=True, job_title_verified=True, violations=violations
    )
    report = QualityReport(
        personalization=quality, relevance=quality, tone=quality, overall=quality, details=QualityDetails(band="good")
    )
    return Attempt(Draft(text="x", writer="llm"), fvs, report, stronger=stronger, is_fallback=fallback)


def test_good_first_attempt_is_accepted() -> None:
    decision = decide([_attempt(0.85)], primary_is_template=False)
    assert decision.action is Action.ACCEPT
    assert decision.code is ResultCode.COVER_LETTER_GENERATED_SUCCESS


def test_critical_violation_earns_one_stronger_retry_then_template() -> None:
    first = _attempt(0.9, critical=1)
    assert decide([first], primary_is_template=False).action is Action.RETRY_STRONGER
    second = _attempt(0.9, critical=1, stronger=True)
    assert decide([first, second], primary_is_template=False).action is Action.FALLBACK_TEMPLATE
    third = _attempt(0.82, fallback=True)
    decision = decide([first, second, third], primary_is_template=False)
    assert decision.action is Action.ACCEPT
    assert decision.chosen is third


def test_low_quality_also_earns_a_retry() -> None:
    assert decide([_attempt(0.65)], primary_is_template=False).action is Action.RETRY_STRONGER


def test_every_attempt_hallucinating_fails_with_fvs_code() -> None:
    attempts = [
        _attempt(0.9, critical=2),
        _attempt(0.9, critical=1, stronger=True),
        _attempt(0.9, critical=1, fallback=True),
    ]
    decision = decide(attempts, primary_is_template=False)
    assert decision.action is Action.FAIL
    assert decision.code is ResultCode.FVS_HALLUCINATION_DETECTED
    assert decision.chosen is attempts[1]  # fewest critical violations, earliest on ties


def test_template_primary_concludes_without_retrying() -> None:
    decision = decide([_attempt(0.6)], primary_is_template=True)
    assert decision.action is Action.ACCEPT
    assert decision.code is ResultCode.COVER_LETTER_GENERATED_WITH_WARNINGS


def test_quality_floor() -> None:
    decision = conclude([_attempt(0.45), _attempt(0.3, stronger=True)])
    assert decision.code is ResultCode.GENERATION_QUALITY_INSUFFICIENT
    assert decision.chosen is not None
    assert decision.chosen.quality.overall == 0.45


def test_best_truthful_attempt_wins_over_a_better_scoring_fabrication() -> None:
    truthful = _attempt(0.72, fallback=True)
    decision = conclude([_attempt(0.95, critical=1), truthful])
    assert decision.code is ResultCode.COVER_LETTER_GENERATED_SUCCESS
    assert decision.chosen is truthful
