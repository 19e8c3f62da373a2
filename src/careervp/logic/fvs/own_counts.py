"""Counts a letter makes of its own text: the points it is about to list ("Two projects. First, ... Second, ...")
and a part of a count it has just given ("five apprentices, and two of them"), which are checked through the
count itself."""

from __future__ import annotations

import re

from careervp.logic.numbers import Quantity, QuantityKind

_OF_THEM = re.compile(r"^\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)


def part_of_a_count_before(text: str, claim: Quantity, quantities: list[Quantity]) -> bool:
    """ "I trained five apprentices, and two of them now run crews": a share of a count the sentence gave before,
    which is checked itself; the share says what became of some of them."""
    if claim.kind is not QuantityKind.COUNT or not _OF_THEM.match(text[claim.span[1] :]):
        return False
    return any(
        q.kind is QuantityKind.COUNT and q.span[1] <= claim.span[0] and q.value > claim.value for q in quantities
    )


_ORDINALS = ("first", "second", "third", "fourth", "fifth")
_ENUMERATION_REACH = 1200
"""Characters after a count within which the letter's own "First, ... Second, ..." may follow it."""


def enumerated_after(claim: Quantity, following: str) -> bool:
    """ "Two quality projects are the ones I would bring. First, ... Second, ...": a count the letter then walks
    through item by item, each item opening a sentence or clause with its ordinal."""
    following = following[:_ENUMERATION_REACH]
    count = int(claim.value)
    if not 2 <= count <= len(_ORDINALS) or count != claim.value:
        return False
    return all(
        re.search(rf"(?:^|[.!?:;]\s+|\n\s*)(?:the\s+)?{ordinal}(?:ly)?\b", following, re.IGNORECASE)
        for ordinal in _ORDINALS[:count]
    )
