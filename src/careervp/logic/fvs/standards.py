"""Standards and codes named by an agency's initials and a number: "NFPA 652", "BS 7121", "ISO 14001".

Such a number names a document, so it is never compared as a figure; but citing a standard claims to know it, and
the neighbouring number ("NFPA 655" for the CV's "NFPA 652/61") is the easiest fabrication to miss. A standard the
letter cites must be one the CV or posting writes with the same initials and number, in any of its forms
("652/61" names both 652 and 61; "ISO 9001:2015" names 9001).
"""

from __future__ import annotations

import re

from careervp.logic.fvs.context import clause_is_first_person, is_negated_or_aspirational
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter
from careervp.logic.fvs.sources import Sources
from careervp.logic.numbers.identifiers import standard_codes
from careervp.models.api import FVSViolation


def _written(agency: str, number: str, sources: Sources, *, candidate_only: bool = False) -> bool:
    """Some line of the CV or posting (of the CV alone, `candidate_only`) writes the agency's initials and, after
    them, the number as a whole token. The number may be glued to the initials ("AS9100", "EN1090"), as CVs often
    write it, though a letter spaces it."""
    initials = re.compile(rf"\b{re.escape(agency)}(?![A-Za-z])")
    digits = re.compile(rf"(?<![\d.]){re.escape(number)}(?!\d)")
    for line in sources.lines:
        if candidate_only and line.origin == "posting":
            continue
        named = initials.search(line.text)
        if named and digits.search(line.text, named.end()):
            return True
    return False


def check_standard_codes(letter: Letter, sources: Sources) -> list[FVSViolation]:
    """A standard no source names; and one only the posting names that the writer says they work to ("I design to
    BS 9999" when the CV never names it): the posting's standard, claimed as the writer's own."""
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        for match in standard_codes(sentence.text):
            number = re.match(r"\d+", match.group("code"))
            if number is None or _written(match.group("agency"), number.group(0), sources, candidate_only=True):
                continue
            span = (sentence.start + match.start(), sentence.start + match.end())
            if _written(match.group("agency"), number.group(0), sources):
                if not clause_is_first_person(sentence, *span) or is_negated_or_aspirational(sentence, *span):
                    continue
                message = f"'{match.group(0)}' is a standard the posting names, and the CV does not."
            else:
                message = f"'{match.group(0)}' is not a standard or code the CV or posting names."
            problems.append(violation(letter.text, Kind.SKILL, span, message))
    return problems
