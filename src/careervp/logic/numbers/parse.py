"""Finding quantities in text: digits, words ("twenty-five", "a dozen"), scales ("2M", "$1.2 million"), units,
hedges ("about", "more than") and ranges whose unit is written once ("5-6 years", "from ten to four days")."""

from __future__ import annotations

import re

from careervp.logic.numbers.identifiers import identifier_spans
from careervp.logic.numbers.quantity import Qualifier, Quantity, QuantityKind
from careervp.logic.numbers.shared_units import SCALES as _SCALES
from careervp.logic.numbers.shared_units import SUFFIX_SCALES as _SUFFIX_SCALES
from careervp.logic.numbers.shared_units import share_back_references, share_range_units
from careervp.logic.numbers.spelled_years import SPELLED_YEAR, spelled_year
from careervp.logic.numbers.written_dates import written_dates

_UNITS: list[tuple[str, str]] = [
    (r"milliseconds?|millisecs?|ms", "ms"),
    # A one-letter unit is lower case and stands alone: "two S-LPs" and "3 H-beams" count people and things.
    (r"seconds?|secs?|(?-i:s)(?![-'’]\w)", "second"),
    (r"minutes?|mins?", "minute"),
    (r"hours?|hrs?|(?-i:h)(?![-'’]\w)", "hour"),
    (r"days?|(?-i:d)(?![-'’]\w)", "day"),
    (r"weeks?|wks?", "week"),
    (r"months?|mos?", "month"),
    (r"years?|yrs?", "year"),
    (r"decades?", "decade"),
    # Seasonal work is counted in seasons: "ten fire seasons", "eleven vintages", "six harvests" (plural only: "the
    # 2024 season" is a year).
    (r"seasons|vintages|harvests", "season"),
]
_UNIT_RE = "|".join(pattern for pattern, _ in _UNITS)
_UNIT_PATTERNS = [(re.compile(pattern, re.IGNORECASE), unit) for pattern, unit in _UNITS]
# A column header naming a unit ("Hours", "Years"): the words, not the abbreviations, which a header rarely uses.
UNIT_OF_WORD = {
    word: unit for unit in ("second", "minute", "hour", "day", "week", "month", "year") for word in (unit, f"{unit}s")
}

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SPECIAL = {"dozen": 12.0, "half": 0.5, "couple": 2.0, "decade": 10.0, "year": 1.0, "hundred": 100.0}

_NUM_WORD = "|".join(sorted([*_ONES, *_TENS, *_SCALES], key=len, reverse=True))
_NUM_WORD_FIRSTS = "".join(sorted({word[0] for word in [*_ONES, *_TENS, *_SCALES]}))
# "and" joins number words only after a scale ("one hundred and twenty"); "five and six" is two numbers.
_AFTER_SCALE = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))"
_WORD_NUMBER = rf"(?:{_NUM_WORD})(?:(?:{_AFTER_SCALE}[\s-]+and[\s-]+|[\s-]+)(?:{_NUM_WORD}))*"
# "six fourth-year students", "three final-year cadets": a year of study, which is no unit of the number before it.
_ORDINAL_WORD = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|penultimate"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_CURRENCY_PREFIX = r"US\$|C\$|A\$|[$€£¥₹]|(?:USD|EUR|GBP|CAD|AUD)\s?"

_QUANTITY_RE = re.compile(  # first, a quick test: a digit, a currency, or a number word's or article's first letter
    rf"""
    (?=[\d.]|{_CURRENCY_PREFIX}|\b[a{_NUM_WORD_FIRSTS}])  # a quick first test of where a quantity may begin
    (?P<cur>{_CURRENCY_PREFIX})?
    (?:
        (?:(?<![\w.,/])|(?<=\bc\.)|(?<=\bca\.)|(?<=\bapprox\.)|(?<=s\sx))  # "c.3,000", "jobs x23"
        (?P<digits>{_DIGITS})(?!\.\d|/\d|\d|(?:st|nd|rd|th)\b)  # "12th" is a rank, not a count
        (?-i:(?![DEHINOPQRSUXYZs]\b))  # "a 12N operator", "3D": a code (not a unit or a scale: "1200A", "5K", "$3M")
      | \b(?P<words>(?:an?\s+(?=(?:hundred|thousand)[\s-]+(?:and[\s-]+)?(?:{_NUM_WORD})\b))?{_WORD_NUMBER})\b
      | (?P<article>\ban?\s+)(?P<special>dozen|couple(?:\s+of)?|decade|year|hundred|thousand|million|billion)\b
    )
    (?P<half>\s+and\s+a\s+half\b)?
    (?:(?:\s|-(?=(?:million|billion|thousand|trillion)\b))?  # "a 12-million-gallon tank": the hyphen joins the scale
       (?P<scale>million|billion|thousand|trillion|mn|bn|mm|[kKmMbB])\b(?![-–]\d))?
    (?P<plus>\+|-plus\b|\s+plus(?=\s+(?:years?|months?|yrs?)\b))?
    (?:
        \s?(?P<pct>%|percent\b|per\s?cent\b|percentage\s+points?\b|pp\b)
      | [\s-]?(?:(?:(?!(?:a|an|the|per|of|and|or|to|in|on|at|for|from|by|with|more|less|fewer|as|this|that|these|
                       those|last|next|each|every|its|their|our|my|your|
                       (?:second|minute|hour|day|week|month|year|sec|min|hr|wk|yr|mo)s?|{_NUM_WORD}|{_ORDINAL_WORD})\b)
                       (?-i:[a-z][a-z-]+)[\s-])
        (?=(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|seasons|vintages|harvests)\b))?
        (?<![\s-]a[\s-])(?<![\s-]per[\s-])  # "a 12-million-gallon-a-day plant": a rate's period, not the unit
        (?P<unit>{_UNIT_RE})\b  # "1,850 field hours", "5 business days": a word may say which hours
        (?![-‐‑](?!long\b)[a-z])  # "six second-year students", "five year-end closes": the unit word is a modifier's
        (?!\s+\d{{1,2}}\b)  # "70 Year 12 students": a school year names a class, not a unit
        (?![\s-]*olds?\b)  # "16 to 18 year olds", "a 9-year-old": an age, not a duration
      | \s(?P<curword>dollars|usd|euros?|eur|pounds|gbp|cad|aud)\b
    )?
    """,
    re.VERBOSE | re.IGNORECASE,
)

_QUALIFIERS: list[tuple[str, Qualifier]] = [
    (r"(?:just\s+)?(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of|at\s+least|north\s+of|beyond|passed|"
     r"surpassed|topped|exceeded|exceeding)",
     Qualifier.AT_LEAST),
    (r"(?:nearly|almost|about|around|approximately|approx\.?|roughly|some|close\s+to|circa|ca\.|~|an\s+estimated)",
     Qualifier.APPROX),
    (r"(?:under|less\s+than|fewer\s+than|at\s+most|below|no\s+more\s+than|just\s+under)", Qualifier.AT_MOST),
    (r"(?:up\s+to|as\s+(?:many|much|high|large)\s+as|peaking\s+at|a\s+peak\s+of)", Qualifier.PEAK),
]  # fmt: skip
_QUALIFIER_RES = [(re.compile(rf"(?:{p})\s*$", re.IGNORECASE), q) for p, q in _QUALIFIERS]
_TRAILING_AT_LEAST = re.compile(r"^\s*(?:or\s+more|plus|and\s+(?:up|counting)|\+)", re.IGNORECASE)
# A fraction that states a change ("roughly a third lower", "cut in half", "by a quarter"): a share, like a percent.
_FRACTIONS = {"a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3, "a quarter": 25.0,
              "one quarter": 25.0, "three quarters": 75.0, "half": 50.0}  # fmt: skip
_FRACTION = re.compile(
    r"(?:\b(?:by|cut|cutting|halved|in(?=\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?half\b))\s+"
    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?)?"
    r"\b(?P<fraction>a\s+third|one\s+third|two\s+thirds|a\s+quarter|one\s+quarter|three\s+quarters|half)\b"
    r"(?P<change>\s+(?:lower|higher|fewer|less|more|faster|slower|shorter|smaller|larger|cheaper|bigger))?",
    re.IGNORECASE,
)
# A fraction of a scale: "half a dozen" (6), "a quarter of a million" (250,000), "half a billion".
_FRACTION_OF_SCALE = re.compile(
    r"\b(?P<part>half|a\s+quarter|one\s+quarter|three\s+quarters|a\s+third|two\s+thirds)\s+(?:of\s+)?an?\s+"
    r"(?P<scale>dozen|hundred|thousand|million|billion)\b",
    re.IGNORECASE,
)
_PART = {"half": 0.5, "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3,
         "two thirds": 2 / 3}  # fmt: skip
# A share as a ratio: "nine in ten", "one out of five", "3 in 4"; never a count and its time ("two in two years").
_RATIO = re.compile(
    rf"(?=\d|[{_NUM_WORD_FIRSTS}])"  # a quick first test of where a ratio may begin: most places fail it
    rf"\b(?P<part>\d{{1,3}}|{_NUM_WORD})\s+(?:in|out\s+of)\s+(?P<whole>\d{{1,3}}|{_NUM_WORD})\b(?!\s*(?:%|percent))"
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seasons?|quarters?|decades?)\b)",
    re.IGNORECASE,
)
# Words after a number that make it no count ("2019 to present", "5 and", "1998, ...").
_NON_COUNT_FOLLOWERS = frozenset(
    re.split(r"\s+", "to and through until till when where i we at in on as with before after from the or present")
) | frozenset("-–—,.;:)")


def _parse_words(text: str) -> float | None:
    """Value of an English number phrase ("one hundred and twenty-five" -> 125)."""
    total, current = 0.0, 0.0
    seen = False
    for word in re.split(r"[\s-]+", text.casefold()):
        if not word or word == "and" or (word in ("a", "an") and not seen):
            continue  # "a hundred and ten"
        if word in _ONES:
            if current % 100 and (current % 10 or current % 100 < 20):
                return None  # "nine four-star hotels": two numbers, not one
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """The value of one number as written ("2M", "$1.2 million", "twenty-five", "40 percent"); None if not a number."""
    found = parse_quantities(text.strip())
    if len(found) != 1:
        return None
    return found[0].value


def _precision(digits: str | None, scale: float) -> float:
    """Half the step of the last significant written digit, for numbers written with a scale ("1.2M", "2 million")."""
    if scale == 1 or digits is None:
        return 0.0
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    return scale * (10.0**-decimals) / 2


def _qualifier(text: str, start: int, end: int, plus: bool) -> Qualifier | None:
    if plus or _TRAILING_AT_LEAST.match(text[end : end + 16]):
        return Qualifier.AT_LEAST
    before = text[max(0, start - 30) : start]
    for pattern, qualifier in _QUALIFIER_RES:
        if pattern.search(before):
            return qualifier
    return None


def _kind_and_unit(m: re.Match[str], text: str) -> tuple[QuantityKind, str | None]:
    if m.group("pct"):
        return QuantityKind.PERCENT, "%"
    if m.group("cur") or m.group("curword"):
        return QuantityKind.MONEY, (m.group("cur") or m.group("curword") or "").strip().upper()
    unit_text = m.group("unit")
    if unit_text:
        for pattern, unit in _UNIT_PATTERNS:
            if pattern.fullmatch(unit_text):
                if unit in ("year", "decade", "season"):
                    return QuantityKind.DURATION_YEARS, unit
                return QuantityKind.DURATION_OTHER, unit
    digits = m.group("digits")
    if digits and re.fullmatch(r"(?:19|20)\d{2}", digits) and not m.group("scale") and not m.group("plus"):
        follower = re.match(r"\s*([A-Za-z]+|\S)?", text[m.end() :])
        next_word = (follower.group(1) or "").casefold() if follower else ""
        if not next_word or next_word in _NON_COUNT_FOLLOWERS or next_word[0].isupper() or not next_word.isalpha():
            return QuantityKind.TIME, "year"
        if re.match(r"\s*[A-Z]", text[m.end() :]):
            return QuantityKind.TIME, "year"
    return QuantityKind.COUNT, None


_NOT_NOUNS = frozenset(["to", "and", "or", "of", "in", "on", "at", "for", "from", "by", "with", "per", "a", "an", "the",
                        "than", "that", "which", "who", "as"])  # fmt: skip


_WORD = re.compile(r"[A-Za-z][\w-]*")


def _noun_after(text: str, end: int) -> str | None:
    """The first content word after a number ("engineers" in "5 engineers"), a hint of what was counted."""
    for word in _WORD.findall(text[end : end + 40])[:2]:
        if word.casefold() not in _NOT_NOUNS:
            return str(word).casefold()
    return None


# Words every match of a pattern holds: a text (casefolded) without any of them is not scanned with the pattern.
_SPELLED_YEAR_WORDS = ("nineteen", "twenty", "thousand")
_FRACTION_WORDS = ("half", "third", "quarter")


def may_hold(folded: str, words: tuple[str, ...]) -> bool:
    """Whether a casefolded text may hold one of `words` as a case-insensitive pattern finds them (which takes "İ"
    and "ı" for "i", unlike casefolding: a text with either may hold any word)."""
    return any(word in folded for word in words) or "ı" in folded or "\u0307" in folded


def parse_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in `text`, in order, with span offsets (remembered by `extract_quantities`, reading.py)."""
    quantities: list[Quantity] = []
    taken: list[tuple[int, int]] = identifier_spans(text)
    folded = text.casefold()
    for date in written_dates(text, taken):
        quantities.append(date)
        taken.append(date.span)
    for m in SPELLED_YEAR.finditer(text) if may_hold(folded, _SPELLED_YEAR_WORDS) else ():  # "twenty twenty-one"
        quantities.append(Quantity(float(spelled_year(m)), QuantityKind.TIME, m.span(), m.group(0), unit="year"))
        taken.append(m.span())
    for m in _RATIO.finditer(text):
        ratio = _ratio(m, text)
        if ratio is not None:
            quantities.append(ratio)
            taken.append(m.span())
    fractions = may_hold(folded, _FRACTION_WORDS)
    for m in _FRACTION_OF_SCALE.finditer(text) if fractions else ():
        quantities.append(_fraction_of_scale(m, text))
        taken.append(m.span())
    for m in _FRACTION.finditer(text) if fractions else ():
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if m.group("change") or m.group(0) != m.group("fraction"):  # a stated change, not "the first half of 2024"
            quantities.append(_fraction(m, text))
            taken.append(m.span("fraction"))
    pending = list(_QUANTITY_RE.finditer(text))
    while pending:
        m = pending.pop(0)
        if not (m.group("digits") or m.group("words") or m.group("special")):
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        quantity = _build(m, text)
        if quantity is not None:
            quantities.append(quantity)
            if m.group("words") and quantity.span[1] < m.end():  # "one six-part series": read the rest as well
                pending[:0] = _QUANTITY_RE.finditer(text, quantity.span[1], m.end())
    quantities.sort(key=lambda q: q.span)
    return tuple(share_back_references(share_range_units(quantities, text), text))


def _ratio(m: re.Match[str], text: str) -> Quantity | None:
    part, whole = parse_word_or_digits(m.group("part")), parse_word_or_digits(m.group("whole"))
    if part is None or not whole or part > whole or whole > 100:
        return None
    start, end = m.span()
    return Quantity(100 * part / whole, QuantityKind.PERCENT, (start, end), text[start:end], unit="%",
                    qualifier=_qualifier(text, start, end, False) or Qualifier.APPROX, precision=1.0)  # fmt: skip


def parse_word_or_digits(token: str) -> float | None:
    return float(token) if token.isdigit() else _parse_words(token)


def _fraction_of_scale(m: re.Match[str], text: str) -> Quantity:
    scale = m.group("scale").casefold()
    value = _PART[" ".join(m.group("part").casefold().split())] * (12 if scale == "dozen" else _SCALES[scale])
    after = re.match(r"\s+(?:pounds|dollars|euros)\b", text[m.end() :])
    before = text[max(0, m.start() - 2) : m.start()]
    currency = re.search(r"[$€£]\s?$", before)
    kind = QuantityKind.MONEY if after or currency else QuantityKind.COUNT
    start = m.start() - len(currency.group(0)) if currency else m.start()
    end = m.end() + (len(after.group(0)) if after else 0)
    return Quantity(value, kind, (start, end), text[start:end], qualifier=_qualifier(text, start, end, False),
                    precision=value * 0.05, noun=_noun_after(text, end))  # fmt: skip


def _fraction(m: re.Match[str], text: str) -> Quantity:
    start, end = m.span("fraction")
    value = _FRACTIONS[" ".join(m.group("fraction").casefold().split())]
    qualifier = _qualifier(text, start, end, False) or Qualifier.APPROX  # "a third" is never exact
    return Quantity(value, QuantityKind.PERCENT, (start, end), text[start:end], unit="%", qualifier=qualifier,
                    precision=1.0)  # fmt: skip


_RATE_BEFORE = re.compile(r"(?:\bper|\bonce|\btwice|\bthrice|\btimes|\w+s)\s+$")
# A figure a few words back: "£40k in fees a year", "from nine a year to two" (not "2 years and a year").
_FIGURE_BEFORE = re.compile(
    rf"(?:\d(?:%|[kmb]n?\b)?|\b(?:{_NUM_WORD}|dozen)\b)"
    r"(?:\s+(?!(?:and|or|then|after|before|for)\b)[\w$£€-]+){0,3}\s+$",
    re.IGNORECASE,
)


def _build(m: re.Match[str], text: str) -> Quantity | None:
    digits, words, special = m.group("digits"), m.group("words"), m.group("special")
    if digits:
        value = float(digits.replace(",", ""))
    elif special:
        key = special.split()[0].casefold()
        value = _SPECIAL.get(key, float(_SCALES.get(key, 1)))
        before = re.sub(r"\s*\([^()]{0,60}\)\s*$", " ", text[: m.start()])  # "1,400 entries (Form 7501) a year"
        if key == "year" and (_RATE_BEFORE.search(before) or _FIGURE_BEFORE.search(before)):
            return None  # "twice a year", "60 tests a year", "$3.8 million a year": a rate, not a duration
        if key in ("decade", "year"):
            # "a decade" / "a year" only count as durations; "a year and a half" is 1.5 years.
            start, end = m.start("article"), m.end()
            if key == "year" and m.group("half"):
                value += 0.5
            return Quantity(value if key == "year" else 10.0, QuantityKind.DURATION_YEARS, (start, end),
                            text[start:end], unit="year", qualifier=_qualifier(text, start, end, False))  # fmt: skip
    else:
        parsed = _parse_words(words or "")
        if parsed is None:
            return _first_word_only(m, text)
        value = parsed
    if m.group("half"):
        value += 0.5  # "two and a half years"
    scale_word = (m.group("scale") or "").casefold()
    scale = float(_SCALES.get(scale_word) or _SUFFIX_SCALES.get(scale_word) or 1)
    if m.group("scale") in ("m", "mm") and not m.group("cur"):
        # A lower-case "m" or "mm" after a bare number is a length ("28m", "35mm"), not millions ("$35mm").
        return _build_without_scale(m, text, value)
    value *= scale
    start = m.start("cur") if m.group("cur") else m.start()
    kind, unit = _kind_and_unit(m, text)
    if words and kind is QuantityKind.COUNT and words.casefold() == "one":
        # "one of the", "the one", "no one": a pronoun, not a count.
        after = text[m.end() : m.end() + 12].casefold()
        before = text[max(0, m.start() - 6) : m.start()].casefold()
        if re.match(r"\s*(?:of|another|day|way|thing)\b", after) or re.search(
            r"\b(?:the|no|any|every|this|that)\s$", before
        ):
            return None
    if words and unit == "day" and words.casefold() == "one" and _reads_as_someday(text, m.start(), m.end()):
        return None
    end = m.end()
    return Quantity(
        value=value,
        kind=kind,
        span=(start, end),
        raw=text[start:end],
        unit=unit,
        qualifier=_qualifier(text, start, end, bool(m.group("plus"))),
        precision=_precision(digits, scale) if digits else (scale / 2 if scale > 1 and words else 0.0),
        noun=_noun_after(text, end),
    )


# "I hope to lead a ward one day": "some day" stands at a clause's edge; a measured day follows "in", "to" and such.
_CLAUSE_EDGE_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)")
_MEASURING_WORD_BEFORE = re.compile(
    r"\b(?:for|in|within|to|than|per|a|each|every|only|just|same|by|about|over|under|of|from|after|before|into|"
    r"around|nearly|almost|roughly|least|most|single|took|takes|taking|lasted|last)\s+$",
    re.IGNORECASE,
)


def _reads_as_someday(text: str, start: int, end: int) -> bool:
    before = text[:start]
    if not before.strip() or before.rstrip()[-1:] in ".!?":
        return text[end : end + 1] == ","
    return bool(_CLAUSE_EDGE_AFTER.match(text[end:])) and not _MEASURING_WORD_BEFORE.search(before)


def _first_word_only(m: re.Match[str], text: str) -> Quantity | None:
    """ "nine four- and five-star hotels": the words do not make one number, so only the first is read."""
    first = re.match(r"[A-Za-z]+", m.group("words") or "")
    value = _parse_words(first.group(0)) if first else None
    if first is None or value is None:
        return None
    start, end = m.start("words"), m.start("words") + first.end()
    return Quantity(value, QuantityKind.COUNT, (start, end), text[start:end], noun=_noun_after(text, end))


def _build_without_scale(m: re.Match[str], text: str, value: float) -> Quantity:
    end = m.end("digits") if m.group("digits") else m.end("words")
    return Quantity(value, QuantityKind.COUNT, (m.start(), end), text[m.start() : end], noun=_noun_after(text, end))
