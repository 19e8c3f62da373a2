"""Words at the start of a CV line that look like verbs and are not done by the writer as written.

Two classes: a noun the number after it labels ("Grade 7+ from 14% to 21%", "Summer 2022 charter season", "Year 10
to 11"), which is no verb at all, and a verb of being chosen ("promoted to Charge Nurse", "seconded to the regional
team"), which the CV writes without its "was".
"""

from __future__ import annotations

import re

from careervp.logic.text import word_set
from careervp.vocabulary.lemmas import getAllLemmas

NUMBERED_NOUN = re.compile(
    r"^\S+\s+(?:(?:19|20)\d\d(?:/\d\d)?\b|\d+(?![.,]\d)\+?(?:\s+(?:from|to|in|at|on|of|for|and|or)\s|\s*$|\s*[,;:]))"
)
"""A word followed by a year or by a number that counts nothing ("Year 10 to", "Band 6,"): the number labels it. A
number with its thousands set off ("18,000 birds") counts something."""


def names_a_numbered_thing(clause: str) -> bool:
    """Whether a clause opens with a noun the number after it labels ("Grade 7+ from 14%", "Summer 2022 season")
    rather than with a verb and its count ("Train 4 bakers")."""
    first = clause.split()[0].casefold() if clause.split() else ""
    lemmas = getAllLemmas(first)
    past = first not in lemmas.get("VERB", (first,))  # "Won 3 of 4 tenders": a past verb and its count
    return NUMBERED_NOUN.match(clause) is not None and "NOUN" in lemmas and not past


CHOSEN = word_set(
    """promote appoint nominate select elect second shortlist invite name award commission recruit headhunt transfer
    redeploy assign choose"""
)
"""Verbs of being chosen: a CV's "promoted to Charge Nurse" is passive, said "was promoted to" after "I"."""


DETERMINERS = word_set("a an the my our their his her its this that these those every each all")
_HELD_HEADS = word_set("licence license certificate certification card ticket permit badge registration diploma degree")
"""What a person holds, never answers for: "responsible for a full UK driving licence" says nothing true."""
_LABEL_WORDS = 6


def names_a_held_thing(line: str) -> bool:
    """Whether a line is the label of a thing held ("Full clean licence, C1 + D1", "Enhanced DBS certificate"): a
    short phrase ending on a licence, card or certificate, with no determiner, so no verb of its own ("Enhanced" is
    the certificate's grade, not work done); "Renewed the site's licence" is work."""
    named = re.split(r"\s*[(,;:–—]", line, maxsplit=1)[0].split()
    return (
        0 < len(named) <= _LABEL_WORDS
        and named[-1].casefold() in _HELD_HEADS
        and not any(word.casefold() in DETERMINERS for word in named)
    )
