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


HANA_RAW = """HANA LINDQVIST, RN, CCRN
Minneapolis, MN | hana.lindqvist@example.net

SUMMARY
Critical care nurse with 7+ years in adult ICU and step-down units.

EXPERIENCE
Staff Nurse, Medical ICU — Lakeshore Regional Hospital, Minneapolis, MN
June 2021 - Present
• Care for 1-2 critically ill adults per shift in a 28-bed MICU, including ventilated and CRRT patients.
• Member of the rapid response team; respond to about 40 calls a month.
• Led a CAUTI reduction project that lowered infection rates by 45% over 18 months.
• Precepted 11 new graduate nurses.

Registered Nurse, Cardiac Step-Down — St. Brigid Medical Center, St. Paul, MN
2018 - 2021
• Managed 3-4 telemetry patients per shift; titrated heparin and amiodarone drips per protocol.
• Trained 25 colleagues on the Cerner barcode medication administration rollout.

Nursing Assistant — St. Brigid Medical Center
2016 - 2018

EDUCATION
Bachelor of Science in Nursing, University of Minnesota, 2018

LICENSES AND CERTIFICATIONS
Registered Nurse — Minnesota Board of Nursing (active)
CCRN (Adult) — AACN, 2022
BLS, ACLS — American Heart Association

SKILLS
Ventilator management, CRRT, arterial lines, hemodynamic monitoring, Epic, Cerner, sepsis bundles
"""

HANA = CV(
    person=Person(name="Hana Lindqvist", location="Minneapolis, MN"),
    summary="Critical care nurse with 7+ years in adult ICU and step-down units.",
    experience=[
        ExperienceEntry(
            employer="Lakeshore Regional Hospital",
            title="Staff Nurse, Medical ICU",
            start=YearMonth(year=2021, month=6),
            is_current=True,
        ),
        ExperienceEntry(
            employer="St. Brigid Medical Center",
            title="Registered Nurse, Cardiac Step-Down",
            start=YearMonth(year=2018),
            end=YearMonth(year=2021),
        ),
        ExperienceEntry(
            employer="St. Brigid Medical Center",
            title="Nursing Assistant",
            start=YearMonth(year=2016),
            end=YearMonth(year=2018),
        ),
    ],
    education=[Education(institution="University of Minnesota", degree="Bachelor of Science in Nursing", year=2018)],
    certifications=[
        Certification(name="CCRN (Adult)", issuer="AACN", year=2022),
        Certification(name="BLS", issuer="American Heart Association"),
        Certification(name="ACLS", issuer="American Heart Association"),
    ],
    skills=["Ventilator management", "CRRT", "arterial lines", "hemodynamic monitoring", "Epic", "Cerner"],
    raw_text=HANA_RAW,
)

BAYVIEW = JobPosting(
    company_name="Bayview University Health",
    job_title="ICU Registered Nurse (Nights)",
    about=["Bayview University Health is a Magnet-designated academic medical center with 620 beds."],
    responsibilities=["Provide care for 1-2 critically ill patients per shift.", "Precept new graduate nurses."],
    must_have=["Active RN license; BSN required.", "BLS and ACLS; CCRN preferred.", "Experience with Epic."],
    nice_to_have=["ECMO or CRRT experience.", "TNCC."],
)

HANA_LETTER = """Dear Bayview University Health Nurse Recruitment Team,

I am excited to apply for the ICU Registered Nurse (Nights) position. A Magnet-designated academic medical center is \
exactly where I want to keep growing.

I have been a registered nurse since 2018 and have more than five years of critical care experience. At Lakeshore \
Regional Hospital I work as a staff nurse in a 28-bed medical ICU, caring for one to two critically ill adults per \
shift, including ventilated and CRRT patients. I led a CAUTI reduction project that cut infection rates by 45 percent \
over eighteen months, and I have precepted eleven new graduate nurses.

Before Lakeshore, I spent three years on a cardiac step-down unit at St. Brigid Medical Center, managing three to \
four telemetry patients. When we rolled out Cerner barcode medication administration, I trained 25 colleagues on it.

I hold a BSN from the University of Minnesota, an active Minnesota RN license, and BLS, ACLS and CCRN \
certifications. I have not yet cared for ECMO patients, and I'm eager to learn on nights at Bayview.

Sincerely,
Hana Lindqvist, RN, CCRN
"""


def verify_hana(letter: str) -> FVSValidation:
    return verify_letter(
        letter,
        cv=HANA,
        job=BAYVIEW,
        company_name="Bayview University Health",
        job_title="ICU Registered Nurse (Nights)",
        today=TODAY,
    )


def critical_findings(body: str, *, cv: CV, job: JobPosting, greeting: str = "Dear Hiring Manager,") -> list[str]:
    """The critical findings, as 'field:found', of a short letter to `job` with this greeting and body."""
    text = (
        f"{greeting}\n\nI am applying for the {job.job_title} role at {job.company_name}.\n\n{body}\n\nBest,\n"
        f"{cv.person.name}"
    )
    result = verify_letter(text, cv=cv, job=job, company_name=job.company_name, job_title=job.job_title, today=TODAY)
    return [f"{v.field}:{v.found}" for v in result.critical]
