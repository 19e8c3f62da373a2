"""One reading of a letter, shared by the checker (FVS) and the scorer: its sentences (with offsets, as FVS reads
them, and as prose, as the scorer reads them), words, quantities and name tokens, each derived once per letter text.

A generation checks a letter, repairs it, checks it again and scores it; every step asks the same questions of the
same text. `analyse_letter` hands each of them the same `AnalysedLetter`, so a question asked twice costs a lookup.
Everything here is derived from the text alone and never changed once derived.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from careervp.logic.numbers import Quantity
from careervp.logic.text import content_term_set, quantities_in, skills_in, split_sentences, word_count
from careervp.vocabulary import company_tokens, normalize_title

if TYPE_CHECKING:
    from careervp.logic.fvs.letter import Letter


@dataclass(frozen=True, eq=False)
class AnalysedLetter:
    text: str

    @cached_property
    def reading(self) -> Letter:
        """The letter as FVS reads it: sentences with offsets, the body between greeting and sign-off."""
        from careervp.logic.fvs.letter import Letter  # the checker imports this module: its reader comes when asked

        return Letter(self.text)

    @cached_property
    def sentences(self) -> tuple[str, ...]:
        """Prose sentences, as the writer and the scorer count them."""
        return tuple(split_sentences(self.text))

    @cached_property
    def sentence_words(self) -> tuple[int, ...]:
        return tuple(word_count(s) for s in self.sentences)

    @cached_property
    def sentence_terms(self) -> tuple[frozenset[str], ...]:
        return tuple(content_term_set(s) for s in self.sentences)

    @cached_property
    def sentence_quantities(self) -> tuple[tuple[Quantity, ...], ...]:
        return tuple(quantities_in(s) for s in self.sentences)

    @cached_property
    def sentence_title_words(self) -> tuple[list[str], ...]:
        return tuple(normalize_title(s).split() for s in self.sentences)

    @cached_property
    def words(self) -> int:
        return word_count(self.text)

    @cached_property
    def quantities(self) -> tuple[Quantity, ...]:
        return quantities_in(self.text)

    @cached_property
    def skills(self) -> tuple[tuple[str, tuple[int, int]], ...]:
        return skills_in(self.text)

    @cached_property
    def company_tokens(self) -> list[str]:
        return company_tokens(self.text)

    @cached_property
    def title_words(self) -> list[str]:
        return normalize_title(self.text).split()


@lru_cache(maxsize=32)
def analyse_letter(text: str) -> AnalysedLetter:
    """The shared reading of `text`: the same object for every check of the same letter (a few letters are kept, so
    the retries and repairs of one generation, and concurrent generations, find theirs)."""
    return AnalysedLetter(text)
