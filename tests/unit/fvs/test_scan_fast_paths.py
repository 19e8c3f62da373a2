"""The checker's scans find exactly what their plain patterns find.

The refusal scan tests first for the characters its words open with: each alternative of the words, written any way
the alternative allows and set among other words, is found exactly where the words alone find it. The degree scan
looks for a two-letter code before the words before it, and tries spelled-out degrees grouped by first letter.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.logic.fvs import credentials, refusals
from careervp.logic.word_patterns import top_level_alternatives

_ALONE = re.compile(refusals._REFUSAL_WORDS, re.IGNORECASE)
_ALTERNATIVES = top_level_alternatives(refusals._REFUSAL_WORDS)
_WRITTEN = st.sampled_from(_ALTERNATIVES).flatmap(
    lambda alternative: st.from_regex(re.compile(alternative, re.IGNORECASE), fullmatch=True)
)
_AROUND = st.sampled_from(["", " ", "Dear team, ", "\n", "(", "word", "I ", "A", ". ", "[", "<", "`"])


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(_AROUND, _WRITTEN, _AROUND, _WRITTEN.map(str.upper))
def test_every_refusal_is_found_where_the_words_alone_find_it(
    before: str, found: str, between: str, shouted: str
) -> None:
    text = f"{before}{found}{between}{shouted}"
    assert _spans(refusals._REFUSALS, text) == _spans(_ALONE, text)


def test_the_scan_finds_a_refusal_and_passes_over_a_letter() -> None:
    text = "I'm sorry, but I cannot write that. Dear [Hiring Manager], I hope this helps! </letter>"
    assert _spans(refusals._REFUSALS, text) == _spans(_ALONE, text)
    assert len(_spans(refusals._REFUSALS, text)) == 5
    letter = "Dear Ms Lee,\n\nI led the night shift at Harbour Care for six years, and I am applying for the role."
    assert _spans(refusals._REFUSALS, letter) == []


_GATE = f"(?=(?:{credentials._CONTEXT_CODE_WORDS}))"
_SPELLED = "|".join(pattern for pattern, _ in credentials._SPELLED)
_GENERIC = "|".join(pattern for pattern, _ in credentials._GENERIC)
_DEGREES_PLAIN = re.compile(
    rf"(?<![\w.])(?:{credentials._UNAMBIGUOUS_CODES})(?![\w])|{credentials._CONTEXT_CODES.removeprefix(_GATE)}|"
    rf"(?i:\b(?:{_SPELLED})\b)|(?i:\b(?:{_GENERIC})(?![\w]))"
)
_DEGREE_WORDS = st.one_of(
    st.sampled_from([pattern for pattern, _ in (*credentials._SPELLED, *credentials._GENERIC)]).flatmap(
        lambda pattern: st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True)
    ),
    st.sampled_from([*credentials._CODES, "B.S.", "M.Sc", "Ph. D.", "PhD", "MS", "MA", "BS"]),
    st.sampled_from(["an", "my", "a", "and", "with", "hold", "earned", "in", "from", "degree", "Excel", "nursing"]),
)
_DEGREE_TEXTS = st.lists(st.tuples(_DEGREE_WORDS, st.sampled_from([" ", ", ", ". ", "\n", "-", ""])), max_size=10).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)


def test_the_degree_scan_opens_with_the_code_test() -> None:
    assert credentials._CONTEXT_CODES.startswith(_GATE)


@settings(max_examples=500, deadline=None)
@given(_DEGREE_TEXTS)
def test_every_degree_is_found_where_the_plain_pattern_finds_it(text: str) -> None:
    assert _spans(credentials._DEGREE_RE, text) == _spans(_DEGREES_PLAIN, text)
    assert bool(credentials._DEGREE_RE.fullmatch(text)) is bool(_DEGREES_PLAIN.fullmatch(text))
