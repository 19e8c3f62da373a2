"""Human languages a CV lists and a posting asks for ("fluent Spanish", "a second European language")."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


EUROPEAN = _words(
    """english spanish french german italian portuguese dutch polish swedish norwegian danish finnish catalan greek
    czech hungarian romanian ukrainian russian irish welsh basque galician slovak slovenian croatian serbian bulgarian
    lithuanian latvian estonian icelandic maltese albanian"""
)
OTHERS = _words(
    """mandarin cantonese chinese arabic hindi urdu japanese korean turkish hebrew bengali punjabi tamil telugu
    farsi persian tagalog vietnamese thai indonesian malay swahili amharic somali yoruba igbo hausa asl bsl"""
)
LANGUAGES = EUROPEAN | OTHERS
_WORD = re.compile(r"[A-Za-z]+")


def languages_in(text: str) -> set[str]:
    """The languages a text names, lower case."""
    return {w.casefold() for w in _WORD.findall(text) if w.casefold() in LANGUAGES}
