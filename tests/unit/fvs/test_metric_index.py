"""The value index of the metric check gives exactly the backing the plain scan gives: every CV figure that
`supports` a claim (or equals a bare count) is among the ones it returns, in source order."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.logic.fvs.metrics import _backing, _backing_combined, _FactsByKind
from careervp.logic.fvs.sources import SourceLine
from careervp.logic.numbers import Quantity, QuantityKind, supports
from careervp.logic.numbers.quantity import DAYS_PER_UNIT, Qualifier

_UNITS = {
    QuantityKind.DURATION_YEARS: st.just("year"),
    QuantityKind.DURATION_OTHER: st.sampled_from(sorted(DAYS_PER_UNIT)),
    QuantityKind.MONEY: st.sampled_from(["$", "€", None]),
}
_VALUES = st.one_of(
    st.integers(min_value=0, max_value=30).map(float),
    st.sampled_from([0.5, 1.5, 2.7, 45.0, 47.0, 99.5, 100.0, 120.0, 410_000.0, 1_200_000.0, 4.5e6]),
    st.floats(min_value=0, max_value=1e7, allow_nan=False, allow_infinity=False),
)


@st.composite
def _quantities(draw: st.DrawFn) -> Quantity:
    kind = draw(st.sampled_from(list(QuantityKind)))
    unit = draw(_UNITS.get(kind, st.none()))
    return Quantity(
        value=draw(_VALUES),
        kind=kind,
        span=(0, 1),
        raw="x",
        unit=unit,
        qualifier=draw(st.sampled_from([None, *Qualifier])),
        precision=draw(st.sampled_from([0.0, 0.0, 0.05, 0.5, 5.0, 50_000.0])),
    )


def _plain(claim: Quantity, facts: list[tuple[Quantity, SourceLine]]) -> list[SourceLine]:
    bare = claim.kind is QuantityKind.COUNT
    return [
        line
        for fact, line in facts
        if supports(claim, fact)
        or (bare and fact.kind is not QuantityKind.PERCENT and math.isclose(claim.value, fact.value))
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(_quantities(), min_size=0, max_size=40), st.lists(_quantities(), min_size=1, max_size=6))
def test_indexed_backing_is_the_plain_scan(facts: list[Quantity], claims: list[Quantity]) -> None:
    lines = [(fact, SourceLine(f"line {i}", f" line {i} ", "cv")) for i, fact in enumerate(facts)]
    index = _FactsByKind(lines)
    for claim in claims:
        candidates = index.for_claim(claim)
        assert _backing(claim, index) == _plain(claim, candidates)
        assert _backing_combined(claim, index) == [
            line
            for fact, line in candidates
            if supports(claim, fact) and (fact.kind is not QuantityKind.COUNT or fact.noun == claim.noun)
        ]


def test_a_loose_figure_does_not_hide_a_near_one() -> None:
    facts = [Quantity(float(v), QuantityKind.COUNT, (0, 1), str(v)) for v in range(20)]
    facts.append(Quantity(1_200_000.0, QuantityKind.MONEY, (0, 1), "$1.2M", unit="$", precision=50_000.0))
    lines = [(fact, SourceLine(fact.raw, f" {fact.raw} ", "cv")) for fact in facts]
    index = _FactsByKind(lines)
    claim = Quantity(1_230_000.0, QuantityKind.MONEY, (0, 1), "$1.23M", unit="$")
    assert [line.text for line in _backing(claim, index)] == ["$1.2M"]
    assert len(index.near(Quantity(12.0, QuantityKind.COUNT, (0, 1), "12"))) < len(facts) / 2
