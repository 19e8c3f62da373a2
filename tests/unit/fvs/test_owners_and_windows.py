"""Whose fact a figure is, and over what stretch: the company's age counted from the posting's year ("ninety-five
years in the trade"), a stretch that runs up to today ("for the last eleven years"), someone else's job after a bare
"now" ("two of them now lead their own teams"), an adjective beside a credential whose own line gives the year, the
words before a credential noun that are a preposition rather than its name ("direct about certification"), and a
verb of growing after the company's news.

An invented piano technician and posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

COMPANY = "Lindqvist Piano Gallery"
TITLE = "Senior Piano Technician"
CV = read_cv(
    b"""# Ilse Marchetti-Dunn
Piano technician

## Experience

Head Piano Technician | Concert Hall Brackwater | 2019-04 - Present
- Tune and regulate 14 concert grands, about 300 tunings a year.
- Trained three apprentice technicians.

Piano Technician | Hollis Pianos | 2015-09 - 2019-03
- Rebuilt 40 actions.

Warehouse Assistant | Dunmore Freight | 2010-01 - 2015-08
- Loaded and checked outgoing orders.

## Certifications
- Piano technician diploma (Vakdiploma Pianotechniek), Netherlands - 2014

## Languages
- Dutch - B2 (2016)
""",
    "ilse.md",
)
POSTING = read_posting(
    """# Senior Piano Technician
Company: Lindqvist Piano Gallery

Lindqvist Piano Gallery has restored and sold pianos since 1931. We are opening a new restoration workshop.

## Requirements
- Concert-level tuning and regulation.
- PTG Registered Piano Technician (RPT) certification preferred.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "Lindqvist Piano Gallery's ninety-five years in the trade are why I am writing.",
        "I have worked on pianos for the last eleven years.",
        "I trained three apprentice technicians, and two of them now lead their own teams.",
        "I earned my Dutch piano technician diploma in 2014.",
        "I should be direct about certification: the RPT exam is still ahead of me.",
        "I would apply for certification with the Guild in my first year.",
        "I would love to help as your new restoration workshop team grows.",
    ],
)
def test_what_belongs_to_others_or_runs_to_today_is_read_so(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("Lindqvist Piano Gallery's sixty years in the trade are why I am writing.", "date_or_duration"),
        ("I have worked on pianos for the last fourteen years.", "date_or_duration"),
        ("I trained three apprentice technicians, and I now serve as Workshop Director.", "role"),
        ("I earned my Dutch piano technician diploma in 2013.", "date_or_duration"),
        ("I hold a harpsichord voicing certification.", "credential"),
        ("I would love to help as your new harpsichord museum grows.", "company_fact"),
    ],
)
def test_the_same_statements_with_a_wrong_fact_are_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)
