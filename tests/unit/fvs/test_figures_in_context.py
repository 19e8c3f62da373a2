"""Figures a faithful letter computes or restates, and the invented ones beside them: a change written with an
arrow, a count next to an amount, one named place and a count of others, a change computed from the line the letter
talks about (not from two figures on a line about something else), "up to" as the largest case, a rise as a share of
the lower figure, and totals of the sentence's own figures (parts, and shares of amounts).

An invented practice manager and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting
from careervp.logic.numbers import QuantityKind, extract_quantities

from .personas import critical_findings

CV = read_cv(
    """# Priya Okonkwo-Lund
Practice manager

## Summary
Practice manager with more than eight years in dental practices and four years before that in retail banking.

## Experience

Practice Manager | Brightsmile Dental Group | 2019-05 - Present
- Run the Harbour Street clinic and two satellite clinics.
- Cut average new-patient wait 18 → 11 days.
- Book up to 96 appointments a day.
- Grew private revenue from $2.4M (2021) to $3.0M (2024).
- Scanned 1,800 paper records and 240 X-ray films into the new system.
- Hit 112% of a $1.5M treatment-plan target in 2023 and 104% of a $1.6M target in 2024.

Branch Supervisor | Keel Savings Bank | 2015-01 - 2019-04
- Led a branch team of 9 and $40M in deposits.
- Reduced teller errors by 35%.
""".encode(),
    "priya.md",
)
POSTING = read_posting(
    """# Regional Practice Manager
Company: Lindenbrook Dental Partners

## Requirements
- Multi-site practice management.
- Lead a team of 15-25 staff.
""",
    company_name="Lindenbrook Dental Partners",
    job_title="Regional Practice Manager",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I cut the average new-patient wait from eighteen days to eleven.",
        "At Keel Savings Bank I led a team of nine and $40M in deposits.",
        "I run three clinics for Brightsmile Dental Group.",
        "I book up to 96 appointments a day.",
        "I grew private revenue from $2.4M to $3.0M, an increase of $0.6M, or about 25%.",
        "I have scanned more than 2,000 records into the new system: 1,800 paper records and 240 X-ray films.",
        "I hit 112% of a $1.5M target in 2023 and 104% of a $1.6M target in 2024, which adds up to $3.3M of "
        "treatment plans.",
        "I cut teller errors by about a third.",
        "Leading a team of fifteen to twenty-five would be familiar ground.",
    ],
)
def test_figures_computed_or_restated_from_the_cv_are_not_flagged(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "I book up to 130 appointments a day.",
        "I cut teller errors by half.",  # the CV's figure for this is 35%
        "I run seven clinics for Brightsmile Dental Group.",
        "I grew private revenue from $2.4M to $3.0M, an increase of about 40%.",
        "At Keel Savings Bank I led a branch team of 19 and $40M in deposits.",
        "I cut the wait from 18 to 11 days and grew revenue from $2.4M to $3.0M, and teller errors fell to 0.9%.",
    ],
)
def test_an_invented_figure_beside_them_is_caught(body: str) -> None:
    assert any(f.startswith("metric:") for f in _flagged(body)), _flagged(body)


def test_a_capital_letter_after_a_number_is_no_unit() -> None:
    kinds = [q.kind for q in extract_quantities("founded by two S-LPs and three H-beam welders")]
    assert kinds == [QuantityKind.COUNT, QuantityKind.COUNT]
    assert extract_quantities("a 24 h shift")[0].unit == "hour"
