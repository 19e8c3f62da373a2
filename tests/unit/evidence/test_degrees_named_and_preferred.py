"""Degrees as CVs and postings name them: a professional doctorate by its title or letters ("Doctor of Physical
Therapy", "DPT", "O.D."), "degree-level education" that names no subject, and a posting's preferred degree ("; a
master's is preferred"), which is not asked."""

from __future__ import annotations

import pytest

from careervp.logic.evidence.rules import DOCTORATE, named_degree_level, required_part

from .samples import shown_as_gap

PHYSIO = """# Ingrid Vasquez-Holm
Duluth, MN · ingrid@example.org

## Experience
**Staff Physical Therapist** | Lakehead Rehab | Jun 2019 – Present
- Outpatient caseload of 14 patients a day: post-surgical knees and shoulders.

## Education
- Doctor of Physical Therapy (DPT), Superior State University, 2019
- B.A. in Kinesiology, Northwoods College, 2016
"""


@pytest.mark.parametrize(
    "requirement",
    [
        "Doctorate in physical therapy",
        "Clinical doctorate (DPT or equivalent)",
        "Degree-level education",
        "Bachelor's degree; a master's in sports science is preferred",
    ],
)
def test_the_degree_held_meets_it(requirement: str) -> None:
    assert shown_as_gap(PHYSIO, requirement) is False


def test_a_doctorate_the_cv_does_not_hold_stays_a_gap() -> None:
    assert shown_as_gap(PHYSIO, "PhD in Biomechanics") is True


@pytest.mark.parametrize("text", ["Doctor of Optometry", "O.D., Great Lakes College", "PharmD", "Au.D. (2018)"])
def test_professional_doctorates_are_doctorates(text: str) -> None:
    assert named_degree_level(text) == DOCTORATE


def test_a_preferred_clause_is_not_asked() -> None:
    assert required_part("Degree in nursing; an MSc is preferred") == "Degree in nursing"
    assert required_part("MSc preferred") == "MSc preferred"
