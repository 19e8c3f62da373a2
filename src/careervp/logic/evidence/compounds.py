"""Short requirements of two topic words side by side: which of them names the thing asked.

"Forklift certification", "Oncology trial experience", "Anaqua administration": the first word names the thing, the
second the kind of thing, so a CV sharing only the kind ("certificate", "trial", "administration") has nothing of
it. An activity and its object ("supervising reporters") and words apart ("Right to work in Ireland") name no such
lead: a CV may share either word.
"""

from __future__ import annotations

from careervp.logic.text import content_terms, tokens
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
