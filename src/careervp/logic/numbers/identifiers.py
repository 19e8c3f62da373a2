"""Digits that name something rather than count it: a maker's model ("GE 2.8-127", "Boeing 737-800"), a
reference written with "#" or "No." ("Req. #24-118", "Platform No. 7"), a numbered grade ("Band 6") and a standard
named by its agency's initials ("NFPA 652")."""

from __future__ import annotations

import re

from careervp.vocabulary.lemmas import getAllLemmas

# A model designation after a maker's name ("GE 2.8-127", "Boeing 737-800", "Cessna 172"): a name, not a figure.
_MODEL_CODE = re.compile(r"\b(?P<maker>[A-Z]{2,}|[A-Z][a-z]+)\s+(?P<code>\d+(?:\.\d+)?(?:-\d+[A-Za-z]*)+)(?![\w-])")
_FUNCTION_WORDS = frozenset(
    ("from", "between", "to", "in", "on", "at", "by", "for", "of", "with", "and", "or", "the", "a", "an", "some",
     "all", "about", "around", "approximately", "roughly", "nearly", "almost", "under", "over", "up", "within",
     "each", "every", "per", "than")
)  # fmt: skip


# A reference written with "#" or "No." ("Req. #24-118", "No. 7"): an identifier, not a figure.
_REFERENCE_NUMBER = re.compile(r"(?:#|\bNo\.\s?)\d[\w-]*")


# A grade or step named by its number ("Band 6", "Level 3", "Class 2", "Key Stage 4", "Phase 1"): a name, not a count.
_NUMBERED_GRADE = re.compile(
    r"\b(?:Band|Level|Grade|Class|Type|Tier|Step|Stage|Phase|Division|Category|Zone|Pay\s+Scale)\s+"
    r"(?P<code>\d{1,2}[A-Za-z]?)(?![\w.,]\d|\s*(?:%|percent))"
)


# A standard or code named by the initials of the body that publishes it and its number ("NFPA 652/61", "BS 7671",
# "ISO 14001", "OSHA 1910.272"): a name, not a figure. Only standards bodies and codified rules count: other
# initials before a number are shorthand for a count ("MW 74 births", "ICU 24 beds").
STANDARD_BODIES = (
    "NFPA|ISO|IEC|BS|EN|ANSI|ASTM|ASME|API|IEEE|OSHA|CFR|DIN|CSA|UL|NEC|IPC|SAE|ASHRAE|AASHTO|ACI|AISC|USP|CLSI|"
    "ICH|IATA|IMO|NIST|HTM|NZS|AS|FAR|EASA|ICAO|MIL|NEMA|NSF|AWWA|AAMI|IEST|JEDEC|ETSI|ITU|W3C|WCAG|PAS|BSI"
)
_STANDARD_CODE = re.compile(
    rf"\b(?P<agency>{STANDARD_BODIES})\s?"
    r"(?P<code>\d{2,6}(?:[/.:-]\d+[A-Za-z]?)*[A-Za-z]?)(?![\w%]|,\d)"
)


def _model_codes(text: str) -> list[tuple[int, int]]:
    """Spans of model designations: the maker is an acronym or a capitalised word that is no English word."""
    spans = []
    for m in _MODEL_CODE.finditer(text):
        maker = m.group("maker")
        folded = maker.casefold()
        if maker.isupper() or (folded not in _FUNCTION_WORDS and not getAllLemmas(folded)):
            spans.append(m.span("code"))
    return spans


_DIGIT = re.compile(r"\d")


def identifier_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes digits as a name: these spans hold no quantity (none in a text without a digit, which
    every pattern here needs, so such a text is not scanned)."""
    if not _DIGIT.search(text):
        return []
    grades = [m.span("code") for m in _NUMBERED_GRADE.finditer(text)]
    standards = [m.span("code") for m in _STANDARD_CODE.finditer(text)]
    return _model_codes(text) + [m.span() for m in _REFERENCE_NUMBER.finditer(text)] + grades + standards


def standard_codes(text: str) -> list[re.Match[str]]:
    """Standards and codes named by an agency's initials and a number ("NFPA 652/61"): groups `agency`, `code`."""
    return list(_STANDARD_CODE.finditer(text))
