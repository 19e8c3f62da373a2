"""Figures computed from CV figures are supported; figures that no arithmetic on the CV gives are not."""

from __future__ import annotations

import pytest

from careervp.logic.numbers import QuantityKind, extract_quantities

from .surveyor import flagged


@pytest.mark.parametrize(
    "body",
    [
        # the change inside one line: 15 -> 9 days
        "I cut topographic turnaround by six working days with drone photogrammetry.",
        "Drone photogrammetry made our topographic surveys 40% faster.",
        # the point difference of two percentages on one line: 72% -> 91%
        "I raised our first-time pass rate by 19 points.",
        # a sum across lines of the same unit: 1,850 + 2,300 hours
        "I have logged 4,150 field hours in total on GNSS and total stations.",
        # the distance from a posting figure: 3,000 - 1,850
        "At Penhallow alone I logged 1,850 field hours, 1,150 short of your 3,000-hour figure.",
        # a fraction of a change: 15 -> 9 days is 40%
        "Turnaround came down by more than a third.",
    ],
)
def test_derived_figures_are_supported(body: str) -> None:
    assert [f for f in flagged(body) if f.startswith("metric")] == []


@pytest.mark.parametrize(
    "body",
    [
        "I have logged 5,200 field hours in total on GNSS and total stations.",
        "I cut topographic turnaround by eleven working days.",
        "I raised our first-time pass rate by 30 points.",
    ],
)
def test_figures_no_arithmetic_gives_are_caught(body: str) -> None:
    assert any(f.startswith("metric") for f in flagged(body)), flagged(body)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("two dozen sites", 24.0, QuantityKind.COUNT),
        ("a dozen sites", 12.0, QuantityKind.COUNT),
        ("roughly a third lower", 100 / 3, QuantityKind.PERCENT),
        ("cut the backlog in half", 50.0, QuantityKind.PERCENT),
        ("by a quarter", 25.0, QuantityKind.PERCENT),
        ("around 70 Year 12 students", 70.0, QuantityKind.COUNT),
    ],
)
def test_fractions_dozens_and_school_years_are_read(text: str, value: float, kind: QuantityKind) -> None:
    first = extract_quantities(text)[0]
    assert (round(first.value, 3), first.kind) == (round(value, 3), kind)


def test_a_half_that_is_not_a_change_is_no_figure() -> None:
    assert [q.raw for q in extract_quantities("In the first half of 2024 I worked on behalf of the council.")] == [
        "2024"
    ]


def test_a_duration_restated_in_another_unit_is_supported() -> None:
    assert [f for f in flagged("Our turnaround fell within nine working days, about a week and a half faster.")
            if f.startswith("date")] == []  # fmt: skip
