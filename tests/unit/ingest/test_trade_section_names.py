"""Section names of trade and seafaring CVs, and lines that stand between sections: "DOCS"/"Documents" list a
seafarer's credentials, "**Kit**"/"Gear" the equipment (kept as written), a styled clip ("**Edu**", "Quals:") the
section word it begins, and a heading naming a line of work with its years ("## Hospitality, 2009–2016") holds that
career's jobs. A label in capitals with its value ("FLYING HOURS approx. 1,400") is a fact of its own; a closing line
of sentences after the skills ("Brixham Academy 2011. Refs on request.") names no skill; a school qualification
("8 GCSEs", "A levels: ...") is education; an employer heading's lower-case bracket is a remark; a bold role then a
place is the branch."""

from __future__ import annotations

from careervp.ingest import read_cv

SURVEYOR = """ELLIS MARROW
Hydrographic surveyor

DOCS
- STCW Basic Safety 2020
- ENG1 medical (exp. 2027)

FLYING HOURS approx. 1,400

**Kit**
Kongsberg EM2040 · Qinsy · CARIS HIPS

**Work**

2019–now — Seabed Data Ltd — survey technician
- multibeam surveys

**Edu** — 8 GCSEs incl. Maths, Brixham, 2012

SKILLS
multibeam · tide modelling · Qinsy
Brixham Academy 2014. Refs on request.
"""


def test_trade_section_names_are_read_as_their_sections() -> None:
    cv = read_cv(SURVEYOR.encode(), "cv.txt")
    assert [c.name for c in cv.certifications][:2] == ["STCW Basic Safety", "ENG1 medical"]
    assert cv.other_sections["Kit"] == ["Kongsberg EM2040 · Qinsy · CARIS HIPS"]
    assert [(e.title, e.employer) for e in cv.experience] == [("survey technician", "Seabed Data Ltd")]
    assert cv.education[0].degree == "8 GCSEs"


def test_a_capitals_label_and_a_closing_remark_are_no_credential_and_no_skill() -> None:
    cv = read_cv(SURVEYOR.encode(), "cv.txt")
    assert not any("FLYING" in c.name for c in cv.certifications)
    assert cv.other_sections["Flying hours"] == ["FLYING HOURS approx. 1,400"]
    assert not any("Refs" in skill or "Brixham" in skill for skill in cv.skills)
    assert "Brixham Academy" in [e.institution for e in cv.education]
    assert cv.other_sections["Other"] == ["Refs on request."]


CAREER_CHANGER = """# Priya Ostrowska
Wind turbine technician

## Turbine experience

### Gale Force Renewables Ltd — Hull
**Wind Turbine Technician** · Mar 2024 – Present
- 2 MW turbine servicing

## Hospitality, 2009–2023

### Ferrybridge Hotels
**Restaurant Manager**, Scarborough · Jan 2016 to Dec 2023
- Ran a 120-cover restaurant

### Bay Tavern Group (independent, North Yorkshire Moors) · 01/2009 – 12/2015
**Bar Supervisor**
- Cellar and rota

## Education
A levels: Chemistry (B), Biology (C) — 2008
"""


def test_a_heading_naming_a_career_and_its_years_holds_its_jobs() -> None:
    cv = read_cv(CAREER_CHANGER.encode(), "cv.md")
    jobs = [(e.title, e.employer, e.location) for e in cv.experience]
    assert ("Restaurant Manager", "Ferrybridge Hotels", "Scarborough") in jobs
    assert ("Bar Supervisor", "Bay Tavern Group", None) in jobs
    start = cv.experience[-1].start
    assert start is not None
    assert start.year == 2009


def test_a_school_qualification_and_its_subjects_are_one_degree() -> None:
    cv = read_cv(CAREER_CHANGER.encode(), "cv.md")
    assert [e.degree for e in cv.education] == ["A levels: Chemistry (B), Biology (C)"]
