"""The grade of a credential: "a Class A CDL" when the CV's licence is Class B, "Level 5 Diploma" for a Level 4,
"the Gold Seal" when the CV's seals are Blue and Bronze.

Licences, certificates and medicals come in classes, levels, grades and categories, and the neighbouring grade is
the easiest fabrication to miss: the credential's name is the CV's, only the letter or number beside it is not. A
grade the letter writes next to a credential must be one the CV writes with the same word ("Class", "Level", ...).
A CV that gives no grade of that kind at all leaves the question open, so nothing is flagged then.
"""

from __future__ import annotations

import re

from careervp.logic.fvs.claims import Frame, frame_of
from careervp.logic.fvs.context import CREDENTIAL_CUE
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter
from careervp.logic.fvs.sources import Sources
from careervp.models.api import FVSViolation

_GRADE = re.compile(
    r"\b(Class|Level|Lvl\.?|Lev\.|Grade|Category|Cat\.|Tier|Band|Group|Type)\s+([A-Z]{1,2}\d?|\d{1,2}[A-Z]?|[IVX]{1,4})\b"
)
_SHORT_GRADE_WORDS = {"lvl": "level", "lev": "level", "cat": "category"}  # "NICET Lvl I" is "NICET Level I"


def _grade_word(written: str) -> str:
    word = written.casefold().rstrip(".")
    return _SHORT_GRADE_WORDS.get(word, word)


# A credential within a few words of the grade: a credential word, or an acronym ("Class B CDL", "CDL Class B").
_NEAR_WORDS = 4
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


# A tier named by a colour or a metal before what it grades: "Bronze Seal", "Gold Award", "Blue card", "Black Belt".
_TIER = re.compile(
    r"\b(Gold|Silver|Bronze|Platinum|Diamond|Blue|Red|Green|Black|White|Yellow|Gold[\s-]Standard)\s+"
    r"(Seal|Award|Standard|Medal|Badge|Card|Belt|Certificate|Status|Accreditation)\b"
)


def _graded(text: str) -> list[tuple[str, str, re.Match[str]]]:
    """(what is graded, its grade, the match) for each grade the text writes: "Level 3", "Lvl 3", "Bronze Seal"."""
    found = [(_grade_word(m.group(1)), m.group(2).upper(), m) for m in _GRADE.finditer(text)]
    return found + [(m.group(2).casefold(), m.group(1).capitalize(), m) for m in _TIER.finditer(text)]


def _cv_grades(sources: Sources, word: str) -> set[str]:
    """The grades of this kind the CV writes ("Class": {"B"}, "seal": {"BLUE", "BRONZE"})."""
    return {
        grade
        for line in sources.lines
        if line.origin != "posting"
        for kind, grade, _ in _graded(line.text)
        if kind == word
    }


def _names_a_credential(sentence: str, start: int, end: int) -> bool:
    before = " ".join(sentence[:start].split()[-_NEAR_WORDS:])
    after = " ".join(sentence[end:].split()[:_NEAR_WORDS])
    near = f"{before} {after}"
    return bool(CREDENTIAL_CUE.search(near) or _ACRONYM.search(after.split(",")[0]) or _ACRONYM.search(before[-12:]))


def check_grades(letter: Letter, sources: Sources) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        for word, grade, match in _graded(sentence.text):
            held = _cv_grades(sources, word)
            named = match.re is _TIER or _names_a_credential(sentence.text, *match.span())  # "Seal" names one
            if not held or grade in held or not named:
                continue
            span = (sentence.start + match.start(), sentence.start + match.end())
            if frame_of(sentence, *span) is not Frame.ASSERTED:
                continue  # "I'm keen to do the Level 3 next", "I don't hold Class A yet": no claim to hold it
            message = f"'{match.group(0)}' is not a grade the CV gives (the CV gives {', '.join(sorted(held))})."
            problems.append(violation(letter.text, Kind.CREDENTIAL, span, message))
    return problems
