"""How much a piece of a job header reads like a job title, and how much like an organisation's name: role nouns
("engineer", "paramedic") and seniority words mark a title; company suffixes ("Ltd") and organisation nouns
("Hospital", "Council") an employer."""

from __future__ import annotations

import re

from careervp.vocabulary.cv_structure import AGENT_NOUN, COMPANY_SUFFIXES, ORG_WORDS, ROLE_WORDS, SENIORITY_WORDS
from careervp.vocabulary.people import is_person_noun

_WORD = re.compile(r"[A-Za-z][A-Za-z.'&/-]*")


def _words(text: str) -> list[str]:
    return [w.lower().strip(".,'") for w in _WORD.findall(text)]


_GRADE_NUMERAL = re.compile(r"i{1,3}|iv|vi{0,3}|ix|x")


def title_score(text: str, *, plurals: bool = True) -> int:
    """How much a segment reads like a job title; `plurals`: count role nouns in the plural ("Sales Negotiators")."""
    # "Designer-maker", "Owner-operator": a joined title is headed by its last part
    words = [w.rsplit("-", 1)[-1] if "-" in w.strip("-") and w not in ROLE_WORDS else w for w in _words(text)]
    if len(words) > 1 and _GRADE_NUMERAL.fullmatch(words[-1]):
        words = words[:-1]  # "Personal Banker II", "Teller III": the grade follows the title's head noun
    score = 0
    for index, word in enumerate(words):
        plural = word not in ROLE_WORDS and word not in ORG_WORDS and word.rstrip("s") in ROLE_WORDS
        if not plurals and (plural or _plural_person(word)):
            continue
        base = word.rstrip("s") if plural else word
        # The last word of the title, before a comma, a date or the end: "Sales Negotiator, Spring 2016".
        head = index == len(words) - 1 or not words[index + 1].isalpha() or f"{word}," in text.casefold()
        if base in ROLE_WORDS or AGENT_NOUN.fullmatch(word) or (head and is_person_noun(word)):
            score += 3 + (1 if index == len(words) - 1 else 0)
        elif word in SENIORITY_WORDS:
            score += 1
    if re.search(r"\b(?:vp|vice president|director|head) of\b", text, re.IGNORECASE):
        score += 2
    return score


def _plural_person(word: str) -> bool:
    """ "opticians", "surveyors": people in the plural, as a firm names itself by its trade."""
    single = word[:-1]
    return word.endswith("s") and bool(AGENT_NOUN.fullmatch(single) or is_person_noun(single))


# A ship named by its prefix ("F/V Polar Star", "MV Island Lord", "RRS Discovery"): on a seafarer's CV, the employer.
_VESSEL = re.compile(r"(?:[FMRS]/[VY]|[FMR]V|MY|SV|HMC?S|HMAS|USN?S|RRS|M/T)\s+[A-Z]")


def employer_score(text: str) -> int:
    """How much a segment reads like an organisation's name."""
    words = _words(text)
    if not words:
        return 0
    score = 3 if _VESSEL.match(text.strip()) else 0
    if words[-1] in COMPANY_SUFFIXES or words[-1] + "." in COMPANY_SUFFIXES:
        score += 4
    if words[-1] in ORG_WORDS:
        score += 3  # the head noun: "... Health Systems", "... High School"
    if not any(w in ROLE_WORDS or w.rstrip("s") in ROLE_WORDS for w in words):
        score += sum(1 for w in words[:-1] if w in ORG_WORDS)  # "Software" in "Software Engineer" is no employer
    if "&" in text and len(words) <= 4:
        score += 1
    if re.search(r"\.(?:com|io|ai|co|org|net)\b", text, re.IGNORECASE):
        score += 2
    if re.fullmatch(r"[A-Z0-9&]{2,6}", text.strip()):
        score += 1
    return score
