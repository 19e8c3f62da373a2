"""Requirements that set a minimum amount: "budgets of $5M or more", "teams of 40+ staff", "lead times of 90+ days".

Sharing the words "budget" or "lead times" with a CV line is not meeting the amount: a line that manages a $40,000
budget does not show a $5M one. So when the lines that support such a requirement state amounts of the same kind
(money, a count, days or weeks) and none reaches the minimum, the requirement is not met. Lines that state no amount
of that kind cannot settle it, and neither can a requirement whose minimum is in years (the span rules judge those).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from careervp.logic.numbers import Qualifier, Quantity, QuantityKind
from careervp.logic.text import content_term_set, quantities_in

_JUDGED = frozenset({QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.DURATION_OTHER})


_PHRASE_END = re.compile(r"[,.;:()]|\b(?:and|or|with|on|in|at|for|of|per|a|an|the|who|that|across|over|under)\b", re.I)


def _measure(quantity: Quantity, text: str) -> tuple[QuantityKind, frozenset[str]] | None:
    """What an amount measures: money, days, or a count of the thing its noun phrase ends on ("100+ major gift
    prospects" counts prospects, "20 major gifts" gifts); a count of nothing named ("3-phase") measures nothing."""
    if quantity.kind not in _JUDGED:
        return None
    if quantity.kind is not QuantityKind.COUNT:
        return quantity.kind, frozenset()
    phrase = _PHRASE_END.split(text[quantity.span[1] :], maxsplit=1)[0].split()[:4]
    things = content_term_set(phrase[-1]) if phrase else frozenset()
    return (quantity.kind, things) if things else None


def falls_short(requirement: str, lines: Iterable[str]) -> bool:
    """The requirement sets a minimum amount and the lines state amounts of the same measure, none reaching it."""
    minimums = [
        (m, q.value)
        for q in quantities_in(requirement)
        if q.qualifier is Qualifier.AT_LEAST and (m := _measure(q, requirement))
    ]
    if not minimums:
        return False
    stated = [
        (m, q.value)
        for line in lines
        for q in quantities_in(line)
        if q.qualifier not in (Qualifier.AT_MOST, Qualifier.PEAK) and (m := _measure(q, line))
    ]
    for (kind, things), minimum in minimums:
        same = [value for (other, named), value in stated if other is kind and (not things or things & named)]
        if same and max(same) < minimum:
            return True
    return False
