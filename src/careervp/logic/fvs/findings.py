"""How a check reports what it found: one violation with the exact span of the offending text."""

from __future__ import annotations

from enum import StrEnum

from careervp.models.api import FVSViolation, Severity


class Kind(StrEnum):
    """The `field` of a violation: which kind of fact is wrong."""

    COMPANY_NAME = "company_name"
    JOB_TITLE = "job_title"
    EMPLOYER = "employer"
    ROLE = "role"
    DATE_OR_DURATION = "date_or_duration"
    METRIC = "metric"
    CREDENTIAL = "credential"
    SKILL = "skill"
    COMPANY_FACT = "company_fact"
    CONTAMINATION = "contamination"
    REFUSAL = "refusal"
    UNVERIFIED = "unverified"


def violation(
    letter: str,
    kind: Kind,
    span: tuple[int, int] | None,
    message: str,
    *,
    expected: str | None = None,
    severity: Severity = Severity.CRITICAL,
) -> FVSViolation:
    """A violation whose `found` is exactly `letter[start:end]`, so callers can highlight it."""
    if span is None:
        return FVSViolation(field=kind.value, expected=expected, found=None, severity=severity, message=message)
    start, end = span
    return FVSViolation(
        field=kind.value,
        expected=expected,
        found=letter[start:end],
        severity=severity,
        message=message,
        span_start=start,
        span_end=end,
    )
