"""Statements built as lists and asides: a duration followed by a colon and the stints it adds up; a gap list
("What I do not yet have: ...") with an aside saying what the candidate does hold; a degree spelled out in the CV and
written as its letters in the letter; a programme's acronym before a held title; a second predicate after "then" or
after a clause that opens the sentence.

An invented lift mechanic turned service foreman, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Rowan Achterberg
Lift mechanic turned service foreman with 13 years in vertical transportation.

## Experience

Service Foreman | Highfield Vertical Ltd | 2020-05 - Present
- Run a crew of 12 mechanics on a 900-unit territory.

Adjuster | Highfield Vertical Ltd | 2018-01 - 2020-04
- Commissioned 40 traction units.

Lift Mechanic | Corran Lifts Ltd | 2016-02 - 2017-12
- Serviced hydraulic and traction lifts.

Apprentice Lift Mechanic (promoted to Mechanic) | Corran Lifts Ltd | 2013-09 - 2016-01
- Completed the LEIA apprenticeship programme.

Freelance electrician | Self-employed | 2011-01 - 2013-08
- Wiring contracts for small landlords.

## Education
Associate in Applied Science, Electrical Technology - Tallow Community College, 2011
""",
    "rowan.md",
)
POSTING = read_posting(
    """# Regional Operations Director
Company: Kestrel Lifts

## Requirements
- Bachelor's degree in engineering or business.
- 15+ years in the lift industry.
""",
    company_name="Kestrel Lifts",
    job_title="Regional Operations Director",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I bring 13+ years in lifts: apprentice and mechanic at Corran, then adjuster and foreman at Highfield.",
        "What I do not yet have: a bachelor's degree (I hold an A.A.S. in Electrical Technology) or P&L ownership.",
        "I hold an A.A.S. in Electrical Technology from Tallow Community College.",
        "I came into the trade in 2013 as a LEIA apprentice with Corran Lifts.",
        "I went freelance in 2011 after college, then joined Corran Lifts in 2013.",
        "After two years of wiring contracts as a freelance electrician, I joined Corran Lifts in 2013.",
        "After four years at Corran Lifts, I moved into adjusting in 2018.",
    ],
)
def test_a_faithful_list_or_aside_is_not_flagged(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "finding"),
    [
        ("I spent 13 years at Corran: apprentice, mechanic and adjuster.", "date_or_duration:13 years"),
        (
            "What I do not yet have: P&L ownership (I hold a B.S. in Electrical Technology).",
            "credential:B.S. in Electrical Technology",
        ),
        ("I hold an A.S. in Electrical Technology.", "credential:A.S. in Electrical Technology"),
        ("I worked as a LEIA foreman with Corran Lifts.", "role:LEIA foreman"),
        ("I worked as an ISO apprentice with Corran Lifts.", "role:ISO apprentice"),
        ("I went freelance in 2009 after college, then joined Corran Lifts in 2013.", "date_or_duration:2009"),
        ("After four years at Corran Lifts, I moved into adjusting in 2009.", "date_or_duration:2009"),
    ],
)
def test_the_false_fact_inside_the_same_shapes_is_still_caught(body: str, finding: str) -> None:
    assert finding in _flagged(body)


FACTORY_CV = read_cv(
    b"""# Halina Brzeska
## Experience
Production Manager | Dunmore Knitting | 2019-04 - Present
- Raised on-time delivery from 78% to 91% (2020 to 2024).
- Cut fabric waste from 12.5% to 9.2%.
""",
    "halina.md",
)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # 90 is 78 + 12.5 to the nearest unit, yet a value moved *to* is stated and must be the CV's own.
        ("We raised on-time delivery from 78 to 90 percent and cut waste from 12.5% to 9.2%.", True),
        ("We raised on-time delivery from 78 to 91 percent and cut waste from 12.5% to 9.2%.", False),
        ("Waste fell from 12.5% to 9.2% \u2014 3.3 points.", False),  # the change the two ends give
    ],
)
def test_the_end_of_a_move_is_a_stated_figure(body: str, flagged: bool) -> None:
    found = critical_findings(body, cv=FACTORY_CV, job=POSTING)
    assert any(f.startswith("metric:") for f in found) is flagged, found


HISTORY_POSTING = read_posting(
    """# Production Manager
Company: Tenterfield Mills

## About us
Tenterfield Mills has made woollen cloth in the valley since 1931.
""",
    company_name="Tenterfield Mills",
    job_title="Production Manager",
)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("A weaver with more than ninety years of history is where I want to grow.", False),
        ("A weaver with more than a hundred and twenty years of history is where I want to grow.", True),
    ],
)
def test_years_of_history_are_the_organisations_age(body: str, flagged: bool) -> None:
    found = critical_findings(body, cv=FACTORY_CV, job=HISTORY_POSTING)
    assert any(f.startswith("date_or_duration:") for f in found) is flagged, found


BORDER_POSTING = read_posting(
    """# Elevator Mechanic
Company: Kestrel Lifts

## About us
We maintain 2,000 units across Pennsylvania and the Ohio border counties.
""",
    company_name="Kestrel Lifts",
    job_title="Elevator Mechanic",
)
LICENSED_CV = read_cv(
    b"""# Orla Brennock
## Experience
Elevator Mechanic | Tarrow Lift Co. | 2016-01 - Present
- Modernized 14 hydraulic units.
## Licenses
- Pennsylvania Elevator Mechanic License, 2020
""",
    "orla.md",
)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("I hold a Pennsylvania Elevator Mechanic License and an Ohio elevator mechanic license.", True),
        ("I hold a Pennsylvania elevator mechanic license.", False),
        ("I do not yet hold an Ohio elevator mechanic license.", False),
    ],
)
def test_a_licence_named_by_its_place_must_be_held_there(body: str, flagged: bool) -> None:
    found = critical_findings(body, cv=LICENSED_CV, job=BORDER_POSTING)
    assert any(f.startswith("credential:") for f in found) is flagged, found


EXAMPLES_POSTING = read_posting(
    """# Genomic Epidemiologist
Company: Kestrel Lifts

## Requirements
- Phylogenetic analysis with tools such as Treeweaver or CladeKit.
- A train management system (e.g. Railpath).
""",
    company_name="Kestrel Lifts",
    job_title="Genomic Epidemiologist",
)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("For our last cluster I built Treeweaver trees from the lab's sequences.", True),
        ("I have run Railpath boards on night shifts.", True),
        ("I have not used Treeweaver or CladeKit yet.", False),
        ("Your phylogenetic work with CladeKit is why I applied.", False),
    ],
)
def test_a_tool_the_posting_names_as_an_example_must_be_in_the_cv(body: str, flagged: bool) -> None:
    found = critical_findings(body, cv=FACTORY_CV, job=EXAMPLES_POSTING)
    assert any(f.startswith("skill:") for f in found) is flagged, found


CHART_CV = read_cv(
    b"""# Ines Moreau
## Experience
Cartographer | Tidemark Charts | 2019-02 - Present
- Maintain 120 chart cells.
""",
    "ines.md",
)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # February 2019 to the checker's today, November 2026: seven years and nine or ten months.
        ("I have spent over eight years at Tidemark Charts.", True),
        ("I have spent over seven years at Tidemark Charts.", False),
        ("I have spent nearly eight years at Tidemark Charts.", False),
    ],
)
def test_more_than_n_years_needs_n_full_years_when_the_cv_gives_months(body: str, flagged: bool) -> None:
    found = critical_findings(body, cv=CHART_CV, job=POSTING)
    assert any(f.startswith("date_or_duration:") for f in found) is flagged, found
