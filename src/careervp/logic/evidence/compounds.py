"""Short requirements of two topic words side by side: which of them names the thing asked.

"Forklift certification", "Oncology trial experience", "Anaqua administration": the first word names the thing, the
second the kind of thing, so a CV sharing only the kind ("certificate", "trial", "administration") has nothing of
it. An activity and its object ("supervising reporters") and words apart ("Right to work in Ireland") name no such
lead: a CV may share either word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careervp.logic.text import content_terms, matched_term_set, tokens
from careervp.vocabulary.lemmas import getAllLemmas


def compound_lead(text: str, terms: frozenset[str]) -> str:
    """The first word of a requirement made of two topic words side by side ("Forklift certification", "Oncology
    trial experience"): it names the thing asked. Not an activity and its object ("supervising reporters") nor two
    words apart ("Right to work in Ireland"), where either word may be the one a CV shares."""
    words = tokens(text)
    placed = [(i, term) for i, word in enumerate(words) for term in sorted(content_terms(word)) if term in terms]
    if len(placed) < 2 or placed[1][0] != placed[0][0] + 1 or not _names_a_thing(words[placed[0][0]]):
        return ""
    return placed[0][1]


def _names_a_thing(word: str) -> bool:
    """A noun, an adjective or a name no dictionary knows ("Anaqua"); not a verb ("supervising") or an adverb
    ("around")."""
    lemmas = getAllLemmas(word)
    return not word.endswith("ing") and (not lemmas or bool({"NOUN", "ADJ"} & lemmas.keys()))


def compound_nouns(text: str, terms: frozenset[str]) -> frozenset[str]:
    """The nouns that narrow a requirement whose topic is one run of three or more nouns and adjectives side by side
    ("avalanche" and "dog" in "Avalanche dog handler experience"): each picks the thing asked, so a CV sharing the
    others ("avalanche control", "toboggan handling") has not shown it. Words that may be adjectives ("commercial
    greenhouse production") only describe it. Not a run with an activity in it ("mentoring novice interpreters"),
    a name ("Bridge Design Specifications") or examples in brackets, where the CV may name one example rather than
    the kind."""
    if "(" in text:
        return frozenset()
    words = _WORD.findall(text)
    placed = [(i, term) for i, word in enumerate(words) for term in sorted(content_terms(word)) if term in terms]
    positions = sorted({i for i, _ in placed})
    if len(positions) < 3 or positions[-1] - positions[0] != len(positions) - 1:
        return frozenset()
    if any(not _lower_case(words[i], first=i == 0) or not _names_a_thing(words[i]) for i in positions):
        return frozenset()
    # The run's last noun names the kind of thing ("store", "deposits"), which a CV may word its own way ("music
    # retailer", "Carlin-type gold operation"); the nouns before it say which one.
    return frozenset(term for i, term in placed if i != positions[-1] and _plain_noun(words[i])) - _KINDS


_WORD = re.compile(r"[\w'’-]+")


def _lower_case(word: str, *, first: bool) -> bool:
    """A common word: lower case, or capitalised only as a requirement's first word."""
    return word.islower() or (first and word[:1].isupper() and word[1:].islower())


# Nouns that say what kind of thing is asked (a ticket, a programme, a team), not which: a CV names the thing itself.
_KINDS = frozenset(
    content_terms(
        """certification certificate licence license ticket card training qualification status accreditation
        endorsement registration course award programme program project projects team teams management work
        experience system systems software platform tools""",
        drop_generic=False,
    )
)


def unmentioned_noun(nouns: frozenset[str], cv_terms: Sequence[frozenset[str]]) -> bool:
    """Whether one of a requirement's narrowing `nouns` appears in none of the CV's facts: "Avalanche dog handler
    experience" for a CV that never mentions dogs shares "avalanche" and "handling", but not the thing asked."""
    if not nouns:
        return False
    return len(matched_term_set(nouns, frozenset().union(*cv_terms))) < len(nouns)


def _plain_noun(word: str) -> bool:
    lemmas = getAllLemmas(word)
    return "NOUN" in lemmas and "ADJ" not in lemmas and not word.endswith("ing")
