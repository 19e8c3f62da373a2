"""A job's line written as a note rather than a sentence, said as what the work took in.

CVs in trades and shift work are often written in shorthand: "31 rapid charger connections, 3ph services up to
200A", "4 sites, 48 x 11kV terminations, DC cabling support". No verb can be put before such a note without guessing
what the candidate did, but the note says what the work was, so the letter says exactly that: "my work included 31
rapid charger connections, ...". Only notes with a figure are said (they are the evidence a reader looks for), and
only when they read as a list of things: a label ("Tools: ..."), a heading, a clause with its own verb or a second
sentence is left to the other readings or left out.
"""

from __future__ import annotations

import re

from careervp.logic.text import STOPWORDS
from careervp.logic.writers.grammar import is_finite_clause
from careervp.logic.writers.shapes import Shape, shape_of
from careervp.vocabulary.lemmas import getAllLemmas

_FEWEST_WORDS, _MOST_WORDS = 4, 30
_JOINERS = (
    (re.compile(r"\s\+\s"), " and "),
    (re.compile(r"\s&\s(?![A-Z])"), " and "),
    (re.compile(r"\bw/\s?"), "with "),
)
"""Shorthand joiners, in words: "ring reinforcement + LV network", "fault location w/ test van crew"; an ampersand
between capitalised words is part of a name ("Glazier & Fixer", "Hale & Sons") and stays as written."""
_NOT_A_NOTE = re.compile(r"^[^,(]{0,40}:\s|\s[–—|·•]\s|\s-\s|[.;!?]\s+\S|^\W|^(?:19|20)\d\d\b|\bI\b|[→↓↑×~]")
"""A label before a colon, a title line with dashes or dots, a line dated first, a second sentence, a first person,
signs that need reading."""


def work_note(line: str, *, ongoing: bool) -> str | None:
    """ "31 rapid charger connections, 3ph services up to 200A" -> "My work included 31 rapid charger connections,
    3ph services up to 200A."; None for a line that is not a note of work with a figure in it."""
    text = line.strip().rstrip(".")
    for pattern, joiner in _JOINERS:
        text = pattern.sub(joiner, text)
    words = text.split()
    if not _FEWEST_WORDS <= len(words) <= _MOST_WORDS or not re.search(r"\d", text) or _NOT_A_NOTE.search(text):
        return None
    if text.count("(") != text.count(")") or is_finite_clause(text) or _opens_with_verb(words[0]):
        return None  # a clause, or a verb-led line another reading says (or rightly leaves out)
    if words[0][:1].isupper() and not getAllLemmas(words[0].casefold()):
        return None  # "Westgate Apprentice of the Year 2015": a name (an award, a product), not a piece of work
    if len(words) > 1 and words[1][:1].isupper() and not words[1].isupper() and words[1].isalpha():
        return None  # "One Aldgate Square (14 floors)", "3 Kingsway sites": a name, a site or an address first
    if words[0].casefold() in _NOT_WORK_OPENERS or set(getAllLemmas(words[0].casefold())) == {"ADV"}:
        return None  # "Zero lost-time injuries", "Also portrait sessions": an outcome or an aside, not the work
    if "/" in text.replace("24/7", "") or any(_unknown(word) for word in words):
        return None  # "1,100 brls", "20 sessions/yr", "reactive maint.": shorthand a reader would have to decode
    if re.search(r"\bas\s+(?:an?\s+)?[A-Z]", text):
        return (
            None  # "Trade test as a Glazier (Class 2)": a post named in passing, which the letter would claim as held
        )
    if shape_of(text) in _NOT_A_LIST_OF_WORK:
        return None  # "Release 18,000 pheasants": an order, said as "I release ..." or not at all
    note = text if re.match(r"[A-Z]{2}|\d", text) else text[:1].lower() + text[1:]
    return f"My work {'includes' if ongoing else 'included'} {note}."


_NOT_A_LIST_OF_WORK = frozenset({Shape.ORDER, Shape.PAST_VERB_PHRASE, Shape.ADJECTIVE_PHRASE, Shape.CLAUSE})
"""What "My work includes {note}" cannot take: the note must name the work (things, counted), not do it or be it."""
_NOT_WORK_OPENERS = frozenset({"zero", "no", "nil", "none", "also", "plus", "incl", "including"})


def _unknown(word: str) -> bool:
    """A lower-case word no dictionary knows, nor its hyphenated parts: an abbreviation ("prod", "togs", "maint")."""
    clean = word.strip(".,;:()'\"")
    if not clean.isalpha() or not clean.islower() or clean in STOPWORDS:
        return False  # figures, codes, names and initialisms are read as written
    return not getAllLemmas(clean) and not all(getAllLemmas(part) for part in clean.split("-"))


def _opens_with_verb(word: str) -> bool:
    """ "Supervised", "Cleared", "Install": a word that is a verb and no noun opens an action, not a note."""
    lemmas = getAllLemmas(word.casefold())
    return "VERB" in lemmas and "NOUN" not in lemmas
