"""The letter checks' and the scorer's fast paths give exactly what the plain algorithms give.

`find_stock_phrases` scans once with all phrases in one alternation before asking phrase by phrase, and
`copied_run` looks word runs up in the posting's runs (built once per posting) instead of searching the posting text
for each. Both are checked against the plain algorithm, written out here. The scorer reads a letter's topic words
from its sentences' (no word spans two sentences), checked against reading the whole letter.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.logic import text as text_module
from careervp.logic.evidence import joined_term_profile, term_profile
from careervp.logic.text import STOCK_PHRASES, content_term_set, find_stock_phrases, split_sentences
from careervp.logic.writers.defects import MAX_COPIED_WORDS, copied_run


def _stock_reference(text: str) -> list[str]:
    return [phrase for phrase, pattern in text_module._stock_patterns() if pattern.search(text)]


_WORDS = re.compile(r"[a-z0-9$£€%]+(?:['’][a-z]+)?")


def _copied_reference(sentence: str, posting: str, limit: int = MAX_COPIED_WORDS) -> str | None:
    words = _WORDS.findall(sentence.casefold())
    source = " " + " ".join(_WORDS.findall(posting.casefold())) + " "
    for i in range(len(words) - limit):
        run = " ".join(words[i : i + limit + 1])
        if f" {run} " in source:
            return run
    return None


_STOCK_PIECES = st.one_of(
    st.sampled_from(STOCK_PHRASES),
    st.sampled_from(STOCK_PHRASES).map(str.upper),
    st.sampled_from(STOCK_PHRASES).map(lambda p: p.replace("-", " ").replace("...", "fast digital")),
    st.sampled_from(STOCK_PHRASES).map(lambda p: p.replace(" ", "-").replace("'", "\u2019")),
    st.sampled_from(["\u212a", "\u017f", "\u0130", "x", "_", "-", "'", "in", "today's", "the", "landscape"]),
    st.text(alphabet="abcdefgilnorstuvwy ", min_size=1, max_size=8),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_STOCK_PIECES, st.sampled_from(["", " ", "  ", "-", "_", ".", "\n", "x"])), max_size=10))
def test_stock_phrases_match_the_scan_phrase_by_phrase(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + sep for piece, sep in parts)
    assert find_stock_phrases(text) == _stock_reference(text)


def test_every_stock_phrase_is_found_by_the_single_scan() -> None:
    for phrase in STOCK_PHRASES:
        text = f"Above all, {phrase.replace('...', 'ever changing')} here."
        assert find_stock_phrases(text) == _stock_reference(text) != []


_POSTING_WORDS = ["we", "need", "a", "nurse", "to", "lead", "the", "night", "shift", "on", "ward", "7", "$40k", "it's"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_POSTING_WORDS), max_size=40),
    st.lists(st.sampled_from([*_POSTING_WORDS, "I", "and", "ICU"]), max_size=30),
    st.integers(min_value=1, max_value=10),
)
def test_copied_run_matches_the_substring_search(posting: list[str], sentence: list[str], limit: int) -> None:
    posting_text, sentence_text = " ".join(posting), " ".join(sentence).capitalize() + "."
    assert copied_run(sentence_text, posting_text, limit) == _copied_reference(sentence_text, posting_text, limit)


def test_copied_run_finds_a_posting_sentence_handed_back() -> None:
    posting = "About us. You will Lead the night shift on a 30-bed surgical ward, with two charge nurses."
    sentence = "In my current role I lead the night shift on a 30-bed surgical ward every week."
    assert copied_run(sentence, posting) == "lead the night shift on a 30 bed surgical"
    assert copied_run("I lead the day shift.", posting) is None


_PROSE_WORDS = st.sampled_from(
    ["I", "led", "Sr.", "B.S.", "C++", "C#", "team's", "planning", "e.g.", "approx.", "(M.Sc.)", "co-op", "rock’n’roll"]
)
_PROSE_BREAKS = st.sampled_from([" ", " ", ". ", "! ", "? ", ".\n", "\n\n", ", ", '." ', ") ", "; ", "- ", "_"])
_PROSE = st.lists(st.tuples(_PROSE_WORDS, _PROSE_BREAKS), min_size=1, max_size=20).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)


@settings(max_examples=300, deadline=None)
@given(_PROSE)
def test_a_letters_topic_words_are_those_of_its_sentences(text: str) -> None:
    sentences = [content_term_set(s) for s in split_sentences(text)]
    assert joined_term_profile(text, sentences) == term_profile(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PROSE, max_size=5))
def test_clauses_joined_by_spaces_have_the_topic_words_of_the_clauses(clauses: list[str]) -> None:
    joined = " ".join(clauses)
    assert joined_term_profile(joined, [content_term_set(c) for c in clauses]) == term_profile(joined)
