"""Credentials the posting asks for, worn as the writer's own: a postgraduate award one step above the CV's (a
PgDip for a PgCert), a name that is itself a credential ("an Intravenous Contrast Authorization"), an endorsement
or rating named with its equipment, a designation the writer "became", and a later item of a list a credential word
governs ("certified in ILS and in ALS"), and a credential word worn in a title when the CV has it only in the name of
the body that grants it ("Chartered Institute of ..."). The reader's own plans ("Acme is investing in X
qualification") stay theirs.

An invented MRI radiographer and posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

COMPANY = "Kellbrook Imaging"
TITLE = "MRI Lead Radiographer"
CV = read_cv(
    b"""# Oluwaseun Brackley-Vance
MRI radiographer

## Experience

Senior MRI Radiographer | Thornbury General Hospital | 2019-05 - Present
- Scan about 20 patients a day on two 3T scanners.
- Lead the department's MRI safety checklist.

MRI Radiographer | Thornbury General Hospital | 2016-09 - 2019-04
- Scanned neuro and musculoskeletal lists.

## Education
- PgCert Magnetic Resonance Imaging - Wexmoor University - 2021
- BSc (Hons) Diagnostic Radiography - Calder Valley University - 2016

## Certifications
- HCPC registration - 2016
- Immediate Life Support (ILS) - 2023
- Associate Member, Chartered Institute of Imaging Science - 2020
""",
    "oluwaseun.md",
)
POSTING = read_posting(
    """# MRI Lead Radiographer
Company: Kellbrook Imaging

Kellbrook Imaging runs four scanners in two towns.

## Requirements
- A postgraduate award in Magnetic Resonance Imaging.
- Intravenous Contrast Authorization.
- Certification in ILS or ALS.
- MR Safety Expert (MRSE) status.
- Siemens Magnetom Vida scanner endorsement preferred.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I hold a PgCert in Magnetic Resonance Imaging from Wexmoor University.",
        "I hold a PgCert in MRI from Wexmoor University.",
        "With my HCPC registration and ILS certification, I can run lists alone.",
        "I am certified in Immediate Life Support (ILS).",
        "As a registered radiographer, I am an associate member of the Chartered Institute of Imaging Science.",
        "I like that Kellbrook Imaging is investing in MRSE qualification for its team, and I would help.",
    ],
)
def test_credentials_the_cv_holds_and_the_readers_plans_pass(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "I hold a PgDip in Magnetic Resonance Imaging from Wexmoor University.",
        "With my HCPC registration and an Intravenous Contrast Authorization, I can run lists alone.",
        "I am certified in Immediate Life Support (ILS) and in Advanced Life Support (ALS).",
        "I passed the 3T safety course and became an MR Safety Expert in 2024.",
        "I added a Siemens (Magnetom Vida) scanner endorsement in 2024.",
        "I became a Chartered Radiographer in 2022.",
    ],
)
def test_the_postings_credentials_claimed_without_the_cv_are_caught(body: str) -> None:
    assert any(f.startswith("credential:") for f in _flagged(body)), _flagged(body)
