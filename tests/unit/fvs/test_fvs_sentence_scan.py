"""The backward scan for the word before a full stop reads exactly what the anchored regex it replaced read."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from careervp.logic.fvs.letter import _trailing_word, split_sentences


@given(st.text(alphabet="ab.Z_9 \n\t,é-ß²!", max_size=14), st.integers(min_value=0, max_value=14))
def test_trailing_word_matches_the_anchored_search(text: str, end: int) -> None:
    end = min(end, len(text))
    match = re.search(r"([\w.]+)$", text[:end])
    assert _trailing_word(text, end) == (match.group(1) if match else "")


def test_abbreviations_do_not_end_sentences() -> None:
    text = "I hold a B.S. in Biology from St. Olaf.\nI led 5 engineers. Dr. Ames hired me."
    assert [s.text for s in split_sentences(text)] == [
        "I hold a B.S. in Biology from St. Olaf.",
        "I led 5 engineers.",
        "Dr. Ames hired me.",
    ]
