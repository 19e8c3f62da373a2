"""Where a sentence ends: never at an abbreviation's full stop inside brackets ("CVT (Certified Vet. Tech)") or
after a clipped title word ("Asst. Supervisor")."""

from __future__ import annotations

import pytest

from careervp.logic.text import split_sentences


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("My tickets include CVT (Certified Vet. Tech), ME and a first-aid card. I renew them yearly.", 2),
        ("I hold a CDL (Class B, incl. air brakes) and a forklift card. Both are current.", 2),
        ("I led the Dept. rebuild. It took a year.", 2),
        ("I worked as an Asst. Transportation Supervisor and a Dispatcher. Then I left.", 2),  # a clipped title word
        ("I hold the Level 3 Mech. Engineering Diploma and an HNC. Both are current.", 2),  # a clipped subject word
        ("I earned a Dip. in Mgmt. Studies at Hull. I use it daily.", 2),
    ],
)
def test_a_full_stop_inside_brackets_does_not_end_the_sentence(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count
