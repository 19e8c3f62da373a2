"""lemminflect's look-ups remembered: the same answers as lemminflect for words of every kind (a verb, a noun that is
also a verb, an irregular past, a word outside the dictionary), shared read-only between callers."""

from __future__ import annotations

import lemminflect
import pytest

from careervp.vocabulary import lemmas

WORDS = ("surveyed", "audit", "oversaw", "glazing", "kestrelbrook", "Running", "data")


@pytest.mark.parametrize("word", WORDS)
def test_the_remembered_answers_are_lemminflects(word: str) -> None:
    for upos in (None, "VERB", "NOUN", "ADJ"):
        assert dict(lemmas.getAllLemmas(word, upos=upos)) == lemminflect.getAllLemmas(word, upos=upos)
        assert dict(lemmas.getAllInflections(word, upos=upos)) == lemminflect.getAllInflections(word, upos=upos)
    for oov in (True, False):
        assert lemmas.getLemma(word, upos="VERB", lemmatize_oov=oov) == tuple(
            lemminflect.getLemma(word, upos="VERB", lemmatize_oov=oov)
        )
        assert lemmas.getInflection(word, tag="VBD", inflect_oov=oov) == tuple(
            lemminflect.getInflection(word, tag="VBD", inflect_oov=oov)
        )


def test_an_answer_is_shared_and_cannot_be_changed_by_a_caller() -> None:
    first = lemmas.getAllLemmas("surveyed")
    assert lemmas.getAllLemmas("surveyed") is first
    with pytest.raises(TypeError):
        first["VERB"] = ("changed",)  # type: ignore[index]
    assert first["VERB"] == ("survey",)
