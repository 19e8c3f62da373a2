"""Figures computed from CV figures are supported; figures that no arithmetic on the CV gives are not."""

from __future__ import annotations

import pytest

from careervp.logic.numbers import Qualifier, QuantityKind, extract_quantities, with_table_units

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


@pytest.mark.parametrize(
    ("text", "raw", "value", "kind"),
    [
        ("Training half a dozen new analysts", "half a dozen", 6.0, QuantityKind.COUNT),
        ("roughly a quarter of a million pounds", "a quarter of a million pounds", 250_000.0, QuantityKind.MONEY),
        ("grown to nine four- and five-star hotels", "nine", 9.0, QuantityKind.COUNT),
        ("nine years on site, the last three and a half as lead", "three and a half", 3.5, QuantityKind.DURATION_YEARS),
    ],
)
def test_fractions_of_scales_split_numbers_and_parts_of_a_duration(
    text: str, raw: str, value: float, kind: QuantityKind
) -> None:
    found = {q.raw: q for q in extract_quantities(text)}
    assert (found[raw].value, found[raw].kind) == (value, kind)


def test_passed_a_figure_is_a_lower_bound() -> None:
    assert extract_quantities("our blog passed a million views")[0].qualifier is Qualifier.AT_LEAST


def test_a_unit_in_a_table_header_belongs_to_the_figures_under_it() -> None:
    rows = with_table_units(["Survey type | Field days", "Topographic | 310", "Boundary | 95", "Total sites | 60"])
    assert [(q.value, q.unit) for line in rows for q in line] == [(310.0, "day"), (95.0, "day"), (60.0, "day")]
    plain = with_table_units(["Client | Sites", "Harbour board | 12"])
    assert [(q.value, q.unit) for line in plain for q in line] == [(12.0, None)]


@pytest.mark.parametrize(
    "body",
    [
        # a rate restated per another period: 60 housing sites a year is 5 a month
        "I survey about five housing sites a month for Penhallow.",
    ],
)
def test_rates_and_fractions_restate_cv_figures(body: str) -> None:
    assert [f for f in flagged(body) if f.startswith("metric")] == []


def test_an_exact_distinctive_figure_is_the_cvs_even_in_other_words() -> None:
    assert flagged("At Penhallow I have logged 1,850 hours of GNSS and total-station fieldwork.") == []
