"""Language a faithful letter uses that is no invented fact:
- a standard's code glued to its initials in the CV ("EN1090", "ISO9001"), spaced in the letter;
- a range whose first figure carries its own scale ("between a quarter of a million and five million pounds" for
  the CV's "£250k to £5m"), or is too large to count the scale after it ("between 250,000 and 5 million");
- the plural of a shorter acronym ("RDs", "SQs") that folds to a tool's name ("RDS", "SQS");
- regions of work: "across the Midlands and Wales", "the North West", "in the States", "the Central and Southern
  Uplands", never an employer or a tool (but a region inside a longer name still is one: "Yorkshire Tooling");
- a driving licence of no class ("a clean driving licence", "a full UK driving licence") for a CV's "clean licence";
- a list item's first word ("- Around fifteen years ..."), which is capitalised as a sentence's;
- a wish about the new job ("I'd jump at the chance to run ... Trackright Academy
  courses");
- credentials said as a state ("an Appointed Person and SSSTS certified"), and a credential's name with a run of its
  words spelt out from the CV's initials ("my Appointed Person Certificate" for "AP Certificate");
- a CV profile's "X and a Y" (both the writer's own), and a promotion at an employer whose heading carries a
  description ("Fenwick Rail (track renewals contractor, 300 staff)").

An invented rail civils supervisor, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    """# Declan Achebe-Moss
Derby · 07700 900123 · clean licence, own van

Track and civils supervisor. Security cleared and a track safety controller. Sentinel card holder.

## Experience

### Fenwick Rail (track renewals contractor, 300 staff)
**Senior Track Supervisor** | 03/2021 - Present
- Run night possessions for renewals worth £250k to £5m each.
- Steel fabrication checked to EN1090 and welds to ISO9606.
- Wrote 40 method statements, 12 selection questionnaires (SQ) and 6 ITTs for framework bids.
- Projects across the Southern Uplands and the Midlands.
- Supervised 3 route delivery leads (RD) on the Castleton scheme.

**Track Supervisor** | 05/2017 - 02/2021
- Led a gang of 8 on plain-line renewals.

### Harlow Civils, Nottingham
**Trackworker** | 2011 - 2017
- Plain-line maintenance.

## Qualifications
- NVQ Level 3 Rail Engineering (Track), 2016
- SSSTS, 2019
- AP Certificate No. 40913, 2022
- Appointed Person (AP) for lifting operations
""".encode(),
    "declan.md",
)
POSTING = read_posting(
    """# Track Possession Manager
Company: Orrin Rail Services

Orrin Rail Services runs renewals across the network and teaches new track staff at its Trackright Academy.

## Requirements
- Possession management
- Appointed Person Certificate (lifting operations)
""",
    company_name="Orrin Rail Services",
    job_title="Track Possession Manager",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I check steel fabrication to EN 1090 and welds to ISO 9606.",
        "I run possessions for renewals worth between a quarter of a million and five million pounds each.",
        "I run possessions for renewals worth between 250,000 and 5 million pounds each.",
        "I supervised three RDs on the Castleton scheme and wrote twelve SQs.",
        "My projects run across the Midlands and Wales.",
        "I have worked across the North West.",
        "I spent two summers on track gangs in the States.",
        "I spent a winter on track gangs in the Emirates.",
        "I have worked in the Central and Southern Uplands.",
        "I hold a clean driving licence and my own van.",
        "I hold a full UK driving licence.",
        "In brief:\n- Around fifteen years in the trade since starting as a trackworker at Harlow Civils in 2011.",
        "I'd jump at the chance to run possessions and Trackright Academy courses.",
        "I am an Appointed Person and SSSTS certified.",
        "I hold my Appointed Person Certificate.",
        "I am a track safety controller.",
        "At Fenwick Rail I was promoted from track supervisor to senior track supervisor.",
    ],
)
def test_what_the_cv_supports_passes(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("I check steel fabrication to EN 1091.", "skill"),
        ("I run possessions for renewals worth between three quarters of a million and nine million pounds.", "metric"),
        ("I run possessions for renewals worth between 150,000 and 5 million pounds each.", "metric"),
        ("I worked for Yorkshire Tooling before Fenwick Rail.", "employer"),
        ("Before Fenwick Rail I worked in the yard at West Harlow Tooling.", "employer"),
        ("I hold a Category C driving licence.", "credential"),
        ("I am an Appointed Person and CSCS Gold certified.", "credential"),
        ("I hold my Crane Supervisor Certificate.", "credential"),
        ("I have run night possessions and Trackright Academy courses.", "skill"),
        ("At Fenwick Rail I was promoted to possession manager.", "role"),
    ],
)
def test_an_invented_fact_is_still_caught(body: str, kind: str) -> None:
    assert any(finding.startswith(f"{kind}:") for finding in _flagged(body)), _flagged(body)
