"""A job's line written as a note rather than a sentence, said as what the work took in.

CVs in trades and shift work are often written in shorthand: "31 rapid charger connections, 3ph services up to
200A", "4 sites, 48 x 11kV terminations, DC cabling support". No verb can be put before such a note without guessing
what the candidate did, but the note says what the work was, so the letter says exactly that: "my work included 31
rapid charger connections, ...". A note is said only when it reads as a list of things: a label ("Tools: ..."), a
heading, a clause with its own verb or a second sentence is left to the other readings or left out. A note with no
figure is said when its phrases name tasks or the things worked on ("Sash repairs, glazing bars, putty work"),
never a post or a thing held.
"""

from __future__ import annotations

import re

from careervp.logic.text import STOPWORDS
from careervp.logic.writers.grammar import is_finite_clause
from careervp.logic.writers.labels import names_a_held_thing
from careervp.logic.writers.modifiers import with_determiner
from careervp.logic.writers.shapes import Shape, shape_of
from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.people import is_person_noun

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
    if not _FEWEST_WORDS <= len(words) <= _MOST_WORDS or _NOT_A_NOTE.search(text):
        return None
    if text.count("(") != text.count(")") or is_finite_clause(text) or _opens_with_verb(words[0]):
        return None  # a clause, or a verb-led line another reading says (or rightly leaves out)
    opening = words[0].casefold().strip(",;:")
    if words[0][:1].isupper() and not getAllLemmas(opening) and not _known_plural(opening):
        return None  # "Westgate Apprentice of the Year 2015": a name (an award, a product), not a piece of work
    if len(words) > 1 and words[1][:1].isupper() and not words[1].isupper() and words[1].isalpha():
        return None  # "One Aldgate Square (14 floors)", "3 Kingsway sites": a name, a site or an address first
    if words[0].casefold() in _NOT_WORK_OPENERS or set(getAllLemmas(words[0].casefold())) == {"ADV"}:
        return None  # "Zero lost-time injuries", "Also portrait sessions": an outcome or an aside, not the work
    if "/" in text.replace("24/7", "") or any(_unknown(word) for word in words):
        return None  # "1,100 brls", "20 sessions/yr", "reactive maint.": shorthand a reader would have to decode
    if re.search(r"\bas\s+(?:an?\s+)?[A-Z]", text):
        return None  # "Trade test as a Glazier (Class 2)": a post named in passing, which the letter would claim
    if shape_of(text) in _NOT_A_LIST_OF_WORK:
        return None  # "Release 18,000 pheasants": an order, said as "I release ..." or not at all
    if _RESULT_FIRST.match(text) or _names_a_post(text):
        return None  # "62% win rate", "0 recordable incidents": a result; "Shift lead for 9 porters": a post
    if not re.search(r"\d", text):
        if not _names_work(text):
            return None
        text = _LAST_COMMA.sub(" and ", text) if " and " not in text and " or " not in text else text
    note = text if re.match(r"[A-Z]{2}|\d", text) else text[:1].lower() + text[1:]
    verb = "includes" if ongoing else "included"
    return f"My work {with_determiner(f'{verb} {note}')}."  # "a caseload of 40": the article a CV drops


_LAST_COMMA = re.compile(r",\s+(?=[^,]+$)")


def _names_work(text: str) -> bool:
    """A note with no figure is said when it reads as the work itself: noun phrases naming tasks or the things worked
    on ("Sash repairs, glazing bars, putty work on listed windows"), not a post, a thing held or a label ("Volunteer
    driver for the food bank", "Full clean licence")."""
    if shape_of(text) not in (Shape.NOUN_PHRASE, Shape.GERUND_PHRASE) or names_a_held_thing(text):
        return False
    first_phrase = re.split(r"[,(]|\s(?:and|or|for|on|in|at|with|of|via|to|from|by|under)\s", text, maxsplit=1)[0]
    return not re.search(r"\b[A-Z]{2,}\b", first_phrase)  # "Orbit CAD via radio": a system's name, not the work


_RESULT_FIRST = re.compile(r"^(?:[\d.,]+\s?%|0\s|average\b|avg\b)", re.IGNORECASE)
"""A note that opens with a share, a zero or an average states a result, which "my work included" garbles."""


def _names_a_post(text: str) -> bool:
    """Whether a note's first phrase ends on a person ("Shift coordinator twice a month", "Category 2 checker for 3
    designers", "Head of Year 9"): a post held, which "my work included" would turn into a thing."""
    first_part = re.split(r"[,:(]|\s(?:and|or|for|on|in|at|with|of|to|from|by|under|since)\s", text, maxsplit=1)[0]
    words = [w.strip("()") for w in first_part.split()]
    return any(is_person_noun(word) for word in words) or (bool(words) and words[0].casefold() in {"head", "one"})


_NOT_A_LIST_OF_WORK = frozenset({Shape.ORDER, Shape.PAST_VERB_PHRASE, Shape.ADJECTIVE_PHRASE, Shape.CLAUSE})
"""What "My work includes {note}" cannot take: the note must name the work (things, counted), not do it or be it."""
_NOT_WORK_OPENERS = frozenset({"zero", "no", "nil", "none", "also", "plus", "incl", "including"})


def _unknown(word: str) -> bool:
    """A lower-case word no dictionary knows, nor its hyphenated parts: an abbreviation ("prod", "togs", "maint")."""
    clean = word.strip(".,;:()'\"")
    if not clean.isalpha() or not clean.islower() or clean in STOPWORDS:
        return False  # figures, codes, names and initialisms are read as written
    if len(clean) >= _LONGEST_SHORTHAND + 1 or _known_plural(clean):
        return False  # "titration", "appraisals": a word the dictionary lacks, too long to be a clipped one
    return not getAllLemmas(clean) and not all(getAllLemmas(part) for part in clean.split("-"))


_LONGEST_SHORTHAND = 7
"""Letters in the longest clipped word a CV uses ("maint", "subbies"); a longer unknown word is a real one."""


def _known_plural(word: str) -> bool:
    return word.endswith("s") and bool(getAllLemmas(word[:-1]))


def _opens_with_verb(word: str) -> bool:
    """ "Supervised", "Cleared", "Install": a word that is a verb and no noun opens an action, not a note."""
    lemmas = getAllLemmas(word.casefold())
    return "VERB" in lemmas and "NOUN" not in lemmas
