"""Number parsing as people write numbers, and equality that honours written precision and hedges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careervp.logic.numbers import (
    Qualifier,
    QuantityKind,
    compatible_kinds,
    extract_quantities,
    parse_number,
    same_value,
    supports,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("six", 6),
        ("twenty-five", 25),
        ("one hundred and twenty-five", 125),
        ("a dozen", 12),
        ("2 million", 2_000_000),
        ("2M", 2_000_000),
        ("$1.2 million", 1_200_000),
        ("$410K", 410_000),
        ("1,234,567", 1_234_567),
        ("3.75", 3.75),
        ("40 percent", 40),
        ("$4.2 billion", 4_200_000_000),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("more than a hundred and ten matches a season", [110]),
        ("a thousand and fifty members", [1050]),
        ("a hundred-and-twenty-bed ward", [120]),
        ("a hundred volunteers and ten staff", [100, 10]),
    ],
)
def test_a_scale_after_an_article_reads_on_into_its_number(text: str, values: list[float]) -> None:
    """ "a hundred and ten" is one number, as "one hundred and ten" is; "a hundred ... and ten staff" is two."""
    assert [q.value for q in extract_quantities(text)] == values


def test_not_numbers() -> None:
    assert parse_number("one of the best") is None
    assert parse_number("p99 latency") is None
    assert extract_quantities("HL7, EC2 and S3") == []


def test_kinds_units_and_spans() -> None:
    text = "Cut p99 latency from 820 ms to 210 ms, saved $1.2M and 40 percent, over six years since 2019."
    found = extract_quantities(text)
    assert [(q.kind, q.value) for q in found] == [
        (QuantityKind.DURATION_OTHER, 820),
        (QuantityKind.DURATION_OTHER, 210),
        (QuantityKind.MONEY, 1_200_000),
        (QuantityKind.PERCENT, 40),
        (QuantityKind.DURATION_YEARS, 6),
        (QuantityKind.TIME, 2019),
    ]
    for q in found:
        assert text[q.span[0] : q.span[1]] == q.raw
    assert found[4].qualifier is Qualifier.AT_LEAST


def test_ranges_share_the_written_unit() -> None:
    days = extract_quantities("from ten to four business days")
    assert [(q.kind, q.unit, q.value) for q in days] == [
        (QuantityKind.DURATION_OTHER, "day", 10),
        (QuantityKind.DURATION_OTHER, "day", 4),
    ]
    money = extract_quantities("$2–3 million")
    assert [(q.kind, q.value) for q in money] == [(QuantityKind.MONEY, 2e6), (QuantityKind.MONEY, 3e6)]
    years = extract_quantities("2016–2019")
    assert [q.kind for q in years] == [QuantityKind.TIME, QuantityKind.TIME]


def test_hedges_are_recorded() -> None:
    assert extract_quantities("about 15 hours")[0].qualifier is Qualifier.APPROX
    assert extract_quantities("10+ years")[0].qualifier is Qualifier.AT_LEAST
    assert extract_quantities("up to 60 patients")[0].qualifier is Qualifier.PEAK
    assert extract_quantities("under 60 patients")[0].qualifier is Qualifier.AT_MOST


def _one(text: str):  # type: ignore[no-untyped-def]
    (quantity,) = extract_quantities(text)
    return quantity


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("1.2M", "1,200,000"),
        ("$1.2 million", "$1,234,000"),
        ("40 percent", "40%"),
        ("six years", "6 years"),
        ("18 months", "1.5 years"),
        ("about 15 hours", "14 hours"),
        ("nearly five years", "4.6 years"),
        ("2 million", "2M"),
        ("300K", "300,000"),
    ],
)
def test_paraphrases_are_equal(a: str, b: str) -> None:
    assert same_value(_one(a), _one(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("70%", "50%"),
        ("25", "10"),
        ("$400,000", "$410,000"),
        ("12%", "12"),
        ("7 years", "7 months"),
        ("21 percent", "12%"),
    ],
)
def test_different_figures_are_not_equal(a: str, b: str) -> None:
    assert not same_value(_one(a), _one(b))


def test_bounds_are_supported_by_larger_facts() -> None:
    assert supports(_one("more than eight years"), _one("10 years"))
    assert not supports(_one("more than fifteen years"), _one("10 years"))
    assert supports(_one("up to 60 patients"), _one("60"))
    assert not supports(_one("eight years"), _one("10 years"))


@given(st.integers(min_value=0, max_value=10**9))
def test_integers_with_commas_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n


@given(
    st.integers(min_value=1, max_value=999), st.sampled_from([("K", 1e3), (" million", 1e6), ("M", 1e6), ("bn", 1e9)])
)
def test_scaled_numbers_round_trip(n: int, scale: tuple[str, float]) -> None:
    suffix, factor = scale
    assert parse_number(f"${n}{suffix}") == pytest.approx(n * factor)


_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spell(n: int) -> str:
    if n < 20:
        return _WORDS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_WORDS[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{_WORDS[hundreds]} hundred" + (f" and {_spell(rest)}" if rest else "")


@given(st.integers(min_value=0, max_value=999))
def test_spelt_numbers_round_trip(n: int) -> None:
    assert parse_number(_spell(n)) == n


@given(st.text(max_size=300))
def test_extract_never_raises_and_spans_are_exact(text: str) -> None:
    for q in extract_quantities(text):
        assert text[q.span[0] : q.span[1]] == q.raw


def test_fractions_and_around_the_clock_are_not_counts() -> None:
    assert extract_quantities("24/7 support for 3/4 of users") == []


def test_halves_and_joined_words() -> None:
    assert [q.value for q in extract_quantities("two and a half years")] == [2.5]
    assert [q.value for q in extract_quantities("within a year and a half")] == [1.5]
    assert [q.value for q in extract_quantities("five and six")] == [5, 6]
    assert [q.value for q in extract_quantities("one hundred and twenty-five")] == [125]


def test_back_references_take_the_unit() -> None:
    nine = extract_quantities("eleven years in software, nine of them in product")[1]
    assert (nine.kind, nine.value) == (QuantityKind.DURATION_YEARS, 9)
    twelve = extract_quantities("cut MTTR from forty-seven minutes to twelve by adding runbooks")[1]
    assert (twelve.kind, twelve.unit) == (QuantityKind.DURATION_OTHER, "minute")


def test_bounds_need_a_nearby_figure_of_the_same_kind() -> None:
    assert not supports(_one("more than 220 interviews"), _one("$4.5M"))
    assert not supports(_one("more than 220 interviews"), _one("1,100"))
    assert supports(_one("more than 220 interviews"), _one("240"))


@pytest.mark.parametrize(
    ("letter", "cv", "compatible"),
    [("40 percent", "40%", True), ("$1.2 million", "$1,200,000", True), ("18 months", "1.5 years", True),
     ("70%", "70 people", False), ("3 weeks", "21 engineers", False), ("more than 20%", "25 clients", False)],
)  # fmt: skip
def test_only_a_fact_of_a_compatible_kind_supports_a_claim(letter: str, cv: str, compatible: bool) -> None:
    """FVS compares a letter figure only with CV figures of compatible kinds; that must lose no support."""
    claim, fact = extract_quantities(letter)[0], extract_quantities(cv)[0]
    assert (fact.kind in compatible_kinds(claim.kind)) is compatible
    assert supports(claim, fact) is compatible


def test_extract_quantities_returns_a_fresh_list_each_call() -> None:
    """The parse is memoised; a caller editing its list must not change what the next caller gets."""
    first = extract_quantities("cut costs by 40% for 12 clients")
    first.clear()
    assert [q.value for q in extract_quantities("cut costs by 40% for 12 clients")] == [40.0, 12.0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a four-day week at the clinic", 4, "day"),  # a unit word is never the word that says which unit
        ("we work 12-hour days in winter", 12, "hour"),
        ("on a 3-month contract", 3, "month"),
        ("1,850 field hours", 1850, "hour"),  # while another word may ("field hours", "business days")
        ("within 5 business days", 5, "day"),
    ],
)
def test_a_compound_duration_takes_its_first_unit(text: str, value: float, unit: str) -> None:
    (found,) = extract_quantities(text)
    assert (found.value, found.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "the shop turns over $3.8 million a year",
        "we bill £40k in fees a year",
        "she sees 15% more a year",
        "savings worth $1.2M a year",
    ],
)
def test_a_year_after_a_figure_is_a_rate_not_a_duration(text: str) -> None:
    assert all(q.unit != "year" for q in extract_quantities(text))


def test_a_year_on_its_own_is_a_duration() -> None:
    assert [(q.value, q.unit) for q in extract_quantities("I spent a year in Leeds and two years in York")] == [
        (1.0, "year"),
        (2.0, "year"),
    ]


@pytest.mark.parametrize("text", ["the 12th district", "our 3rd line", "the 2nd shift", "a 21st-century plant"])
def test_an_ordinal_is_a_rank_not_a_count(text: str) -> None:
    assert list(extract_quantities(text)) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("servicing GE 2.8-127 and Vestas V110 turbines", []),  # a maker's model designation is a name
        ("heavy checks on the Boeing 737-800 fleet", []),
        ("From 5-6 years of age", [5.0, 6.0]),  # a capitalised English word is no maker
        ("Between 20-30 staff", [20.0, 30.0]),
    ],
)
def test_model_designations_are_names_not_figures(text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text)] == values


@pytest.mark.parametrize("text", ["the Analyst II role (Req. #24-118)", "ticket #4471 closed", "Platform No. 7"])
def test_a_reference_number_is_an_identifier(text: str) -> None:
    assert list(extract_quantities(text)) == []


@pytest.mark.parametrize(("text", "unit"), [("12h shifts", "hour"), ("closed within 90d", "day"), ("K-1s", None)])
def test_a_one_letter_unit_is_lower_case_and_a_form_name_is_none(text: str, unit: str | None) -> None:
    """ "12h" and "90d" are hours and days; "K-1s" names tax forms, not one second."""
    found = extract_quantities(text)
    assert (found[0].unit if found else None) == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [("Fed c.1,200 covers a night", 1200.0), ("Ran ca.60 km of trunk duct", 60.0), ("Trained approx.45 staff", 45.0)],
)
def test_a_number_glued_to_an_abbreviation_of_about_is_read(text: str, value: float) -> None:
    # "c.1,200" is how many CVs write "about 1,200"; unread, a letter quoting the figure looks invented.
    assert [q.value for q in extract_quantities(text)] == [value]


@pytest.mark.parametrize("text", ["see s.3 of the Act", "release v.2", "abc.3"])
def test_a_number_glued_to_another_abbreviation_is_not_read(text: str) -> None:
    assert extract_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [("Store Manager 2021-04 to 2024-08", [2021, 2024]), ("passed on 2023-09-14", [2023]), ("since 2019-12", [2019])],
)
def test_a_date_written_year_first_is_one_date_and_no_count(text: str, years: list[int]) -> None:
    found = extract_quantities(text)
    assert [(q.kind, q.value) for q in found] == [(QuantityKind.TIME, float(y)) for y in years]


def test_a_two_digit_end_year_after_a_hyphen_is_still_a_range() -> None:
    # "2011-12" is the season 2011 to 2012: a month padded with no zero cannot come after its year's own digits, and
    # the two digits are the year the range ends
    found = extract_quantities("Assistant coach 2015-18")
    assert [(q.kind, q.value) for q in found] == [(QuantityKind.TIME, 2015.0), (QuantityKind.TIME, 2018.0)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("a best of 140 lambs in a 10-hr day", "hour"), ("a 37.5-hr week", "hour"), ("two 15-min breaks a day", "minute")],
)
def test_a_clipped_unit_before_a_noun_is_the_unit(text: str, unit: str) -> None:
    # "10-hr day" is ten hours, as "ten-hour day" is: the clipped unit is no word qualifying "day"
    durations = [q for q in extract_quantities(text) if q.kind is QuantityKind.DURATION_OTHER]
    assert [q.unit for q in durations] == [unit]
