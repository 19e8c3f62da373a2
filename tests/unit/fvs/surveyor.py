"""A land surveyor and a posting (invented), read through the real readers: the field is one the rules were not
written for, so the tests built on it check classes of language, not remembered cases."""

from __future__ import annotations

from datetime import date

from careervp.ingest import read_cv, read_posting
from careervp.logic.fvs import verify_letter
from careervp.models.api import FVSValidation, Severity

TODAY = date(2026, 11, 15)

CV_TEXT = """# Marisol Quayle-Anand
Truro, Cornwall · marisol.qa@example.net

## Profile
Chartered land surveyor working on boundary, topographic and measured-building surveys since 2014.

## Experience
**Senior Land Surveyor** | Penhallow Geomatics Ltd | Truro | Apr 2021 – Present
- Lead a field crew of 4 surveyors on boundary and topographic surveys for 60 housing sites a year.
- Cut the average turnaround of a topographic survey from 15 to 9 working days by moving to drone photogrammetry.
- Logged 1,850 field hours on GNSS and total-station work.
- Won repeat work worth £420,000 from two housing associations.

**Land Surveyor** | Kernow Mapping Partners | Bodmin | 2016 – 2021
- Logged 2,300 field hours on control networks and setting out.
- Raised first-time pass rate on client deliverables from 72% to 91%.

**Survey Technician** | Kernow Mapping Partners | Bodmin | 2014 – 2016
- Processed point clouds in Leica Cyclone and drafted plans in AutoCAD Civil 3D.

## Education
BSc (Hons) Geographical Information Science — University of Plymouth, 2014

## Certifications
- Chartered Surveyor, MRICS (2019)
- CAA drone operator certificate (GVC) (2022)

## Skills
GNSS/RTK, total stations, Leica Cyclone, AutoCAD Civil 3D, Excel/VBA, QGIS, drone photogrammetry
"""

POSTING_TEXT = """# Lead Geospatial Surveyor – Coastal Programmes
Company: Tregarthen & Hale Consulting Engineers

Tregarthen & Hale has designed coastal defences in the South West since 1962. Our geomatics team of 18 supports
40 coastal schemes each year.

## Requirements
- 8+ years of land or engineering surveying.
- Chartered status (MRICS or ICES).
- Experience with bathymetric surveys and multibeam sonar.
- A full UK driving licence.
- 3,000+ field hours on GNSS and total stations.

## Nice to have
- Experience with Trimble Business Center.
- Knowledge of Python scripting.
"""

COMPANY = "Tregarthen & Hale Consulting Engineers"
TITLE = "Lead Geospatial Surveyor – Coastal Programmes"
CV = read_cv(CV_TEXT.encode(), "marisol.md")
POSTING = read_posting(POSTING_TEXT, company_name=COMPANY, job_title=TITLE)


def letter(body: str) -> str:
    return (
        f"Dear Hiring Manager,\n\nI am applying for the {TITLE} role at {COMPANY}.\n\n{body}\n\n"
        "Kind regards,\nMarisol Quayle-Anand\n"
    )


def verify(body: str) -> FVSValidation:
    return verify_letter(letter(body), cv=CV, job=POSTING, company_name=COMPANY, job_title=TITLE, today=TODAY)


def flagged(body: str) -> list[str]:
    """The critical findings of a letter with this body, as 'field:found'."""
    return [f"{v.field}:{v.found}" for v in verify(body).violations if v.severity is Severity.CRITICAL]
