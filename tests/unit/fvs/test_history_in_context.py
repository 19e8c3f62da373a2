"""A candidate's own history, told the ways people tell it: an employer by the short form it gives itself, a year
tied to the job title beside it, a credential named by its parts, a rate "a year", and skills still to be grown.

An invented paper conservator and posting, outside every corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

TODAY = date(2026, 11, 15)
COMPANY = "Hallam Museums Trust"
TITLE = "Head of Collections Care"
CV = read_cv(
    b"""# Ines Marwood
## Experience
**Senior Conservator** | Northern Archive Service (NAS) | Apr 2021 - Present
- Manage a conservation budget of $40k a year.
- Treated 320 maps and plans for digitisation.
**Conservator** | NAS | Sep 2016 - Mar 2021
- Ran the environmental monitoring programme across 4 stores.
**Conservation Technician** | Calder Paper Mill Museum | Fall 2013 - Summer 2016
- Rehoused 1,200 photographs.
## Certifications
- Icon Accredited Conservator-Restorer (ACR), 2019
- Integrated Pest Management certificate, 2017
## Skills
Paper conservation, environmental monitoring, Excel
""",
    "ines.md",
)
POSTING = read_posting(
    """# Head of Collections Care
Company: Hallam Museums Trust

## Requirements
- 8+ years in collections care or conservation.
- Accredited conservator status.
- Experience with Axiell Collections and Python scripting.
- A Category C CDP to drive the museum van.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


def test_season_dates_are_read_as_dates() -> None:
    oldest = CV.experience[-1]
    assert (oldest.title, oldest.employer) == ("Conservation Technician", "Calder Paper Mill Museum")
    assert oldest.start is not None
    assert (oldest.start.year, oldest.start.month) == (2013, 9)


@pytest.mark.parametrize(
    "body",
    [
        "I have worked at the Northern Archive Service for over ten years.",  # NAS in both jobs: one employer
        "I joined NAS as Conservator and, since 2021, as Senior Conservator I run the store.",  # year by the title
        "I have been an Icon ACR (2019) for years.",  # the credential's words apart in the CV line
        "I manage a conservation budget worth $40k a year.",  # "a year" is a rate
        "As Senior Conservator for NAS I run the store.",  # the employer ends before "I"
        "I trained at Calder Paper Mill Museum and moved up to senior work in 2021.",  # the year dates the move
        "I have not used Axiell Collections, and I would build my Python skills quickly.",  # skills still to grow
    ],
)
def test_own_history_told_naturally_is_not_flagged(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("I have worked at the Northern Archive Service for over fifteen years.", "date_or_duration"),
        ("Since 2018 as Senior Conservator I have run the store.", "date_or_duration"),
        ("I have been an Icon ACR (2015) for years.", "date_or_duration"),
        # the year joined to an employer dates that employer, whatever other name nearby carries the same year
        (
            "I joined Calder Paper Mill Museum in 2017 and hold the Integrated Pest Management certificate.",
            "date_or_duration",
        ),
        ("I script collection reports in Python.", "skill"),
        ("I also hold a Category C CDP for the van.", "credential"),  # a posting's name held, words between
        ("I have been Senior Conservator at Calder Paper Mill Museum.", "role"),  # the CV's own head noun
        ("As Lead Archivist for NAS I run the store.", "role"),  # an agent noun no list holds
    ],
)
def test_the_same_history_told_wrong_is_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)
