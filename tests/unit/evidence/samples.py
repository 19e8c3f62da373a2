"""Synthetic CVs and postings, built as models, shared by the evidence, writer and scoring tests.

They are invented people and companies (not the corpus), in two professions, so the mechanisms are exercised on
more than one kind of career.
"""

from __future__ import annotations

from datetime import date

from careervp.models.cv import CV, Certification, Education, ExperienceEntry, Person, YearMonth
from careervp.models.job import JobPosting

TODAY = date(2026, 11, 28)


def backend_cv() -> CV:
    return CV(
        person=Person(name="Maya Okafor", email="maya@example.com", location="Denver, CO"),
        summary="Backend engineer with 9 years of experience building APIs and event-driven services in Go and Python.",
        experience=[
            ExperienceEntry(
                employer="Tidewater Freight, Inc.",
                title="Senior Backend Engineer",
                start=YearMonth(year=2021, month=3),
                is_current=True,
                achievements=[
                    "Led the rewrite of the dispatch monolith into 9 Go services, cutting p95 latency from 640 ms to "
                    "180 ms.",
                    "Designed a Kafka event pipeline that handles 30 million events per day.",
                    "Mentored 4 engineers; 2 were promoted to senior roles.",
                    "Reduced AWS spend by 27% ($250,000 per year) by right-sizing clusters.",
                ],
            ),
            ExperienceEntry(
                employer="Brightmoor Clinics",
                title="Backend Engineer",
                start=YearMonth(year=2018, month=1),
                end=YearMonth(year=2021, month=2),
                achievements=[
                    "Cut PostgreSQL query times by 55% by rewriting 30 slow reports.",
                    "Built a REST API for appointment booking used by 800,000 patients.",
                ],
            ),
            ExperienceEntry(
                employer="Copperleaf Studio",
                title="Software Developer",
                start=YearMonth(year=2017, month=6),
                end=YearMonth(year=2017, month=12),
                achievements=["Developed the Django back office for 120 retail clients."],
            ),
        ],
        education=[Education(institution="Front Range University", degree="B.S.", field="Computer Science", year=2017)],
        certifications=[Certification(name="AWS Certified Developer – Associate", year=2022)],
        skills=["Go", "Python", "PostgreSQL", "Kafka", "AWS", "Docker", "Terraform", "gRPC"],
    )


def backend_job() -> JobPosting:
    return JobPosting(
        company_name="Larchmont Payments",
        job_title="Senior Backend Engineer",
        about=[
            "Larchmont Payments builds billing software for 6,000 independent veterinary clinics. We process "
            "$2 billion in payments a year.",
            "Our platform team owns the ledger and the event stream the rest of the company builds on.",
            "Larchmont Payments is an equal opportunity employer.",
        ],
        responsibilities=[
            "Design and operate Go services for the payments ledger.",
            "Evolve our event-driven architecture built on Kafka.",
            "Mentor engineers through code review and pairing.",
        ],
        must_have=[
            "5+ years of professional backend engineering experience.",
            "Strong proficiency in Go.",
            "Experience tuning Postgres queries and schemas.",
            "Production experience with Kafka or a similar event streaming system.",
            "Experience running services on AWS.",
            "Experience with Rust and Elixir.",
        ],
        nice_to_have=[
            "Kubernetes and Terraform.",
            "A master's degree in computer science.",
            "PCI DSS certification.",
        ],
    )


def accountant_cv() -> CV:
    return CV(
        person=Person(name="Jonas Whitfield"),
        summary="CPA with 8 years in corporate accounting.",
        experience=[
            ExperienceEntry(
                employer="Harrowgate Mills Co.",
                title="Senior Accountant",
                start=YearMonth(year=2020),
                is_current=True,
                achievements=[
                    "Own the month-end close for 4 entities; shortened the close from 9 to 5 business days.",
                    "Implemented BlackLine, automating 60% of account reconciliations.",
                    "Supervise 2 staff accountants.",
                ],
            ),
            ExperienceEntry(
                employer="Pell & Stroud LLP",
                title="Audit Associate",
                start=YearMonth(year=2018),
                end=YearMonth(year=2019),
                achievements=["Performed audit fieldwork for 14 manufacturing clients."],
            ),
        ],
        education=[Education(institution="Lakeshore University", degree="B.S. in Accounting", year=2018)],
        certifications=[Certification(name="Certified Public Accountant (CPA)", issuer="Ohio", year=2019)],
        skills=["US GAAP", "Month-end close", "NetSuite", "BlackLine", "Excel"],
    )


def accountant_job() -> JobPosting:
    return JobPosting(
        company_name="Okra & Vine Foods",
        job_title="Financial Reporting Manager",
        about=["Okra & Vine Foods makes frozen meals sold in 2,400 grocery stores across the Midwest."],
        responsibilities=["Lead the monthly close and prepare consolidated statements."],
        must_have=[
            "Bachelor's degree in accounting or finance.",
            "Active CPA license.",
            "At least 10 years of accounting experience.",
            "Experience with month-end close and account reconciliations.",
        ],
        nice_to_have=["Experience with NetSuite."],
    )


def shown_as_gap(cv_text: str, requirement: str) -> bool:
    """Whether the requirement table shows `requirement` as a gap for a Markdown CV, read as the service reads it."""
    from careervp.ingest import read_cv, read_posting
    from careervp.logic.evidence import build_evidence_map

    posting = read_posting(f"# Coordinator\nCompany: Larkspur Works\n\n## Requirements\n- {requirement}\n")
    evidence = build_evidence_map(read_cv(cv_text.encode(), "cv.md"), posting, today=date(2026, 11, 15))
    return next(r for r in evidence.requirements if r.requirement == requirement.strip()).is_gap
