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
        "I'm keen to do the Level 5 Award next, and I learn quickly.",
        "Next year I plan to take the Class D licence test.",
        "I don't hold a Class D licence, though I've driven a minibus.",
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
        ("I hold the Level 5 Award in Education and Training, and I'm keen to do more.", "credential"),
    ],
)
def test_a_neighbouring_grade_or_year_is_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)


TOWING = read_cv(
    b"""# Eluned Pryce
## Experience
**Stock Hand** | Cwm Farm | 2020 - Present
- Moved 600 ewes between hill and in-bye land.

## Licences
- Driving licence: B, B+E (towing), C1+E
- Lantra Lvl 2 Award in Chainsaw Maintenance
- Dry-stone walling: Bronze Badge 2021, Silver Badge 2024
""",
    "eluned.md",
)


@pytest.mark.parametrize("body", ["I hold a B+E licence for the stock trailer.", "I also drive on a C1+E licence."])
def test_licence_categories_joined_by_a_plus_are_one_code(body: str) -> None:
    assert critical_findings(body, cv=TOWING, job=POSTING) == []


def test_a_category_the_cv_lacks_is_still_caught() -> None:
    assert critical_findings("I hold a C+E licence for the stock trailer.", cv=TOWING, job=POSTING) != []


def test_a_grade_word_written_short_is_the_grade() -> None:
    # "Lvl 2" is "Level 2": the letter's "Level 2" is the CV's, its "Level 3" is not
    assert critical_findings("I hold the Lantra Level 2 Award in Chainsaw Maintenance.", cv=TOWING, job=POSTING) == []
    wrong = critical_findings("I hold the Lantra Level 3 Award in Chainsaw Maintenance.", cv=TOWING, job=POSTING)
    assert any(f.startswith("credential:") for f in wrong)


def test_a_tier_named_by_a_metal_or_colour_is_a_grade() -> None:
    assert critical_findings("I earned the dry-stone walling Silver Badge in 2024.", cv=TOWING, job=POSTING) == []
    wrong = critical_findings("I hold the dry-stone walling Gold Badge.", cv=TOWING, job=POSTING)
    assert any(f.startswith("credential:") for f in wrong)
