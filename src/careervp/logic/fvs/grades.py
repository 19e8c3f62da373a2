"""The grade of a credential: "a Class A CDL" when the CV's licence is Class B, "Level 5 Diploma" for a Level 4.

Licences, certificates and medicals come in classes, levels, grades and categories, and the neighbouring grade is
the easiest fabrication to miss: the credential's name is the CV's, only the letter or number beside it is not. A
grade the letter writes next to a credential must be one the CV writes with the same word ("Class", "Level", ...).
A CV that gives no grade of that kind at all leaves the question open, so nothing is flagged then.
"""

from __future__ import annotations

import re

from careervp.logic.fvs.context import CREDENTIAL_CUE
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter
from careervp.logic.fvs.sources import Sources
from careervp.models.api import FVSViolation

_GRADE = re.compile(
    r"\b(Class|Level|Grade|Category|Cat\.|Tier|Band|Group|Type)\s+([A-Z]{1,2}\d?|\d{1,2}[A-Z]?|[IVX]{1,4})\b"
)
# A credential within a few words of the grade: a credential word, or an acronym ("Class B CDL", "CDL Class B").
_NEAR_WORDS = 4
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _cv_grades(sources: Sources, word: str) -> set[str]:
    """The grades of this kind the CV writes ("Class": {"B"})."""
    return {
        m.group(2).upper()
        for line in sources.lines
        if line.origin != "posting"
        for m in _GRADE.finditer(line.text)
        if m.group(1).casefold().rstrip(".") == word
    }


def _names_a_credential(sentence: str, start: int, end: int) -> bool:
    before = " ".join(sentence[:start].split()[-_NEAR_WORDS:])
    after = " ".join(sentence[end:].split()[:_NEAR_WORDS])
    near = f"{before} {after}"
    return bool(CREDENTIAL_CUE.search(near) or _ACRONYM.search(after.split(",")[0]) or _ACRONYM.search(before[-12:]))


def check_grades(letter: Letter, sources: Sources) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        for match in _GRADE.finditer(sentence.text):
            word, grade = match.group(1).casefold().rstrip("."), match.group(2).upper()
            held = _cv_grades(sources, word)
            if not held or grade in held or not _names_a_credential(sentence.text, *match.span()):
                continue
            span = (sentence.start + match.start(), sentence.start + match.end())
            message = f"'{match.group(0)}' is not a grade the CV gives (the CV gives {', '.join(sorted(held))})."
            problems.append(violation(letter.text, Kind.CREDENTIAL, span, message))
    return problems
