"""A gap is stated only when no CV line speaks to it, counting a word's family ("rigging" in a rigger's
certificate), and only in a phrase that fits its frame."""

from __future__ import annotations

import pytest

from careervp.logic.writers.honesty import cv_speaks_to, word_base
from careervp.logic.writers.noun_phrases import reads_as_gap
from careervp.models.evidence import EvidenceMap


def _empty() -> EvidenceMap:
    return EvidenceMap(company_name="Acme", job_title="Glazier", candidate_name="A. B.", facts=[], requirements=[])


@pytest.mark.parametrize(
    ("topic", "cv"),
    [
        ("Rigging qualification", "Certificates: NCCCO Rigger Level I (2022)"),
        ("welding experience", "Coded welder, 6G pipe, since 2015"),
        ("grant writing", "Wrote grant applications for the county library"),
        ("sterilisation procedures", "Ran the sterilisation room for 4 theatres"),
    ],
)
def test_a_cv_that_names_the_work_by_another_form_of_its_word_speaks_to_the_gap(topic: str, cv: str) -> None:
    assert cv_speaks_to(topic, _empty(), cv)


@pytest.mark.parametrize(
    ("topic", "cv"),
    [("Rigging qualification", "Glazing foreman for storefront crews"), ("welding experience", "Site joiner")],
)
def test_a_cv_silent_on_the_work_leaves_the_gap(topic: str, cv: str) -> None:
    assert not cv_speaks_to(topic, _empty(), cv)


def test_a_family_shares_one_base() -> None:
    assert word_base("rigging") == word_base("rigger") == word_base("rigged") == "rig"
    assert word_base("planning") == word_base("planner")


@pytest.mark.parametrize(
    "topic",
    [
        "CSCS, outstanding",  # a list cut at its comma
        "200+ field employees across sites",  # a figure of the posting's
        "implementing",  # a bare gerund
        "comfortable examining infants",  # an adjective standing for a state
        "a user of AutoCAD Civil 3D",  # a person where a thing is had
    ],
)
def test_a_gap_phrase_that_fits_no_frame_is_not_stated(topic: str) -> None:
    assert not reads_as_gap(topic)


@pytest.mark.parametrize(
    "topic", ["casualty underwriting", "Delphi", "supporting payroll audits", "a portfolio of work"]
)
def test_a_gap_phrase_that_fits_its_frame_is_stated(topic: str) -> None:
    assert reads_as_gap(topic)
