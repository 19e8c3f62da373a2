"""Skills that show other skills: a PostgreSQL user writes SQL, a Django developer writes Python.

Letters legitimately name the broader skill, so FVS counts it as the candidate's. Kept to implications nobody
disputes; a broad skill never implies a specific one.
"""

from __future__ import annotations

from functools import lru_cache

from careervp.vocabulary.skills import canonical_skill, skill_key

_IMPLIES: dict[str, tuple[str, ...]] = {
    "SQL": ("PostgreSQL", "MySQL", "MariaDB", "SQLite", "Oracle Database", "Microsoft SQL Server", "BigQuery",
            "Snowflake", "Redshift", "Databricks", "ClickHouse", "Trino", "DuckDB", "dbt"),
    "Python": ("Django", "Flask", "FastAPI", "pandas", "NumPy", "SciPy", "PyTorch", "TensorFlow", "scikit-learn",
               "Keras", "Jupyter", "statsmodels", "Pytest", "Apache Airflow", "Dagster", "Prefect"),
    "JavaScript": ("TypeScript", "React", "Angular", "Vue", "Svelte", "Next.js", "Node.js", "Express.js", "jQuery",
                   "Redux", "React Native"),
    "Java": ("Spring Boot",),
    "Ruby": ("Ruby on Rails",),
    "Amazon Web Services": ("Amazon EC2", "AWS Lambda", "Amazon S3", "Amazon SQS", "Amazon RDS", "Amazon ECS",
                            "Amazon EKS", "CloudFormation", "AWS CDK", "DynamoDB", "Redshift", "SageMaker"),
    "Google Cloud Platform": ("BigQuery", "Vertex AI"),
    "Containerization": ("Docker", "Kubernetes", "Amazon ECS", "Amazon EKS", "Helm", "OpenShift"),
    "Kubernetes": ("Amazon EKS", "OpenShift"),
    "Machine learning": ("scikit-learn", "XGBoost", "LightGBM", "CatBoost", "PyTorch", "TensorFlow", "Keras",
                         "Deep learning", "MLflow", "SageMaker", "Vertex AI", "Natural language processing",
                         "Computer vision", "Recommender systems"),
    "Data visualization": ("Tableau", "Power BI", "Looker", "Looker Studio", "Qlik", "Metabase", "Superset"),
    "Business intelligence": ("Tableau", "Power BI", "Looker", "Looker Studio", "Qlik", "MicroStrategy"),
    "Electronic health records": ("Epic", "Cerner", "Meditech", "athenahealth", "eClinicalWorks", "Allscripts"),
    "Email marketing": ("Klaviyo", "Mailchimp", "Braze", "Iterable", "Customer.io", "Marketo"),
    "Marketing automation": ("HubSpot", "Marketo", "Braze", "Klaviyo", "Iterable"),
    "Pay-per-click advertising": ("Google Ads", "Microsoft Advertising"),
    "Paid social": ("Meta Ads", "LinkedIn Ads", "TikTok Ads", "Pinterest Ads", "Snapchat Ads"),
    "Learning management systems": ("Canvas LMS", "Moodle", "Blackboard", "Docebo", "Cornerstone OnDemand",
                                    "Absorb LMS", "TalentLMS", "Brightspace", "Schoology"),
    "ERP": ("SAP", "Oracle NetSuite", "Microsoft Dynamics", "Oracle Financials", "Workday"),
    "Git": ("GitHub Actions", "GitLab CI"),
    "CI/CD": ("GitHub Actions", "GitLab CI", "Jenkins", "CircleCI", "Argo CD"),
}  # fmt: skip


@lru_cache(maxsize=1)
def _implied_by() -> dict[str, set[str]]:
    implied: dict[str, set[str]] = {}
    for broad, specifics in _IMPLIES.items():
        for specific in specifics:
            implied.setdefault(skill_key(specific), set()).add(broad)
    return implied


def implied_skills(text: str) -> set[str]:
    """Canonical names of the broader skills that `text` (a skill) shows: "PostgreSQL" -> {"SQL"}."""
    return set(_implied_by().get(skill_key(canonical_skill(text)), set()))
