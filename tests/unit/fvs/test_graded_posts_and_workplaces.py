"""Grades written before a post ("a Band 7 Theatre Manager") or listed under one plural word ("Levels 2 and 3"),
checked against the grades the CV gives; workplaces and company names with a word changed or left out; a
credential the CV has not yet got, claimed as held beside a concession about another; a promotion's title ending at its
job noun ("promoted to Charge Nurse partway through").

An invented theatre nurse and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting
from careervp.logic.fvs import verify_letter

from .personas import TODAY, critical_findings

CV = read_cv(
    b"""# Ingrid Solheim-Adebayo
Theatre nurse

## Experience
**Charge Nurse (Band 6), Day Surgery Theatres** | Wrenfield General Hospital | Derby | Mar 2021 - Present
- Lead a team of nine scrub and recovery staff.

**Staff Nurse (Band 5), Orthopaedic Theatres** | Wrenfield General Hospital | Derby | 2016 - 2021
- Scrubbed for hip and knee lists.

## Certificates
- Food Hygiene Award, Level 2 - 2019
- Mentoring Certificate, Level 3 - 2022
- BLS provider, renewed 2025
- Not yet held: PHTLS (course booked for May 2027)
""",
    "ingrid.md",
)
POSTING = read_posting(
    """# Theatre Team Leader
Company: Castlemoor Private Hospital

## Requirements
- Registered nurse with theatre experience.
""",
    company_name="Castlemoor Private Hospital",
    job_title="Theatre Team Leader",
)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("I spent five years at Wrenfield General Hospital, leaving as a Band 7 Theatre Manager.", "role:Band 7"),
        ("I spent five years at Wrenfield General Hospital, where I am now a Band 6 Charge Nurse.", None),
        ("Before that I was a Band 5 Staff Nurse in orthopaedic theatres.", None),
        ("I hold Mentoring Certificates at Levels 3 and 4.", "credential:Levels 3 and 4"),
        ("I hold certificates at Levels 2 and 3 in food hygiene and mentoring.", None),
    ],
)
def test_a_grade_beside_a_post_or_listed_under_a_plural_must_be_one_the_cv_gives(
    body: str, flagged: str | None
) -> None:
    found = critical_findings(body, cv=CV, job=POSTING)
    assert (flagged in found) if flagged else not any(f.split(":")[0] in {"role", "credential"} for f in found), found


@pytest.mark.parametrize(
    "body",
    [
        "My first nursing job was at Derby Larkspur Theatres, before I moved into theatres.",
        "Before theatres, my first post was at Wrenfield Moorside Surgery in Derby.",
    ],
)
def test_a_workplace_whose_first_word_is_known_is_still_an_employer_the_cv_must_give(body: str) -> None:
    assert any(f.startswith("employer:") for f in critical_findings(body, cv=CV, job=POSTING))


def test_the_cv_employer_named_after_a_known_place_is_no_finding() -> None:
    body = "My first nursing job was at Wrenfield General Hospital in Derby, in orthopaedic theatres."
    assert critical_findings(body, cv=CV, job=POSTING) == []


TRUST = read_posting(
    """# Theatre Team Leader
Company: Ellery Marsh Private Hospitals Trust

## Requirements
- Registered nurse with theatre experience.
""",
    company_name="Ellery Marsh Private Hospitals Trust",
    job_title="Theatre Team Leader",
)


@pytest.mark.parametrize(
    ("greeting", "named"),
    [
        ("Dear Ellery Private Hospitals Trust recruitment team,", False),  # "Marsh" left out: another body
        ("Dear Ellery Marsh Hospitals Trust recruitment team,", True),  # only a describing word left out
        ("Dear Ellery Marsh Trust recruitment team,", True),  # only the kind of organisation left out
        ("Dear Ellery Marsh recruitment team,", True),  # a short form keeps the name's first words
    ],
)
def test_a_mention_that_leaves_a_name_word_out_of_the_middle_names_another_body(greeting: str, named: bool) -> None:
    letter = f"{greeting}\n\nI would like to lead one of your theatre teams.\n\nBest,\n{CV.person.name}"
    result = verify_letter(
        letter, cv=CV, job=TRUST, company_name=TRUST.company_name, job_title=TRUST.job_title, today=TODAY
    )
    assert result.company_name_verified is named, result.violations


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("I already hold my PHTLS card, though I don't have ALS yet.", "credential:PHTLS"),
        ("I also hold PHTLS, although my ALS is not yet booked.", "credential:PHTLS"),
        ("I already hold my BLS card, though I don't have ALS yet.", None),
        ("I don't hold PHTLS yet, though my course is booked.", None),
    ],
)
def test_a_credential_the_cv_has_not_yet_got_is_not_held_beside_a_concession(body: str, flagged: str | None) -> None:
    found = critical_findings(body, cv=CV, job=POSTING)
    assert (flagged in found) if flagged else found == [], found


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("At Wrenfield I was promoted to Charge Nurse partway through 2021.", None),
        ("At Wrenfield I was promoted to Charge Nurse halfway through my second year.", None),
        ("At Wrenfield I was promoted to Theatre Manager partway through 2021.", "role:Theatre Manager"),
    ],
)
def test_a_promotion_title_ends_at_its_job_noun_before_lower_case_words(body: str, flagged: str | None) -> None:
    found = critical_findings(body, cv=CV, job=POSTING)
    assert (flagged in found) if flagged else not any(f.startswith("role:") for f in found), found


def test_a_word_after_an_abbreviation_closing_a_workplace_name_is_no_employer() -> None:
    body = "I am Charge Nurse at Wrenfield General Hospital N.H.S. Specifically, I run the day surgery theatres."
    assert not any(f.startswith("employer:") for f in critical_findings(body, cv=CV, job=POSTING))
