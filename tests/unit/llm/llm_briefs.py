"""Hand-built writing briefs for the LLM writer tests (an invented candidate, not one from the corpus)."""

from __future__ import annotations

from careervp.logic.writers.base import WritingBrief
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import (
    EvidenceFact,
    EvidenceMap,
    FactKind,
    RequirementCategory,
    RequirementMatch,
)

COMPANY = "Harbor Analytics GmbH"
TITLE = "Staff Data Engineer"
CANDIDATE = "Mara Quell"


def sample_facts(extra: int = 0, *, long_text: bool = False) -> list[EvidenceFact]:
    facts = [
        EvidenceFact(
            fact_id="E1",
            kind=FactKind.ROLE,
            text="Senior Data Engineer at Tidewater Freight Co., March 2020 to present",
            source="Tidewater Freight Co. - Senior Data Engineer",
            employer="Tidewater Freight Co.",
            role="Senior Data Engineer",
        ),
        EvidenceFact(
            fact_id="E2",
            kind=FactKind.ACHIEVEMENT,
            text="Rebuilt the nightly Spark pipeline, cutting run time from 6 hours to 50 minutes.",
            source="Tidewater Freight Co. - Senior Data Engineer",
            employer="Tidewater Freight Co.",
            metrics=["6 hours", "50 minutes"],
        ),
        EvidenceFact(
            fact_id="E3",
            kind=FactKind.ACHIEVEMENT,
            text="Led a team of 4 engineers that moved 30 TB of warehouse data to Snowflake.",
            source="Tidewater Freight Co. - Senior Data Engineer",
            employer="Tidewater Freight Co.",
            metrics=["4", "30 TB"],
        ),
        EvidenceFact(
            fact_id="E4",
            kind=FactKind.ROLE,
            text="Data Engineer at Lindqvist Retail AB, 2016 to 2020",
            source="Lindqvist Retail AB - Data Engineer",
            employer="Lindqvist Retail AB",
            role="Data Engineer",
        ),
        EvidenceFact(
            fact_id="E5",
            kind=FactKind.ACHIEVEMENT,
            text="Introduced dbt tests that caught 120 data-quality defects before release.",
            source="Lindqvist Retail AB - Data Engineer",
            employer="Lindqvist Retail AB",
            metrics=["120"],
        ),
        EvidenceFact(fact_id="E6", kind=FactKind.SKILL, text="Python, SQL, Apache Spark, Airflow", source="Skills"),
        EvidenceFact(
            fact_id="E7",
            kind=FactKind.EDUCATION,
            text="M.Sc. in Statistics, Uppsala Institute of Technology, 2016",
            source="Education",
        ),
    ]
    filler = "Maintained internal reporting jobs and wrote runbooks for the on-call rotation of the data platform. "
    for n in range(extra):
        text = f"Supported project number {n + 1}: " + (filler * 6 if long_text else filler)
        facts.append(EvidenceFact(fact_id=f"E{8 + n}", kind=FactKind.ACHIEVEMENT, text=text, source="Other work"))
    return facts


def sample_requirements(extra_gaps: int = 0) -> list[RequirementMatch]:
    reqs = [
        RequirementMatch(
            requirement="5+ years building batch data pipelines with Spark",
            category=RequirementCategory.MUST_HAVE,
            fact_ids=["E2", "E6"],
            matched_terms=["spark"],
            score=0.9,
            is_gap=False,
        ),
        RequirementMatch(
            requirement="Experience leading engineers",
            category=RequirementCategory.MUST_HAVE,
            fact_ids=["E3"],
            matched_terms=["led"],
            score=0.8,
            is_gap=False,
        ),
        RequirementMatch(
            requirement="Data quality testing",
            category=RequirementCategory.NICE_TO_HAVE,
            fact_ids=["E5"],
            matched_terms=["dbt"],
            score=0.6,
            is_gap=False,
        ),
        RequirementMatch(
            requirement="Production experience with Apache Flink streaming",
            category=RequirementCategory.MUST_HAVE,
            score=0.0,
            is_gap=True,
        ),
    ]
    for n in range(extra_gaps):
        reqs.append(
            RequirementMatch(
                requirement=f"Hands-on experience with tool number {n + 1} in a regulated environment",
                category=RequirementCategory.NICE_TO_HAVE,
                score=0.0,
                is_gap=True,
            )
        )
    return reqs


def make_brief(
    *,
    tone: Tone = Tone.PROFESSIONAL,
    words: int = 300,
    extra_facts: int = 0,
    long_text: bool = False,
    extra_gaps: int = 0,
    emphasis: list[str] | None = None,
    hooks: list[str] | None = None,
    salary: bool = False,
) -> WritingBrief:
    evidence = EvidenceMap(
        company_name=COMPANY,
        job_title=TITLE,
        candidate_name=CANDIDATE,
        facts=sample_facts(extra_facts, long_text=long_text),
        requirements=sample_requirements(extra_gaps),
        emphasis_areas=["data quality"],
        years_of_experience=9,
        current_role="Senior Data Engineer",
        current_employer="Tidewater Freight Co.",
        company_hooks=hooks
        if hooks is not None
        else ["Harbor Analytics builds forecasting tools for port operators across northern Europe."],
    )
    prefs = Preferences(tone=tone, word_count_target=words, emphasis_areas=emphasis, include_salary_expectations=salary)
    return WritingBrief(evidence=evidence, preferences=prefs, candidate=Person(name=CANDIDATE))


LETTER = f"""Dear Hiring Manager,

I would like to be considered for the {TITLE} role at Harbor Analytics. For the past several years I have been a \
Senior Data Engineer at Tidewater Freight Co., where I rebuilt the nightly Spark pipeline and cut its run time from \
6 hours to 50 minutes.

I also led a team of 4 engineers that moved 30 TB of warehouse data to Snowflake, and before that I introduced dbt \
tests at Lindqvist Retail AB that caught 120 data-quality defects before release. I have not yet used Apache Flink in \
production, but my Spark work gives me a solid footing in the same ideas.

I would welcome the chance to talk about how I can help your team.

Sincerely,
{CANDIDATE}"""
