"""CV lines whose first word looks like a verb but modifies the noun after it, and the article a counted noun needs.

CVs drop articles, so a line's shape, not its words alone, says whether its first word is a verb:
- a participle before a bare singular noun naming a person names a post ("Qualified paramedic on ...", "Accredited
  Practice Educator since 2019"), not something done to one;
- a participle that is also an adjective, before a bare singular noun and "of", heads a noun phrase ("Mixed caseload
  of 40 clients");
- a participle joined by "and" to a word that is only an adjective modifies what follows ("Planned and reactive
  maintenance");
- a participle that opens a term its bracketed initials spell ("Controlled environment agriculture (CEA) ...") is
  part of the term's name.
"""

from __future__ import annotations

import re

from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.people import is_person_noun

_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "their", "his", "her", "its", "this", "that", "these",
                          "those", "each", "every", "all", "own"})  # fmt: skip
_PHRASE_END = re.compile(r"\s*(?:[,;:(]|\s[—–-]\s|\b(?:for|of|in|at|on|with|since|to|across|during|from|by)\b|$)")


def modifies_noun(word: str, rest: str) -> bool:
    """Whether the participle `word` (the line's first word, lower case) modifies the noun phrase `rest` opens with,
    so that the line is a noun phrase and "I <word> ..." would garble it."""
    rest = rest.strip()
    words = rest.split()
    if not words:
        return False
    following = words[0].strip(",.;:").casefold()
    if following in _DETERMINERS or not following[:1].isalpha():
        return False  # "Trained 4 apprentices", "Managed the rota": a verb and its object
    return (
        _names_a_post(rest)
        or _heads_a_count(word, following, words)
        or joins_an_adjective(rest)
        or _spelt_by_initials(word, rest)
    )


def _names_a_post(rest: str) -> bool:
    """ "farrier on a round of ...", "Training Farrier since 2023": a bare noun phrase ending on a person noun in the
    singular."""
    end = _PHRASE_END.search(rest)
    phrase = (rest[: end.start()] if end else rest).split()
    return 0 < len(phrase) <= _POST_WORDS and is_person_noun(phrase[-1].strip(",.;:"))


_POST_WORDS = 3


def _heads_a_count(word: str, following: str, words: list[str]) -> bool:
    """ "Mixed round of c. 280 horses": an adjective reading and a bare singular noun before "of"."""
    if "ADJ" not in getAllLemmas(word) or len(words) < 2 or words[1].casefold() != "of":
        return False
    nouns = getAllLemmas(following, upos="NOUN").get("NOUN", ())
    return bool(nouns) and nouns[0] == following


def joins_an_adjective(rest: str) -> bool:
    """ "and intermittent observations", "and partial dentures": the line's first word, whatever its form, is one of
    two modifiers of the noun after them."""
    words = rest.split()
    if len(words) < 3 or words[0].casefold() != "and":
        return False
    partner = getAllLemmas(words[1].strip(",.;:").casefold())
    return "ADJ" in partner and "VERB" not in partner


def _spelt_by_initials(word: str, rest: str) -> bool:
    """ "Managed pressure drilling (MPD)": the brackets spell the initials of the words before them, the first one
    included, so the first word is part of a name."""
    found = re.match(r"((?:[A-Za-z][\w-]*\s+){1,4})\(([A-Z]{2,6})\)", rest)
    if found is None:
        return False
    return "".join(w[0] for w in [word, *found.group(1).split()]).upper() == found.group(2)


_COUNTED = re.compile(r"^(\S+\s+)([a-z]+)(\s+of\s+(?:c\.\s*|about\s+|around\s+|over\s+|up to\s+|~)?\d)")


def with_determiner(phrase: str) -> str:
    """A verb's object with the determiner a CV line drops: "run gang of 4 on ..." -> "run a gang of 4 on ..." (a
    bare singular count noun quantified by "of <number>"), "made own bar shoes" -> "made my own bar shoes"."""
    phrase = re.sub(r"^(\S+\s+)own\b", r"\1my own", phrase)
    found = _COUNTED.match(phrase)
    if found is None:
        return phrase
    noun = found.group(2)
    nouns = getAllLemmas(noun, upos="NOUN").get("NOUN", ())
    if not nouns or nouns[0] != noun or noun in _DETERMINERS:
        return phrase  # "ran teams of 4": a plural counts itself
    article = "an" if noun[:1] in "aeiou" else "a"
    return f"{found.group(1)}{article} {noun}{found.group(3)}{phrase[found.end() :]}"
