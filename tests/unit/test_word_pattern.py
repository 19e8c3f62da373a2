"""A vocabulary pattern grouped by first letter finds exactly what the plain alternation finds, in any text; so does a
pattern of cues that open at a word, whose alternatives may open with a group of alternatives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.logic.fvs.context import _NEGATION_PARTS, NEGATION_OR_ASPIRATION
from careervp.logic.word_patterns import opening_word_pattern, word_pattern

# Alternatives sharing first letters in an order that matters ("consideration" before "consider", "root cause"
# before "root"), classes holding a bar, nested groups, several words and open endings.
_ALTERNATION = (
    r"consideration|consider|contribut\w*|root[- ]caus\w*|root|trade-?offs?|data points?|data|"
    r"concrete(?:ly)?|can't wait|cannot wait|end to end|end-to-end|edge cases?|x[|]y|love[ds]?|loving|Kelvin"
)
_WORDS = ["consider", "consideration", "contributing", "root", "root-cause", "root causes", "trade-off", "tradeoffs",
          "data", "data points", "concretely", "can't wait", "end-to-end", "end to end", "edge case", "x|y", "loved",
          "KELVIN", "\u212aelvin", "roots", "dataset", "Consider", "ends"]  # fmt: skip


@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(alphabet=" -.,'|\u017fsSkK\n", max_size=3)), max_size=30))
def test_the_grouped_pattern_finds_what_the_plain_one_finds(parts: list[str]) -> None:
    text = " ".join(parts)
    plain = re.compile(rf"\b(?:{_ALTERNATION})\b", re.IGNORECASE)
    grouped = word_pattern(_ALTERNATION)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_grouped_pattern_keeps_the_order_within_a_letter() -> None:
    assert word_pattern("consideration|consider").findall("Consideration, consider") == ["Consideration", "consider"]
    assert word_pattern("root|root[- ]cause").findall("root cause") == ["root"]


@pytest.mark.parametrize("alternation", [r"\w+ing", "(?:a|b)c", "-ish", "élan"])
def test_alternatives_must_start_with_a_letter(alternation: str) -> None:
    with pytest.raises(ValueError, match="does not start with a letter"):
        word_pattern(alternation)


# Cues that open at a word and end anywhere: groups of alternatives opening an alternative (nested too), a word
# boundary written again, an apostrophe of either kind, and an order that matters ("not yet" before "not").
_CUES = (
    r"(?:am|i'm|i’m)\s+not\b|\black\b|(?:(?:is|was)\s+not|isn['’]t)\s+(?:yet\s+)?(?:something|a\s+skill)|"
    r"not\s+yet|not|never|(?:a|my|one)\s+gap|to\s+learn|(?:eager|keen)\s+to\s+(?:learn|grow)"
)
_CUE_WORDS = ["I'm not", "i’m NOT", "am not", "lack", "lacking", "isn't yet something", "was not a skill",
              "not yet", "nothing", "never", "a gap", "My gap", "one gaps", "to learn", "keen to grow", "eager to",
              "Isn’t"]  # fmt: skip


@given(
    st.lists(st.one_of(st.sampled_from(_CUE_WORDS), st.text(alphabet=" -.,'’\u0131\u0130\n", max_size=3)), max_size=30)
)
def test_the_opening_pattern_finds_what_the_plain_one_finds(parts: list[str]) -> None:
    text = " ".join(parts)
    plain = re.compile(rf"\b(?:{_CUES})", re.IGNORECASE)
    assert [m.span() for m in opening_word_pattern(_CUES).finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_NEGATION_PARTS).flatmap(lambda part: st.from_regex(re.compile(part, re.I), fullmatch=True)))
def test_the_negation_cues_are_found_where_the_plain_alternation_finds_them(cue: str) -> None:
    plain = re.compile(rf"\b(?:{'|'.join(_NEGATION_PARTS)})", re.IGNORECASE)
    for text in (cue, f"so {cue} here", f"x{cue}", cue.upper()):
        assert [m.span() for m in NEGATION_OR_ASPIRATION.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_an_opening_group_is_written_out_in_order() -> None:
    assert opening_word_pattern(r"(?:not|no)\s+\w+|n\w+").findall("no way, nothing") == ["no way", "nothing"]
    with pytest.raises(ValueError, match="does not start with a letter"):
        opening_word_pattern(r"(?:a|b)?c")  # a group that may be skipped opens with no one letter
