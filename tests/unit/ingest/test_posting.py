"""Job postings: the corpus format, postings without title/company lines, section names, keywords, errors."""

from __future__ import annotations

import pytest

from careervp.ingest import PostingReadError, read_posting
from careervp.ingest.posting import section_kind

from .corpus import JOBS

# (title, company, number of must-have bullets, a must-have item, a nice-to-have item), copied from the files.
EXPECTED = {
    "brambleton_senior_financial_accountant.md": (
        "Senior Financial Accountant",
        "Brambleton Foods, Inc.",
        6,
        "Active CPA license.",
        "BlackLine experience.",
    ),
    "cedarlight_senior_product_manager.md": (
        "Senior Product Manager, Patient Engagement",
        "Cedarlight Health",
        5,
        "Excellent written and verbal communication.",
        "Pricing and packaging experience.",
    ),
    "fernhollow_marketing_manager_growth.md": (
        "Marketing Manager, Growth",
        "Fernhollow Outdoor Co.",
        5,
        "Hands-on experience with paid social and paid search platforms.",
        "Shopify Plus.",
    ),
    "granary_row_senior_data_scientist.md": (
        "Senior Data Scientist, Demand Forecasting",
        "Granary Row Markets",
        6,
        "Expert Python and SQL.",
        "MLflow, Airflow or similar MLOps tooling.",
    ),
    "ledgerwell_senior_backend_engineer.md": (
        "Senior Backend Engineer",
        "Ledgerwell Payments",
        6,
        "Experience running services on AWS.",
        "Kubernetes and Terraform.",
    ),
    "pinegrove_instructional_designer.md": (
        "Instructional Designer, Customer Education",
        "Pinegrove Software",
        6,
        "Working knowledge of SCORM and xAPI.",
        "Knowledge of B2B SaaS products.",
    ),
    "quillfeather_senior_sre.md": (
        "Senior Site Reliability Engineer",
        "Quillfeather Games",
        7,
        "Strong Terraform skills.",
        "Certified Kubernetes Administrator (CKA).",
    ),
    "westerlund_rn_med_surg_telemetry.md": (
        "Registered Nurse, Medical-Surgical/Telemetry",
        "Westerlund Memorial Hospital",
        5,
        "Experience documenting in Epic.",
        "Bilingual English/Spanish.",
    ),
}


def _text(name: str) -> str:
    path = JOBS / name
    if not path.exists():
        pytest.skip(f"corpus file {path} is not available")
    return path.read_text(encoding="utf-8")


def test_the_corpus_has_the_expected_postings() -> None:
    """The corpus grows; every posting these tests describe must still be in it."""
    if not JOBS.exists():
        pytest.skip("corpus not available")
    assert set(EXPECTED) <= {p.name for p in JOBS.iterdir()}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_postings(name: str) -> None:
    title, company, must_count, must_item, nice_item = EXPECTED[name]
    job = read_posting(_text(name))
    assert job.job_title == title
    assert job.company_name == company
    assert len(job.must_have) == must_count
    assert must_item in job.must_have
    assert nice_item in job.nice_to_have
    assert job.responsibilities
    assert job.benefits
    assert job.about
    assert not set(job.must_have) & set(job.nice_to_have)
    assert not set(job.responsibilities) & set(job.must_have)
    assert company.split()[0].lower() not in {k.lower() for k in job.keywords}


def test_keywords_name_the_tools_of_the_posting() -> None:
    job = read_posting(_text("ledgerwell_senior_backend_engineer.md"))
    keys = {k.lower() for k in job.keywords}
    assert {"go", "postgresql", "kubernetes", "terraform", "grpc", "prometheus", "grafana", "java"} <= keys
    assert any("kafka" in k for k in keys)
    assert "ledgerwell" not in keys
    assert "senior" not in keys


def test_keywords_of_a_nursing_posting() -> None:
    job = read_posting(_text("westerlund_rn_med_surg_telemetry.md"))
    keys = {k.lower() for k in job.keywords}
    assert {"bsn", "epic", "pccn", "cmsrn"} <= keys
    assert "ohio" not in keys
    assert "columbus" not in keys


def test_location_from_the_line_under_the_title() -> None:
    assert read_posting(_text("westerlund_rn_med_surg_telemetry.md")).location == "Columbus, OH"
    assert read_posting(_text("brambleton_senior_financial_accountant.md")).location == "Greensboro, NC"
    granary = read_posting(_text("granary_row_senior_data_scientist.md")).location
    assert granary is not None
    assert granary.startswith("San Antonio, TX")


PLAIN_POSTING = """We are hiring a data engineer to join our analytics platform group.

RESPONSIBILITIES
• Build batch and streaming pipelines in Python and Apache Airflow.
• Own our dbt models and the Snowflake warehouse.

Requirements:
• 4+ years of data engineering experience.
• Strong SQL.

Preferred qualifications:
• Experience with Kafka.

Perks:
• Remote-first, 25 days of leave.
"""


def test_a_posting_without_title_or_company_lines_uses_the_given_names() -> None:
    job = read_posting(PLAIN_POSTING, company_name="Northwind Data", job_title="Data Engineer")
    assert (job.company_name, job.job_title) == ("Northwind Data", "Data Engineer")
    assert job.must_have == ["4+ years of data engineering experience.", "Strong SQL."]
    assert job.nice_to_have == ["Experience with Kafka."]
    assert job.responsibilities == [
        "Build batch and streaming pipelines in Python and Apache Airflow.",
        "Own our dbt models and the Snowflake warehouse.",
    ]
    assert job.benefits == ["Remote-first, 25 days of leave."]
    keys = {k.lower() for k in job.keywords}
    assert {"python", "sql", "snowflake"} <= keys


@pytest.mark.parametrize(
    ("kwargs", "missing"),
    [
        ({}, "company name or the job title"),
        ({"company_name": "Northwind"}, "job title"),
        ({"job_title": "Data Engineer"}, "company name"),
    ],
)
def test_missing_company_or_title_is_an_error_naming_what_is_missing(kwargs: dict[str, str], missing: str) -> None:
    with pytest.raises(PostingReadError, match=missing):
        read_posting(PLAIN_POSTING, **kwargs)


def test_given_names_win_over_the_text() -> None:
    job = read_posting(_text("quillfeather_senior_sre.md"), company_name="Quillfeather", job_title="SRE")
    assert (job.company_name, job.job_title) == ("Quillfeather", "SRE")


def test_labelled_title_company_and_location() -> None:
    text = (
        "Job title: Staff Accountant\nEmployer: Harbor & Pike LLP\nLocation: Boston, MA\n"
        "Apply at https://jobs.example.com/123\n\n"
        "**What you'll do**\n- Prepare journal entries.\n\n**What you bring**\n- A CPA license.\n"
    )
    job = read_posting(text)
    assert (job.job_title, job.company_name, job.location) == ("Staff Accountant", "Harbor & Pike LLP", "Boston, MA")
    assert job.url == "https://jobs.example.com/123"
    assert job.must_have == ["A CPA license."]
    assert job.responsibilities == ["Prepare journal entries."]


def test_a_title_line_over_a_company_line_without_heading_markup() -> None:
    job = read_posting("Warehouse Supervisor\nCompany: Ridgeway Freight\n\nYou have:\n- Forklift certification.\n")
    assert (job.job_title, job.company_name) == ("Warehouse Supervisor", "Ridgeway Freight")
    assert job.must_have == ["Forklift certification."]


def test_without_section_headings_bullets_or_requirement_sentences_become_must_haves() -> None:
    bullets = read_posting("- Three years of welding.\n- A valid driver's licence.\n", company_name="A", job_title="B")
    assert bullets.must_have == ["Three years of welding.", "A valid driver's licence."]
    prose = read_posting(
        "We build bridges. You need five years of experience with structural steel. Lunch is free.",
        company_name="A",
        job_title="B",
    )
    assert prose.must_have == ["You need five years of experience with structural steel."]


def test_paragraph_sections_are_split_into_sentences() -> None:
    text = "# Baker\nCompany: Crumb\n\n## Requirements\nTwo years in a bakery. Food hygiene certificate.\n"
    assert read_posting(text).must_have == ["Two years in a bakery.", "Food hygiene certificate."]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Requirements (must-have)", "must"),
        ("What you bring", "must"),
        ("Minimum Qualifications", "must"),
        ("Preferred qualifications", "nice"),
        ("Bonus points", "nice"),
        ("Nice-to-have", "nice"),
        ("What you'll do", "responsibilities"),
        ("What you’ll do", "responsibilities"),
        ("The role", "responsibilities"),
        ("Key Responsibilities", "responsibilities"),
        ("About Brambleton Foods", "about"),
        ("Who we are", "about"),
        ("What we offer", "benefits"),
        ("Benefits", "benefits"),
        ("Customer Education", None),
    ],
)
def test_section_names(heading: str, kind: str | None) -> None:
    assert section_kind(heading) == kind


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_an_empty_posting_is_an_error(text: str) -> None:
    with pytest.raises(PostingReadError, match="empty"):
        read_posting(text, company_name="A", job_title="B")


def test_an_oversized_posting_is_an_error() -> None:
    with pytest.raises(PostingReadError, match="too long"):
        read_posting("x " * 150_000, company_name="A", job_title="B")


def test_nested_required_and_preferred_headings_under_qualifications() -> None:
    text = (
        "# Plant Manager\nCompany: Ferro Works\n\n## About the job\nRun our largest plant.\n\n"
        "## Qualifications\n**Required**\n- 10 years in manufacturing.\n**Preferred**\n- Lean Six Sigma Black Belt.\n\n"
        "## What you'll need\n- A valid passport.\n"
    )
    job = read_posting(text)
    assert job.must_have == ["10 years in manufacturing.", "A valid passport."]
    assert job.nice_to_have == ["Lean Six Sigma Black Belt."]
    assert job.responsibilities == ["Run our largest plant."]


def test_a_labelled_title_heading() -> None:
    job = read_posting("# Job title: Welder\nCompany: Ironside Fabrication\n\n## Requirements\n- 3G certification.\n")
    assert (job.job_title, job.company_name, job.must_have) == ("Welder", "Ironside Fabrication", ["3G certification."])


def test_a_posting_pasted_from_a_pdf_is_read_as_plain_text() -> None:
    """No-break spaces, soft hyphens, ligatures and odd dashes read as the plain characters they stand for."""
    text = (
        "# Senior Ac\u00adcountant\n"
        "Company:\u00a0Harbor\u00a0&\u00a0Pike\u00a0LLP\n"
        "Location:\u00a0Boston,\u00a0MA\n\n"
        "## Requirements\n"
        "- Five years of e\ufb03cient month\u2010end close work.\n"
        "- Pro\ufb01cient in NetSuite\u2212based reporting.\n"
    )
    job = read_posting(text)
    assert (job.job_title, job.company_name, job.location) == ("Senior Accountant", "Harbor & Pike LLP", "Boston, MA")
    assert job.must_have == ["Five years of efficient month-end close work.", "Proficient in NetSuite-based reporting."]
    assert "Senior Accountant" in job.raw_text
