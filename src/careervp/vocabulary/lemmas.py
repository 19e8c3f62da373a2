"""lemminflect's look-ups, remembered: the writer and the checker ask about the same few thousand words for every
letter, and each answer from lemminflect is a fresh deep copy of its dictionary entry.

The functions keep lemminflect's names and arguments, so a module reads the same whichever it imports. Their
answers are shared between callers and read-only (a mapping proxy, or a tuple).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

import lemminflect

_WORDS = 16384
"""Distinct look-ups kept: the words of many CVs, postings and letters."""


@lru_cache(maxsize=_WORDS)
def getAllLemmas(word: str, upos: str | None = None) -> Mapping[str, tuple[str, ...]]:  # noqa: N802 (lemminflect's name)
    """Part of speech -> the word's lemmas as that part of speech, from lemminflect's dictionary ({} when none)."""
    return MappingProxyType(lemminflect.getAllLemmas(word, upos=upos))


@lru_cache(maxsize=_WORDS)
def getAllInflections(lemma: str, upos: str | None = None) -> Mapping[str, tuple[str, ...]]:  # noqa: N802
    """Penn tag -> the lemma's forms with that tag, from lemminflect's dictionary."""
    return MappingProxyType(lemminflect.getAllInflections(lemma, upos=upos))


@lru_cache(maxsize=_WORDS)
def getInflection(lemma: str, tag: str, inflect_oov: bool = True) -> tuple[str, ...]:  # noqa: N802
    """The lemma's forms with the Penn tag `tag` (a guess by rule for a word outside the dictionary, unless asked
    not to)."""
    return tuple(lemminflect.getInflection(lemma, tag=tag, inflect_oov=inflect_oov))


@lru_cache(maxsize=_WORDS)
def getLemma(word: str, upos: str, lemmatize_oov: bool = True) -> tuple[str, ...]:  # noqa: N802
    """The word's lemmas as the part of speech `upos` (a guess by rule outside the dictionary, unless asked not to)."""
    return tuple(lemminflect.getLemma(word, upos=upos, lemmatize_oov=lemmatize_oov))
