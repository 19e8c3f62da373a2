"""Names a letter gives near the target company's: a part of it named by the work it does ("Dear Patient Services
Team"), and a mention that leaves out a word from inside its name ("Kestle County Sheriff's Office" for "Kestle Vale
County Sheriff's Office" names another body, however close the spelling). Words that only say what kind of
organisation it is or describe it ("Ashgrove & Tarn Trust" for "Ashgrove & Tarn Academies Trust", "Castlemoor
Hospital" for "Castlemoor Private Hospital") may be left out."""

from __future__ import annotations

import re

from careervp.logic.fvs.sources import Sources
from careervp.vocabulary import company_tokens
from careervp.vocabulary.cv_structure import ORG_WORDS as CV_ORG_WORDS
from careervp.vocabulary.lemmas import getAllLemmas
from careervp.vocabulary.letter_words import ORG_WORDS

_KIND_WORDS = ORG_WORDS | CV_ORG_WORDS | {"and", "of", "the", "for", "at", "in", "on"}


def _says_the_kind(word: str) -> bool:
    """A word for an organisation ("Academies") or a describing word ("Private", "Regional"), not a name."""
    singulars = {word, word.removesuffix("s"), word.removesuffix("ies") + "y"}
    return bool(singulars & _KIND_WORDS) or "ADJ" in getAllLemmas(word)


def drops_a_name_word(mention: str, official: str) -> bool:
    """Whether `mention` is `official` with a distinctive word missing from between words it keeps."""
    said, name = company_tokens(mention), company_tokens(official)
    if len(said) < 2 or len(said) >= len(name) or said[0] != name[0]:
        return False
    kept: list[int] = []
    for position, word in enumerate(name):
        if len(kept) < len(said) and said[len(kept)] == word:
            kept.append(position)
    if len(kept) < len(said):
        return False  # a word the name does not have: not a shortening of it
    skipped = [name[i] for i in range(kept[-1]) if i not in kept]
    return any(not _says_the_kind(word) for word in skipped)


def swaps_a_name_word(mention: str, official: str) -> bool:
    """Whether `mention` is `official` with one word inside it replaced by another ("Pennine Patient Transport" for
    "Pennine Medical Transport"): the same first and last words around a word the name does not have."""
    said, name = (company_tokens(re.sub(r"['’]s\b", "", n)) for n in (mention, official))  # "Acme's" is Acme
    if len(said) < 3 or len(said) != len(name) or said[0] != name[0] or said[-1] != name[-1]:
        return False
    changed = [i for i, (a, b) in enumerate(zip(said, name, strict=True)) if a != b]
    return len(changed) == 1 and said[changed[0]] not in name


_UNIT_NOUNS = frozenset(
    {"services", "service", "department", "dept", "division", "unit", "office", "program", "programme", "centre",
     "center", "clinic", "operations", "desk", "function", "practice", "resources", "talent", "acquisition"}
)  # fmt: skip


def is_department(name: str, sources: Sources) -> bool:
    """ "Dear Patient Services Hiring Team": a part of the company named by the work it does, in words the posting
    uses as common nouns ("our clinical nutrition team"), and a word for a unit. Another company's name is made of
    words the posting does not use that way."""
    words = [w.casefold() for w in re.findall(r"[A-Za-z][\w'’-]*", name)]
    if not words or words[-1] not in _UNIT_NOUNS:
        return False
    return all(word in _UNIT_NOUNS or word in sources.posting_common_words for word in words)
