"""A vocabulary pattern grouped by first letter finds exactly what the plain alternation finds, in any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careervp.logic.text import word_pattern

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
