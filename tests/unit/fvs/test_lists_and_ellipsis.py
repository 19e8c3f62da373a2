"""Statements whose words lean on the words around them: a number whose unit the sentence gave before ("thirteen years
outdoors: four as a groundworker"), a year that goes with its own predicate only ("since 2017 and have been ... since
2021"), a list that opens by calling itself gaps, a date written beside one item of a line of dated items, a volunteer
role described in the writer's words, and the abbreviations of working life ("a client SLA").

An invented arborist and posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

COMPANY = "Harrowgate Borough Council"
TITLE = "Tree Officer"
CV = read_cv(
    b"""# Callum Reyes-Lund
Arborist

## Experience

Senior Arborist | Canopy Care Ltd, Leeds | Mar 2021 - Present
- Lead a crew of 5 on 300 tree surveys a year.

Climbing Arborist | Greenline Tree Services, Leeds | Jun 2017 - Feb 2021
- Felled and pruned 1,200 trees.

Groundworker | Northfield Landscapes, Wakefield | Apr 2013 - May 2017
- Maintained 40 sites.

## Volunteer
Yorkshire Mountain Rescue - rope access / rigging volunteer, 2015 to now.

## Certifications
- NPTC CS30/31 chainsaw, 2013
- NPTC units: CS38 - 2014 CS39 - 2016 CS41 - 2018
- ISA Certified Arborist, 2019
""",
    "callum.md",
)
POSTING = read_posting(
    """# Tree Officer
Company: Harrowgate Borough Council

## Requirements
- Experience with Ezytreev or a similar tree-management system.
- LANTRA Professional Tree Inspection.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I have spent more than thirteen years outdoors: four as a groundworker and more than five at Canopy Care.",
        "I have worked in tree care since 2017 and have been Senior Arborist at Canopy Care since 2021.",
        "My two gaps are LANTRA Professional Tree Inspection, which I plan to take this spring, and Ezytreev.",
        "I volunteer as a rigging specialist with Yorkshire Mountain Rescue.",
        "I have never missed a client SLA.",
        "I passed CS39 in 2016.",  # the date written beside that unit in a line of dated units
    ],
)
def test_statements_that_lean_on_their_neighbours_are_read_with_them(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("I have spent more than thirteen years outdoors: seven as a groundworker.", "date_or_duration"),
        ("I have worked in tree care since 2009 and have been Senior Arborist since 2021.", "date_or_duration"),
        ("I volunteer as a helicopter pilot with Yorkshire Mountain Rescue.", "role"),
        ("I use Ezytreev for every survey.", "skill"),
        ("I rolled out Ezytreev across our crews in 2023.", "skill"),  # the posting's tool as what was put to use
        ("I hold the Certified Tree Officer credential.", "credential"),  # a credential named after the job
        ("I passed CS39 in 2014.", "date_or_duration"),  # the date of another unit in the same line
    ],
)
def test_the_same_statements_with_a_wrong_fact_are_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)
