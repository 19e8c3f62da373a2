"""Who a greeting addresses: the people and groups ("Dear Hiring Team", "Dear Audition Panel", "Dear
Headteacher") around or instead of a company's name, so that only a name is read as the company addressed."""

from __future__ import annotations

import re

from careervp.logic.fvs.letter import NamePhrase
from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.letter_words import ROLE_HEADS

ADDRESSEE_WORDS = re.compile(
    r"\b(?:team|teams|hiring|recruit\w*|manager|managers|committee|colleagues|department|staff|director|lead|"
    r"partner|officer|coordinator|specialist|sir|madam|people|friends|panel|group|members|board|"
    r"search|selection|interview|appointments?|admissions?|review|leadership|management|administration|council|"
    r"trustees|personnel|faculty)\b",  # "Dear Members of the Search Committee", "Dear Clinical Leadership"
    re.IGNORECASE,
)


# "... and Selection Committee," "... and Members of the Board": a further addressee closes the greeting line.
ANOTHER_ADDRESSEE_AFTER = re.compile(
    r"\s*(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?" + ADDRESSEE_WORDS.pattern + r"[^\n.]{0,40}[,:]?\s*$",
    re.IGNORECASE,
)


def compound_role(text: str) -> bool:
    """One word closing on a role noun ("Headteacher", "Gamewarden", "Caseworker"): a person's post."""
    word = text.strip().casefold()
    return " " not in word and any(
        len(head) >= 5 and word.endswith(head) and len(word) - len(head) >= 3 for head in ROLE_HEADS
    )


def names_an_activity(text: str) -> bool:
    """One word that English uses both as a noun and as a verb ("audition", "interview", "tender"): the task a
    panel or board meets for, where a company's name would stand."""
    lemmas = getAllLemmas(text.strip().casefold())
    return " " not in text.strip() and "NOUN" in lemmas and "VERB" in lemmas


def without_addressee(phrase: NamePhrase) -> tuple[int, int] | None:
    """ "Pinecrest Software Hiring Team" -> the span of "Pinecrest Software"; None when nothing names a company."""
    words = list(re.finditer(r"\S+", phrase.text))
    while words and (
        ADDRESSEE_WORDS.fullmatch(words[-1].group(0).strip(",."))
        or words[-1].group(0).casefold().strip(",.") in ROLE_HEADS
    ):
        words.pop()  # "... Nurse Recruitment Team", "... Talent Acquisition Manager"
    if not words or any(ADDRESSEE_WORDS.fullmatch(w.group(0)) for w in words):
        return None
    return phrase.start + words[0].start(), phrase.start + words[-1].end()
