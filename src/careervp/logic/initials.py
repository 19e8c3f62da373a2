"""Initials of the names a text spells out: "CKA" for "Certified Kubernetes Administrator", "CDL" for "Commercial
Driver's License". A CV and a posting name the same credential, body or scheme one way each, so either side may be
read against the other's initials."""

from __future__ import annotations

import re
from functools import lru_cache

_CAPITALISED_RUN = re.compile(r"(?:\b[A-Z][\w'’]*(?:\s+(?:of|and|&|for|in)\s+|\s+|$|(?=[,;:.)\]/]))){2,8}")
_RUN_WORD = re.compile(r"[A-Z][\w'’]*|\b(?:of|and|for|in)\b")


@lru_cache(maxsize=256)
def phrase_initials(text: str) -> frozenset[str]:
    """Initials of every run of two or more capitalised words in `text` (joining words left out, or kept as written:
    "DofE"), in upper case."""
    found: set[str] = set()
    for match in _CAPITALISED_RUN.finditer(text):
        words = _RUN_WORD.findall(match.group(0))
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                run = words[i:j]
                if run[0][0].islower() or run[-1][0].islower():
                    continue
                found.add("".join(w[0] for w in run if w[0].isupper()).upper())
                found.add("".join(w[0] if w[0].isupper() else w for w in run).upper())  # "DofE", "CofE"
    return frozenset(found)


def spelt_out_in(code: str, text: str) -> bool:
    """Whether `text` spells out the letters of `code` ("CAA" in "UK Civil Aviation Authority"): only for codes of
    three letters or more, since two letters are the initials of too many names."""
    return len(code) >= 3 and code.isalpha() and code.isupper() and code in phrase_initials(text)
