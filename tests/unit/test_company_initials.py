"""A company named by some of its words and the initials of others ("Hollins DC" for "Hollins District Council"):
the rule answers the same however often a name is compared, and only for a mention of both kinds of token."""

from __future__ import annotations

import pytest

from careervp.vocabulary.companies import _words_and_initials, company_matches, company_tokens

NAME = "Hollins District Council"


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Hollins DC", True),  # a word and the initials of the rest
        ("DC Hollins", True),  # either order
        ("Hollins District", False),  # words only: no initials beside them
        ("HDC", False),  # initials only: the acronym rule's, not this one's
        ("Hollins XY", False),  # a short token that is no run of the name's initials
        ("Hollins DC Rotherby", False),  # a token that is neither
    ],
)
def test_words_and_initials_need_both_and_nothing_else(mention: str, expected: bool) -> None:
    for _ in range(2):  # the second time from the remembered runs of the name
        assert _words_and_initials(company_tokens(mention), company_tokens(NAME)) is expected


def test_a_name_with_a_short_form_in_brackets_is_matched_by_either_name_every_time() -> None:
    official = "Tarnmoor Valley Water Board (TVWB)"
    for _ in range(2):
        assert company_matches("TVWB", official)
        assert company_matches("Tarnmoor Valley Water Board", official)
        assert not company_matches("Tarnmoor Valley Rail", official)
