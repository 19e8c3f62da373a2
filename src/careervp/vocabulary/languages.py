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


# ISO 639-1 codes a CV's language line may write with a level ("FR native / EN fluent", "DE (B2)", "ES conv.").
CODES = {
    "en": "english", "fr": "french", "de": "german", "es": "spanish", "it": "italian", "pt": "portuguese",
    "nl": "dutch", "pl": "polish", "ru": "russian", "uk": "ukrainian", "sv": "swedish", "no": "norwegian",
    "da": "danish", "fi": "finnish", "el": "greek", "cs": "czech", "hu": "hungarian", "ro": "romanian",
    "zh": "chinese", "ja": "japanese", "ko": "korean", "ar": "arabic", "hi": "hindi", "ur": "urdu", "tr": "turkish",
}  # fmt: skip
_CODE_WITH_LEVEL = re.compile(
    r"\b((?-i:[A-Z]{2}))\b\s*[:(–-]?\s*(?:native|mother\s+tongue|fluent|bilingual|conv(?:ersational)?|basic|"
    r"int(?:ermediate)?|adv(?:anced)?|working|[ABC][12])\b",
    re.IGNORECASE,
)


def coded_languages_in(text: str) -> set[str]:
    """The languages a text gives by their two-letter codes beside a level ("FR native", "EN (C1)"), lower case."""
    return {CODES[m.group(1).casefold()] for m in _CODE_WITH_LEVEL.finditer(text) if m.group(1).casefold() in CODES}
