"""A grade of membership is held of a body, not at it, and reads with "the" when the body's name is a phrase: "a
member of the Institution of Fire Engineers"; one with no end date in the line is held now. A post at a place keeps
"at" ("a volunteer crew member at ... Lifeboat Station"). A thing named like a doer ("list") is no post."""

from __future__ import annotations

from careervp.logic.writers.clauses import role_clause
from careervp.vocabulary.people import is_person_noun


def test_a_membership_is_of_a_body_and_held_now_unless_it_ended() -> None:
    assert role_clause("Member, Chartered Institute of Horticulture, 2018", ongoing=False) == (
        "am a member of the Chartered Institute of Horticulture"
    )
    assert role_clause("Fellow, Royal Society of Biology, 2009–2016", ongoing=False) == (
        "was a fellow of the Royal Society of Biology"
    )
    assert role_clause("Associate, RIBA", ongoing=False) == "am an associate of RIBA"


def test_a_post_at_a_place_keeps_at() -> None:
    assert role_clause("Volunteer crew member — Harwich Lifeboat Station — 2019", ongoing=False) == (
        "was a volunteer crew member at Harwich Lifeboat Station"
    )


def test_an_ending_with_too_little_before_it_names_no_doer() -> None:
    assert not any(is_person_noun(word) for word in ("list", "wrist", "plant", "fee"))
    assert all(is_person_noun(word) for word in ("dentist", "tenant", "trainee", "user"))
