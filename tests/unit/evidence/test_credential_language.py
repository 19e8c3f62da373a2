"""Credential language judged against invented CVs: codes of standards that look like degrees, credentials named by
their initials in one place and in full in the other, and qualifications graded by level."""

from __future__ import annotations

import pytest

from careervp.logic.evidence.rules import is_credential_requirement, required_degree_level

from .samples import shown_as_gap

ELECTRICIAN = """# Tomasz Reyes
## Summary
Approved electrician on commercial fit-outs.
## Experience
**Electrician** | Brightwire Contracting | Mar 2017 – Present
- Install and test distribution boards to BS 7671 on office fit-outs.
- Certify circuits and issue electrical installation certificates.
## Skills
BS 7671 · inspection and testing · MS-DRG coding
"""


@pytest.mark.parametrize(
    "requirement",
    [
        "Working knowledge of BS 7671 and inspection and testing",
        "Installation to BS EN 61439 and BS 7671",
        "Familiarity with MS-DRG coding",
        "Troubleshooting BACnet MS/TP networks",
    ],
)
def test_a_standard_or_scheme_code_is_no_degree(requirement: str) -> None:
    assert required_degree_level(requirement) is None
    assert not is_credential_requirement(requirement)


def test_a_standard_the_cv_works_to_meets_a_requirement_naming_it() -> None:
    assert shown_as_gap(ELECTRICIAN, "Working knowledge of BS 7671 and inspection and testing") is False
    assert required_degree_level("BS/MS in electrical engineering") == 2  # a degree beside another is still one
    assert required_degree_level("MS or BS in physics") == 2


COURIER = """# Dana Whitcombe
## Summary
Delivery driver and route trainer.
## Experience
**Route Driver** | Kestrel Parcels | Jan 2019 – Present
- Drive a 26-tonne rigid on multi-drop routes across three counties.
## Certifications
- Commercial Driver's License, Class B — Ohio BMV, 2018
- Hazardous Materials Endorsement, Transportation Security Administration, 2020
- IEng, Institution of Engineering and Technology, 2021
"""


def test_a_credential_or_body_named_by_initials_is_met_by_its_name_spelt_out() -> None:
    assert shown_as_gap(COURIER, "CDL Class B, or ability to obtain one within 3 months") is False
    assert shown_as_gap(COURIER, "TSA hazardous materials endorsement") is False
    assert shown_as_gap(COURIER, "CDL Class A") is True  # spelt out, but of another class
    assert shown_as_gap(COURIER, "CEng with IET or IMechE") is True  # the body qualifies the credential asked


def _contact_line(line: str) -> str:
    return f"""# Priya Lund
Bristol · 07700 900111 · {line}
## Experience
**Site Gardener** | Hollins Estates | Apr 2020 – Present
- Maintain the grounds of four care homes.
"""


@pytest.mark.parametrize(
    ("held", "requirement"),
    [
        ("Full clean licence, own van", "Full UK driving licence and own transport"),
        ("Driver lic. (manual)", "Full driver licence"),
        ("Full driving licence (Cat. B)", "Full UK driving licence (Category B)"),
        ("Texas CDL Class A", "Class A CDL with a clean MVR"),
    ],
)
def test_a_driving_licence_written_in_a_contact_lines_shorthand_is_held(held: str, requirement: str) -> None:
    assert shown_as_gap(_contact_line(held), requirement) is False
    assert shown_as_gap(_contact_line("Own transport"), requirement) is True
    assert shown_as_gap(_contact_line(held), "Full driving licence (Category C)") is True


ARBORIST = """# Colm Hartigan
## Experience
**Tree Surgeon** | Oakline Arboriculture | May 2018 – Present
- Fell and dismantle trees on domestic and council sites.
## Certifications
- Ohio Commercial Tree Applicator licence, Cat. 4 (Ornamental), 2019
"""


def test_a_category_in_brackets_is_the_credential_asked_and_cat_is_its_short_form() -> None:
    assert shown_as_gap(ARBORIST, "Ohio Commercial Tree Applicator licence (Category 4)") is False
    assert shown_as_gap(ARBORIST, "Ohio Commercial Tree Applicator licence (Category 6)") is True


DISPENSARY = """# Lior Benadi
## Experience
**Pharmacy Technician** | Castlegate Dispensary | Feb 2019 – Present
- Fill and check about 300 prescriptions a day.
## Certifications
- Certified Pharmacy Technician (CPhT), PTCB, 2018
"""


def test_a_credential_written_with_a_small_letter_among_its_capitals_is_an_acronym() -> None:
    assert shown_as_gap(DISPENSARY, "Active CPhT or RPh licence") is False
    assert shown_as_gap(DISPENSARY, "Active RPh licence") is True


NURSERY_COOK = """# Bryony Akande
## Experience
**Nursery Cook** | Little Acorns Nursery | Jan 2020 – Present
- Plan and cook meals for 60 children a day.
## Certifications
- Level 3 Diploma in Professional Cookery, City & Guilds, 2019
- Level 2 Food Safety and Hygiene, Highfield, 2024
"""


def test_a_qualification_asked_at_a_numbered_level_is_met_by_that_level_in_its_subject() -> None:
    assert shown_as_gap(NURSERY_COOK, "A relevant Level 2 cookery qualification (or above)") is False
    assert shown_as_gap(NURSERY_COOK, "Food Safety Level 3 certificate") is True  # the subject held at a lower level
    assert shown_as_gap(NURSERY_COOK, "Level 3 Diploma in Childcare") is True  # the level held in another subject


FARRIER = """# Tam Oduya
## Experience
**Farrier** | Hollin Forge | Jun 2015 – Present
- Shoe about 25 horses a week.
## Certifications
- Certified Journeyman Farrier (CJF), American Farrier's Association (AFA), 2016
"""


def test_a_credential_held_answers_a_requirement_offering_it_beside_a_masters() -> None:
    assert shown_as_gap(FARRIER, "AFA Certified Journeyman Farrier (CJF) or Master of Equine Science") is False
    assert shown_as_gap(FARRIER, "AFA Certified Tradesman Farrier (CTF) or Master of Equine Science") is True
