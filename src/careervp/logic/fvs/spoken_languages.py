"""Languages the writer says they speak: "I have conversational Portuguese", "I speak Tamil and Hindi", "fluent
Welsh". A language is a skill like any other, and one the CV does not list is a claim with nothing behind it; the
vocabulary of languages finds it even when the posting names it too, where the other checks would read the posting's
word as the writer's."""

from __future__ import annotations

import re

from careervp.logic.fvs import context
from careervp.logic.fvs.findings import Kind, violation
from careervp.logic.fvs.letter import FIRST_PERSON, Letter, Sentence, clause_around
from careervp.logic.fvs.sources import Sources
from careervp.models.api import FVSViolation
from careervp.vocabulary.languages import LANGUAGES, languages_in

_LANGUAGE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# Words that make a language the writer's own: speaking it, or how well.
_SPOKEN = re.compile(
    r"\b(?:speak|speaks|spoke|speaking|fluent|fluently|conversational|native|bilingual|trilingual|proficient|"
    r"proficiency|interpret|interpreted|interpreting|translate|translated|translating|my\s+languages?)\b",
    re.IGNORECASE,
)
# "Polish rather than Urdu", "not Hindi": the language named after a contrast is the one the writer lacks.
_CONTRAST_BEFORE = re.compile(r"\b(?:rather\s+than|instead\s+of|not|nor|no)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _claimed(sentence: Sentence, start: int, end: int) -> bool:
    before, after = clause_around(sentence, start, end)
    local = sentence.text[: start - sentence.start]
    if _CONTRAST_BEFORE.search(local) or context.is_negated_or_aspirational(sentence, start, end):
        return False
    return bool(FIRST_PERSON.search(before + after) and _SPOKEN.search(before + after))


def check_spoken_languages(letter: Letter, sources: Sources) -> list[FVSViolation]:
    held = languages_in(sources.candidate_text)
    problems: list[FVSViolation] = []
    for sentence in letter.body:
        for word in _LANGUAGE_WORD.finditer(sentence.text):
            language = word.group(0).casefold()
            if language not in LANGUAGES or language in held:
                continue
            start, end = sentence.start + word.start(), sentence.start + word.end()
            if _claimed(sentence, start, end):
                problems.append(violation(letter.text, Kind.SKILL, (start, end), f"The CV lists no '{word.group(0)}'."))
    return problems
