"""Greetings, verbs and figures as people write them: a committee greeted by its purpose, a process named with a
verb in another tense, counts of different things side by side, a number word inside a compound, a maker's model.

An invented re-recording mixer and posting, outside every corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

TODAY = date(2026, 11, 15)
COMPANY = "Ashgrove Sound Studios"
TITLE = "Senior Re-recording Mixer"
CV = read_cv(
    b"""# Tomas Reyes-Adair
## Experience
**Re-recording Mixer** | Lantern Post | Mar 2019 - Present
- Mixed one eight-part drama series in Dolby Atmos on an Avid S6 desk.
- Ran quarterly loudness certification for 3 broadcasters.
- Mixed 36 episodes x 45 min of factual television.
- Delivered 96% of mixes on the first pass (studio average: 88%).
- Mixed 8 feature documentaries.
- Prepared dialogue continuity scripts and music cue sheets for every episode; ran QC passes before delivery.
- Volunteer Emergency Medical Responder for the festival's first-aid team.
**Sound Editor** | Lantern Post | 2016 - 2019
- Volunteered for four festival seasons at the Harbour Film Festival, projecting about 40 screenings each season.
## Skills
Pro Tools, Dolby Atmos, iZotope RX
""",
    "tomas.md",
)
POSTING = read_posting(
    """# Senior Re-recording Mixer
Company: Ashgrove Sound Studios

## Requirements
- Dolby Atmos mixing for drama.
- Experience with Avid S6 and Pro Tools.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _flagged(greeting: str, body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING, greeting=greeting)


@pytest.mark.parametrize(
    "greeting", ["Dear Members of the Search Committee,", "Dear Search Committee,", "Dear Selection Panel,"]
)
def test_a_committee_greeted_by_its_purpose_is_not_another_company(greeting: str) -> None:
    assert _flagged(greeting, "I mix drama in Dolby Atmos.") == []


@pytest.mark.parametrize(
    "body",
    [
        "I run quarterly loudness certification for three broadcasters.",  # "Ran" in the CV: the same verb
        "I volunteered for four festival seasons, about 40 screenings each season.",  # two counts, two things
        "Our eight-part drama series went out in Atmos.",  # a number word inside a compound
        "I mixed 36 forty-five-minute episodes of factual television.",
        "I mix on an Avid S6 desk.",
        "I also serve as an EMR volunteer at the festival.",  # an acronym the CV spells out means the CV's words
        "I prepared DCSs and MCSs for every episode.",  # acronyms in a list, spelt out in the CV
        "My first-pass rate runs eight points above the studio average.",  # a difference of one line's figures
    ],
)
def test_facts_told_in_other_words_are_not_flagged(body: str) -> None:
    assert _flagged("Dear Hiring Manager,", body) == []


@pytest.mark.parametrize(
    ("greeting", "body", "field"),
    [
        ("Dear Hiring Manager,", "I run quarterly safety certification for three broadcasters.", "credential"),
        ("Dear Hiring Manager,", "I volunteered for four festival seasons, about 90 screenings each season.", "metric"),
        ("Dear Hiring Manager,", "Our six-part drama series went out in Atmos.", "metric"),
        ("Dear Hiring Manager,", "My first-pass rate runs 12 points above the studio average.", "metric"),
        ("Dear Brightwell Audio Team,", "I mix drama in Dolby Atmos.", "company_name"),
        # a name whose initials happen to be an acronym of the CV ("QC") is still a name nobody gave
        ("Dear Hiring Manager,", "I also spent a year mixing at Quorn Castle, cutting trailers.", "employer"),
    ],
)
def test_the_same_shapes_with_wrong_facts_are_caught(greeting: str, body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(greeting, body)), _flagged(greeting, body)
