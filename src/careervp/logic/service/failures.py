"""How a generation fails: the short-circuit the pipeline raises internally, and the contract's error body."""

from __future__ import annotations

import time

from careervp.logic import policy
from careervp.logic.ports import LLMError, LLMThrottled, LLMTimeout
from careervp.logic.writers.llm import LLMOutputError
from careervp.models.api import ErrorPublic, FVSValidation, FVSViolation, Severity
from careervp.models.codes import ResultCode
from careervp.models.results import GenerationResult


class GenerationFailure(Exception):
    """Internal short-circuit carrying an error code; the service turns it into a result, never lets it out."""

    def __init__(self, code: ResultCode, message: str, fvs: FVSValidation | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.fvs = fvs

    def __reduce__(self) -> tuple[type[GenerationFailure], tuple[ResultCode, str, FVSValidation | None]]:
        """Raised in a worker process too (logic/service/stages.py): it must cross back whole."""
        return (GenerationFailure, (self.code, self.message, self.fvs))


def elapsed_ms(started: float) -> int:
    return max(0, int((time.perf_counter() - started) * 1000))


def error_result(failure: GenerationFailure, started: float, cost: float) -> GenerationResult:
    body = ErrorPublic(
        error=failure.message,
        code=failure.code,
        processing_time_ms=elapsed_ms(started),
        cost_estimate=round(cost, 6),
        fvs_validation=failure.fvs,
    )
    return GenerationResult(failure.code, body)


def unusable_reply(exc: LLMOutputError) -> FVSViolation:
    """The model answered with a refusal or leftovers: fed back to the retry as a critical violation."""
    return FVSViolation(
        field="refusal",
        found=exc.reason,
        severity=Severity.CRITICAL,
        message=f"The previous answer was not a usable cover letter ({exc.reason}); write the letter itself.",
    )


def llm_failure(exc: LLMError) -> GenerationFailure:
    if isinstance(exc, LLMThrottled):
        return GenerationFailure(ResultCode.LLM_RATE_LIMITED, "The language model is busy; please retry shortly.")
    if isinstance(exc, LLMTimeout):
        return GenerationFailure(ResultCode.CV_LETTER_GENERATION_TIMEOUT, "The language model did not answer in time.")
    return GenerationFailure(ResultCode.LLM_API_ERROR, "The language model failed to answer.")


def decision_failure(code: ResultCode, chosen: policy.Attempt | None) -> GenerationFailure:
    """The failure for a decision that is not a success, naming what went wrong with the best attempt."""
    return GenerationFailure(code, _failure_message(code, chosen), chosen.fvs if chosen else None)


def _failure_message(code: ResultCode, chosen: policy.Attempt | None) -> str:
    if code is ResultCode.FVS_HALLUCINATION_DETECTED and chosen is not None:
        found = "; ".join(v.message for v in chosen.fvs.critical[:3])
        return f"Every attempt stated something the CV does not support: {found}"
    if code is ResultCode.GENERATION_QUALITY_INSUFFICIENT and chosen is not None:
        return f"The best letter scored {chosen.quality.overall:.2f}, below the 0.50 floor."
    return "The letter could not be generated."
