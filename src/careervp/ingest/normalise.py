"""The first stage of every CV reader: one spelling for characters that exports write many ways.

Word processors, PDF exporters and LaTeX put no-break and thin spaces between words, tabs and leader dots at tab
stops, soft hyphens inside words, ligature glyphs (ﬁ, ﬂ, ﬃ), "mathematical bold" letters and minus signs where a reader
expects plain spaces, letters and dashes. Every later stage (sections, job headers, names, skills) matches plain
forms, so the text is folded here once, before anything else reads it.

Compatibility forms are folded with NFKC one character at a time, except where the compatibility form carries the
meaning (m², CO₂, ½, ①) or NFKC would split the character into a space and an accent (´). Letters of every script
are kept; only their presentation variants (Arabic contextual forms, full-width Latin) become the ordinary letters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Compatibility tags whose folded form would change what the text says.
_MEANINGFUL_FORMS = frozenset({"<super>", "<sub>", "<fraction>", "<circle>"})
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
# A word broken at a line end with a soft hyphen ("experi\u00ad\nence") is one word again.
_SOFT_HYPHEN_BREAK = re.compile(r"(?<=\w)\u00ad[ \t]*\n[ \t]*(?=\w)")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
# Dashes to the three forms the readers know: "-" inside words and numbers, "–" between ranges, "—" between parts.
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2212": "-", "\u2012": "–", "\u2015": "—", "\u2e3a": "—"})
_LEADING_TABS = re.compile(r"^[ \t]+", re.MULTILINE)
# A tab inside a line is a tab stop: a gap between two fields ("Office Manager<TAB>2016 – Present"), which the
# readers recognise as three or more spaces.
_TAB_GAP = re.compile(r"[ ]*\t[ \t]*")
# Leader dots between two fields, as tab leaders print them ("Shift Lead ........ 04/2021 to now"), or typed short
# with a space either side ("Porter (p/t) .. 05/18 - 07/20"), which no sentence's ellipsis has: a tab stop.
_LEADERS = re.compile(r"(?<=\S)(?:[ \t]*(?:\.{4,}|(?:\.[ ]){3,}\.?|…{2,}|·{4,})[ \t]*|[ \t]+\.{2,3}[ \t]+)(?=\S)")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_CJK_COMPATIBILITY = re.compile(r"[\uf900-\ufaff\U0002f800-\U0002fa1f]")


@lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    decomposition = unicodedata.decomposition(char)
    if not decomposition.startswith("<"):
        return char
    if decomposition.split(" ", 1)[0] in _MEANINGFUL_FORMS or 0x3130 <= ord(char) <= 0x318F:
        return char  # Hangul compatibility jamo stand alone in Korean text; folding them would re-join them
    folded = unicodedata.normalize("NFKC", char)
    return char if folded.startswith(" ") and len(folded) > 1 else folded


def _fold_compatibility(text: str) -> str:
    return "".join(_fold(char) if not char.isascii() else char for char in text)


def _compose(text: str) -> str:
    """NFC (e + combining acute -> é), leaving CJK compatibility ideographs as the author chose them."""
    if not _CJK_COMPATIBILITY.search(text):
        return unicodedata.normalize("NFC", text)
    pieces = _CJK_COMPATIBILITY.split(text)
    kept = _CJK_COMPATIBILITY.findall(text)
    out = [unicodedata.normalize("NFC", pieces[0])]
    for char, piece in zip(kept, pieces[1:], strict=True):
        out.extend([char, unicodedata.normalize("NFC", piece)])
    return "".join(out)


def _indent(match: re.Match[str]) -> str:
    return match.group(0).replace("\t", "    ")


def normalise_text(text: str) -> str:
    """Text as the readers expect it (see module docstring). Idempotent: normalising twice changes nothing."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _SOFT_HYPHEN_BREAK.sub("", text)
    text = _INVISIBLE.sub("", text)
    if not text.isascii():
        text = _fold_compatibility(text).translate(_DASHES)
    text = _LEADING_TABS.sub(_indent, text)
    text = _TAB_GAP.sub("   ", text)
    text = _LEADERS.sub("   ", text)
    text = _TRAILING_SPACE.sub("", text)
    return text if text.isascii() else _compose(text)
