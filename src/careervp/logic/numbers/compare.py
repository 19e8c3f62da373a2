"""Whether two written quantities state the same figure, and whether a CV figure backs a letter's claim."""

from __future__ import annotations

import math

from careervp.logic.numbers.quantity import DAYS_PER_UNIT, Qualifier, Quantity, QuantityKind

_COMPATIBLE: dict[QuantityKind, frozenset[QuantityKind]] = {
    QuantityKind.PERCENT: frozenset({QuantityKind.PERCENT}),
    QuantityKind.MONEY: frozenset({QuantityKind.MONEY, QuantityKind.COUNT}),
    QuantityKind.COUNT: frozenset({QuantityKind.COUNT, QuantityKind.MONEY}),
    QuantityKind.DURATION_YEARS: frozenset({QuantityKind.DURATION_YEARS, QuantityKind.DURATION_OTHER}),
    QuantityKind.DURATION_OTHER: frozenset({QuantityKind.DURATION_YEARS, QuantityKind.DURATION_OTHER}),
    QuantityKind.TIME: frozenset({QuantityKind.TIME}),
}


def compatible_kinds(kind: QuantityKind) -> frozenset[QuantityKind]:
    """The kinds a figure of `kind` can equal or be backed by (a count and an amount of money can restate each other;
    years and other durations convert): anything else never supports it."""
    return _COMPATIBLE[kind]


BOUND_REACH = 2.0
""""more than N" / "fewer than N" paraphrase a figure within a factor of two of N."""

APPROX_TOLERANCE = 0.1
""""about 15" covers 13.5..16.5: a hedge is honest paraphrase of a nearby figure, not licence for any number."""


def same_value(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities state the same figure, allowing for how precisely each was written."""
    return _equal(a, b, hedged=Qualifier.APPROX in (a.qualifier, b.qualifier))


def _equal(a: Quantity, b: Quantity, *, hedged: bool) -> bool:
    return b.kind in _COMPATIBLE[a.kind] and _close(a, b, hedged=hedged)


def _close(a: Quantity, b: Quantity, *, hedged: bool) -> bool:
    """Equal within the precision each was written with; the kinds are already known to be compatible."""
    x, y = a.base_value, b.base_value
    scale_a = DAYS_PER_UNIT.get(a.unit or "", 1.0) if a.kind in _DURATIONS else 1.0
    scale_b = DAYS_PER_UNIT.get(b.unit or "", 1.0) if b.kind in _DURATIONS else 1.0
    tolerance = max(a.precision * scale_a, b.precision * scale_b)
    if hedged:
        tolerance = max(tolerance, APPROX_TOLERANCE * max(abs(x), abs(y)))
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9) or abs(x - y) <= tolerance + 1e-9


_DURATIONS = frozenset({QuantityKind.DURATION_YEARS, QuantityKind.DURATION_OTHER})


def supports(claim: Quantity, fact: Quantity) -> bool:
    """Whether `fact` (from the CV) backs `claim` (from a letter): equal, or satisfying the claim's bound.

    "more than 8 years" is backed by 10 years; "up to 60 patients" by 60 (not by 45); "about 15 hours" by 15.
    """
    if fact.kind not in _COMPATIBLE[claim.kind]:
        return False
    # Only the claim's own hedge widens the match: "about 150" in a CV does not make "140" true. "Up to 60" names
    # the largest case, so it may round the CV's peak as "about" does, and no further.
    if _close(claim, fact, hedged=claim.qualifier in (Qualifier.APPROX, Qualifier.PEAK)):
        return True
    # A bound is backed by a figure of the same kind not far past it: "more than 220 interviews" is not backed by
    # "$4.5M", nor by "1,100 admins" (a bound that loose is a different figure, not a paraphrase).
    if fact.kind is not claim.kind and not {fact.kind, claim.kind} <= _DURATIONS:
        return False
    if claim.qualifier is Qualifier.AT_LEAST:
        return claim.base_value - 1e-9 <= fact.base_value <= max(claim.base_value * BOUND_REACH, claim.base_value + 10)
    if claim.qualifier is Qualifier.AT_MOST:
        return claim.base_value / BOUND_REACH - 1e-9 <= fact.base_value <= claim.base_value + 1e-9
    return False
