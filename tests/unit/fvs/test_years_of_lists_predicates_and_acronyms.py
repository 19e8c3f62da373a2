"""Which name a year dates:

- "a first in 2011 and an MPhil in 2013": the next item of a list, joined by a bare "and", has its own year;
- "... on subsea cables for years and have been splicing since 2019": a new predicate (with "have been") starts
  after the name, which the later year does not date;
- "my IRATA L3 since 2018": a credential named whole in an undated headline and apart in the dated certificate
  line ("IRATA ... Level 3 (L3)") is dated by that line.

An invented rope-access technician and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Teodor Lachance
Rope access technician - IRATA L3, subsea cable splicing

## Experience
**Cable Splicer** | Fundy Subsea Links | 2016 - Present
- Splicer's mate 2016, splicer from 2019.
- Joint armoured export cables on OSPREY vessels since 2021.

## Education
- BSc (Hons) Marine Engineering, first class, Solway University, 2011
- MPhil Offshore Structures, Solway University, 2013

## Certifications
- IRATA Rope Access Technician Level 3 (L3), 2018
- GWO Basic Safety Training (BST), 2020
""",
    "teodor.md",
)
POSTING = read_posting(
    "# Senior Cable Jointer\nCompany: Petrel Offshore\n\n## Requirements\n- Subsea cable jointing\n",
    company_name="Petrel Offshore",
    job_title="Senior Cable Jointer",
)


@pytest.mark.parametrize(
    "body",
    [
        "I graduated with a First in 2011 and an MPhil in 2013.",
        "I have jointed cable on OSPREY vessels for years and have been splicing since 2019.",
        "I have held my IRATA L3 since 2018, I am GWO BST trained as well.",
    ],
)
def test_each_year_is_read_against_the_name_it_dates(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


@pytest.mark.parametrize(
    "body",
    [
        "I graduated with a First in 2011 and an MPhil in 2016.",
        "I have held my IRATA L3 since 2015, I am GWO BST trained as well.",
    ],
)
def test_a_year_the_cv_does_not_give_the_name_is_caught(body: str) -> None:
    assert any(f.startswith("date_or_duration:") for f in critical_findings(body, cv=CV, job=POSTING))


# "have worked in <region> ... since <year>": a region is dated by the CV's lines about the work there.
MOVER = read_cv(
    b"""# Anouk Ferreira
## Experience
**Senior Histotechnician** | Harbourside Pathology, Halifax, Nova Scotia | 2019 - Present
- Embed and section 120 blocks a day.

**Histotechnician** | Maritime Diagnostic Labs, Truro, Nova Scotia | 2016 - 2019
- Ran special stains.

**Laboratory Assistant** | Clinica Aurora, Porto | 2012 - 2016
- Prepared slides.
""",
    "anouk.md",
)
LAB = read_posting(
    "# Lead Histotechnician\nCompany: Fundy Pathology\n\n## Requirements\n- Histology\n",
    company_name="Fundy Pathology",
    job_title="Lead Histotechnician",
)


def test_work_in_a_region_since_the_year_its_lines_give_passes() -> None:
    body = "I trained in Porto and have worked in Nova Scotia labs since 2016."
    assert critical_findings(body, cv=MOVER, job=LAB) == []


def test_work_in_a_region_since_an_earlier_year_is_caught() -> None:
    body = "I trained in Porto and have worked in Nova Scotia labs since 2013."
    assert any(f.startswith("date_or_duration:") for f in critical_findings(body, cv=MOVER, job=LAB))


# A list of countries after a year ("since 2015, with tours to Austria and Chile") is where things happened, not
# a name that dates the year.
TOURING = read_cv(
    b"""# Saoirse Vance
## Experience
**Principal Horn** | Corrib Chamber Orchestra | 2015 - Present
- Tours to Austria (2018) and Chile (2023).
""",
    "saoirse.md",
)
HALL = read_posting(
    "# Section Leader, Horn\nCompany: Liffey Symphony\n\n## Requirements\n- Orchestral experience\n",
    company_name="Liffey Symphony",
    job_title="Section Leader, Horn",
)


def test_a_list_of_countries_beside_a_year_does_not_date_it() -> None:
    body = (
        "With the Corrib Chamber Orchestra I have played in both of its horn sections since 2015, with tours to "
        "Austria and Chile."
    )
    assert critical_findings(body, cv=TOURING, job=HALL) == []
