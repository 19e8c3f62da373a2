"""Figures a faithful writer computes from the CV: arithmetic as support.

People do sums in letters. "From 50 to 30 days" becomes "20 days faster" or "40% faster"; "31% to 45%" becomes "14
points"; 2,910 and 1,190 hours on two types become "4,100 hours of turbine time"; a CV total of 4,720 hours against
the posting's 5,000-hour minimum becomes "280 short". A derived figure is supported when it is computable from
figures of the same kind and unit:
- inside one CV line, any two figures: the difference, the relative change, the ratio, the share of the smaller in
  the larger, the point difference of two percentages, and the total of the counts;
- across the CV, any two figures of the same kind and unit: their sum and their difference;
- between the CV and the posting, the difference of two figures of the same kind and unit (how far a candidate is
  from a stated requirement).
Cross-line and CV-to-posting figures back only a claim that reads as computed ("in total", "short of", "faster"), a
count only a count of the same thing, and every group is capped, so the work stays bounded for any CV the limits
allow.
"""

from __future__ import annotations

import itertools
import math
import re

from careervp.logic.fvs.sources import SourceLine, Sources
from careervp.logic.numbers import Quantity, QuantityKind, supports

Facts = list[tuple[Quantity, SourceLine]]

# Figures per (kind, unit) group combined pairwise across lines: 40 figures make 780 pairs.
MAX_FIGURES_PER_GROUP = 40
_DURATIONS = (QuantityKind.DURATION_OTHER, QuantityKind.DURATION_YEARS)


def _derived(value: float, kind: QuantityKind, source: Quantity, unit: str | None, noun: str | None = None) -> Quantity:
    return Quantity(value, kind, source.span, source.raw, unit=unit, precision=0.5, noun=noun)


def within_line_facts(sources: Sources) -> Facts:
    """Changes, ratios, point differences and totals computed from the figures of one CV line."""
    derived: Facts = []
    by_line: dict[int, tuple[SourceLine, list[Quantity]]] = {}
    for quantity, line in sources.candidate_quantities:
        by_line.setdefault(id(line), (line, []))[1].append(quantity)
    for line, quantities in by_line.values():
        for a, b in itertools.combinations(quantities[:12], 2):
            if a.kind != b.kind or a.kind is QuantityKind.TIME or not a.base_value or not b.base_value:
                continue
            high, low = max(a.base_value, b.base_value), min(a.base_value, b.base_value)
            unit = "day" if a.kind in _DURATIONS else a.unit
            values = [  # the change, as a share of the higher figure (a fall) and of the lower one (a rise)
                (high - low, a.kind, unit),
                (round((high - low) / high * 100), QuantityKind.PERCENT, "%"),
                (round((high - low) / low * 100), QuantityKind.PERCENT, "%"),
                (round(low / high * 100), QuantityKind.PERCENT, "%"),  # a part of a whole: "90 of 430" is 21%
                (round(high / low, 1), QuantityKind.COUNT, None),
            ]
            if a.kind is QuantityKind.PERCENT:
                values += [(high - low, QuantityKind.COUNT, None), (high - low, QuantityKind.PERCENT, "%")]
            derived += [(_derived(v, k, a, u), line) for v, k, u in values]
        derived += [(product, line) for product in _products(quantities[:12], line.text)]
    return derived


_EACH = re.compile(r"\b(?:each|apiece|a\s+piece|per\s+(?:event|session|course|site|class|day|week|month))\b", re.I)


def _products(quantities: list[Quantity], text: str) -> list[Quantity]:
    """ "4 Family Days a year, each drawing about 1,200 visitors": the whole is 4,800, which a letter may give."""
    if not _EACH.search(text):
        return []
    counts = [q for q in quantities if q.kind is QuantityKind.COUNT and q.value == int(q.value) and q.value > 1]
    amounts = [q for q in quantities if q.kind in (QuantityKind.COUNT, QuantityKind.MONEY)]
    return [
        _derived(n.value * m.value, m.kind, m, m.unit)
        for n in counts
        for m in amounts
        if m.span != n.span and n.span[0] < m.span[0] and _EACH.search(text[n.span[1] : m.span[0]])
    ]


# One named thing joined to a count of more of its kind: "the head office and two branch offices" is three offices.
_ONE_NAMED_BEFORE = re.compile(r"\b(?:the|a|an|one|our|its)\s+(?:[A-Za-z.'’-]+\s+){1,4}and\s+$")


def one_named_before(count: Quantity, line: SourceLine) -> bool:
    return _ONE_NAMED_BEFORE.search(line.text[: count.span[0]]) is not None


def line_totals(sources: Sources) -> Facts:
    """The total of the counts on one CV line: "310 routine and 45 fracture-critical inspections" makes 355, and
    "the head office and two branch offices" makes three."""
    totals: Facts = []
    by_line: dict[int, tuple[SourceLine, list[Quantity]]] = {}
    for quantity, line in sources.candidate_quantities:
        if quantity.kind is QuantityKind.COUNT:
            by_line.setdefault(id(line), (line, []))[1].append(quantity)
            if one_named_before(quantity, line):
                totals.append((_derived(quantity.value + 1, QuantityKind.COUNT, quantity, None), line))
    for line, counts in by_line.values():
        if len(counts) >= 2:
            totals.append((_derived(sum(q.value for q in counts), QuantityKind.COUNT, counts[0], None), line))
        for run in _coordinated_runs(counts, line.text):
            totals.append((_derived(sum(q.value for q in run), QuantityKind.COUNT, run[0], None), line))
    return totals


# "2 sommeliers and 3 wine stewards", "4 nurses, 2 aides & 1 clerk": counts joined as parts of one whole.
_COORDINATED = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:,\s*(?:and\s+)?|and\s+|&\s+|plus\s+)$", re.IGNORECASE)


def _coordinated_runs(counts: list[Quantity], text: str) -> list[list[Quantity]]:
    """Runs of two or more counts joined by "and", "," or "plus" within a clause of a line, shorter than the whole
    line: "a floor team of 2 sommeliers and 3 wine stewards; tastings for 14 servers" holds a team of five."""
    runs: list[list[Quantity]] = []
    current = counts[:1]
    for left, right in itertools.pairwise(counts):
        if _COORDINATED.match(text[left.span[1] : right.span[0]]):
            current.append(right)
            continue
        runs.append(current)
        current = [right]
    runs.append(current)
    return [run for run in runs if 1 < len(run) < len(counts)]


# Periods a rate is written per, in a year: "1,200 samples per quarter" is about 4,800 a year.
_PER_YEAR = {"day": 365.0, "week": 52.0, "month": 12.0, "quarter": 4.0, "year": 1.0, "annum": 1.0}
_RATE_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:a|per|each|every)\s+(day|week|month|quarter|year|annum)\b", re.I)


def rate_equivalents(sources: Sources) -> Facts:
    """A rate the CV gives per one period, restated per another ("about 1,200 samples per quarter" -> 4,800 a
    year, 400 a month)."""
    found: Facts = []
    for quantity, line in sources.candidate_quantities:
        if quantity.kind not in (QuantityKind.COUNT, QuantityKind.MONEY):
            continue
        rate = _RATE_AFTER.match(line.text[quantity.span[1] :])
        if rate is None:
            continue
        yearly = quantity.value * _PER_YEAR[rate.group(1).casefold()]
        for per_year in sorted(set(_PER_YEAR.values())):
            value = yearly / per_year
            found.append((Quantity(value, quantity.kind, quantity.span, quantity.raw, unit=quantity.unit,
                                   precision=max(0.5, value * 0.02), noun=quantity.noun), line))  # fmt: skip
    return found


# A unit abbreviation whose first capital is a scale: "18 MGD" (million gallons a day), "4 MW", "3 BCF". The letter
# may spell the scale out ("18 million gallons a day").
_SCALED_UNIT_AFTER = re.compile(r"^\s?(?P<scale>[MBG])[A-Z][A-Za-z]{0,3}\b")
_UNIT_SCALES = {"M": 1e6, "B": 1e9, "G": 1e9}


def scaled_unit_equivalents(sources: Sources) -> Facts:
    """A CV count written with a scaled unit abbreviation ("an 18 MGD plant"), as the figure spelled out (18
    million)."""
    found: Facts = []
    for quantity, line in sources.candidate_quantities:
        unit = _SCALED_UNIT_AFTER.match(line.text[quantity.span[1] :])
        if quantity.kind is QuantityKind.COUNT and unit is not None:
            value = quantity.value * _UNIT_SCALES[unit.group("scale")]
            found.append((Quantity(value, quantity.kind, quantity.span, quantity.raw, precision=quantity.precision
                                   * _UNIT_SCALES[unit.group("scale")], noun=quantity.noun), line))  # fmt: skip
    return found


def _group_key(quantity: Quantity) -> tuple[QuantityKind, str | None] | None:
    if quantity.kind in (QuantityKind.TIME, QuantityKind.PERCENT) or not quantity.base_value:
        return None  # years are dates; percentages of different wholes do not add up
    if quantity.kind in _DURATIONS:
        return QuantityKind.DURATION_OTHER, "day"
    if quantity.kind is QuantityKind.MONEY:
        return quantity.kind, quantity.unit
    # Counts add up only when they count the same thing ("1,850 field hours" and "2,300 field hours").
    return (quantity.kind, quantity.noun) if quantity.noun else None


def _groups(facts: Facts) -> dict[tuple[QuantityKind, str | None], Facts]:
    groups: dict[tuple[QuantityKind, str | None], Facts] = {}
    for quantity, line in facts:
        key = _group_key(quantity)
        if key is not None and len(groups.setdefault(key, [])) < MAX_FIGURES_PER_GROUP:
            groups[key].append((quantity, line))
    return groups


def _as_fact(value: float, key: tuple[QuantityKind, str | None], source: Quantity) -> Quantity:
    kind, unit = key
    if kind is QuantityKind.DURATION_OTHER:
        return _derived(value, kind, source, "day")
    if kind is QuantityKind.MONEY:
        return _derived(value, kind, source, unit)
    return _derived(value, kind, source, None, noun=unit)


def across_cv_facts(sources: Sources) -> Facts:
    """Sums and differences of two CV figures of the same kind and unit, on different lines."""
    derived: Facts = []
    for key, facts in _groups(sources.candidate_quantities).items():
        for (a, line_a), (b, _) in itertools.combinations(facts, 2):
            for value in (a.base_value + b.base_value, abs(a.base_value - b.base_value)):
                derived.append((_as_fact(value, key, a), line_a))
    return derived


def against_posting_facts(sources: Sources) -> Facts:
    """How far a CV figure is from a posting figure of the same kind and unit ("280 hours short of 5,000"), and by
    what share ("your 240 endpoints, a third more than our 180")."""
    derived: Facts = []
    posting = _groups(sources.posting_quantities)
    for key, facts in _groups(sources.candidate_quantities).items():
        for (a, line), (b, _) in itertools.product(facts, posting.get(key, [])):
            if a.base_value != b.base_value:
                derived.append((_as_fact(abs(a.base_value - b.base_value), key, a), line))
                gap = abs(a.base_value - b.base_value)
                for whole in (a.base_value, b.base_value):
                    derived.append((_derived(round(gap / whole * 100, 1), QuantityKind.PERCENT, a, "%"), line))
    return derived


def _relative_change_in_sentence(claim: Quantity, figures: list[Quantity]) -> bool:
    """ "from $5.9M to $7.8M, about 32% more": a percentage that is the change between two figures of one kind the
    same sentence states, each checked on its own."""
    if claim.kind is not QuantityKind.PERCENT:
        return False
    others = [f for f in figures if f.span != claim.span and f.kind not in (QuantityKind.TIME, QuantityKind.PERCENT)]
    for a, b in itertools.combinations(others, 2):
        low, high = sorted((a.base_value, b.base_value))
        if a.kind is not b.kind or low <= 0:
            continue
        for share in ((high - low) / low * 100, (high - low) / high * 100):
            if supports(claim, Quantity(share, QuantityKind.PERCENT, claim.span, claim.raw, unit="%", precision=0.5)):
                return True
    return False


def _shares_of(figures: list[Quantity]) -> list[Quantity]:
    """ "110% of a $2.0M target" is $2.2M: a percentage written just before an amount, as a share of it. Used only
    to total the sentence's own figures, each of which is checked on its own."""
    shares: list[Quantity] = []
    for share, whole in itertools.pairwise(figures):
        if share.kind is QuantityKind.PERCENT and whole.kind in (QuantityKind.MONEY, QuantityKind.COUNT):
            value = share.value / 100 * whole.base_value
            shares.append(Quantity(value, whole.kind, whole.span, whole.raw, unit=whole.unit, precision=0.5))
    return shares


_TO_AFTER_A_FIGURE = re.compile(r"^\s*(?:%|percent|per\s+cent)?\s*(?:to|→|->)\s*$", re.IGNORECASE)


def _is_end_of_a_move(claim: Quantity, figures: list[Quantity], text: str) -> bool:
    """ "from 78 to 90 percent": the figure a value moved to is stated, as the CV must state it, and is never the
    sum of other figures that happen to stand in the sentence."""
    before = [f for f in figures if f.span[1] <= claim.span[0]]
    if not before:
        return False
    previous = max(before, key=lambda f: f.span[1])
    return bool(_TO_AFTER_A_FIGURE.match(text[previous.span[1] : claim.span[0]]))


def computed_in_sentence(claim: Quantity, figures: list[Quantity], text: str = "") -> bool:
    """The claim is the sum or the difference of two other figures of its kind the same sentence states ("rose
    14 points, from 31% to 45%"; "two dozen: eighteen students and six residents"), each checked on its own."""
    if text and _is_end_of_a_move(claim, figures, text):
        return False
    if _relative_change_in_sentence(claim, figures):
        return True
    kinds = {claim.kind} if claim.kind is QuantityKind.PERCENT else {claim.kind, QuantityKind.COUNT}
    others = [f for f in figures if f.span != claim.span and f.kind is not QuantityKind.TIME]
    others = [f for f in others + _shares_of(others) if f.kind in kinds]
    decimals = re.search(r"\.(\d+)", claim.raw)
    tolerance = 0.5 * 10 ** -len(decimals.group(1)) if decimals else 0.5  # "0.9%" is not 96% - 95%
    for a, b in itertools.combinations(others, 2):
        sums = (a.base_value + b.base_value, abs(a.base_value - b.base_value), a.value + b.value)
        if any(
            math.isclose(claim.value, v, abs_tol=tolerance)
            or math.isclose(claim.base_value, v, abs_tol=tolerance)
            or supports(claim, Quantity(v, claim.kind, claim.span, claim.raw, unit=claim.unit))  # "more than 1,500"
            for v in sums
        ):
            return True
    return False


_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|\.\s|\s[—–-]\s")
_ITEM_JOIN = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|plus)\s+|\s*[&/·+|]\s*")


def list_lengths(text: str) -> frozenset[int]:
    """How many items each clause of a CV line lists: "benzene, toluene and chlorine monitoring" lists three, which
    a letter may count ("three solvents"). A clause of one item lists nothing."""
    lengths = set()
    for clause in _CLAUSE_BREAK.split(text):
        items = [item for item in _ITEM_JOIN.split(clause) if re.search(r"[A-Za-z]", item)]
        if len(items) >= 2:
            lengths.add(len(items))
    return frozenset(lengths)


def counts_a_list(claim: Quantity, line: SourceLine) -> bool:
    """ "three solvents" for "benzene, toluene and chlorine": the letter counts what the line lists."""
    return (
        claim.kind is QuantityKind.COUNT and claim.value == int(claim.value) and claim.value in list_lengths(line.text)
    )


def counts_what(sentence: str, claim: Quantity, line: SourceLine) -> bool:
    """The words just after the letter's figure ("inspections", "hires") are words of the CV line it totals."""
    after = re.findall(r"[a-z][a-z0-9-]+", sentence[claim.span[1] :].casefold())[:4]
    group = re.search(r"([a-z]+)\s+of\s+$", sentence[: claim.span[0]].casefold())  # "a team of five"
    named = [*after, *([group.group(1)] if group else [])]
    return any(f" {word} " in line.norm for word in named if word not in ("and", "the", "of", "in", "our", "my"))


def unitless_lines(claim: Quantity, sources: Sources) -> list[SourceLine]:
    """CV lines that give the claim's number without its unit: a rota "4-on/4-off", a cut "6-weekly", a shift "12s",
    which a letter writes out as "four days on", "every six weeks", "twelve-hour shifts"."""
    return [
        line
        for fact, line in sources.candidate_quantities
        if fact.kind is QuantityKind.COUNT
        and math.isclose(fact.value, claim.value)
        and _UNIT_LEFT_OUT.match(line.text[fact.span[1] :])
    ]


# What follows a number whose unit the writer left out: a rota ("4-on/4-off", "7 on / 7 off"), a frequency
# ("6-weekly", "2-hourly") or a shift written as a plural number ("12s").
_UNIT_LEFT_OUT = re.compile(r"(?:-|\s)?(?:on|off|weekly|monthly|daily|hourly|nightly|yearly)\b|s\b", re.IGNORECASE)


def in_a_range(claim: Quantity, beside: list[Quantity]) -> bool:
    """ "three to four patients": one end of a range, which counts the same thing as its other end."""
    return any(0 <= other.span[0] - claim.span[1] <= 5 or 0 <= claim.span[0] - other.span[1] <= 5 for other in beside)


def _singular(noun: str) -> str:
    noun = noun.casefold()
    return noun[:-1] if len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss") else noun


def noun_total_lines(claim: Quantity, text: str, sources: Sources) -> list[SourceLine]:
    """The CV lines whose counts of one thing add up to the claim, when the letter counts that same thing: "nine
    incidents" for three contracts of "2 incidents", "3 incidents" and "4 incidents" ("nine frost call-outs"
    counts call-outs too)."""
    if claim.kind is not QuantityKind.COUNT:
        return []
    counted = {_singular(word) for word in re.findall(r"[a-z][a-z-]+", text[claim.span[1] :].casefold())[:3]}
    by_place = {  # a line the CV model and its raw text both give is one line
        (line.norm.strip(" -•*"), fact.raw): (fact, line)
        for fact, line in sources.candidate_quantities
        if fact.kind is QuantityKind.COUNT and fact.noun and _singular(fact.noun) in counted
    }
    parts = list(by_place.values())[:MAX_FIGURES_PER_GROUP]
    if len(parts) < 2 or not math.isclose(sum(fact.value for fact, _ in parts), claim.value):
        return []
    return [line for _, line in parts]
