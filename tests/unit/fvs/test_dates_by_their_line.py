"""A year dated by the CV line that says the same thing: an award listed with two employers ("2017 at A and 2023 at
B"), a break in a clause before the main one ("After a break in 2017 and 2018, I joined B in 2019"), a result the CV
dates itself ("in 2023 I led the training for B's first electric buses"). A name the year is joined to by a
preposition ("joined B in 2016") still dates it alone.

An invented sales and training manager, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Ilse Varga-Okoro
Fleet sales and training manager

## Experience

Training Manager | Brightwater Transit | 2019-01 - Present
- Led operator training for the agency's first 18 electric buses (2023).
- Cut new-driver attrition from 30% to 18%.

Career break (parental leave) | 2017-09 - 2018-12

Account Manager | Northfield Supply | 2012-03 - 2017-08
- Grew territory sales 24% between 2014 and 2016.

## Awards
- President's Club 2016 (Northfield Supply)
- President's Club 2022 (Brightwater Transit)
""",
    "ilse.md",
)
POSTING = read_posting(
    """# Head of Driver Training
Company: Coastline Buses

## Requirements
- Experience training bus operators.
""",
    company_name="Coastline Buses",
    job_title="Head of Driver Training",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "I made President's Club twice: 2016 at Northfield Supply and 2022 at Brightwater Transit.",
        "After a parental-leave break in 2017 and 2018, I joined Brightwater Transit in 2019.",
        "In 2023 I led operator training for Brightwater Transit's first electric buses.",
    ],
)
def test_a_year_the_cv_gives_for_the_same_thing_is_supported(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "I joined Brightwater Transit in 2016.",
        "I made President's Club twice: 2015 at Northfield Supply and 2022 at Brightwater Transit.",
    ],
)
def test_a_year_the_cv_does_not_give_is_caught(body: str) -> None:
    assert any(f.startswith("date_or_duration:") for f in _flagged(body)), _flagged(body)
