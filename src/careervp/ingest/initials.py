"""Initials: is a short form ("CSD", "OOW") the first letters of a longer name?"""

from __future__ import annotations

import re

_MINOR_WORDS = frozenset(["of", "and", "the", "for", "in", "on", "at", "to"])


def abbreviates(short: str, name: str) -> bool:
    """Is `short` the initials of `name`, or of its last words ("CSD" for "Cabin Service Director", "OOW" for
    "Officer of the Watch", "ICU" for "Senior Nurse, Intensive Care Unit")?"""
    letters = re.sub(r"[^A-Za-z]", "", short)
    if not 2 <= len(letters) <= 6 or not letters.isupper():
        return False
    words = re.findall(r"[A-Za-z]+", name)
    # "OOW" keeps the "of" of "Officer of the Watch", "NHS" has none to keep: initials with and without small words.
    for skipped in (frozenset(), frozenset(["the", "a", "an"]), _MINOR_WORDS):
        if "".join(word[0] for word in words if word.casefold() not in skipped).upper().endswith(letters):
            return True
    return False
