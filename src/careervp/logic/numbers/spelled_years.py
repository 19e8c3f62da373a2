"""Calendar years written in words: "twenty twenty-one", "nineteen ninety-eight", "two thousand and nineteen",
"twenty oh five". A CV that writes its figures in words writes its years so too; read as a count ("twenty
twenty-one" as 41) they would be wrong twice over."""

from __future__ import annotations

import re

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_VALUES = (
    {word: i + 1 for i, word in enumerate(_UNITS)}
    | {word: i + 10 for i, word in enumerate(_TEENS)}
    | {word: (i + 2) * 10 for i, word in enumerate(_TENS)}
)
_UNIT = "|".join(_UNITS)
_TWO_DIGITS = rf"(?:{'|'.join(_TEENS)}|(?:{'|'.join(_TENS)})(?:[\s-](?:{_UNIT}))?|(?:oh|o|zero)[\s-](?:{_UNIT}))"
SPELLED_YEAR = re.compile(
    rf"\b(?:(?P<century>nineteen|twenty)[\s-](?P<rest>{_TWO_DIGITS})\b(?!-)|"
    rf"two[\s-]thousand[\s-](?:and[\s-])?(?P<after>{_TWO_DIGITS}|{_UNIT}))\b(?!-|[\s-]+(?:hundred|thousand|million))",
    re.IGNORECASE,
)


def _two_digits(words: str) -> int:
    parts = [p for p in re.split(r"[\s-]+", words.casefold()) if p not in ("oh", "o", "zero")]
    return sum(_VALUES[p] for p in parts)


def spelled_year(match: re.Match[str]) -> int:
    """The year a SPELLED_YEAR match writes."""
    if match.group("century"):
        return (19 if match.group("century").casefold() == "nineteen" else 20) * 100 + _two_digits(match.group("rest"))
    return 2000 + _two_digits(match.group("after"))
