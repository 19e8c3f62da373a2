"""Names looked for in a text one by one (regions, licence names, a posting's terms): a name that is nowhere in the
text is passed over before any pattern is built for it, and a name that is there is found only as a word of its own."""

from __future__ import annotations

from careervp.logic.evidence.named import uses_name
from careervp.logic.fvs import timeline
from careervp.logic.writers.licences import written
from careervp.logic.writers.realise import misread_as_verb
from careervp.vocabulary.cv_structure import places_in
from careervp.vocabulary.titles import title_token_set, title_tokens


def test_regions_are_found_as_words_and_one_name_each() -> None:
    assert places_in("Licensed in Oregon and the U.S., relocating to Nova Scotia") == {
        "oregon",
        "united states",
        "nova scotia",
    }
    assert places_in("Ran the Arkansas depot") == {"arkansas"}  # not "kansas" inside it
    assert places_in("Kansas-based, then www.ohio.example") == {"kansas"}  # a dotted name is no place
    assert places_in("No region here at all") == frozenset()


def test_a_licence_name_stands_as_a_word_of_its_own() -> None:
    assert written("ENG1", "holds an eng1 certificate")
    assert not written("ENG1", "holds an eng12 certificate")
    assert not written("ENG1", "holds a/eng1 mark")
    assert not written("STCW", "holds an eng1 certificate")


def test_a_restated_responsibility_is_read_only_when_the_phrase_opens_with_it() -> None:
    # "Responsible person for ..." restated as "was responsible for responsible person ...": misread.
    assert misread_as_verb("Responsible person for site permits", "was responsible for responsible person permits")
    # The phrase opens otherwise: the line's word is never looked for after "responsible for".
    assert not misread_as_verb("Audited 40 site permits", "audited 40 site permits")


def test_a_dated_item_gives_the_year_written_right_after_its_name() -> None:
    line = "Pier 4 — 2019 Pier 7 – 2021 Pier 9: 03/2023"
    assert timeline._own_dates("Pier 7", line) == {2021}
    assert timeline._own_dates("Pier 9", line) == {2023}
    assert timeline._own_dates("Pier 12", line) == set()  # named nowhere in the line


def test_a_one_word_name_is_found_with_its_capital_and_as_a_word_of_its_own() -> None:
    assert uses_name("Built dashboards in Quillon for the ward", "Quillon")
    assert not uses_name("Built dashboards in quillon for the ward", "Quillon")
    assert not uses_name("Built dashboards in Quillon-Pro for the ward", "Quillon")


def test_a_words_title_tokens_as_a_set_are_its_title_tokens() -> None:
    for word in ("Sr.", "Eng", "Tech", "Surveyor", "FP&A", "co-op", "Ünit"):
        assert title_token_set(word) == frozenset(title_tokens(word))
        assert title_token_set(word) is title_token_set(word)
