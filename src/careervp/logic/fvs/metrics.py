"""Numbers: every percentage, amount, count and duration in the letter must be one the CV, the gap answers or the
posting states, in any of the ways people write it ("40 percent" = 40%, "$1.2 million" = $1,200,000)."""

from __future__ import annotations

import math

from careervp.logic.fvs import context
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter
from careervp.logic.fvs.sources import SourceLine, Sources
from careervp.logic.numbers import Quantity, QuantityKind, extract_quantities, supports
from careervp.models.api import FVSViolation

_CHECKED = frozenset(
    {QuantityKind.PERCENT, QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.DURATION_OTHER}
)  # years and calendar dates are the timeline check's


def _backed(claim: Quantity, facts: list[tuple[Quantity, SourceLine]]) -> bool:
    for fact, _ in facts:
        if supports(claim, fact):
            return True
        # A bare count ("cut it from 47 to twelve") may restate a figure the CV gives with a unit.
        if (
            claim.kind is QuantityKind.COUNT
            and fact.kind is not QuantityKind.PERCENT
            and math.isclose(claim.value, fact.value)
        ):
            return True
    return False


def check_metrics(letter: Letter, sources: Sources, company_spans: list[tuple[int, int]]) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    everything = sources.candidate_quantities + sources.posting_quantities
    for sentence in letter.body:
        for claim in extract_quantities(sentence.text):
            if claim.kind not in _CHECKED or (claim.kind is QuantityKind.COUNT and claim.value <= 1):
                continue
            if _backed(claim, everything):
                continue
            start, end = sentence.start + claim.span[0], sentence.start + claim.span[1]
            about_reader = context.clause_addresses_reader(sentence, start, end, company_spans)
            if about_reader and not context.clause_is_first_person(sentence, start, end):
                problems.append(
                    violation(letter.text, Kind.COMPANY_FACT, (start, end),
                              f"'{claim.raw}' about the company is not in the posting.")
                )  # fmt: skip
                continue
            problems.append(
                violation(letter.text, Kind.METRIC, (start, end), f"'{claim.raw}' is not a figure the CV gives.")
            )
    return problems
