"""The number reader's quick first tests change no match.

The quantity and ratio patterns open with a look-ahead that fails at most places of a text (a letter that opens no
currency, digit or word), so the engine gives up there before trying the whole pattern. Every match must still begin
where it did: each pattern is checked against itself without its first test, on invented text built from number
words, digits, currencies, units and characters that stress the engine's case rules.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.logic.numbers import parse, written_dates

_FIRST_TEST = "# a quick first test"


def _without_first_test(pattern: re.Pattern[str], opening: str) -> re.Pattern[str]:
    """`pattern` from `opening` on (a one-line pattern), or without its first-test line (a verbose one)."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE:
        lines = source.splitlines()
        kept = [line for line in lines if _FIRST_TEST not in line]
        assert len(kept) == len(lines) - 1, "the verbose pattern has one first-test line"
        return re.compile("\n".join(kept), pattern.flags)
    assert source.startswith("(?="), "the pattern opens with its first test"
    assert opening in source
    return re.compile(source[source.index(opening) :], pattern.flags)


_QUANTITY_PLAIN = _without_first_test(parse._QUANTITY_RE, "")
_RATIO_PLAIN = _without_first_test(parse._RATIO, r"\b(?P<part>")

_PIECES = st.one_of(
    st.sampled_from(["one", "Twelve", "FORTY", "twenty-five", "a hundred", "a dozen", "half", "a year", "nine"]),
    st.sampled_from(["2", "12.5", "1,200", ".5", "3rd", "2024", "07/2021", "40%", "5k", "2M", "$3", "US$4", "€9"]),
    st.sampled_from(["USD 20", "AUD", "C$", "in", "out of", "percent", "years", "hrs", "million", "and a half"]),
    st.sampled_from(["\u017fix", "\u212aey", "\u0130n", "\u0131n", "\u00df", "\u00bd", "\u0663", "\u00b2", "_"]),
    st.text(alphabet="aeinostuzAEGUC019.$ ", min_size=1, max_size=6),
)
_SEPARATORS = st.sampled_from(["", " ", "  ", "-", "/", ", ", ".", "\n", "(", ")", "+", "%"])


_TEXTS = st.lists(st.tuples(_PIECES, _SEPARATORS), min_size=1, max_size=14).map(
    lambda parts: "".join(piece + sep for piece, sep in parts)
)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_the_quantity_pattern_finds_what_it_finds_without_its_first_test(text: str) -> None:
    assert _found(parse._QUANTITY_RE, text) == _found(_QUANTITY_PLAIN, text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_the_ratio_pattern_finds_what_it_finds_without_its_first_test(text: str) -> None:
    assert _found(parse._RATIO, text) == _found(_RATIO_PLAIN, text)


def test_the_first_tests_pass_every_place_a_quantity_or_ratio_opens_in_prose() -> None:
    text = (
        "Cut costs by $1.2 million (US$4k, USD 20, AUD 15, C$9, \u20ac3) over two and a half years; nine in ten "
        "patients, 3 out of 4 sites, a dozen nurses, a decade on call, twenty-five beds, .5 FTE, 40 percent, 07/2021."
    )
    assert _found(parse._QUANTITY_RE, text) == _found(_QUANTITY_PLAIN, text)
    assert _found(parse._RATIO, text) == _found(_RATIO_PLAIN, text)
    assert [q.raw for q in parse.parse_quantities(text)]  # the prose does hold quantities


# Words the rarer patterns cannot match without: a text without them is not scanned with those patterns at all.
_GATED = st.lists(
    st.tuples(
        st.one_of(
            _PIECES,
            st.sampled_from(
                ["HALF", "a Third", "two thirds", "Three Quarters", "th\u0130rd", "th\u0131rds", "NINETEEN"]
            ),
            st.sampled_from(
                ["twenty twenty-one", "Two Thousand and Five", "nineteen ninety", "a quarter of a million"]
            ),
            st.sampled_from(
                ["cut in half", "by a third lower", "half a dozen", "Band 6", "ISO 9001", "No. 7", "#24-1"]
            ),
        ),
        _SEPARATORS,
    ),
    min_size=1,
    max_size=10,
).map(lambda parts: "".join(piece + sep for piece, sep in parts))


@settings(max_examples=400, deadline=None)
@given(_GATED)
def test_a_text_the_fraction_and_spelled_year_patterns_match_holds_their_words(text: str) -> None:
    folded = text.casefold()
    if parse._FRACTION.search(text) or parse._FRACTION_OF_SCALE.search(text):
        assert parse.may_hold(folded, parse._FRACTION_WORDS)
    if parse.SPELLED_YEAR.search(text):
        assert parse.may_hold(folded, parse._SPELLED_YEAR_WORDS)
    if "/" not in text:
        assert not written_dates._MONTH_YEAR.search(text)
    if "-" not in text:
        assert not written_dates._ISO_DATE.search(text)


def test_the_dotted_and_dotless_capital_i_count_as_an_i() -> None:
    for text in ("two TH\u0130RDS lower", "by a th\u0131rd"):
        assert parse._FRACTION.search(text)
        assert parse.may_hold(text.casefold(), parse._FRACTION_WORDS)
    assert not parse.may_hold("a fifth more", parse._FRACTION_WORDS)


def test_the_gated_patterns_still_read_their_quantities() -> None:
    text = "Halved waiting times (cut in HALF), half a dozen wards, 03/2019, twenty twenty-one, by a Third lower."
    raws = [q.raw for q in parse.parse_quantities(text)]
    assert "03/2019" in raws
    assert "twenty twenty-one" in raws
    assert "half a dozen" in raws
    assert "HALF" in raws
    assert "a Third" in raws


def test_a_text_without_digits_names_nothing_by_its_digits() -> None:
    assert parse.identifier_spans("Band six at Level three, ISO standards") == []
    assert parse.identifier_spans("Band 6 at Level 3, ISO 9001") != []
