"""The grade beside a credential the CV holds ("Class A" for the CV's Class B licence, "Level 5" for its Level 4),
and years a CV writes in words ("twenty twenty-one") dating what the letter dates with digits.

An invented fleet driver and trainer and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting
from careervp.logic.numbers import QuantityKind, extract_quantities

from .personas import critical_findings

CV = read_cv(
    b"""# Teodor Mbeki-Hallsworth
Driver trainer

## Experience
**Ferrovale Logistics** - Leeds
*Driver Trainer, Spring twenty nineteen to now*
- Trained forty new drivers a year.

## Licences and certificates
- Commercial Driver's Licence, Class C, with a hazardous goods endorsement - held since twenty fourteen
- Level 3 Award in Education and Training - twenty twenty-one
- Driver CPC - renewed twenty twenty-four

## Education
- A.A.S., Logistics Mgmt - Harbourside Community College, 2012
""",
    "teodor.md",
)
POSTING = read_posting(
    """# Senior Driver Trainer
Company: Greystone Haulage

## Requirements
- Class C licence; Class C+E preferred.
- A teaching qualification (Level 3 or above).
""",
    company_name="Greystone Haulage",
    job_title="Senior Driver Trainer",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("twenty twenty-one", 2021),
        ("nineteen ninety-eight", 1998),
        ("two thousand and nine", 2009),
        ("twenty oh five", 2005),
        ("Twenty-Twenty", 2020),
    ],
)
def test_a_year_written_in_words_is_a_year(text: str, year: int) -> None:
    (quantity,) = extract_quantities(f"qualified in {text}.")
    assert (quantity.kind, quantity.value) == (QuantityKind.TIME, year)


@pytest.mark.parametrize(
    "text", ["twenty two drivers", "twenty-five years", "two thousand staff", "nineteen twelve-hour"]
)
def test_counts_in_words_stay_counts(text: str) -> None:
    assert all(q.kind is not QuantityKind.TIME for q in extract_quantities(text))


@pytest.mark.parametrize(
    "body",
    [
        "I have held a Class C licence with a hazardous goods endorsement since 2014.",
        "I completed my Level 3 Award in Education and Training in 2021.",
        "I don't hold Class C+E yet, and I would gladly train for it.",
        "I have trained drivers at Ferrovale Logistics since 2019.",
        "My degree is an associate degree in logistics management rather than a bachelor's.",
    ],
)
def test_the_cvs_grades_and_years_in_words_back_the_letter(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("I hold a Class D licence with a hazardous goods endorsement.", "credential"),
        ("I hold a Level 5 Award in Education and Training.", "credential"),
        ("I completed my Level 3 Award in Education and Training in 2017.", "date_or_duration"),
        ("I hold an associate degree in nursing.", "credential"),
    ],
)
def test_a_neighbouring_grade_or_year_is_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)
