"""A requirement of two topic words side by side ("Forklift certification", "Oncology trial experience") names its
thing with the first and the kind of thing with the second: a CV sharing only the kind ("certificate", "trial") does
not meet it; one sharing the thing does. An activity and its object ("supervising volunteers") or words apart ("Right
to work in Canada") keep the old rule, where either word may be the one shared. Invented CVs."""

from __future__ import annotations

from .samples import shown_as_gap

COORDINATOR = """# Priya Vanterpool
## Summary
Research coordinator running cardiology trials at a teaching hospital.
## Experience
**Clinical Trial Coordinator** | St Ansel Teaching Hospital | Mar 2019 – Present
- Coordinate 6 cardiology trials a year, from site initiation to close-out.
- Supervise 4 volunteers on the patient reception desk.
## Education
- Warehouse Safety Certificate, Tolland College, 2014
- Forklift operator licence, 2015
"""


def test_sharing_only_the_kind_of_thing_does_not_meet_a_two_word_requirement() -> None:
    assert shown_as_gap(COORDINATOR, "Oncology trial experience") is True
    assert shown_as_gap(COORDINATOR, "Pallet-jack certification") is True
    assert shown_as_gap(COORDINATOR, "Cardiology trial experience") is False
    assert shown_as_gap(COORDINATOR, "Experience supervising volunteers") is False  # an activity and its object
