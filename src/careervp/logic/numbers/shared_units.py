"""Numbers that take their unit from a neighbour: the first number of a range whose unit is written once ("5-6
years", "$2-3 million") and a bare number that refers back to a measured one ("eleven years, nine of them in
product"). Applied by parse.py after every quantity of a text is found."""

from __future__ import annotations

import re

from careervp.logic.numbers.quantity import Quantity, QuantityKind

# Number words and suffixes that multiply ("2 million", "$1.2M"), shared with the parser.
SCALES = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 10**12,
}
SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000, "bn": 10**9}

# A change written with an arrow ("12 → 7 days", "40->25 min") is a pair with one unit too.
RANGE_JOIN = re.compile(r"^\s*(?:–|—|-|to|through|and|of|out\s+of|→|⟶|->|=>|>)\s*$", re.IGNORECASE)


# "240-hour", "12-week", "five-day": a measure joined to its unit as a modifier of the noun after it.
_COMPOUND_MODIFIER = re.compile(r"[\w.,]+-[a-z]+", re.IGNORECASE)
_OF_THEM = re.compile(r"^\s+of\s+(?:them|those|which)\b", re.IGNORECASE)
# "seven years in security, the last four and a half as a Tier 2 analyst": a part of the duration just named.
_THE_LAST_BEFORE = re.compile(r"\b(?:the\s+(?:last|first|past|latest)|of\s+which)\s+$", re.IGNORECASE)
# The unit is written once: "eleven years ... to twelve", "eleven years of institutional work and fifteen in the
# trade", "three years with Acme, then thirteen with Beta", "a
# trainer for over seven years and a manager for nearly five", "82 percent against a company goal of 70".
_AFTER_UNIT = re.compile(
    r"^\s+(?:to|and|or|[^.;:()]{0,60}?,?\s+(?:then|and|and\s+then|and\s+later|later|after\s+that|before\s+that|"
    r"for(?:\s+(?:nearly|almost|about|over|roughly|more\s+than))?)|"
    r"(?:against|versus|vs\.?|compared\s+(?:with|to))\b[^.;:()]{0,30}?)\s+$",
    re.IGNORECASE,
)
# After "to twelve" comes punctuation or a preposition, not a noun saying what was counted.
_NOTHING_COUNTED = re.compile(
    r"^\s*(?:[.,;:)!?]|$|(?:by|with|in|through|after|and|while|thanks|using|for|across|over|within|per|on|at|as|of|"
    r"under|during|since|before|once|when|between)\b)",
    re.IGNORECASE,
)


def share_back_references(quantities: list[Quantity], text: str) -> list[Quantity]:
    """ "eleven years in software, nine of them in product" and "from forty-seven minutes to twelve": a bare number
    that refers back to a measured one takes its unit."""
    result = list(quantities)
    for i in range(1, len(result)):
        left, right = result[i - 1], result[i]
        if right.kind is not QuantityKind.COUNT or left.kind in (QuantityKind.COUNT, QuantityKind.TIME):
            continue
        if _COMPOUND_MODIFIER.fullmatch(left.raw):
            continue  # "a 240-hour program, and twelve of them": the hours describe the program; no one counts them
        after_right = text[right.span[1] :]
        gap = text[left.span[1] : right.span[0]]
        the_last = _THE_LAST_BEFORE.search(text[: right.span[0]]) and _NOTHING_COUNTED.match(after_right)
        if _OF_THEM.match(after_right) or (_AFTER_UNIT.match(gap) and _NOTHING_COUNTED.match(after_right)) or the_last:
            result[i] = Quantity(right.value, left.kind, right.span, right.raw, unit=left.unit,
                                 qualifier=right.qualifier, precision=right.precision)  # fmt: skip
    return result


_DASH = re.compile(r"[–—/-]")  # written close: "2019 - 45 staff" is a year and a count
_LONGEST_ELIDED_RANGE = 30


def _elided_year_end(left: Quantity, right: Quantity, gap: str) -> Quantity | None:
    """ "2015–18", "2019/20": two digits closing a range that opens on a year are the year it ends, not a count."""
    if not (_DASH.fullmatch(gap) and re.fullmatch(r"\d{2}", right.raw) and 1900 <= left.value <= 2100):
        return None
    year = left.value - left.value % 100 + right.value
    year += 100 if year <= left.value else 0
    if year - left.value > _LONGEST_ELIDED_RANGE:
        return None
    return Quantity(year, QuantityKind.TIME, right.span, right.raw, unit="year")


def share_range_units(quantities: list[Quantity], text: str) -> list[Quantity]:
    """In "5–6 years", "from ten to four business days" or "$2–3 million" the unit is written once, after the second
    number; the first number takes it too."""
    result = list(quantities)
    for i in range(len(result) - 2, -1, -1):
        left, right = result[i], result[i + 1]
        gap = text[left.span[1] : right.span[0]]
        if not RANGE_JOIN.match(gap):
            continue
        if left.kind is QuantityKind.MONEY and right.kind is QuantityKind.COUNT and "-" not in gap.replace("–", "-"):
            continue
        if left.kind is QuantityKind.MONEY and right.kind is QuantityKind.COUNT:
            # "$2–3 million": the currency is written on the left, the scale on the right.
            right = Quantity(right.value, QuantityKind.MONEY, right.span, right.raw, unit=left.unit,
                             qualifier=right.qualifier, precision=right.precision, noun=right.noun)  # fmt: skip
            result[i + 1] = right
            left = Quantity(left.value, QuantityKind.COUNT, left.span, left.raw, precision=left.precision)
        if left.kind is QuantityKind.TIME and right.kind is QuantityKind.COUNT:
            result[i + 1] = _elided_year_end(left, right, gap) or right
            continue
        if left.kind is not QuantityKind.COUNT or right.kind is QuantityKind.COUNT:
            continue
        if right.kind is QuantityKind.MONEY and not right.raw[:1].isdigit() and not right.raw[:1].isalpha():
            continue  # "a crew of 8 and $1.4M in contracts": the sign written before the second figure is its own
        if right.kind is QuantityKind.TIME:
            if 1900 <= left.value <= 2100:
                result[i] = Quantity(left.value, QuantityKind.TIME, left.span, left.raw, unit="year")
            continue
        value, precision = left.value, left.precision
        right_scale = _written_scale(right)
        # "2-3 million": the left number counts the scale written on the right. One with its own scale ("half a
        # million", "250k") or one too large to count a scale ("250,000 to 5 million") is already whole.
        if right_scale > 1 and left.value < min(right_scale, _MOST_OF_A_SCALE) and _written_scale(left) == 1:
            value, precision = left.value * right_scale, right_scale / 2 if "." not in left.raw else right_scale / 20
        result[i] = Quantity(
            value,
            right.kind,
            left.span,
            left.raw,
            unit=right.unit,
            qualifier=left.qualifier or right.qualifier,
            precision=precision,
            noun=right.noun,
        )
    return result


_MOST_OF_A_SCALE = 1_000
"""A number below this before a range's scale word ("250 to 500 thousand") may count that scale."""


def _written_scale(quantity: Quantity) -> float:
    raw = quantity.raw.casefold()
    for word, scale in (*SCALES.items(), *SUFFIX_SCALES.items()):
        if re.search(rf"\d\s?{word}\b|\b{word}\b", raw) and scale > 100:
            return float(scale)
    return 1.0
