"""A programme's own length ("a two-year diploma"), the latest jobs counted together ("five years in customer
care" across the last two), years the CV leaves without their unit ("nine years of bench work and fourteen in the
trade"), acronyms and names in the plural ("TPMs", "Model Fs"), the reader's own offer ("the Korvane training you
offer") and a sentence that opens on a chance ("The chance to work on ... is what draws me").

An invented lift-truck technician turned service coordinator, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Tobiah Renstrom
Lift-truck technician with nine years of bench work and fourteen in the trade.

## Experience

Service Coordinator | Halvard Forklifts | 2023-03 - Present
- Schedule 300 TPM visits a month for the Model F fleet.

Customer Care Advisor | Orrin Rentals | 2021-11 - 2023-02
- Answered 80 calls a day.

Lift-Truck Technician | Brask Materials Handling | 2012-06 - 2021-06
- Rebuilt 40 mast assemblies.

## Education
- Diploma in Mechanical Engineering Technology, Ostby Technical College, 2012
""",
    "tobiah.md",
)
POSTING = read_posting(
    """# Service Manager
Company: Pellham Lift Services

We run a fleet of Model F and Model G trucks and offer Korvane telematics training to new managers.

## Requirements
- Experience with Korvane telematics
- 10+ years in materials handling
""",
    company_name="Pellham Lift Services",
    job_title="Service Manager",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "My diploma took a two-year programme at Ostby Technical College.",
        "I have spent five years in customer care and service coordination.",
        "I have worked on lift trucks for fourteen years.",
        "I schedule 300 TPMs a month for the Model Fs.",
        "I have not used Korvane, and the Korvane training you offer is part of why this role appeals.",
        "The chance to work with Korvane telematics is what draws me to Pellham.",
        "I coordinate for a smaller fleet than the 120 trucks your depot now runs.",
        "My team is smaller than the nine technicians you will have at Pellham.",
    ],
)
def test_the_faithful_shape_is_not_flagged(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "finding"),
    [
        ("I have spent eleven years in customer care and service coordination.", "date_or_duration:eleven years"),
        ("I have worked on lift trucks for twenty years.", "date_or_duration:twenty years"),
        ("I use Korvane telematics every day.", "skill:Korvane telematics"),
        ("I had the chance to work with Korvane telematics at Halvard.", "skill:Korvane"),
        ("I run a fleet of 120 trucks, the size your depot now runs.", "metric:120"),
    ],
)
def test_the_false_fact_in_the_same_shape_is_still_caught(body: str, finding: str) -> None:
    assert finding in _flagged(body)
