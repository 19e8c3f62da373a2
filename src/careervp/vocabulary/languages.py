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
    farsi persian tagalog vietnamese thai indonesian malay swahili amharic somali yoruba igbo hausa asl bsl gujarati
    marathi kannada malayalam sinhala nepali sylheti pashto dari kurdish tigrinya zulu xhosa afrikaans shona twi
    khmer lao burmese mongolian uzbek kazakh georgian armenian azerbaijani hmong haitian"""
)
LANGUAGES = EUROPEAN | OTHERS
# Families a posting may ask one language of: "a Scandinavian language", "a South Asian language".
FAMILIES = {
    "scandinavian": _words("swedish norwegian danish icelandic"),
    "nordic": _words("swedish norwegian danish icelandic finnish"),
    "slavic": _words("polish czech slovak russian ukrainian bulgarian serbian croatian slovenian"),
    "romance": _words("spanish french italian portuguese romanian catalan galician"),
    "south asian": _words("hindi urdu bengali punjabi gujarati tamil telugu marathi kannada malayalam sinhala nepali"),
}
_WORD = re.compile(r"[A-Za-z]+")
# Sign languages are written out as often as abbreviated: "American Sign Language (conversational)".
_SIGN = re.compile(r"(american|british|irish|australian)\s+sign\s+language", re.IGNORECASE)
_SIGN_CODES = {"american": "asl", "british": "bsl", "irish": "isl", "australian": "auslan"}
# A CV's language line in short: ISO codes with a level ("FR native / EN fluent", "DE (B2)", "ES conv.").
_CODES = {
    "EN": "english", "FR": "french", "DE": "german", "ES": "spanish", "IT": "italian", "PT": "portuguese",
    "NL": "dutch", "PL": "polish", "SV": "swedish", "DA": "danish", "FI": "finnish", "EL": "greek", "CS": "czech",
    "HU": "hungarian", "RO": "romanian", "RU": "russian", "AR": "arabic", "ZH": "chinese", "JA": "japanese",
    "KO": "korean", "TR": "turkish", "HI": "hindi", "UR": "urdu",
}  # fmt: skip
_CODE_WITH_LEVEL = re.compile(
    r"\b([A-Z]{2})\s*[(:–-]?\s*(?i:native|fluent|mother\s+tongue|bilingual|conv(?:ersational)?|working|professional|"
    r"int(?:ermediate)?|adv(?:anced)?|basic|[ABC][12])\b"
)


def languages_in(text: str) -> set[str]:
    """The languages a text names, lower case: by name, a sign language written out, or an ISO code given a level."""
    found = {w.casefold() for w in _WORD.findall(text) if w.casefold() in LANGUAGES}
    found |= {_SIGN_CODES[m.group(1).casefold()] for m in _SIGN.finditer(text)}
    return found | {_CODES[m.group(1)] for m in _CODE_WITH_LEVEL.finditer(text) if m.group(1) in _CODES}
