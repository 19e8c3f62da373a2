"""How a sentence's structure decides what a fact is about: a year before "and <new verb>", the far end of a
"from ... to ...", a designation the CV writes with a hyphen, a remainder ("hours away from"), a part of a whole
("2,400 of 3,400 hours"), a unit of the employer named in its header, a count of the letter's own points, a place
after "metro", and an owner's possessive before a job title.

An invented hydrographic surveyor and posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

COMPANY = "Tidewater Survey Partners"
TITLE = "Lead Hydrographic Surveyor"
CV = read_cv(
    b"""# Malia Fonoti
Hydrographic surveyor

EXPERIENCE

PACIFIC PORTS AUTHORITY \xe2\x80\x94 Harbour Survey Unit, Apia

Senior Hydrographic Surveyor \xe2\x80\x94 March 2021 to present
- Ran multibeam surveys with a Kongsberg EM-2040 on 3 vessels; surveyed remote berths 2022\xe2\x80\x9323.
- Logged 2,400 of 3,000 supervised sea days toward Category A certification.
- Cut survey turnaround from 21 to 14 days.

Hydrographic Surveyor \xe2\x80\x94 June 2016 to February 2021
- Charted 40 berths; moved processing to QPS Qimera in 2019.
- Used Teledyne PDS 2019 for acquisition.

## Certifications
- IHO Category B Hydrographic Surveyor, 2017
""",
    "malia.md",
)
POSTING = read_posting(
    """# Lead Hydrographic Surveyor
Company: Tidewater Survey Partners

We survey ports in metro Auckland and Wellington for harbour boards.

## Requirements
- IHO Category A certification.
- 8+ years of multibeam survey work.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _flagged(body: str, greeting: str = "Dear Hiring Manager,") -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING, greeting=greeting)


def test_a_role_listed_under_the_previous_role_keeps_its_employer() -> None:
    titles = [(e.title, e.employer) for e in CV.experience]
    assert ("Hydrographic Surveyor", "PACIFIC PORTS AUTHORITY") in titles  # not lost for want of an employer line
    earlier = next(e for e in CV.experience if e.title == "Hydrographic Surveyor")
    assert earlier.start is not None
    assert earlier.start.year == 2016
    assert "Charted 40 berths; moved processing to QPS Qimera in 2019." in earlier.achievements


@pytest.mark.parametrize(
    "body",
    [
        # a year before "and <new verb>" dates the first verb, not the name after the second
        "I surveyed remote berths in 2022 and use Teledyne PDS for acquisition.",
        "I surveyed remote berths in 2022 and 2023.",  # "2022–23" in the CV gives both years
        # the far end of a move has its own year
        "I went from charting berths with Teledyne PDS in 2019 to leading surveys in 2021.",
        "Most of my multibeam work is on the EM-2040.",  # the CV's own hyphenated designation
        "I am 600 supervised sea days away from Category A.",  # a remainder: 3,000 less 2,400
        "Two gaps to be upfront about: I have not yet earned Category A, and I have not led a team.",
        "I would welcome a conversation about your Auckland and Wellington work.",  # places the posting lists
        "I worked at the Harbour Survey Unit for over five years.",  # a unit the employer's header names
        "I was the Harbour Survey Unit's Senior Hydrographic Surveyor from 2021.",  # an owner before a title
        "I am a Category B surveyor without Category A privileges.",  # the title ends at "without"
    ],
)
def test_the_structure_of_a_true_sentence_is_read(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    "greeting",
    ["Dear Superintendent and Selection Committee,", "Dear Harbour Master and Survey Panel,", "Dear Dean Ruiz,"],
)
def test_greetings_to_people_by_their_role_name_no_company(greeting: str) -> None:
    assert _flagged("I charted 40 berths.", greeting=greeting) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("I surveyed remote berths in 2014 and use Teledyne PDS for acquisition.", "date_or_duration"),
        ("Most of my multibeam work is on the EM-3040.", "metric"),  # a designation the CV does not write
        ("I am 900 supervised sea days away from Category A.", "metric"),  # the wrong remainder
        ("Three reasons I applied: I charted 55 berths.", "metric"),  # counting points does not excuse a figure
        ("I worked at the Coastal Survey Unit for over five years.", "employer"),  # a unit the CV never names
        ("I was the Harbour Survey Unit's Chief Surveyor from 2021.", "role"),  # the title is still checked
    ],
)
def test_the_same_structures_carrying_a_wrong_fact_are_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)
