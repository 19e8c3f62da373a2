"""Readings of short texts asked again and again are remembered, and a remembered answer is the one worked out.

The template writer counts its drafts a hundred times per letter and the checker asks whether the same phrases name
a job; the title comparison normalises the official title and its short forms for every mention. Each memo is
checked against the plain function (its `__wrapped__`, or the unmemoised reading for long texts) on texts of the
shapes these callers pass, and a second ask of the same text is a lookup.
"""

from __future__ import annotations

import pytest

from careervp.logic.fvs import roles
from careervp.logic.fvs.roles import looks_like_title
from careervp.logic.text import word_count
from careervp.vocabulary import titles
from careervp.vocabulary.letter_words import ROLE_HEADS

_DRAFTS = [
    "",
    "Dear Hiring Team,",
    "I run a 12-bed ward - and I'd like to talk about it & more.",
    "Kind regards,\n\nMorgan Vale",
    "Skills: Excel, SQL; 5+ years — £40k budgets, 98% on time.",
    " \t\n ",
]


@pytest.mark.parametrize("text", _DRAFTS)
def test_a_remembered_word_count_is_the_count(text: str) -> None:
    assert word_count(text) == word_count.__wrapped__(text)
    assert word_count(text) == word_count.__wrapped__(text)


def test_counting_a_draft_again_is_a_lookup() -> None:
    draft = "I have led night shifts on a surgical ward for six years."
    word_count(draft)
    hits = word_count.cache_info().hits
    assert word_count(draft) == 12
    assert word_count.cache_info().hits == hits + 1


_PHRASES = [
    ("Senior Staff Nurse", ROLE_HEADS),
    ("the Harbour Trust", ROLE_HEADS),
    ("Lead Conservator", ROLE_HEADS | {"conservator"}),
    ("Conservator", ROLE_HEADS),
    ("Sr. QA Eng.", ROLE_HEADS),
    ("ecologist", ROLE_HEADS),
]


@pytest.mark.parametrize(("phrase", "heads"), _PHRASES)
def test_a_remembered_title_reading_is_the_reading(phrase: str, heads: frozenset[str]) -> None:
    assert looks_like_title(phrase, heads) == roles._looks_like_title(phrase, heads)


def test_the_heads_asked_with_are_part_of_the_question() -> None:
    assert not looks_like_title("Conservator", ROLE_HEADS)
    assert looks_like_title("Conservator", ROLE_HEADS | {"conservator"})
    assert not looks_like_title("Conservator")


def test_only_the_common_role_nouns_are_remembered() -> None:
    """A CV's own heads differ from letter to letter: answers asked with them are worked out, not kept."""
    roles._names_a_role.cache_clear()  # a cache other tests filled to its bound could not grow by one
    size = roles._names_a_role.cache_info().currsize
    looks_like_title("Lead Upholsterer, Cold Store Annex", ROLE_HEADS | {"upholsterer"})
    assert roles._names_a_role.cache_info().currsize == size
    looks_like_title("Lead Upholsterer, Cold Store Annex")
    assert roles._names_a_role.cache_info().currsize == size + 1


@pytest.mark.parametrize(
    "title",
    ["Sr. Backend Eng.", "Head of Operations & Finance", "FP&A Analyst", "Lead Tech", "Registered Nurse (Med-Surg)"],
)
def test_a_remembered_normalised_title_is_the_normalised_title(title: str) -> None:
    assert titles.normalize_title(title) == titles._normalize_title(title)


def test_a_long_text_is_normalised_without_being_kept() -> None:
    text = "Senior Engineer " * 20
    size = titles._memo_normalize_title.cache_info().currsize
    assert titles.normalize_title(text) == titles._normalize_title(text)
    assert titles._memo_normalize_title.cache_info().currsize == size
