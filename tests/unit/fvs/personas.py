"""Synthetic candidates and postings for FVS unit tests (invented people and companies, not the corpus).

CVs are built directly as models, so these tests exercise FVS alone and do not depend on the CV readers.
"""

from __future__ import annotations

from datetime import date

from careervp.logic.fvs import verify_letter
from careervp.models.api import FVSValidation, GapResponses
from careervp.models.cv import CV, Certification, Education, ExperienceEntry, Person, YearMonth
from careervp.models.job import JobPosting

TODAY = date(2026, 11, 15)

IDRIS_RAW = """# Idris Okonkwo-Bell
Leeds, UK · idris.ob@example.org

## Profile
Data engineer with nine years of experience building batch and streaming pipelines for retail and logistics.

## Work History
**Lead Data Engineer** | Northwind Freightworks Ltd. | Leeds | Mar 2020 – Present
- Rebuilt the shipment-event platform on Apache Flink and Kafka, handling 3.2 billion events a month.
- Cut the nightly warehouse load from 6 hours to 50 minutes by moving transforms to dbt on Snowflake.
- Manage a team of 7 engineers across two squads.
- Reduced cloud data spend by 28% (about £240,000 a year).

**Data Engineer** | Halcyon Grocery Group plc | Manchester | 2017 – 2020
- Built Airflow DAGs feeding 45 Tableau dashboards for store operations.
- Migrated 120 TB from Teradata to Google BigQuery with zero data loss.

**BI Developer** | Penrose Insight Partners | York | 09/2015 – 12/2016
- Wrote SQL Server stored procedures and SSIS packages for 14 clients.

## Education
MSc Data Science — University of Wetherby, 2015

## Certifications
- Google Cloud Professional Data Engineer (2021)

## Skills
Python, SQL, Scala, Apache Spark, Kafka, Flink, Airflow, dbt, Snowflake, BigQuery, Terraform, Docker
"""

IDRIS = CV(
    person=Person(name="Idris Okonkwo-Bell", location="Leeds, UK"),
    summary="Data engineer with nine years of experience building batch and streaming pipelines.",
    experience=[
        ExperienceEntry(
            employer="Northwind Freightworks Ltd.",
            title="Lead Data Engineer",
            start=YearMonth(year=2020, month=3),
            is_current=True,
            achievements=[
                "Rebuilt the shipment-event platform on Apache Flink and Kafka, handling 3.2 billion events a month.",
                "Cut the nightly warehouse load from 6 hours to 50 minutes by moving transforms to dbt on Snowflake.",
                "Manage a team of 7 engineers across two squads.",
                "Reduced cloud data spend by 28% (about £240,000 a year).",
            ],
        ),
        ExperienceEntry(
            employer="Halcyon Grocery Group plc",
            title="Data Engineer",
            start=YearMonth(year=2017),
            end=YearMonth(year=2020),
            achievements=[
                "Built Airflow DAGs feeding 45 Tableau dashboards for store operations.",
                "Migrated 120 TB from Teradata to Google BigQuery with zero data loss.",
            ],
        ),
        ExperienceEntry(
            employer="Penrose Insight Partners",
            title="BI Developer",
            start=YearMonth(year=2015, month=9),
            end=YearMonth(year=2016, month=12),
            achievements=["Wrote SQL Server stored procedures and SSIS packages for 14 clients."],
        ),
    ],
    education=[Education(institution="University of Wetherby", degree="MSc", field="Data Science", year=2015)],
    certifications=[Certification(name="Google Cloud Professional Data Engineer", year=2021)],
    skills=["Python", "SQL", "Scala", "Apache Spark", "Kafka", "Flink", "Airflow", "dbt", "Snowflake", "BigQuery"],
    raw_text=IDRIS_RAW,
)

TIDEWATER = JobPosting(
    company_name="Tidewater Analytics GmbH",
    job_title="Principal Data Engineer, Platform",
    about=[
        "Tidewater Analytics builds demand-sensing software for 400 European retailers. We are a team of 260 "
        "people in Hamburg and Lisbon, and we processed 11 billion events last quarter."
    ],
    responsibilities=["Own the architecture of our streaming platform (Kafka, Flink) and lakehouse on Databricks."],
    must_have=["8+ years in data engineering.", "Experience with dbt and a cloud warehouse (Snowflake, BigQuery)."],
    nice_to_have=["Experience with Delta Lake or Apache Iceberg.", "German language skills."],
    keywords=["Kafka", "Flink", "Databricks", "dbt", "Snowflake", "Delta Lake"],
)

# A faithful letter that paraphrases: number words, "percent", "£240K", a short company name, a skill the posting
# names but the candidate has not used (said honestly).
IDRIS_LETTER = """Dear Tidewater hiring team,

I'm applying for the Principal Data Engineer, Platform role at Tidewater Analytics. Sensing demand for 400 European \
retailers from 11 billion events a quarter is the kind of scale I enjoy.

I have nine years of experience in data engineering. As Lead Data Engineer at Northwind Freightworks, I rebuilt our \
shipment-event platform on Flink and Kafka, which now handles 3.2 billion events per month, and I cut the nightly \
warehouse load from six hours to 50 minutes with dbt on Snowflake. I manage seven engineers across two squads and \
lowered cloud data spend by 28 percent, roughly £240K a year.

Before Northwind, I spent three years at Halcyon Grocery as a data engineer, building Airflow DAGs behind 45 Tableau \
dashboards and moving 120 TB from Teradata to BigQuery. I started my career as a BI developer at Penrose Insight \
Partners in 2015.

I hold an MSc in Data Science from the University of Wetherby and I'm a Google Cloud Professional Data Engineer. I \
have not yet worked with Databricks or Delta Lake, and I would be glad to learn them.

Kind regards,
Idris Okonkwo-Bell
"""


def verify_idris(letter: str, **kwargs: object) -> FVSValidation:
    gap = kwargs.pop("gap_responses", None)
    others = kwargs.pop("other_companies", ())
    assert gap is None or isinstance(gap, GapResponses)
    assert isinstance(others, tuple | list)
    return verify_letter(
        letter,
        cv=IDRIS,
        job=TIDEWATER,
        company_name="Tidewater Analytics GmbH",
        job_title="Principal Data Engineer, Platform",
        gap_responses=gap,
        other_companies=tuple(str(o) for o in others),
        today=TODAY,
    )


def mutate(old: str, new: str, letter: str = IDRIS_LETTER) -> str:
    assert old in letter, old
    return letter.replace(old, new, 1)


def critical_fields(result: FVSValidation) -> dict[str, list[str | None]]:
    found: dict[str, list[str | None]] = {}
    for v in result.critical:
        found.setdefault(v.field, []).append(v.found)
    return found
