"""Requirements that name specific things, and language requirements, judged by what the CV names."""

from __future__ import annotations

import pytest

from careervp.logic.evidence_named import language_verdict, named_things, names_none_the_cv_has

CV = "Surveyor. Tools: Leica Cyclone, AutoCAD Civil 3D, QGIS. MRICS. Languages: English (native), Cornish, French."


@pytest.mark.parametrize(
    ("requirement", "unmet"),
    [
        ("Proficiency in Trimble Business Center or similar", True),
        ("Experience with AutoCAD Civil 3D", False),
        ("Chartered membership of the RICS (MRICS or FRICS)", False),
        ("Strong communication with clients", False),  # names nothing specific
        ("Experience with UK housing associations", False),  # a place is not a product
    ],
)
def test_a_requirement_naming_things_needs_one_of_them_in_the_cv(requirement: str, unmet: bool) -> None:
    assert names_none_the_cv_has(requirement, CV) is unmet, named_things(requirement)


@pytest.mark.parametrize(
    ("requirement", "verdict"),
    [
        ("Fluent written and spoken English", True),
        ("A second European language", True),
        ("Conversational Welsh", False),
        ("Spanish or another European language", True),
        ("Experience with GNSS", None),
    ],
)
def test_language_requirements_are_judged_by_the_languages_listed(requirement: str, verdict: bool | None) -> None:
    assert language_verdict(requirement, CV) is verdict
