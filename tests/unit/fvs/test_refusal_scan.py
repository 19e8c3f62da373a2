"""The refusal scan's quick first test passes over no refusal: each alternative of the words it looks for, written any
way the alternative allows and set among other words, is found exactly where the words alone find it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.logic.fvs import refusals
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
