"""Names a CV writes in its trade's shorthand and a letter spells out ("Dept." for Department, "Nat'l" for National,
"N.D. Ohio" for the Northern District of Ohio, "OR" for Oregon), a site the posting names as where the role is, a
move the candidate wants to make, a post at an organisation outside the work history, and a region where work was
done, which dates nothing itself.

An invented wildlife technician and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting
from careervp.logic.fvs.short_forms import written_short_in

from .personas import critical_findings

CV = read_cv(
    """# Odile Brannagh-Sato
Wildlife technician · Bend, OR

## Experience

**OR Dept. of Fish & Wildlife (ODFW)** | Bend, OR
*Wildlife Technician* | Apr 2019 - Present
- Surveyed 40 sage-grouse leks a season for the Nat'l Sage-Grouse Monitoring Program.
- Expert witness in two cases before the D. Or. (U.S. Dist. Ct.) on poaching evidence.
- Trained 5 seasonal techs.

*Seasonal Technician* | Mar 2016 - Mar 2019
- Bird counts across Deschutes and Crook cos.

## Volunteering
Volunteer survey technician, High Desert Trails Assn. - since 2014

## Certifications
- Wilderness First Responder - 2018
""".encode(),
    "odile.md",
)
COMPANY = "Sagebrush Conservancy"
POSTING = read_posting(
    """# Field Lead – Sage-Grouse Program
Company: Sagebrush Conservancy

Based at our Juniper Flats field station near Bend.

## Requirements
- Experience with sage-grouse lek surveys.
- Experience with MaxEnt.
""",
    company_name=COMPANY,
    job_title="Field Lead – Sage-Grouse Program",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Department", "OR Dept. of Fish & Wildlife"),
        ("National Sage-Grouse", "the Nat'l Sage-Grouse Monitoring Program"),
        ("District of Oregon", "cases before the D. Or. (U.S. Dist. Ct.)"),
        ("Oregon Department", "OR Dept. of Fish & Wildlife"),
        ("Association", "High Desert Trails Assn."),
        ("Oregon", "Bend, OR"),
    ],
)
def test_a_name_the_text_writes_in_short_form(name: str, text: str) -> None:
    assert written_short_in(name, text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Regional Board", "the Reg. Bee Survey"),  # each word must shorten its own counterpart
        ("Denver", "Dr. Amal Price"),  # two letters alone shorten too many words
        ("Idaho", "Bend, OR"),
        ("CPRA", "CPR and first aid"),  # an acronym is not a word written in full
        ("Ex01", "Ex d certified"),
        ("Survey", "Surveyed 40 leks"),  # a longer word is not a short form
        ("Initech", "Brightline Inc."),  # a contraction keeps the word's last letter
    ],
)
def test_what_is_not_a_short_form(name: str, text: str) -> None:
    assert not written_short_in(name, text)


@pytest.mark.parametrize(
    "body",
    [
        "At the Oregon Department of Fish and Wildlife I survey forty leks a season for the National Sage-Grouse "
        "Monitoring Program.",
        "I have given expert evidence twice in the District of Oregon.",
        "I would be glad to run the lek surveys from your Juniper Flats station.",
        "I am applying for the Field Lead role at Juniper Flats.",
        "I'd love to move from survey work into MaxEnt modelling.",
        "I have volunteered as a survey technician with the High Desert Trails Association since 2014.",
        "I have done field work in Oregon since 2016.",
        "I would love to carry lek surveys through the High Lava Plains and eastern Oregon.",
    ],
)
def test_shorthand_sites_wishes_and_places_are_not_flagged(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("At the Idaho Department of Fish and Game I survey forty leks a season.", "employer"),
        ("I survey leks for the Regional Raptor Board.", "employer"),
        (
            "I have volunteered as a survey technician with the High Desert Trails Association since 2011.",
            "date_or_duration",
        ),
        ("I have built habitat models in MaxEnt for five years.", "skill"),
    ],
)
def test_the_same_statements_with_an_invented_fact_are_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)
