"""Patterns built from the texts themselves (a name, a term, a code) are compiled once for each source and flags,
and find exactly what `re` finds with the same source and flags, however many other patterns were built since."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.logic.patterns import compiled


def test_the_same_source_and_flags_give_the_same_pattern_object() -> None:
    first = compiled(r"(?<!\w)Harrowgate Tool & Die(?!\w)", re.IGNORECASE)
    assert compiled(r"(?<!\w)Harrowgate Tool & Die(?!\w)", re.IGNORECASE) is first
    assert compiled(r"(?<!\w)Harrowgate Tool & Die(?!\w)") is not first
    assert compiled(r"(?<!\w)Harrowgate Tool & Die(?!\w)").flags & re.IGNORECASE == 0


def test_a_pattern_stays_compiled_after_more_patterns_than_re_keeps() -> None:
    kept = compiled(r"\bQuillmere\d")
    for number in range(1_000):  # twice what re's own cache holds
        compiled(rf"(?<![\w-])Unit {number}\s*[—–:-]\s*((?:19|20)\d{{2}})")
    assert compiled(r"\bQuillmere\d") is kept


_NAMES = st.text(alphabet="abcAB&.'’- 9", min_size=1, max_size=12)
_TEXTS = st.text(alphabet="abcAB&.'’- 9\n", max_size=60)


@settings(max_examples=200, deadline=None)
@given(name=_NAMES, text=_TEXTS, ignore_case=st.booleans())
def test_it_finds_what_re_finds(name: str, text: str, ignore_case: bool) -> None:
    source = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
    flags = re.IGNORECASE if ignore_case else 0
    found = [m.span() for m in compiled(source, flags).finditer(text)]
    assert found == [m.span() for m in re.finditer(source, text, flags)]
