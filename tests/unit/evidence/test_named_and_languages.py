"""Requirements that name specific things, and language requirements, judged by what the CV names."""

from __future__ import annotations

import pytest

from careervp.logic.evidence.named import language_verdict, named_things, names_none_the_cv_has

from .samples import shown_as_gap

CV = "Surveyor. Tools: Leica Cyclone, AutoCAD Civil 3D, QGIS. MRICS. Languages: English (native), Cornish, French."


@pytest.mark.parametrize(
    ("requirement", "unmet"),
    [
        ("Proficiency in Trimble Business Center or similar", True),
        ("Experience with AutoCAD Civil 3D", False),
        ("Chartered membership of the RICS (MRICS or FRICS)", False),
        ("Strong communication with clients", False),  # names nothing specific
        ("Experience with UK housing associations", False),  # a place is not a product
        ("Demonstrated QGIS scripting for client deliverables", False),  # the line's first word is not a name
        ("Proven Leica Cyclone registration work", False),
        ("Tekla Structural Designer or similar", True),  # while a product's own first word stays
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
        ("Bilingual English/Welsh", False),  # every language a pair names, not one of them
        ("English and French", True),
        ("English and Welsh", False),
        ("Welsh or French", True),
    ],
)
def test_language_requirements_are_judged_by_the_languages_listed(requirement: str, verdict: bool | None) -> None:
    assert language_verdict(requirement, CV) is verdict


SOC_CV = """# Ola Nowak
## Summary
Detection analyst.
## Experience
**SOC Analyst** | Northgate Bank | Sep 2019 – Present
- Triage alerts in Splunk and write detection rules.
"""
BRIDGE_CV = """# Ana Ruiz
## Summary
Bridge engineer with ten years of bridge design and inspection experience.
## Experience
**Senior Engineer** | Ruiz & Co | Jan 2021 – Present
- Lead load rating for county structures.
**Engineer** | State DOT | Jan 2016 – Dec 2020
- Inspected 300 structures.
"""


def test_a_title_acronym_names_its_field() -> None:
    assert shown_as_gap(SOC_CV, "4+ years in security operations or incident response") is False
    assert shown_as_gap(SOC_CV, "10+ years in security operations") is True


def test_the_summary_names_the_field_of_the_whole_career() -> None:
    assert shown_as_gap(BRIDGE_CV, "8+ years of bridge design experience") is False
    assert shown_as_gap(BRIDGE_CV, "8+ years of tunnel design experience") is True


def test_a_language_listed_at_a_beginners_level_meets_no_language_requirement() -> None:
    listed = "Languages: English (native); Welsh (basic); elementary Basque; Catalan – fluent."
    assert language_verdict("Bilingual English/Welsh", listed) is False
    assert language_verdict("Conversational Basque", listed) is False
    assert language_verdict("Bilingual English/Catalan", listed) is True


EQUESTRIAN = """# Maren Oduya
## Experience
**Yard Manager** | Hollowmere Riding School | Mar 2018 – Present
- Run the yard of an ABRS AC riding school with 30 liveries and 14 school horses.
- Prepared the yard for two ABRS inspections without a single action point.
- Groom and turn out competition horses as an ABRS St. 3 groom.
- Climb and prune yard trees to ANSI Z133 rules.
## Memberships
ABRS member since 2012
"""


def test_a_name_opening_with_a_bodys_acronym_is_that_scheme_not_the_body() -> None:
    assert shown_as_gap(EQUESTRIAN, "Experience preparing for an ABRS Riding Club inspection") is True
    assert shown_as_gap(EQUESTRIAN, "Grooming competition horses to ABRS Stage 4 standard") is True
    # The scheme written the trade's short way: the acronym and initials, its level short, its opening codes.
    assert shown_as_gap(EQUESTRIAN, "Experience running an ABRS Approved Centre and its inspections") is False
    assert shown_as_gap(EQUESTRIAN, "Grooming competition horses to ABRS Stage 3 standard") is False
    assert shown_as_gap(EQUESTRIAN, "Pruning to ANSI Z133 Safety Requirements") is False
