"""The faster or memoised text helpers give what the plain versions give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.logic.numbers import extract_quantities
from careervp.logic.text import content_term_set, content_terms, quantities_in, split_sentences, word_count


def _plain_word_count(text: str) -> int:
    return sum(1 for token in re.findall(r"\S+", text) if re.search(r"[^\W_]", token))


# Letters, digits, underscores, symbols, Unicode spaces and a combining mark: every kind of token edge.
_ALPHABET = "ab9Z_-&.,!'()/\u00e9\u0301\u00a0\u2003\u3000\n\t \u00bd\u2013\u2014\u200b"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_word_count_equals_counting_tokens_one_by_one(text: str) -> None:
    assert word_count(text) == _plain_word_count(text)


def test_word_count_on_a_long_symbol_run_is_linear() -> None:
    """No nested repetition: a hostile run of symbols is counted in one pass (and holds no word)."""
    assert word_count("-" * 200_000 + "a " + "_" * 200_000) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Ab.!? \n\"')x", max_size=80))
def test_memoised_sentences_are_fresh_lists(text: str) -> None:
    first = split_sentences(text)
    first.append("mutated by a caller")
    assert split_sentences(text) == first[:-1]


def test_shared_term_sets_equal_the_copied_ones() -> None:
    text = "Mentored 4 engineers; led the PostgreSQL migration and the analysis of payments latency."
    assert content_term_set(text) == content_terms(text)
    assert content_term_set(text, drop_generic=False) == content_terms(text, drop_generic=False)
    assert quantities_in(text) == tuple(extract_quantities(text))
