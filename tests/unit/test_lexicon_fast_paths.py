"""The fast paths of the lexicon and the term matcher give exactly what the plain algorithms give.

`find_skills` no longer runs the one big alias pattern over the whole text: it visits only positions where an alias
can begin and tries there only the aliases that can begin on that character. `matched_term_set` memoises and indexes
what `matched_terms` used to compute per call. Both are checked against the plain algorithm, written out here.
"""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.logic.text import matched_term_set, matched_terms, terms_match
from careervp.vocabulary import find_skills
from careervp.vocabulary import skills as lexicon_skills


def _reference_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in lexicon_skills._pattern().finditer(text)]


def _fast_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in lexicon_skills._skill_matches(text)]


def _aliases() -> list[str]:
    insensitive, sensitive = lexicon_skills._ordered_aliases()
    return [*insensitive, *sensitive]


# Characters that stress case rules and separators: Kelvin sign, long s, dotted/dotless i, sharp s, dashes, C++/C#.
_TRICKY = ["\u212a", "\u017f", "\u0130", "\u0131", "\u00df", "-", "\u2013", "/", "+", "#", "&", ".", "_", "'", "(", ")"]
_PIECES = st.one_of(
    st.sampled_from(_aliases()),
    st.sampled_from(_aliases()).map(str.upper),
    st.sampled_from(_aliases()).map(str.lower),
    st.sampled_from(_aliases()).map(lambda a: a.replace(" ", "-")),
    st.sampled_from(_aliases()).map(lambda a: a.replace(" ", "")),
    st.sampled_from(_TRICKY),
    st.text(alphabet="abcdefgksxyzABCKS019 ", min_size=1, max_size=6),
)
_SEPARATORS = st.sampled_from(["", " ", "  ", "-", "/", ", ", ".", "\n", "(", ")", "+", "#"])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_PIECES, _SEPARATORS), min_size=1, max_size=12))
    return "".join(piece + sep for piece, sep in parts)


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_find_skills_matches_the_single_pattern_scan(text: str) -> None:
    assert _fast_spans(text) == _reference_spans(text)


def test_find_skills_on_prose_matches_the_single_pattern_scan() -> None:
    text = (
        "Led the migration from Postgres 11 to PostgreSQL 15 on K8s; built event-driven services in Go and C++, "
        "C#/.NET and Node.js. A/B-testing, CI / CD, ML and NLP. Power BI dashboards; US GAAP close (QuickBooks). "
        "Golang, go-to-market, R&D, R and SQL. ACLS, BLS, EKG. \u212aubernetes, \u017fQL, \u0130T."
    )
    assert _fast_spans(text) == _reference_spans(text)
    assert [name for name, _ in find_skills(text)]  # the prose above does name skills


def test_every_character_an_alias_can_start_on_is_visited() -> None:
    """`_starts` must accept exactly the characters that the first character of some alias matches under the regex
    engine's own case rules; checked over every code point (surrogates cannot stand in a str)."""
    starts = lexicon_skills._starts()
    assert starts is not None
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    spaced = " " + " ".join(chars)  # every character preceded by a space, so the look-behind guard always holds
    visited = {m.start() for m in starts.finditer(spaced)}
    insensitive, sensitive = lexicon_skills._ordered_aliases()
    expected: set[int] = set()
    for first in dict.fromkeys(a[0] for a in insensitive):
        expected |= {m.start() for m in re.finditer(rf"(?<= )(?i:{re.escape(first)})", spaced)}
    for first in dict.fromkeys(a[0] for a in sensitive):
        expected |= {m.start() for m in re.finditer(rf"(?<= ){re.escape(first)}", spaced)}
    assert visited == expected


def test_every_alias_is_tried_where_its_own_spelling_opens() -> None:
    """The scan picks the aliases to try by the text's next two characters: each alias, written as the vocabulary
    writes it, in upper case, and with a separator after its first character dropped or doubled, is found by the
    same alias the single pattern finds there."""
    for alias in _aliases():
        spellings = {alias, alias.upper(), f"{alias[0]}{alias[2:]}" if alias[1:2] in (" ", "-") else alias}
        spellings.add(alias.replace(" ", "-", 1))
        for spelling in spellings:
            text = f"x {spelling} y"
            assert _fast_spans(text) == _reference_spans(text), spelling


def _reference_matched_terms(wanted: set[str], available: set[str]) -> set[str]:
    by_prefix: dict[str, list[str]] = {}
    for other in available:
        if len(other) >= 5:
            by_prefix.setdefault(other[:5], []).append(other)
    return {
        term
        for term in wanted
        if term in available or any(terms_match(term, other) for other in by_prefix.get(term[:5], ()))
    }


# Stems over a tiny alphabet, so that shared five-letter prefixes (and so near matches) are common.
_STEMS = st.text(alphabet="abe", min_size=1, max_size=10)


@settings(max_examples=500, deadline=None)
@given(st.sets(_STEMS, max_size=12), st.sets(_STEMS, max_size=12))
def test_memoised_term_matching_equals_the_plain_algorithm(wanted: set[str], available: set[str]) -> None:
    expected = _reference_matched_terms(wanted, available)
    assert matched_term_set(frozenset(wanted), frozenset(available)) == expected
    assert matched_terms(wanted, available) == expected
    assert matched_terms(iter(sorted(wanted)), frozenset(available)) == expected  # any iterable of wanted terms


def test_term_matching_meets_stems_by_prefix_but_not_short_ones() -> None:
    available = frozenset({"preceptor", "account", "lead"})
    assert matched_term_set(frozenset({"precept", "accountant", "leaf", "account"}), available) == {
        "precept",
        "accountant",
        "account",
    }


def test_memoised_name_and_title_helpers_return_fresh_lists_equal_to_the_plain_ones() -> None:
    from careervp.vocabulary import companies, titles

    for name in ("The Acme Corp., Inc.", "Smith & Sons Ltd", "Brambleton Foods, Inc.", "x" * 500 + " GmbH"):
        tokens = companies.company_tokens(name)
        assert tokens == companies._company_tokens(name)
        tokens.append("mutated by a caller")
        assert companies.company_tokens(name) == companies._company_tokens(name)
        assert companies.company_matches("Acme", name) is companies._company_matches("Acme", name, 0.85)
    for title in ("Sr. Data Eng", "RN, Med-Surg/Telemetry", "FP&A Manager", "Senior " * 60 + "Engineer"):
        tokens = titles.title_tokens(title)
        assert tokens == titles._title_tokens(title)
        tokens.clear()
        assert titles.title_tokens(title) == titles._title_tokens(title)
        assert titles.title_matches("Senior Data Engineer", title) is titles._title_matches(
            "Senior Data Engineer", title, 0.85
        )


_WORDS = st.text(alphabet="aenrst ", max_size=12)


@settings(max_examples=500, deadline=None)
@given(_WORDS, _WORDS, st.sampled_from([0.0, 0.5, 0.75, 0.8, 0.85, 1.0]))
def test_title_similarity_with_its_cheap_bounds_first_equals_the_full_ratio(a: str, b: str, threshold: float) -> None:
    from difflib import SequenceMatcher

    from careervp.vocabulary import titles

    ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
    assert titles._similar(a, b, threshold) is (ratio >= threshold)
    assert titles._similar(a, b, ratio) is True  # a pair exactly at the threshold passes, as the full ratio says
