"""Numbers: every percentage, amount, count and duration in the letter must be one the CV, the gap answers or the
posting states, in any of the ways people write it ("40 percent" = 40%, "$1.2 million" = $1,200,000).

A number that exists somewhere in the CV can still be wrong where it stands ("three to four ICU patients" when the
CV says 1-2 ICU patients and 3-4 telemetry patients). So the words around a figure are compared too: a figure is
altered when the CV states the same thing with a different number and never with this one.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from functools import cached_property, lru_cache

from careervp.logic.fvs import context
from careervp.logic.fvs.arithmetic import (
    across_cv_facts,
    against_posting_facts,
    computed_in_sentence,
    counts_a_list,
    counts_what,
    in_a_range,
    line_totals,
    noun_total_lines,
    one_named_before,
    rate_equivalents,
    scaled_unit_equivalents,
    unitless_lines,
    within_line_facts,
)
from careervp.logic.fvs.claims import clause_text
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import FIRST_PERSON, Letter, Sentence, clause_around
from careervp.logic.fvs.named_figures import (
    names_a_product,
    names_rather_than_claims,
    posting_range,
)
from careervp.logic.fvs.own_counts import enumerated_after, part_of_a_count_before
from careervp.logic.fvs.periods import as_elided_years, fits_a_stay
from careervp.logic.fvs.record_counts import counts_the_record
from careervp.logic.fvs.sources import SourceLine, Sources
from careervp.logic.fvs.tallies import a_written_tally
from careervp.logic.numbers import Quantity, QuantityKind, compatible_kinds, extract_quantities, supports
from careervp.logic.numbers.compare import APPROX_TOLERANCE, BOUND_REACH
from careervp.logic.numbers.quantity import DAYS_PER_UNIT, Qualifier
from careervp.models.api import FVSViolation
from careervp.vocabulary.letter_words import DISCOURSE_NOUNS

_CHECKED = frozenset({QuantityKind.PERCENT, QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.DURATION_OTHER})
# Years and calendar dates are the timeline check's.


_Facts = list[tuple[Quantity, SourceLine]]


class _FactsByKind:
    """The facts a claim of each kind can be backed by, in source order: a letter figure is compared only with the
    figures that could back it (any kind but a percentage for a bare count, the compatible kinds otherwise), not
    with every figure of the CV and posting; and of those, only with the ones near it in value (`near`)."""

    def __init__(self, facts: _Facts) -> None:
        self._facts = facts
        self._by_kind: dict[QuantityKind, _Facts] = {}
        self._by_value: dict[QuantityKind, _ValueIndex | None] = {}

    def for_claim(self, claim: Quantity) -> _Facts:
        found = self._by_kind.get(claim.kind)
        if found is None:
            if claim.kind is QuantityKind.COUNT:
                found = [(f, line) for f, line in self._facts if f.kind is not QuantityKind.PERCENT]
            else:
                kinds = compatible_kinds(claim.kind)
                found = [(f, line) for f, line in self._facts if f.kind in kinds]
            self._by_kind[claim.kind] = found
        return found

    def near(self, claim: Quantity) -> _Facts:
        """`for_claim`, less facts too far from the claim in value for `supports` (or, for a bare count, an equal
        value) to hold: the same answers from a few comparisons instead of one per figure of the CV."""
        if claim.kind not in self._by_value:
            facts = self.for_claim(claim)
            self._by_value[claim.kind] = _ValueIndex(facts) if len(facts) > _INDEXED_FROM else None
        index = self._by_value[claim.kind]
        return self.for_claim(claim) if index is None else index.near(claim)


_INDEXED_FROM = 8
"""Fewer facts than this are compared one by one: sorting them would cost more than it saves."""
_LOOSE_REACH = 1.0


class _ValueIndex:
    """Facts sorted by value (base value and value as written), so the ones a claim could match are found by
    bisection. Each window is wider than any tolerance `supports` allows, so no fact that backs the claim is left
    out; the caller still asks `supports` of every fact returned."""

    def __init__(self, facts: _Facts) -> None:
        self._facts = facts
        self._finite = all(_finite(f) for f, _ in facts)
        self._base = sorted((f.base_value, i) for i, (f, _) in enumerate(facts))
        self._value = sorted((f.value, i) for i, (f, _) in enumerate(facts))
        # A loosely written figure ("1.2M", "3 years") matches a wide band: it is always a candidate, so one of them
        # does not widen every window.
        self._loose = [i for i, (f, _) in enumerate(facts) if _reach(f) > _LOOSE_REACH]
        self._widest = max((r for f, _ in facts if (r := _reach(f)) <= _LOOSE_REACH), default=0.0)

    def near(self, claim: Quantity) -> _Facts:
        x = claim.base_value
        if not (self._finite and _finite(claim)):
            return self._facts
        reach = max(_reach(claim), self._widest)
        reach = (reach + APPROX_TOLERANCE * abs(x)) / (1 - APPROX_TOLERANCE)  # a hedge widens by a share of either
        reach = reach * 1.01 + 1e-6 * (1 + abs(x))
        picked = set(self._loose)
        picked.update(_within(self._base, x - reach, x + reach))
        if claim.qualifier is Qualifier.AT_LEAST:
            picked.update(_within(self._base, x - 1, max(x * BOUND_REACH, x + 10) + 1))
        elif claim.qualifier is Qualifier.AT_MOST:
            picked.update(_within(self._base, x / BOUND_REACH - 1, x + 1))
        value = claim.value
        picked.update(_within(self._value, value - 1e-6 * (1 + abs(value)), value + 1e-6 * (1 + abs(value))))
        return [self._facts[i] for i in sorted(picked)]


def _finite(q: Quantity) -> bool:
    return math.isfinite(q.base_value) and math.isfinite(q.value) and math.isfinite(q.precision)


def _reach(q: Quantity) -> float:
    """At least the tolerance `supports` gives a figure for how precisely it was written (its unit's scale or 1)."""
    return abs(q.precision) * max(1.0, DAYS_PER_UNIT.get(q.unit or "", 1.0))


def _within(ordered: list[tuple[float, int]], low: float, high: float) -> list[int]:
    lo, hi = sorted((low, high))
    start = bisect.bisect_left(ordered, (lo, -1))
    end = bisect.bisect_right(ordered, (hi, len(ordered)))
    return [i for _, i in ordered[start:end]]


def _backing(claim: Quantity, facts: _FactsByKind) -> list[SourceLine]:
    lines: list[SourceLine] = []
    for fact, line in facts.near(claim):
        # A bare count ("cut it from 47 to twelve") may restate a figure the CV gives with a unit.
        bare_count = claim.kind is QuantityKind.COUNT and fact.kind is not QuantityKind.PERCENT
        if supports(claim, fact) or (bare_count and math.isclose(claim.value, fact.value)):
            lines.append(line)
    return lines


def _backing_combined(claim: Quantity, facts: _FactsByKind) -> list[SourceLine]:
    """Sums and differences across lines back a count only when they count what the claim counts."""
    return [
        line
        for fact, line in facts.near(claim)
        if supports(claim, fact) and (fact.kind is not QuantityKind.COUNT or fact.noun == claim.noun)
    ]


def _about(topic: set[str], stated: list[Quantity], lines: list[SourceLine], sources: Sources) -> list[SourceLine]:
    """The CV lines a computed figure comes from that the letter is talking about: they share two of the clause's
    words, or one the CV uses in few lines ("turnaround"; not "site", which a builder's CV writes everywhere), or
    the sentence restates the line's own figures ("fell from 12.5% to 9.1%, a drop of 3.4 points"). "By half" is
    not the change between two durations on a line about something else."""
    values = {q.value for q in stated}
    counts = _lines_with_stem(tuple(line.text for line in sources.lines if line.origin != "posting"))
    kept: list[SourceLine] = []
    for line in lines:
        shared = topic & context.stems(line.text)
        rare = any(counts[stem] <= _RARE_IN_LINES for stem in shared)
        if len(shared) >= 2 or rare or values & {q.value for q in extract_quantities(line.text)}:
            kept.append(line)
    return kept


_RARE_IN_LINES = 2


@lru_cache(maxsize=32)
def _lines_with_stem(lines: tuple[str, ...]) -> Counter[str]:
    """How many of the CV's lines use each stem: counted once per CV, not once per figure."""
    return Counter(stem for text in lines for stem in context.stems(text))


def _distinctive(claim: Quantity) -> bool:
    """A figure specific enough that the CV stating it exactly means the same fact ("410,000", "2.7")."""
    return claim.qualifier is None and (claim.value >= 100 or not float(claim.value).is_integer())


def _altered(
    claim: Quantity, ctx: set[str], backing: list[SourceLine], sources: Sources, stated_beside: list[Quantity]
) -> bool:
    """The CV states this very thing with another number, and nowhere with this one. (A posting line backs only
    the posting's own figures: "60 production clusters" is not the candidate's because the posting runs 60
    services.)"""
    own = [line for line in backing if line.origin != "posting"]
    if _distinctive(claim) and own:
        return False
    if len(ctx) < 2 or any(ctx & context.stems(line.text) for line in own):
        return False
    posting_overlap = max(
        (len(ctx & context.stems(line.text)) for line in backing if line.origin == "posting"), default=0
    )
    for fact, line in sources.candidate_quantities:
        comparable = fact.kind is claim.kind or {fact.kind, claim.kind} <= {
            QuantityKind.COUNT,
            QuantityKind.DURATION_OTHER,
        }
        if any(math.isclose(fact.value, other.value) for other in stated_beside):
            continue  # the letter gives this line's own figure too ("five seasons, about 60 returns each season")
        if math.isclose(claim.value, fact.value + 1) and one_named_before(fact, line):
            return False  # "three sites" for "the Riverside clinic and two satellite sites": the named one counts
        overlap = len(ctx & context.stems(line.text))
        if comparable and overlap >= 2 and overlap > posting_overlap and not math.isclose(fact.value, claim.value):
            same_thing = (claim.noun or "").casefold() == (fact.noun or "").casefold()
            return same_thing or in_a_range(claim, stated_beside) or not counts_a_list(claim, line)
    return False


# "by", or "of" after a word naming a change or a total ("a drop of 4.4 points"), not any "of" ("a team of 36").
_DERIVED_BEFORE = re.compile(
    r"\b(?:by|(?:total|sum|increase|decrease|reduction|drop|fall|rise|gain|jump|cut|saving|savings|improvement|"
    r"difference|growth|change|swing|uplift|shortfall)\s+of)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|roughly\s+|some\s+|around\s+)?$",
    re.IGNORECASE,
)
_DERIVED_AFTER = re.compile(
    r"^(?:\s|-)?(?:[\w-]+\s+){0,3}?(?:percentage\s+)?(?:point|points|pp|x|times|fold|fewer|less|more|faster|slower|shorter|"
    r"reduction|increase|improvement|drop|decrease|gain|jump|rise|in\s+total|total|altogether|combined|in\s+all|"
    r"short|shy|below|above|ahead|behind|lower|higher|away|left|remaining|to\s+go|outstanding|"
    r"(?:under|inside|within|over)\s+(?:the\s+|our\s+|its\s+)?(?:budget|target|forecast|estimate|plan))\b",
    re.IGNORECASE,
)
_TRANSITION_BEFORE = re.compile(r"\bfrom\s+\S+(?:\s+\S+)?\s+(?:to|down\s+to|up\s+to)\s+$", re.IGNORECASE)


def _reads_as_derived(text: str, claim: Quantity) -> bool:
    """ "cut the close by four days", "a 12-point gain", "3x": a computed change may paraphrase "from 10 to 6". A
    number inside "from A to B" is a stated endpoint and must match one."""
    before, after = text[: claim.span[0]], text[claim.span[1] :]
    if _TRANSITION_BEFORE.search(before[-40:]):
        return False
    # a fraction is always computed ("a third", "one in five")
    fraction = re.search(r"\b(?:half|thirds?|quarters?)\b|\s(?:in|out\s+of)\s", claim.raw, re.IGNORECASE) is not None
    return bool(
        _DERIVED_BEFORE.search(before[-25:]) or _DERIVED_AFTER.match(after) or claim.raw.endswith("x") or fraction
    )


class _Computed:
    """Figures computed from the CV, each only when a claim first needs it: most letters' figures are the CV's own,
    and the pairwise sums across the CV are the costliest thing FVS computes."""

    def __init__(self, sources: Sources) -> None:
        self._sources = sources

    @cached_property
    def within_lines(self) -> _FactsByKind:
        return _FactsByKind(within_line_facts(self._sources))

    @cached_property
    def combined(self) -> _FactsByKind:
        return _FactsByKind(across_cv_facts(self._sources) + against_posting_facts(self._sources))

    @cached_property
    def totals(self) -> _Facts:
        return line_totals(self._sources)


def _stated_facts(sources: Sources) -> _FactsByKind:
    return _FactsByKind(
        sources.candidate_quantities
        + sources.posting_quantities
        + rate_equivalents(sources)
        + scaled_unit_equivalents(sources)
    )


_BELOW_BEFORE = re.compile(
    r"\b(?:well\s+|far\s+|just\s+|still\s+)?(?:below|under|short\s+of|less\s+than|fewer\s+than|smaller\s+than)\s+"
    r"(?:the\s+|your\s+)?$",
    re.IGNORECASE,
)


def _below_the_postings(text: str, claim: Quantity, everything: _FactsByKind) -> bool:
    """ "my budgets are well below £250k" where the posting asks for £250k+: the posting's figure, named as the
    candidate's gap."""
    if not _BELOW_BEFORE.search(text[: claim.span[0]][-30:]):
        return False
    return any(line.origin == "posting" for line in _backing(claim, everything))


def _the_readers_figure(
    sentence: Sentence, claim: Quantity, backing: list[SourceLine], company_spans: list[tuple[int, int]]
) -> bool:
    """ "A 3,200-cow herd on an 80-stall rotary, with your own heifers, sounds like the right next step for me": the
    posting's figures, said of the reader before the writer enters the clause."""
    start, end = sentence.start + claim.span[0], sentence.start + claim.span[1]
    before, _ = clause_around(sentence, start, end)
    return (
        not FIRST_PERSON.search(before)
        and any(line.origin == "posting" for line in backing)
        and context.clause_addresses_reader(sentence, start, end, company_spans)
    )


def _worked_out(claim: Quantity, text: str, topic: set[str], sources: Sources, computed: _Computed) -> list[SourceLine]:
    """CV lines a figure is worked out from without being written there: a count of what a line lists ("three
    solvents"), a total of one thing over several jobs ("nine incidents"), a number the CV writes without its unit
    ("four days on" for "4-on/4-off") and a total of one line's counts ("355 inspections"). One end of a range
    ("three to four patients") is compared as written."""
    if not in_a_range(claim, [q for q in extract_quantities(text) if q.span != claim.span]):
        mine = [line for line in sources.lines if line.origin != "posting"]
        listed = [line for line in _about(topic, [], mine, sources) if counts_a_list(claim, line)]
        if listed or (listed := noun_total_lines(claim, text, sources)):
            return listed
    if claim.kind is QuantityKind.DURATION_OTHER and (
        unitless := _about(topic, [], unitless_lines(claim, sources), sources)
    ):
        return unitless
    return [line for fact, line in computed.totals if supports(claim, fact) and counts_what(text, claim, line)]


def check_metrics(letter: Letter, sources: Sources, company_spans: list[tuple[int, int]]) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    everything = sources.derived(_stated_facts)
    computed = sources.derived(_Computed)
    for sentence in letter.body:
        quantities = extract_quantities(sentence.text)
        for claim in quantities:
            if as_elided_years(sentence.text, claim, quantities) is not None:
                continue  # "...: three as a groundworker": years, which the duration check reads
            if claim.kind not in _CHECKED or (claim.kind is QuantityKind.COUNT and claim.value in (0, 1)):
                continue
            if names_a_product(sentence.text, claim, sources) or part_of_a_count_before(
                sentence.text, claim, quantities
            ):
                continue  # "the 737 fleet" for the CV's "B737", "Preps 9"
            if claim.kind is QuantityKind.COUNT and (
                (claim.noun or "").casefold() in DISCOURSE_NOUNS
                or enumerated_after(claim, letter.text[sentence.start + claim.span[1] :])
            ):
                continue  # "Two gaps to be upfront about", "Two projects. First, ... Second, ...": its own points
            if a_written_tally(sentence.text, claim, quantities, sources) or _below_the_postings(
                sentence.text, claim, everything
            ):
                continue  # "six of thirteen" for the CV's "6/13"; "well below £250k", the posting's figure
            if posting_range(sentence.text, claim, quantities, sources) or fits_a_stay(claim, sources):
                continue  # "a team of ten to fifteen" as the posting asks; "thirteen months" at a job of 13
            start, end = sentence.start + claim.span[0], sentence.start + claim.span[1]
            backing = _backing(claim, everything)
            ctx = context.number_context(sentence, claim.span)
            topic = ctx | context.stems(clause_text(sentence, start, end))
            stated = [q for q in quantities if q.span != claim.span]
            if not backing and _reads_as_derived(sentence.text, claim):
                backing = _about(
                    topic,
                    stated,
                    _backing(claim, computed.within_lines) + _backing_combined(claim, computed.combined),
                    sources,
                )
            if not backing and computed_in_sentence(claim, quantities, sentence.text):
                continue  # "two dozen learners, eighteen students and six residents": its parts are checked
            backing = backing or _worked_out(claim, sentence.text, topic, sources, computed)
            if backing:
                if _reads_as_derived(sentence.text, claim) and _about(
                    topic, stated, _backing(claim, computed.within_lines), sources
                ):
                    continue  # "nine points above the average": the CV line's own two figures give it
                beside = [q for q in extract_quantities(sentence.text) if q.span != claim.span]
                if (
                    context.clause_is_first_person(sentence, start, end)
                    and _altered(claim, ctx, backing, sources, beside)
                    and not _worked_out(claim, sentence.text, topic, sources, computed)
                    and not counts_the_record(sentence.text, claim, sources)
                    and not _the_readers_figure(sentence, claim, backing, company_spans)
                ):
                    message = f"'{claim.raw}' differs from the figure the CV gives for this."
                    problems.append(violation(letter.text, Kind.METRIC, (start, end), message))
                continue
            about_reader = context.clause_addresses_reader(sentence, start, end, company_spans)
            if about_reader and not context.clause_is_first_person(sentence, start, end):
                message = f"'{claim.raw}' about the company is not in the posting."
                problems.append(violation(letter.text, Kind.COMPANY_FACT, (start, end), message))
                continue
            if names_rather_than_claims(sentence.text, claim, sources):
                continue
            if counts_the_record(sentence.text, claim, sources):
                continue  # "I have worked for three hospitals": the CV's jobs, counted
            message = f"'{claim.raw}' is not a figure the CV gives."
            problems.append(violation(letter.text, Kind.METRIC, (start, end), message))
    return problems
