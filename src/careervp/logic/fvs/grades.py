"""The grade of a credential: "a Class A CDL" when the CV's licence is Class B, "Level 5 Diploma" for a Level 4,
"the Gold Seal" when the CV's seals are Blue and Bronze.

Licences, certificates and medicals come in classes, levels, grades and categories, and the neighbouring grade is
the easiest fabrication to miss: the credential's name is the CV's, only the letter or number beside it is not. A
grade the letter writes next to a credential must be one the CV writes with the same word ("Class", "Level", ...).
A CV that gives no grade of that kind at all leaves the question open, so nothing is flagged then. Posts are graded
the same way ("a Band 7 Ward Sister" when the CV's posts are Bands 5 and 6): a grade written before a job title is a
claim to have held a post at that grade.
"""

from __future__ import annotations

import re

from careervp.logic.fvs.claims import Frame, frame_of
from careervp.logic.fvs.context import CREDENTIAL_CUE
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import Letter
from careervp.logic.fvs.roles import looks_like_title, role_heads
from careervp.logic.fvs.sources import Sources
from careervp.models.api import FVSViolation

_GRADE_VALUE = r"[A-Z]{1,2}\d?|\d{1,2}[A-Z]?|[IVX]{1,4}"
_GRADE = re.compile(rf"\b(Class|Level|Lvl\.?|Lev\.|Grade|Category|Cat\.|Tier|Band|Group|Type)\s+({_GRADE_VALUE})\b")
# Several grades under one plural word: "Levels 1 and 2", "Classes B, C and D".
_GRADES_LISTED = re.compile(
    rf"\b(Classes|Levels|Grades|Categories|Tiers|Bands|Groups|Types)\s+((?:{_GRADE_VALUE})(?:\s*,\s*(?:{_GRADE_VALUE}))*"
    rf"\s+(?:and|&)\s+(?:{_GRADE_VALUE}))\b"
)
_SINGULAR = {"classes": "class", "categories": "category"}
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
    for m in _GRADES_LISTED.finditer(text):
        word = m.group(1).casefold()
        word = _SINGULAR.get(word, word.removesuffix("s"))
        found += [(word, grade.upper(), m) for grade in re.findall(_GRADE_VALUE, m.group(2))]
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


# The capitalised words after a grade, where a graded post's title stands: "Band 7 Ward Sister".
_TITLE_AFTER = re.compile(r"\s+((?:[A-Z][\w'’-]*\s*){1,4})")


def _grades_a_post(sentence: str, end: int, heads: frozenset[str]) -> bool:
    after = _TITLE_AFTER.match(sentence, end)
    return after is not None and looks_like_title(after.group(1), heads)


def check_grades(letter: Letter, sources: Sources) -> list[FVSViolation]:
    problems: list[FVSViolation] = []
    heads = role_heads(sources)
    for sentence in letter.body:
        for word, grade, match in _graded(sentence.text):
            held = _cv_grades(sources, word)
            post = match.re is not _TIER and _grades_a_post(sentence.text, match.end(), heads)
            named = match.re is _TIER or _names_a_credential(sentence.text, *match.span())  # "Seal" names one
            if not held or grade in held or not (named or post):
                continue
            span = (sentence.start + match.start(), sentence.start + match.end())
            if frame_of(sentence, *span) is not Frame.ASSERTED:
                continue  # "I'm keen to do the Level 3 next", "I don't hold Class A yet": no claim to hold it
            message = f"'{match.group(0)}' is not a grade the CV gives (the CV gives {', '.join(sorted(held))})."
            problems.append(violation(letter.text, Kind.ROLE if post else Kind.CREDENTIAL, span, message))
    return problems


# "audits graded A in 2024 and AA in 2025", "rated AA": letters after a word of grading are a grade, not a degree.
_RATED_BEFORE = re.compile(
    r"\b(?:graded|rated|grades?|ratings?|scored|scores?)\s+(?:an?\s+)?"
    r"(?:[A-Z]{1,3}[+-]?(?:\s+(?:in|for)\s+\d{4})?(?:\s*,\s*|\s+(?:and|or|then|to)\s+)(?:an?\s+)?){0,4}$"
)


def rated_before(before: str) -> bool:
    """Whether the letters that follow `before` are a grade something was given ("graded A in 2024 and AA")."""
    return _RATED_BEFORE.search(before[-80:]) is not None
