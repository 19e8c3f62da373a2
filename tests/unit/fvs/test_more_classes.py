"""More classes of honest language: ratios, labels, short forms with initials, possessive company names, skills in
another form of a CV word, degrees as a CV's structured fields give them."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.logic.fvs import verify_letter
from careervp.logic.numbers import QuantityKind, extract_quantities
from careervp.vocabulary import company_matches

from .surveyor import COMPANY, CV_TEXT, POSTING, TITLE, TODAY, flagged


@pytest.mark.parametrize(("text", "value"), [("nine in ten", 90.0), ("one out of five", 20.0), ("3 in 4", 75.0)])
def test_a_ratio_is_a_share(text: str, value: float) -> None:
    found = extract_quantities(f"close to {text} of our sites")[0]
    assert (found.kind, round(found.value, 1)) == (QuantityKind.PERCENT, value)


def test_a_share_restated_as_a_ratio_is_supported() -> None:
    # 72% -> 91% first-time pass rate: "nine in ten" restates 91%
    assert flagged("Today close to nine in ten of our deliverables pass first time.") == []


def test_a_list_label_is_not_a_claim() -> None:
    assert flagged("Here is the short version:\n- Credentials: MRICS, and the CAA drone certificate.") == []


@pytest.mark.parametrize(
    ("mention", "official", "same"),
    [
        ("Penhallow DC", "Penhallow District Council", True),
        ("UP Plymouth", "University of Plymouth", True),
        ("Penhallow XY", "Penhallow District Council", False),
        ("Tregarthen's", "Tregarthen’s Consulting Engineers", True),
    ],
)
def test_short_forms_with_initials_and_possessives(mention: str, official: str, same: bool) -> None:
    assert company_matches(mention, official) is same


def test_a_skill_in_another_form_of_a_cv_word_is_supported() -> None:
    assert flagged("My surveying has been on land rather than at sea.") == []


def test_a_degree_from_structured_fields_backs_its_code() -> None:
    cv_text = CV_TEXT.replace(
        "BSc (Hons) Geographical Information Science — University of Plymouth, 2014",
        "MA Marine Geography — University of Plymouth, 2014",
    )
    cv = read_cv(cv_text.encode(), "cv.md")
    letter = (
        f"Dear Hiring Manager,\n\nI am applying for the {TITLE} role at {COMPANY}. I hold an MA in Marine Geography.\n"
    )
    result = verify_letter(letter, cv=cv, job=POSTING, company_name=COMPANY, job_title=TITLE, today=TODAY)
    assert result.critical == []


@pytest.mark.parametrize(
    "body",
    [
        # the total of two figures the same sentence states, each checked on its own
        "I have logged 4,150 field hours: 1,850 at Penhallow and 2,300 at Kernow.",
        # the change between two figures the same sentence states
        "Our first-time pass rate rose 19 points, from 72% to 91%.",
    ],
)
def test_a_figure_computed_from_the_sentences_own_figures_is_supported(body: str) -> None:
    assert flagged(body) == []


def test_a_part_that_is_wrong_is_still_caught_when_the_total_is_computed() -> None:
    assert any(
        f.startswith("metric")
        for f in flagged("I have logged 4,150 field hours: 1,950 at Penhallow and 2,200 at Kernow.")
    )


def test_an_acronym_the_cv_spells_with_dots_means_the_cvs_thing() -> None:
    cv = read_cv(CV_TEXT.replace("BSc (Hons)", "M.S.").encode(), "cv.md")
    letter = f"Dear Hiring Manager,\n\nI am applying for the {TITLE} role at {COMPANY}. My MS is in GIS.\n"
    result = verify_letter(letter, cv=cv, job=POSTING, company_name=COMPANY, job_title=TITLE, today=TODAY)
    assert [v.field for v in result.critical if v.field == "skill"] == []
