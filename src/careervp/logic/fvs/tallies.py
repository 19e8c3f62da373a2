"""A tally the CV writes with a slash ("6/13 exams passed"), which a letter writes in words ("six of thirteen")."""

from __future__ import annotations

import itertools
import re

from careervp.logic.fvs.sources import Sources
from careervp.logic.numbers import Quantity

_OF_BETWEEN = re.compile(r"^\s+(?:out\s+)?of\s+$", re.IGNORECASE)


def a_written_tally(text: str, claim: Quantity, quantities: list[Quantity], sources: Sources) -> bool:
    """ "six of thirteen exams passed" where the CV writes "6/13 exams passed": a tally written with a slash."""
    for part, whole in itertools.pairwise(sorted(quantities, key=lambda q: q.span[0])):
        if claim.span not in (part.span, whole.span) or not _OF_BETWEEN.match(text[part.span[1] : whole.span[0]]):
            continue
        tally = rf"(?<![\d/]){part.value:g}\s*/\s*{whole.value:g}(?![\d/])"
        if re.search(tally, sources.candidate_text):
            return True
    return False
