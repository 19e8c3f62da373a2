"""Whose clause and which place: the reader as the subject of a clause ("I understand you fund licence
conversion"), a number that names a licence ("registration number 40718"), years left without their unit when a
list goes on ("three with Vantline, then eleven with Corrin"), and years at a site the CV gives as one employer's
place, where other employers may have been as well.

An invented tram driver turned network controller, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Aurelio Benn
Tram network controller; tram driver before that. Registration No. 40718.

## Experience

### Corrin Light Rail - Control Centre, Ashby
**Network Controller, Ashby Control Centre** | 2019-02 - Present
- Control 42 trams across 3 lines.

**Tram Driver, Ashby Depot** | 2015-09 - 2019-01
- Drove the Ashby loop; no reportable incidents.

### Vantline Buses - Ashby Interchange
**Bus Driver** | 2012-06 - 2015-08
- Drove the airport express.

## Certifications
- Tram Driver Licence, registration no. 40718, 2015
""",
    "aurelio.md",
)
POSTING = read_posting(
    """# Senior Network Controller
Company: Lindqvist Transit

We fund licence conversion and relocation for controllers from abroad.

## Requirements
- Experience with Siemens or Hitachi signalling control
- 5+ years in rail control
""",
    company_name="Lindqvist Transit",
    job_title="Senior Network Controller",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I understand you fund licence conversion, which would help me.",
        "I know you run Siemens signalling control and I would be glad to learn it.",
        "My tram driver licence, registration number 40718, is current.",
        "I have spent fourteen years in transport: three with Vantline, then eleven with Corrin Light Rail.",
        "I have spent more than fourteen years at Ashby Interchange and its depots.",
    ],
)
def test_the_faithful_shape_is_not_flagged(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "finding"),
    [
        (
            "I can show you my Siemens signalling control certificate.",
            "credential:Siemens signalling control certificate",
        ),
        ("My tram driver licence, registration number 40719, is current.", "metric:40719"),
        (
            "I have spent fourteen years in transport: three with Vantline, then thirteen with Corrin.",
            "date_or_duration:thirteen",
        ),
        ("I have spent twenty years at Ashby Interchange.", "date_or_duration:twenty years"),
    ],
)
def test_the_false_fact_in_the_same_shape_is_still_caught(body: str, finding: str) -> None:
    assert finding in _flagged(body)
