"""Work history as contractors, locums and agency staff write it: a section named by how the work was held
("Contracts", "Placements", "Locums", "Staff"), a bold heading followed by a note on how to read it, a heading of
past work in the writer's own words ("Earlier posts", "Before teaching"), and dated lines that name only where the
work was, the post being the one the CV's head names."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.ingest.sections import heading_kinds

_LOCUM_CV = """**DEVIKA RAMANATHAN** — locum community pharmacist
Leeds · 07700 900321 · devika.r@example.com

**REGISTRATION**
- GPhC 2081144, since 2012

**PLACEMENTS** (agency in square brackets)
- 03/24–11/24 — Wharfedale Pharmacy, Otley [Rxstaff] — 40 items/hr peak, flu clinic of 600 jabs
- 2021–23 — Calder Health Centre, Halifax [Rxstaff] — 18-month cover, NMS for 300 patients
- Winter 2020–Spring 2021 — Ryedale Pharmacy — 12 wks

**STAFF**
- 2012–20 — Moorgate Pharmacy Group, Bradford — pharmacist manager from 2015
"""


def test_a_contractors_dated_places_are_jobs_titled_by_the_head() -> None:
    cv = read_cv(_LOCUM_CV.encode(), "ramanathan.md")
    jobs = [(job.employer, job.title, job.start.year if job.start else None) for job in cv.experience]
    assert ("Wharfedale Pharmacy", "locum community pharmacist", 2024) in jobs
    assert ("Calder Health Centre", "locum community pharmacist", 2021) in jobs
    assert ("Ryedale Pharmacy", "locum community pharmacist", 2020) in jobs
    assert ("Moorgate Pharmacy Group", "locum community pharmacist", 2012) in jobs


def test_the_agency_note_stays_with_the_job() -> None:
    cv = read_cv(_LOCUM_CV.encode(), "ramanathan.md")
    wharfedale = next(job for job in cv.experience if job.employer == "Wharfedale Pharmacy")
    assert any("Rxstaff" in line for line in wharfedale.achievements)
    assert any("600 jabs" in line for line in wharfedale.achievements)


def test_without_a_post_in_the_head_a_place_alone_is_no_job() -> None:
    cv_text = _LOCUM_CV.replace("**DEVIKA RAMANATHAN** — locum community pharmacist", "**DEVIKA RAMANATHAN**")
    cv_text += "\n**EXPERIENCE**\n- Pharmacist, Bramley Chemists, 2010–2012\n"
    cv = read_cv(cv_text.encode(), "ramanathan.md")
    assert [job.employer for job in cv.experience] == ["Bramley Chemists"]


def test_a_volunteer_line_with_a_date_is_not_titled_by_the_head() -> None:
    cv = read_cv(
        (_LOCUM_CV + "\n**VOLUNTEERING**\n- Otley Food Bank — trustee since 2019\n").encode(),
        "ramanathan.md",
    )
    assert all(job.employer != "Otley Food Bank" for job in cv.experience)


@pytest.mark.parametrize(
    "heading",
    ["CONTRACTS", "Placements", "Locums", "STAFF", "Assignments", "Engagements", "Deployments", "Contracts & posts"],
)
def test_work_named_by_how_it_was_held_heads_work_history(heading: str) -> None:
    assert heading_kinds(heading) == ("experience",)


@pytest.mark.parametrize("line", ["Contracts", "Placements", "Staff"])
def test_the_same_word_unstyled_is_not_a_heading(line: str) -> None:
    assert heading_kinds(line, relaxed=False) == ()


@pytest.mark.parametrize(
    ("heading", "kinds"),
    [
        ("CONTRACTS (agency in brackets)", ("experience",)),
        ("Design Experience (print-heavy)", ("experience",)),
        ("Skills (short form)", ("skills",)),
        ("Earlier ministry and training", ("experience",)),
        ("Before teaching", ("experience",)),
        ("Previous posts", ("experience",)),
        ("Recent publications", ("other",)),
        ("Previous volunteer work", ("other",)),
    ],
)
def test_headings_with_a_note_or_a_time_word(heading: str, kinds: tuple[str, ...]) -> None:
    assert heading_kinds(heading) == kinds


def test_a_bold_heading_with_a_note_opens_its_section() -> None:
    cv = read_cv(
        """# Rhys Tanaka
Relief vet

**Certificates** (all current)
- RCVS registration, 2016

**Before locum work** (employed)
- Small Animal Vet, Brackenfield Veterinary Centre, Harrogate, 2016–2019
""".encode(),
        "tanaka.md",
    )
    assert [(job.title, job.employer) for job in cv.experience] == [
        ("Small Animal Vet", "Brackenfield Veterinary Centre")
    ]
    assert [cert.name for cert in cv.certifications] == ["RCVS registration"]


def test_a_long_header_line_ending_in_its_dates_is_a_job_not_a_sentence() -> None:
    cv = read_cv(
        b"""AMARA OKONJO
Leeds | 07700 900111

EXPERIENCE

Cust Svc Advisor / Billing Clerk - Borough of Eastleigh Parking Services Dept, Eastleigh Hants - 2020-now
- counter + phones, ~60 calls/day
- permit renewals ~300/mo

Cashier - Northgate Garden Centre, Leeds - 2016-20
""",
        "okonjo.txt",
    )
    assert [job.title for job in cv.experience] == ["Cust Svc Advisor / Billing Clerk", "Cashier"]
    assert cv.experience[0].is_current


def test_a_lower_case_title_after_the_employer_is_the_title() -> None:
    cv = read_cv(
        """NOOR HADDAD
Electrician | Leeds

EXPERIENCE

2020–now   Haddad Electrical (sole trader) – owner / electrician
  - rewires and consumer units, ~15 jobs/wk

2014–18   Brightside Contracting, Wakefield – electrician
2010–14   Brightside Contracting – apprentice (part-time college)
""".encode(),
        "noor.txt",
    )
    assert [(job.title, job.employer) for job in cv.experience] == [
        ("owner / electrician", "Haddad Electrical"),
        ("electrician", "Brightside Contracting, Wakefield"),
        ("apprentice", "Brightside Contracting"),
    ]


def test_a_json_resume_publication_keeps_its_year() -> None:
    data = (
        b'{"basics": {"name": "Ana Ruiz"}, "work": [{"name": "Vela Labs", "position": "Analyst", '
        b'"startDate": "2020-01"}], "publications": [{"name": "Cold chains", "publisher": "Food Review", '
        b'"releaseDate": "2023-05"}]}'
    )
    cv = read_cv(data, "ana.json")
    assert any("2023" in line for line in cv.other_sections["Publications"])
