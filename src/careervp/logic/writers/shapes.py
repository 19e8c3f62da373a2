"""The grammatical shape of a CV or posting fragment, read before a frame takes it.

A frame is complete grammar around a slot, and the slot takes one shape of phrase: "I feel most at home in {topic}"
a noun phrase or a gerund phrase, "I hold {credential}" a noun phrase, "I {vp}" a verb phrase. A fragment of another
shape makes a broken sentence ("My work covers known for a consistent regime", "I hold PIA accredited", "You're
also looking for leading"), so each fragment is classified first and a frame refuses any shape it does not declare.

Word classes and verb forms come from lemminflect's dictionary (`vocabulary.lemmas`), not from word lists: a word's
parts of speech, whether it is its own base form, and whether it is the past, participle or "-ing" form of a verb.
What a dictionary cannot say (a determiner, a preposition) is the closed class of English function words.
"""

from __future__ import annotations

import enum
import re
from functools import lru_cache

from careervp.logic.text import word_set
from careervp.vocabulary.lemmas import getAllInflections, getAllLemmas


class Shape(enum.Enum):
    NOUN_PHRASE = "noun phrase"
    """ "crisis intervention", "the weekly rota", "HACCP Level 3", "a portfolio of published stories"."""
    GERUND_PHRASE = "gerund phrase"
    """ "managing the rota", "running clinics", "planning and leading drives"."""
    ORDER = "order"
    """A verb in its base form and what it acts on, with no subject: "line manage 7 staff", "release 18,000 birds"."""
    PAST_VERB_PHRASE = "past verb phrase"
    """A verb in the past and what it acts on, with no subject: "led the migration"."""
    CLAUSE = "clause"
    """A subject and a finite verb of its own: "jailing is a direct-supervision facility"."""
    ADJECTIVE_PHRASE = "adjective phrase"
    """A quality or a state: "known for a consistent regime", "keen on wild birds", "PIA accredited", "analytical"."""
    MEASURE = "measure"
    """A measure's name and its value: "peak throughput 140,000 lb"."""
    OTHER = "other"
    """Nothing a frame can take: a mix of shapes ("planning drives and run shoot days"), a bare word, notation."""


NOUN_SLOT = frozenset({Shape.NOUN_PHRASE, Shape.GERUND_PHRASE})
"""What a slot naming work takes: "at home in {x}", "responsible for {x}", "My work covers {x}"."""
THING_SLOT = frozenset({Shape.NOUN_PHRASE})
"""What a slot naming a thing takes: "I hold {x}"."""

_DETERMINERS = word_set(
    "a an the my our your their his her its this that these those each every all both some any no several"
)
_PREPOSITIONS = word_set(
    """of for on in at to from with by about as into onto across within under over through during per via among
    between around against towards toward beyond including"""
)
_COORDINATION = re.compile(r",\s+as well as\s+|,\s+(?:and|or)\s+|\s+(?:and|or|&)\s+|,\s+")
_COORDINATORS = word_set("and or nor but &")
_QUALITY_LINKS = frozenset({"on", "about", "to", "with"})
"""What follows a word that is a noun as well as an adjective when it is a quality: "keen on", "key to"; "record
of" and "chief of" are nouns."""
_AUXILIARIES = word_set("am is are was were be been being has have had do does did will would can could")
_FIGURE = re.compile(r"^[~$£€]?\d")
_CUT = re.compile(r"\s+[–—-]\s+|\s*[(:;]")
"""Where a fragment's own phrase ends: a dash, a bracket, a colon (what follows is a note on it)."""


def shape_of(fragment: str) -> Shape:
    """The shape of `fragment`, read from its first phrase (before a dash, bracket or colon) and, for a noun phrase,
    from the head of every coordinated part."""
    phrase = _CUT.split(fragment.strip(), maxsplit=1)[0].strip(" ,.")
    words = phrase.split()
    if not words:
        return Shape.OTHER
    counted = len(words) > 1 and _FIGURE.match(words[1]) is not None  # "over 200 samples": a count, not a place
    if _low(words[0]) in _COORDINATORS or (_low(words[0]) in _PREPOSITIONS and not counted):
        return Shape.OTHER  # "and developing a team": a fragment cut after its first part
    if _has_finite_verb(words[1:]):
        return Shape.CLAUSE
    opening = _opening(words)
    if opening is not None:
        return opening
    parts = [p.split() for p in _COORDINATION.split(phrase) if p.strip()]
    shapes = {_part_shape(part) for part in parts}
    if shapes <= NOUN_SLOT and Shape.NOUN_PHRASE in shapes:
        return Shape.NOUN_PHRASE
    if len(shapes) == 1:
        return shapes.pop()
    return Shape.OTHER


def fits(fragment: str, accepted: frozenset[Shape]) -> bool:
    return shape_of(fragment) in accepted


def _opening(words: list[str]) -> Shape | None:
    """The shape its first word gives a fragment, when that word decides it: a verb form, or a quality."""
    first, second = _low(words[0]), _low(words[1]) if len(words) > 1 else ""
    if first in _DETERMINERS or _FIGURE.match(first):
        return None  # a noun phrase, read by its head
    if is_gerund(first):
        return _gerund_shape(words)
    if is_past(first) and second and second not in _PREPOSITIONS and "NOUN" not in getAllLemmas(first):
        participles = _forms(first, "VBN")  # lemminflect lists them for irregular verbs only ("ran" -> "run")
        if (participles and first not in participles) or second in _DETERMINERS or _FIGURE.match(second):
            return Shape.PAST_VERB_PHRASE  # "ran the mill", "led 12 bakers"; "known for ..." is a state, below
        return None  # "integrated pest management", "cured meats": a participle modifying a noun
    if is_participle(first) and (not second or second in _PREPOSITIONS):
        return Shape.ADJECTIVE_PHRASE  # "known for a consistent regime", "qualified in ..."
    lemmas = getAllLemmas(first)
    if "ADJ" in lemmas and (not second or second in (_QUALITY_LINKS if "NOUN" in lemmas else _PREPOSITIONS - {"of"})):
        return Shape.ADJECTIVE_PHRASE  # "keen on wild grey partridges", "comfortable with nights"
    if is_base_verb(first) and second and (verb_only(first) or _acts_on(words[1:], "NOUN" in lemmas)):
        return Shape.ORDER  # "release 18,000 pheasants", "supervise the night shift"
    compound = "NOUN" in lemmas and len(words) > 2 and verb_only(second) and second == _base(second)
    if compound and _acts_on(words[2:], False):
        return Shape.ORDER  # "line manage 7 staff", "risk assess the site": a compound verb
    return None


def _gerund_shape(words: list[str]) -> Shape:
    """A fragment opening with an "-ing" form: an activity ("mentoring", "managing the rota"); "reporting writing",
    two activities run together, is none. (Whether "leading" alone says enough depends on what it was cut from:
    the plan judges that.)"""
    if len(words) == 1:
        return Shape.GERUND_PHRASE
    second, third = _low(words[1]), _low(words[2]) if len(words) > 2 else ""
    if is_gerund(second) and (not third or third in _PREPOSITIONS):
        return Shape.OTHER  # "reporting writing to HER standards": two activities run together
    later = [part.split() for part in _COORDINATION.split(" ".join(words))[1:] if part.strip()]
    if any(is_base_verb(_low(part[0])) and not is_gerund(_low(part[0])) for part in later):
        return Shape.OTHER  # "planning drives and run shoot days": an order coordinated with a gerund
    return Shape.GERUND_PHRASE


def _part_shape(words: list[str]) -> Shape:
    """One coordinated part of a fragment that opens with no verb: a noun phrase when its head (the word before its
    first preposition or figure) can be a noun."""
    if not words:
        return Shape.OTHER
    opening = _opening(words)
    if opening is not None:
        return opening
    head: list[str] = []
    for word in words:
        if _low(word) in _PREPOSITIONS and head:
            break
        if _FIGURE.match(word) and head and head[-1][:1].islower() and _low(head[-1]) not in _DETERMINERS:
            return Shape.MEASURE  # "peak throughput 140,000 lb": a name and its value ("Level 3" is a name)
        head.append(word)
    last = head[-1].strip(",.;:'\"")
    if _low(last) in _DETERMINERS or _low(last) in _PREPOSITIONS:
        return Shape.OTHER
    if _names_a_thing(last):
        return Shape.NOUN_PHRASE
    return Shape.ADJECTIVE_PHRASE if _is_quality(_low(last)) else Shape.OTHER


def _names_a_thing(word: str) -> bool:
    """A word that can head a noun phrase: a noun, a name or code the dictionary lacks ("HACCP", "Breww", "CS30"),
    or a gerund used as a noun ("stalking")."""
    low = _low(word)
    if not low.isalpha() or word[:1].isupper() or not getAllLemmas(low):
        return not _is_quality(low)
    return "NOUN" in getAllLemmas(low) or is_gerund(low)


def _is_quality(low: str) -> bool:
    """An adjective or a participle standing where a noun should ("analytical", "accredited")."""
    lemmas = getAllLemmas(low)
    return ("ADJ" in lemmas and "NOUN" not in lemmas) or (is_participle(low) and "NOUN" not in lemmas)


def _acts_on(rest: list[str], also_noun: bool) -> bool:
    """Whether the words after a verb read as its object: a figure or a determiner; for a word that is no noun as
    well, a plural or a preposition too ("supervise staff", "liaise with"; but "gin recipes", "chain of custody")."""
    word = _low(rest[0]) if rest else ""
    if not word:
        return False
    if _FIGURE.match(word) or word in _DETERMINERS:
        return True
    if also_noun:
        return False
    if word in _PREPOSITIONS:
        return word != "of"
    nouns = getAllLemmas(word, upos="NOUN").get("NOUN", ())
    return bool(nouns) and nouns[0] != word  # a plural: "release pheasants"


def _has_finite_verb(words: list[str]) -> bool:
    """An auxiliary after the first word: the fragment has a subject and a verb of its own."""
    return any(_low(w) in _AUXILIARIES for w in words)


@lru_cache(maxsize=4096)
def _forms(word: str, tag: str) -> frozenset[str]:
    return frozenset(f for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()) for f in
                     getAllInflections(lemma, upos="VERB").get(tag, ()))  # fmt: skip


def is_gerund(word: str) -> bool:
    return word.endswith("ing") and word in _forms(word, "VBG")


def is_past(word: str) -> bool:
    return word in _forms(word, "VBD") and word != _base(word)


def is_participle(word: str) -> bool:
    """The past participle of a verb ("known", "accredited"), spelt otherwise than its base."""
    return (word in _forms(word, "VBN") or word in _forms(word, "VBD")) and word != _base(word)


def is_base_verb(word: str) -> bool:
    """A verb in its base form that is no adjective ("release", "supervise"; not "complete" before a noun)."""
    return word == _base(word) and bool(getAllLemmas(word, upos="VERB")) and "ADJ" not in getAllLemmas(word)


def verb_only(word: str) -> bool:
    return set(getAllLemmas(word)) == {"VERB"}


def _base(word: str) -> str:
    verbs = getAllLemmas(word, upos="VERB").get("VERB", ())
    return verbs[0] if verbs else word


def _low(word: str) -> str:
    return word.casefold().strip(",.;:()'\"")
