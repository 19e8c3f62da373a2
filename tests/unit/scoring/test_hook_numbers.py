"""A posting detail is picked up by its words, or by its number beside a word it shares: the scorer compares numbers
only where they could count."""

from __future__ import annotations

from careervp.logic.analysed_letter import analyse_letter
from careervp.logic.scoring import _hooks_referenced
from careervp.models.evidence import EvidenceMap


def test_a_posting_detail_is_picked_up_by_its_number_only_beside_a_shared_word() -> None:
    evidence = EvidenceMap(
        company_name="Tidewater Ferries",
        job_title="Deck Officer",
        candidate_name="Rowan Hale",
        facts=[],
        requirements=[],
        company_hooks=["We run 14 crossings a day between the islands."],
    )
    beside = analyse_letter("I have crewed 14 crossings a day in winter.")
    apart = analyse_letter("I have held 14 certificates since college.")
    assert _hooks_referenced(beside, evidence) == 1
    assert _hooks_referenced(apart, evidence) == 0
