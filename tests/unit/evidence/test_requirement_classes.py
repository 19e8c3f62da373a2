"""Classes of requirement language judged against invented CVs: each test reads a Markdown CV and a one-line
requirement the way the service does, and checks whether the requirement table shows it as a gap."""

from __future__ import annotations

import pytest

from .samples import shown_as_gap

PRINT_CV = """# Rosa Delgado
## Summary
Print production coordinator for a regional publisher.
## Experience
**Production Coordinator** | Harrow Lane Press | Mar 2019 – Present
- Moved the plate room from paper dockets to Quillstack job tickets in 2021.
- Build page proofs in Inkframe and send them to the pressroom each night.
- Check every proof in PDQ before release.
## Skills
Brisk · ASQ Certified Quality Auditor (CQA) · MS Project · Excel
"""


@pytest.mark.parametrize(
    "requirement",
    [
        "Familiarity with scheduling tools (Quillstack, Tallyho)",  # an example in brackets
        "Experience with print workflow software (e.g., Brisk, PressHub)",  # one word, its capital as written
        "Expert-level Inkframe",  # a compound modifier opening the line is not part of the name
        "PDQ Software experience",  # the kind of thing is not part of the name
        "ASQ CQA or CQE",  # every word of a name on one line of the CV
        "Working knowledge of Microsoft Project or Primavera P6",  # the skill lexicon's other name for the tool
    ],
)
def test_a_tool_named_by_example_is_met_by_a_cv_line_naming_it(requirement: str) -> None:
    assert shown_as_gap(PRINT_CV, requirement) is False


@pytest.mark.parametrize(
    "requirement",
    ["Scheduling in Python or R for the plate room"],  # tools the lexicon knows, as alternatives
)
def test_a_tool_named_by_example_the_cv_never_names_is_a_gap(requirement: str) -> None:
    assert shown_as_gap(PRINT_CV, requirement) is True


def _career(summary: str, title: str, employer: str, bullet: str) -> str:
    return f"""# Ines Barrow
## Summary
{summary}
## Experience
**{title}** | {employer} | Apr 2021 – Present
- {bullet}
**{title}** | Wrenfield Partners | Jan 2016 – Mar 2021
- {bullet}
"""


EQUINE_NURSE = _career(
    "Veterinary nurse in equine practice since 2016.", "Veterinary Nurse", "Foxhollow Vets", "Ran the theatre list."
)
FUNDRAISER = _career(
    "Fundraiser with a portfolio of 90 donors.", "Major Donor Officer", "Tamsin Arts Trust", "Closed 12 gifts a year."
)
HYDROLOGIST = _career(
    "Consultant hydrologist for flood-risk work.", "Hydrologist", "Marlpit Water Ltd", "Modelled 40 catchments."
)
UTILITY_HYDROLOGIST = _career(
    "Hydrologist at a water utility.", "Hydrologist", "Marlpit Water Ltd", "Modelled 40 catchments."
)


def test_years_counted_from_qualifying_or_on_the_front_line_count_the_field_they_name() -> None:
    assert shown_as_gap(EQUINE_NURSE, "At least 6 years of post-registration experience in equine practice") is False
    assert shown_as_gap(FUNDRAISER, "7+ years of frontline fundraising experience") is False
    assert shown_as_gap(EQUINE_NURSE, "At least 6 years of post-registration experience in dairy herds") is True


def test_a_practitioner_noun_names_the_field_its_adjective_and_its_practice_describe() -> None:
    assert shown_as_gap(HYDROLOGIST, "At least 8 years of hydrological consultancy experience") is False
    assert shown_as_gap(UTILITY_HYDROLOGIST, "At least 8 years of hydrological consultancy experience") is True


ARCHITECT_CV = """# Tomas Reyes
## Summary
Registered architect designing schools and clinics.
## Experience
**Project Architect** | Pell & Horne Architects | Jun 2015 – Present
- Led the design of 14 K-12 schools to the state building code.
- Prepared permit sets and answered plan-review comments for three counties.
## Certifications
- Registered Architect, Indiana, 2016
"""


def test_a_licence_of_another_place_than_the_one_asked_is_a_gap() -> None:
    assert shown_as_gap(ARCHITECT_CV, "Registered Architect license in the State of Ohio") is True
    assert shown_as_gap(ARCHITECT_CV, "Registered Architect license in Indiana or Ohio") is False
    assert shown_as_gap(ARCHITECT_CV, "Registered Architect license in any U.S. state") is False  # any place will do
    assert shown_as_gap(ARCHITECT_CV, "Registered Architect license in Ohio, or eligibility for reciprocity") is False


def test_the_rules_of_a_named_place_need_a_cv_that_names_the_place() -> None:
    assert shown_as_gap(ARCHITECT_CV, "Familiarity with Ohio building codes and permit review") is True
    assert shown_as_gap(ARCHITECT_CV, "Familiarity with Indiana building codes and permit review") is False


def _with_study(education: str, certifications: str = "") -> str:
    return f"""# Priya Lanner
## Experience
**Audiologist** | Kestrel Hearing | Jan 2019 – Present
- Fitted 600 hearing aids a year.
## Education
{education}
{"## Certifications" if certifications else ""}
{certifications}
"""


def test_a_degree_written_as_its_abbreviation_or_listed_as_a_certification_meets_its_level() -> None:
    assert (
        shown_as_gap(_with_study("- MHSc Audiology, Calder University, 2018"), "Master's degree in audiology") is False
    )
    assert shown_as_gap(_with_study("- MPA, Calder University, 2016"), "Master's degree") is False
    listed = _with_study("- BSc Biology, Calder University, 2014", "- MLIS, Fenwick School of Information, 2017")
    assert shown_as_gap(listed, "MLIS from an accredited program") is False
    assert shown_as_gap(_with_study("- BSc Biology, Calder University, 2014"), "Master's degree") is True


def test_any_education_answers_a_school_leaving_qualification() -> None:
    assert shown_as_gap(_with_study("- BSc Biology, Calder University, 2014"), "High school diploma or GED") is False
    assert (
        shown_as_gap(
            _with_study("- A-levels in Biology, Harlow Sixth Form College, 2010"), "GCSEs in English and maths"
        )
        is False
    )


def test_a_certificate_programme_is_no_degree_but_is_schooling_finished() -> None:
    """ "Hearing Instrument Certificate, Lakeview Community College": a certificate answers "high school diploma",
    never "bachelor's degree"; a degree listed beside it still does."""
    certificate = _with_study("- Hearing Instrument Certificate — Lakeview Community College, 2017")
    assert shown_as_gap(certificate, "Bachelor's degree in audiology or a related field") is True
    assert shown_as_gap(certificate, "High school diploma or GED") is False
    both = _with_study(
        "- Hearing Instrument Certificate — Lakeview Community College, 2017\n- BSc Biology, Calder, 2014"
    )
    assert shown_as_gap(both, "Bachelor's degree in audiology or a related field") is False


def _courier(contact: str, bullet: str) -> str:
    return f"""# Noel Farrant
{contact}
## Experience
**Courier Supervisor** | Brackwater Parcels | Feb 2020 – Present
- {bullet}
"""


def test_a_driving_licence_stated_anywhere_in_the_cv_meets_a_driving_licence_requirement() -> None:
    with_licence = _courier("Hull · noel@example.com · Full UK driving licence (clean)", "Planned 30 routes a day.")
    assert shown_as_gap(with_licence, "A full UK driving licence") is False
    assert shown_as_gap(with_licence, "Valid driving licence and a clean driving record") is False
    assert shown_as_gap(with_licence, "Class C+E licence or a CDL") is True  # a class the CV never names
    without = _courier("Hull · noel@example.com", "Planned 30 routes a day.")
    assert shown_as_gap(without, "A full UK driving licence") is True


def test_hours_the_cv_shows_the_candidate_already_works_meet_an_availability_requirement() -> None:
    nights = _courier("Hull · noel@example.com", "Lead the overnight sort team from 10 p.m.")
    assert shown_as_gap(nights, "Able to work evenings and holidays on rotation") is False
    days = _courier("Hull · noel@example.com", "Planned 30 routes a day.")
    assert shown_as_gap(days, "Able to work evenings and holidays on rotation") is True


PROMOTED_CV = """# Dara Quill
## Summary
Builder who came up through the trades.
## Experience
**Construction Manager** | Hollin Build | Mar 2024 – Present
- Run two live sites.
**Site Manager** | Hollin Build | Jan 2016 – Feb 2024
- Ran a 40-home estate.
"""
ADVISOR_CV = """# Mo Carrow
## Summary
Pre-need advisor at a funeral home since 2012, licensed in insurance, working beside the director every day.
## Experience
**Family Service Advisor** | Carrow & Sons Funeral Home | Jan 2012 – Present
- Sold 80 pre-need plans a year.
"""


def test_years_as_a_named_title_count_that_title_only() -> None:
    assert shown_as_gap(PROMOTED_CV, "5+ years as a Construction Manager") is True  # a neighbouring rank is not it
    assert shown_as_gap(PROMOTED_CV, "5+ years as a Site Manager or Construction Manager") is False
    assert shown_as_gap(ADVISOR_CV, "5+ years of experience as a licensed funeral director") is True
    assert shown_as_gap(ADVISOR_CV, "5+ years of funeral home experience") is False


BUYER_CV = """# Ada Thorne
## Experience
**Senior Buyer** | Pellow Fittings | May 2018 – Present
- Managed a $40,000 annual packaging budget across three suppliers.
- Planned orders with domestic suppliers on lead times of 14 days.
- Manage a portfolio of 150 supplier accounts and close 20 supplier reviews a year.
"""


def test_a_minimum_amount_the_supporting_lines_fall_short_of_is_a_gap() -> None:
    assert shown_as_gap(BUYER_CV, "Management of packaging budgets of $2M or more") is True
    assert shown_as_gap(BUYER_CV, "Planning orders with suppliers on lead times of 90+ days") is True
    assert shown_as_gap(BUYER_CV, "Management of packaging budgets of $25,000 or more") is False
    # a count is compared with a count of the same thing: 150 accounts, not 20 reviews
    assert shown_as_gap(BUYER_CV, "Managing a portfolio of 100+ supplier accounts") is False


def _licensed(*certificates: str) -> str:
    lines = "\n".join(f"- {c}" for c in certificates)
    return f"""# Lou Averell
## Experience
**Family Service Advisor** | Averell Memorial Park | Mar 2017 – Present
- Guided 200 families a year through arrangements.
## Certifications
{lines}
"""


def test_a_licence_is_named_by_one_credential_line_not_by_words_spread_over_several() -> None:
    spread = _licensed("Texas Cemetery Sales Agent License, Funeral Services Commission", "Texas Adjuster License")
    assert shown_as_gap(spread, "Texas Funeral Director license") is True
    assert shown_as_gap(_licensed("Texas Funeral Director License, 2019"), "Texas Funeral Director license") is False
    teacher = _licensed("Oregon Teaching License – Mathematics endorsement")
    assert shown_as_gap(teacher, "Oregon teaching license with a Reading Specialist endorsement") is True
    assert shown_as_gap(teacher, "Oregon teaching license with a Mathematics endorsement") is False


KILN_CV = """# Sol Brennick
## Experience
**Kiln Operator** | Tarrow Ceramics | Jun 2015 – Present
- Fired the works' tunnel kiln after certification in 2016.
- Flew the survey drone for UAS mapping of the clay pits.
## Certifications
- Certified Kiln Operator (CKO), Guild of Ceramic Engineers
- FAA Remote Pilot Certificate (Part 107)
"""


def test_an_offer_to_obtain_a_credential_leaves_the_experience_before_it_as_the_requirement() -> None:
    assert shown_as_gap(KILN_CV, "Tunnel kiln operation experience or willingness to obtain certification") is False
    assert shown_as_gap(KILN_CV, "Glaze chemistry experience or willingness to obtain certification") is True


def test_a_credential_joined_to_experience_by_and_is_judged_on_its_own_designations() -> None:
    assert shown_as_gap(KILN_CV, "FAA Part 107 Remote Pilot Certificate and UAS mapping experience") is False
    assert shown_as_gap(KILN_CV, "FAA IA certificate and UAS mapping experience") is True


SCANNER_CV = """# Rhea Voss
## Experience
**CT Technologist** | Marrow Vale Imaging | Jan 2016 – Present
- Ran 25 CT scans a day.
**Quality Technician** | Marrow Vale Imaging | Jan 2012 – Dec 2015
- Audited scanner logs.
"""


def test_a_slash_between_acronyms_names_one_thing_and_elsewhere_alternatives() -> None:
    assert shown_as_gap(SCANNER_CV, "2+ years of PET/CT experience") is True  # PET/CT is not CT
    assert shown_as_gap(SCANNER_CV, "3+ years of safety/quality experience") is False


ASSOCIATE_CV = """# Tomas Okwuosa
## Experience
**Fleet Dispatcher** | Larkfield Transit | Jan 2018 – Present
- Dispatch 40 routes a day.
## Education
A.A.S., Fleet Logistics — Larkfield Community College, 2017
"""


@pytest.mark.parametrize(
    ("requirement", "gap"),
    [
        ("Bachelor's degree in business or logistics", True),  # an associate degree is one level below
        ("Associate degree in logistics or a related field", False),
        ("High school diploma or GED", False),
    ],
)
def test_an_associate_degree_is_below_a_bachelors(requirement: str, gap: bool) -> None:
    assert shown_as_gap(ASSOCIATE_CV, requirement) is gap


PLANT_CV = """# Sefa Tuilagi
## Summary
Dyehouse manager.
## Experience
**Epidemiologist I** | Harrow County Health Department | Jan 2016 – Dec 2020
- Investigated 19 foodborne outbreaks.
**Dyehouse Manager** | Kelso Textiles | Jan 2021 – Present
- Led the plant through Bluesign and Fairtrade Textile certification in 2023.
- Host two customer social-compliance audits a year.
## Certifications
- QCI-2 Qualified Colour Inspector, 2022
"""


@pytest.mark.parametrize(
    "requirement",
    [
        "QCI certification",  # a designation held at a level ("QCI-2") is that designation
        "Bluesign or Fairtrade Textile certification experience",  # work done for a certification, not held
        "Experience hosting customer and certification audits",
        "3+ years of applied epidemiology experience",  # "applied" qualifies the field
    ],
)
def test_work_for_a_certification_and_designations_at_a_level_are_met(requirement: str) -> None:
    assert shown_as_gap(PLANT_CV, requirement) is False


@pytest.mark.parametrize(
    "requirement",
    ["QCE certification", "ISO 14001 certification experience", "6+ years of applied epidemiology experience"],
)
def test_their_near_misses_are_still_gaps(requirement: str) -> None:
    assert shown_as_gap(PLANT_CV, requirement) is True


LANGUAGES_CV = """# Aroha Mendes
## Experience
**Service Foreman** | Kelso Lifts | Jan 2019 – Present
- Run a crew of 9 mechanics.
## Skills
ServiceTitan
Procore (basic)
English
Spanish
French (basic)
"""


@pytest.mark.parametrize(
    ("requirement", "gap"),
    [
        ("Bilingual English/Spanish", False),  # "(basic)" on the line above belongs to that line's item
        ("Fluent French", True),  # a language marked basic on its own line is not spoken at work
    ],
)
def test_a_beginners_level_belongs_to_its_own_line(requirement: str, gap: bool) -> None:
    assert shown_as_gap(LANGUAGES_CV, requirement) is gap


SURVEYOR_CV = """# Hallam Okoro
## Experience
**Marine Police Officer** | Tynemouth Constabulary | Jan 2012 – Dec 2015
- Patrolled the estuary.
**Hydrographic Surveyor** | Seabed Surveys Ltd | Jan 2016 – Present
- Ran multibeam surveys of 40 harbours.
## Certifications
- Powered boat handling (RYA Level 2), 2016
- Offshore survival (BOSIET), 2019
"""


@pytest.mark.parametrize(
    ("requirement", "gap"),
    [
        ("Boat handling certification, and the ability to work long nights and weekends", False),  # and an ability
        ("Crane operator certification, and the ability to work long nights and weekends", True),
    ],
)
def test_a_credential_joined_to_an_ability_is_judged_on_the_credential(requirement: str, gap: bool) -> None:
    assert shown_as_gap(SURVEYOR_CV, requirement) is gap
