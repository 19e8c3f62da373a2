"""Numbers that name rather than count, and counts the CV gives in parts:
- a standard named by an agency's initials and its number ("NFPA 652/61", "BS 7671"), which a letter may cite as
  "NFPA 652"; a currency code before a sum is still money;
- a long reference number the CV writes with "No." or "#", restated in other words ("certificate 40913");
- "nine of them" after a measure written as a modifier ("a 160-hour course, and nine of them"), which counts people,
  not hours;
- a group counted in its parts ("a crew of 3 riggers and 2 banksmen" is a crew of five), and a whole given as a
  product ("3 Open Days, each drawing about 900 visitors": close to 2,700 in all; the days are events, not time);
- a title in shorthand ("Cust Svc Rep / Billing Clerk", "Staff RN") named in full words.

An invented crane supervisor, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Tomasz Achterberg

## Experience

Lifting Supervisor | Brackwater Port Services | 2019-04 - Present
- Lift plans to BS 7121 and LOLER for a crew of 3 riggers and 2 banksmen; monthly audits for 17 cranes.
- Ran the 160-hour slinger course for 11 new starters; 9 of 11 signed off first time.
- Fire risk reviews to NFPA 652/61 for the grain berth.
- Ran 3 Port Open Days a year, each drawing about 900 visitors.

Cust Svc Rep / Billing Clerk | Orrin Valley Water Board | 2015-02 - 2019-03
- Billing queries for 6,000 accounts.

Staff RN, Surgical | Larchmont General | 2011-01 - 2015-01
- Surgical ward nursing.

## Certifications
- CPCS Appointed Person, Card No. 40913
- Platform No. 7 induction
""",
    "tomasz.md",
)
POSTING = read_posting(
    """# Lifting Operations Manager
Company: Halden Quay

Halden Quay handles USD 5000 of cargo a minute and runs 40 cranes.

## Requirements
- Appointed Person (lifting operations)
- Knowledge of BS 7121
""",
    company_name="Halden Quay",
    job_title="Lifting Operations Manager",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I write our fire risk reviews to NFPA 652 for the grain berth.",
        "Every lift plan I sign follows BS 7121.",
        "I am an Appointed Person, certificate 40913.",
        "I ran the 160-hour slinger course for eleven new starters, and nine of them signed off first time.",
        "At Brackwater I supervise a crew of five.",
        "Since 2019 I have led a crew of five riggers and banksmen at Brackwater.",
        "I was a Customer Service Rep and Billing Clerk at Orrin Valley Water Board.",
        "I spent four years as a staff nurse at Larchmont General.",
        "Our three Port Open Days brought in close to 2,700 visitors a year combined.",
        "I would like to bring my monthly audits to your 40 cranes.",
    ],
)
def test_what_the_cv_supports_passes(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("I write our fire risk reviews to NFPA 655 for the grain berth.", "skill"),
        ("I have inducted 7 platform crews.", "metric"),
        ("At Brackwater I supervise a crew of eight.", "metric"),
        ("I was a charge nurse at Larchmont General.", "role"),
        ("Our three Port Open Days brought in close to 4,000 visitors a year combined.", "metric"),
        ("I run monthly audits for 40 cranes.", "metric"),
        ("Halden Quay handles USD 9000 of cargo a minute.", "company_fact"),
    ],
)
def test_a_changed_figure_or_rank_is_still_caught(body: str, kind: str) -> None:
    assert any(finding.startswith(f"{kind}:") for finding in _flagged(body))
