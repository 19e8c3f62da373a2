"""Every corpus CV reads into the jobs, dates and credentials written in it (values copied from the files)."""

from __future__ import annotations

import re

import pytest

from careervp.ingest import read_cv_file
from careervp.models.cv import CV

from .corpus import CVS

# (title, employer, start (year, month), end (year, month) or None when current) per CV, newest first.
EXPECTED_JOBS: dict[str, list[tuple[str, str, tuple[int, int | None], tuple[int, int | None] | None]]] = {
    "daniel_osei.md": [
        ("Senior Financial Accountant", "Carrow & Finch Manufacturing Co.", (2021, 1), None),
        ("Staff Accountant", "Halden Property Group", (2017, None), (2020, None)),
        ("Audit Associate", "Whitlock Barnes LLP", (2015, 9), (2016, 12)),
    ],
    "grace_adeyemi.md": [
        ("Registered Nurse – Medical-Surgical Unit", "Marrowfield Regional Medical Center", (2021, 3), None),
        ("Registered Nurse – Emergency Department", "Calloway Springs Community Hospital", (2018, 7), (2021, 2)),
        ("Patient Care Technician", "Calloway Springs Community Hospital", (2016, None), (2018, None)),
    ],
    "kenji_halvorsen.md": [
        ("Senior Product Manager", "Fennimore Health", (2022, 1), None),
        ("Product Manager", "Quarry Lane Software", (2019, None), (2021, None)),
        ("Associate Product Manager", "Quarry Lane Software", (2017, 7), (2018, 12)),
        ("Business Analyst", "Lindgren & Holm Consulting", (2015, 6), (2017, 6)),
    ],
    "lena_marwick.md": [
        ("Senior Backend Engineer", "Kelpline Logistics, Inc.", (2022, 1), None),
        ("Backend Engineer", "Sorrelbrook Health Systems", (2018, None), (2021, None)),
        ("Software Developer", "Quillstone Media LLC", (2016, 6), (2017, 12)),
    ],
    "priya_venkataraman.json": [
        ("Senior Data Scientist", "Lumenfield Analytics", (2021, 4), None),
        ("Data Scientist", "Ambervale Mutual Insurance", (2018, 7), (2021, 3)),
        ("Data Analyst", "Hollis Barrow Stores", (2016, 8), (2018, 6)),
    ],
    "rachel_dunmore.md": [
        ("Science Teacher & Digital Learning Lead", "Larkmoor High School", (2019, 8), None),
        ("Biology Teacher", "Westvale Secondary School", (2017, None), (2019, None)),
        ("Science Teacher", "Sagebrush Valley Charter Academy", (2015, 8), (2017, 6)),
    ],
    "sofia_brennan.md": [
        ("Marketing Manager", "Ashgrove Home Goods", (2022, 2), None),
        ("Senior Marketing Specialist", "Pellucid Software", (2019, None), (2022, None)),
        ("Marketing Coordinator", "Tamberlane Events Group", (2016, 8), (2019, 3)),
    ],
    "tomas_ferreira.json": [
        ("Senior Site Reliability Engineer", "Kestrel Cloudworks", (2021, 6), None),
        ("DevOps Engineer", "Larkspur Financial Technologies", (2018, 3), (2021, 5)),
        ("Systems Administrator", "Stonecrop Hosting", (2015, 9), (2018, 2)),
    ],
}

# Bullet counts per job, counted in the files.
EXPECTED_BULLETS = {
    "daniel_osei.md": [5, 3, 3],
    "grace_adeyemi.md": [5, 3, 3],
    "kenji_halvorsen.md": [5, 3, 3, 3],
    "lena_marwick.md": [4, 4, 3],
    "priya_venkataraman.json": [4, 3, 3],
    "rachel_dunmore.md": [4, 3, 3],
    "sofia_brennan.md": [5, 3, 3],
    "tomas_ferreira.json": [5, 3, 3],
}

EXPECTED_PEOPLE = {
    "daniel_osei.md": ("Daniel Osei", "daniel.osei@example.com", "(704) 555-0128", "Charlotte, NC"),
    "grace_adeyemi.md": ("Grace Adeyemi", "grace.adeyemi@example.com", "(614) 555-0119", "Columbus, OH"),
    "kenji_halvorsen.md": ("Kenji Halvorsen", "kenji.halvorsen@example.com", "(612) 555-0187", "Minneapolis, MN"),
    "lena_marwick.md": ("Lena Marwick", "lena.marwick@example.com", "(503) 555-0142", "Portland, OR"),
    "priya_venkataraman.json": ("Priya Venkataraman", "priya.venkataraman@example.com", "(512) 555-0176", None),
    "rachel_dunmore.md": ("Rachel Dunmore", "rachel.dunmore@example.com", "(720) 555-0131", "Denver, CO"),
    "sofia_brennan.md": ("Sofia Brennan", "sofia.brennan@example.com", "(312) 555-0163", "Chicago, IL"),
    "tomas_ferreira.json": ("Tomás Ferreira", "tomas.ferreira@example.com", "+1 (416) 555-0194", None),
}


def _read(name: str) -> CV:
    path = CVS / name
    if not path.exists():
        pytest.skip(f"corpus file {path} is not available")
    return read_cv_file(path)


def test_the_corpus_has_the_expected_files() -> None:
    if not CVS.exists():
        pytest.skip("corpus not available")
    # The shared corpus grows; every CV these tests describe must be in it.
    assert set(EXPECTED_JOBS) <= {p.name for p in CVS.iterdir()}


@pytest.mark.parametrize("name", sorted(EXPECTED_JOBS))
def test_jobs_are_read_with_titles_employers_and_dates(name: str) -> None:
    cv = _read(name)
    got = [
        (
            e.title,
            e.employer,
            (e.start.year, e.start.month) if e.start else None,
            (e.end.year, e.end.month) if e.end else None,
        )
        for e in cv.experience
    ]
    assert got == EXPECTED_JOBS[name]
    assert [e.is_current for e in cv.experience] == [end is None for *_, end in EXPECTED_JOBS[name]]


@pytest.mark.parametrize("name", sorted(EXPECTED_BULLETS))
def test_every_bullet_lands_on_its_job(name: str) -> None:
    cv = _read(name)
    assert [len(e.achievements) for e in cv.experience] == EXPECTED_BULLETS[name]
    for entry in cv.experience:
        for achievement in entry.achievements:
            assert achievement in cv.raw_text or achievement.split(";")[0] in cv.raw_text


@pytest.mark.parametrize("name", sorted(EXPECTED_PEOPLE))
def test_the_person_and_contact_details(name: str) -> None:
    cv = _read(name)
    person_name, email, phone, location = EXPECTED_PEOPLE[name]
    assert cv.person.name == person_name
    assert cv.person.email == email
    assert cv.person.phone == phone
    if location:
        assert cv.person.location == location


def test_credentials_after_the_name_move_to_the_headline() -> None:
    daniel = _read("daniel_osei.md")
    assert daniel.person.headline is not None
    assert "CPA" in daniel.person.headline
    assert "Senior Financial Accountant" in daniel.person.headline
    grace = _read("grace_adeyemi.md")
    assert grace.person.headline is not None
    assert "BSN" in grace.person.headline
    assert "RN" in grace.person.headline


def test_markdown_table_layout_education_skills_and_certifications() -> None:
    cv = _read("daniel_osei.md")
    assert [(e.degree, e.institution, e.year) for e in cv.education] == [
        ("Master of Accountancy (MAcc)", "Piedmont Crest University", 2015),
        ("B.S. in Accounting", "Piedmont Crest University", 2014),
    ]
    assert [(c.name, c.year) for c in cv.certifications] == [("Certified Public Accountant (CPA)", 2017)]
    assert {"US GAAP", "NetSuite", "BlackLine", "Power BI", "Month-end close"} <= set(cv.skills)
    assert not any(s.startswith(("Financial reporting", "Systems")) for s in cv.skills)  # row labels removed
    assert cv.summary is not None
    assert cv.summary.startswith("CPA with 11 years")


def test_two_column_layout_table_with_line_breaks() -> None:
    cv = _read("kenji_halvorsen.md")
    assert [(e.degree, e.field, e.institution, e.year) for e in cv.education] == [
        ("B.S.", "Information Systems", "Bluffview University", 2015)
    ]
    assert [(c.name, c.year) for c in cv.certifications] == [("Certified Scrum Product Owner (CSPO)", 2018)]
    assert {"Roadmapping", "OKRs", "SQL", "Amplitude", "Mixpanel", "Figma"} <= set(cv.skills)
    assert cv.summary is not None
    assert cv.summary.startswith("Product manager with 11 years")
    assert cv.experience[1].description == "B2B scheduling SaaS"


def test_nurse_cv_certifications_with_issuers() -> None:
    cv = _read("grace_adeyemi.md")
    assert [(c.name, c.issuer, c.year) for c in cv.certifications] == [
        ("Registered Nurse", "State of Ohio", None),
        ("Basic Life Support (BLS)", "American Heart Association", None),
        ("Advanced Cardiovascular Life Support (ACLS)", "American Heart Association", None),
        ("Trauma Nursing Core Course (TNCC)", None, 2019),
    ]
    assert [(e.degree, e.field, e.institution, e.year) for e in cv.education] == [
        ("Bachelor of Science in Nursing (BSN)", "Nursing", "Greenway College of Nursing", 2018)
    ]
    assert "Epic EHR" in cv.skills
    assert "Conversational Spanish" in cv.skills


def test_bold_skill_labels_are_removed_and_lists_split() -> None:
    cv = _read("lena_marwick.md")
    assert cv.skills[:4] == ["Go", "Python", "Java", "SQL"]
    assert "AWS (EC2, Lambda, SQS, RDS)" in cv.skills
    assert not any("Languages" in s for s in cv.skills)
    assert cv.person.links == ["github.com/lena-marwick-example"]
    assert [(c.name, c.year) for c in cv.certifications] == [("AWS Certified Developer – Associate", 2021)]


def test_other_sections_and_education_with_commas() -> None:
    cv = _read("rachel_dunmore.md")
    assert [(e.degree, e.field, e.institution, e.year) for e in cv.education] == [
        ("M.Ed.", "Curriculum and Instruction", "Silverpine University", 2020),
        ("B.S.", "Biology", "Eastgate University", 2015),
    ]
    assert list(cv.other_sections) == ["Instructional Design Portfolio"]
    assert len(cv.other_sections["Instructional Design Portfolio"]) == 3
    assert "Articulate Rise 360" in cv.skills
    assert cv.person.links == ["rachel-dunmore-portfolio.example.com"]


def test_setext_headings_and_education_section_holding_certifications() -> None:
    cv = _read("sofia_brennan.md")
    assert [(e.degree, e.field, e.institution, e.year) for e in cv.education] == [
        ("B.A.", "Communications", "Northmere University", 2016)
    ]
    assert [(c.name, c.year) for c in cv.certifications] == [
        ("Google Ads Search Certification", 2023),
        ("HubSpot Inbound Marketing Certification", 2020),
    ]
    assert cv.experience[0].description == "direct-to-consumer home goods brand"
    assert {"Klaviyo", "Google Analytics 4", "Paid search & paid social"} <= set(cv.skills)
    assert cv.summary is not None
    assert cv.summary.startswith("Growth-focused")


def test_json_resume_fields() -> None:
    cv = _read("priya_venkataraman.json")
    assert cv.person.headline == "Senior Data Scientist"
    assert [(e.degree, e.field, e.institution, e.year) for e in cv.education] == [
        ("Master of Science", "Statistics", "Pinecrest University", 2016),
        ("Bachelor of Science", "Mathematics", "Pinecrest University", 2014),
    ]
    assert [(c.name, c.issuer, c.year) for c in cv.certifications] == [
        ("AWS Certified Machine Learning – Specialty", "Amazon Web Services", 2023)
    ]
    assert {"Python", "XGBoost", "MLflow", "A/B testing"} <= set(cv.skills)
    assert "Projects" in cv.other_sections
    assert "0.87 AUC" in cv.raw_text


@pytest.mark.parametrize("name", sorted(EXPECTED_JOBS))
def test_raw_text_keeps_every_number_of_the_file(name: str) -> None:
    cv = _read(name)
    source = (CVS / name).read_text(encoding="utf-8")
    source = "\n".join(line for line in source.splitlines() if '"$schema"' not in line)
    for number in set(re.findall(r"\d[\d,.]*\d|\d", source)):
        assert number in cv.raw_text, number
