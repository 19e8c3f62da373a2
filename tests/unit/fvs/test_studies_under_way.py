"""A qualification the CV gives as still being studied, claimed as held: caught however the CV marks the study as
under way; said as under way, or named for a study the CV gives as finished, it passes.

An invented leisure-centre manager, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    """# Ana Ruiz

## Experience
Pool Supervisor | Riverside Leisure | 2019-03 - Present
- Supervise 12 lifeguards across 3 pools.

## Education
- Level 3 Diploma in Leisure Management, Active IQ — 2023–present (due 2027)
- LLB Law (part-time), University of Derby — Year 2 of 4, due 2028
- BSc Sport Science, University of Hull, 2014
- PGCert Coaching, Open University \u2013 pt, yr 1 of 2
""".encode(),
    "ana.md",
)
POSTING = read_posting("# Duty Manager\nCompany: Orlo Leisure\n", company_name="Orlo Leisure", job_title="Duty Manager")


def _flagged(letter: str) -> list[str]:
    return critical_findings(letter, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "claim",
    [
        "I hold a Level 3 Diploma in Leisure Management.",
        "I earned my LLB Law from the University of Derby.",
        "Having completed an LLB, I understand licensing law.",
        "I hold a PGCert in Coaching from the Open University.",
    ],
)
def test_a_study_under_way_claimed_as_held_is_caught(claim: str) -> None:
    assert any(finding.startswith("credential:") for finding in _flagged(claim))


@pytest.mark.parametrize(
    "claim",
    [
        "I am completing my Level 3 Diploma in Leisure Management, due in 2027.",
        "I am in year 2 of a part-time LLB at the University of Derby.",
        "I hold a BSc in Sport Science from the University of Hull.",
    ],
)
def test_a_study_said_as_under_way_or_a_finished_degree_passes(claim: str) -> None:
    assert _flagged(claim) == []


def test_the_evidence_map_says_a_study_is_under_way_with_the_year_it_is_due() -> None:
    from careervp.logic.evidence import build_evidence_map

    texts = [f.text for f in build_evidence_map(CV, POSTING).facts if f.kind.value == "education"]
    assert "Level 3 Diploma in Leisure Management from Active IQ, in progress (expected 2027)" in texts
    assert any(
        t.startswith("LLB Law") and t.endswith("University of Derby, in progress (expected 2028)") for t in texts
    )
    assert not any("Year 2 of 4" in t for t in texts)  # a status is no subject


def test_a_part_of_a_study_passed_is_no_claim_to_the_whole() -> None:
    assert _flagged("I hold a BSc and have passed four of the six LLB Law modules.") == []


def test_a_completion_year_marks_a_finished_study() -> None:
    from careervp.logic.evidence import build_evidence_map

    cv = read_cv(
        b"# Bo Lind\n\n## Experience\nPlumber | Lind Heating | 2012-09 - Present\n- Fit 40 boilers a year.\n\n"
        b"## Education\n- Plumbing apprenticeship, completion \xe2\x80\x94 2012\n",
        "bo.md",
    )
    texts = [f.text for f in build_evidence_map(cv, POSTING).facts if f.kind.value == "education"]
    assert not any("in progress" in t for t in texts)
