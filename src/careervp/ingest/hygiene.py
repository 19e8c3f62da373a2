"""Invisible characters out of what readers read: they can make a letter read differently from what it says.

- Bidirectional controls (embeddings, overrides, isolates, LRM/RLM/ALM) can make "Acme" display as "emcA" or hide a
  reordered clause; right-to-left scripts need none of them to display correctly.
- Zero-width characters (space, word joiner, BOM) split or glue words invisibly, so "Ac\u200bme" looks like "Acme"
  but is another word to every check.
- Zero-width (non-)joiners are spelling in Persian, Arabic and Indic scripts and in emoji sequences: they are kept
  between two non-Latin letters (or marks, or symbols) and removed elsewhere.
- Lone surrogates (from JSON escapes such as "\\ud800") are not characters at all and cannot be stored as UTF-8.
"""

from __future__ import annotations

import re
import unicodedata

_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_ZERO_WIDTH = "\u200b\u2060\ufeff"
_SURROGATES = "\ud800-\udfff"
_ALWAYS = re.compile(f"[{_BIDI_CONTROLS}{_ZERO_WIDTH}{_SURROGATES}]")
_JOINERS = re.compile("[\u200c\u200d]")


def _joins_script(left: str, right: str) -> bool:
    """True when a joiner between these two characters is spelling, not an attack: both are non-Latin letters,
    marks or symbols (emoji), never ASCII or Latin, where a joiner only ever hides a word break."""
    for ch in (left, right):
        if ch.isascii() or unicodedata.category(ch)[0] not in "LMS" or "LATIN" in unicodedata.name(ch, ""):
            return False
    return True


def strip_invisible(text: str) -> str:
    """`text` without bidi controls, zero-width characters and lone surrogates; joiners stay where a script
    spells with them. Visible text of every script is untouched."""
    if text.isascii():
        return text
    text = _ALWAYS.sub("", text)
    if "\u200c" not in text and "\u200d" not in text:
        return text
    return _JOINERS.sub(
        lambda m: (
            m.group() if 0 < m.start() < len(text) - 1 and _joins_script(text[m.start() - 1], text[m.end()]) else ""
        ),
        text,
    )
