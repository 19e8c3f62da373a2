"""The evidence map pairs posting requirements with CV facts, marks gaps, and checks years and credentials."""

from __future__ import annotations

from datetime import date

import pytest

from careervp.logic.evidence import build_evidence_map, company_hooks, requirement_share, term_profile
from careervp.models.api import GapResponse, GapResponses
from careervp.models.cv import CV, ExperienceEntry, Person, YearMonth
from careervp.models.evidence import EvidenceMap, FactKind, RequirementCategory, RequirementMatch
from careervp.models.job import JobPosting

from .samples import TODAY, accountant_cv, accountant_job, backend_cv, backend_job


def _map(cv: CV | None = None, job: JobPosting | None = None, **kwargs: object) -> EvidenceMap:
    return build_evidence_map(cv or backend_cv(), job or backend_job(), today=TODAY, **kwargs)  # type: ignore[arg-type]


def _req(evidence: EvidenceMap, startswith: str) -> RequirementMatch:
    return next(r for r in evidence.requirements if r.requirement.startswith(startswith))


def _fact_texts(evidence: EvidenceMap, req: RequirementMatch) -> list[str]:
    return [f.text for f in (evidence.fact(i) for i in req.fact_ids) if f is not None]


def test_every_requirement_and_emphasis_area_is_listed_with_its_category() -> None:
    job = backend_job()
    evidence = _map(emphasis_areas=["mentoring", "PostgreSQL performance"])
    counts = {c: sum(1 for r in evidence.requirements if r.category is c) for c in RequirementCategory}
    assert counts[RequirementCategory.MUST_HAVE] == len(job.must_have)
    assert counts[RequirementCategory.NICE_TO_HAVE] == len(job.nice_to_have)
    assert counts[RequirementCategory.RESPONSIBILITY] == len(job.responsibilities)
    assert counts[RequirementCategory.EMPHASIS] == 2
    assert evidence.emphasis_areas == ["mentoring", "PostgreSQL performance"]
    assert (evidence.company_name, evidence.job_title, evidence.candidate_name) == (
        "Larchmont Payments",
        "Senior Backend Engineer",
        "Maya Okafor",
    )


def test_a_named_skill_is_met_by_the_facts_that_mention_it() -> None:
    evidence = _map()
    go = _req(evidence, "Strong proficiency in Go")
    assert not go.is_gap
    assert go.score >= 0.8
    assert any("9 Go services" in text for text in _fact_texts(evidence, go))


def test_skill_aliases_meet_their_canonical_name() -> None:
    # The posting says "Postgres"; the CV says "PostgreSQL".
    evidence = _map()
    postgres = _req(evidence, "Experience tuning Postgres")
    assert not postgres.is_gap
    assert any("PostgreSQL query times" in text for text in _fact_texts(evidence, postgres))


def test_light_stemming_lets_mentoring_meet_mentored() -> None:
    evidence = _map(emphasis_areas=["mentoring"])
    area = _req(evidence, "mentoring")
    assert area.category is RequirementCategory.EMPHASIS
    assert not area.is_gap
    assert _fact_texts(evidence, area)[0].startswith("Mentored 4 engineers")


def test_a_requirement_with_no_support_is_a_gap() -> None:
    evidence = _map()
    rust = _req(evidence, "Experience with Rust and Elixir")
    assert rust.is_gap
    assert rust.score == 0.0
    assert rust.fact_ids == []
    assert rust in evidence.gaps


def test_an_emphasis_area_naming_a_missing_tool_is_not_met_by_a_generic_word() -> None:
    evidence = _map(accountant_cv(), accountant_job(), emphasis_areas=["PostgreSQL performance"])
    assert _req(evidence, "PostgreSQL performance").is_gap


def test_years_are_checked_against_the_real_span_of_the_cv() -> None:
    backend = _map()
    assert backend.years_of_experience == 9  # Jun 2017 to Nov 2026
    years = _req(backend, "5+ years")
    assert not years.is_gap
    # The backend roles (Jan 2018 to today) count; the Software Developer job does not name the field.
    assert "5+ years (in-field roles span 8)" in years.matched_terms
    assert _fact_texts(backend, years)[:2] == [
        "Senior Backend Engineer at Tidewater Freight, Inc. (Mar 2021 – present)",
        "Backend Engineer at Brightmoor Clinics (Jan 2018 – Feb 2021)",
    ]
    accountant = _map(accountant_cv(), accountant_job())
    assert accountant.years_of_experience == 8  # 2018 to Nov 2026
    assert _req(accountant, "At least 10 years").is_gap


def test_years_with_no_field_are_met_by_the_whole_span() -> None:
    job = backend_job().model_copy(update={"must_have": ["5+ years of experience."]})
    years = _req(_map(backend_cv(), job), "5+ years")
    assert not years.is_gap
    assert years.matched_terms == ["5+ years (CV spans 9)"]


def test_years_in_another_field_do_not_count() -> None:
    # Nine years of backend work do not meet "10 years of accounting experience" (nor would fewer).
    evidence = _map(backend_cv(), accountant_job())
    assert _req(evidence, "At least 10 years").is_gap


def _career(*jobs: tuple[str, int, int | None, list[str]]) -> CV:
    return CV(
        person=Person(name="Sam Field"),
        experience=[
            ExperienceEntry(
                employer=f"Employer {i}",
                title=title,
                start=YearMonth(year=start),
                end=YearMonth(year=end) if end else None,
                is_current=end is None,
                achievements=bullets,
            )
            for i, (title, start, end, bullets) in enumerate(jobs)
        ],
    )


def _years_job(requirement: str) -> JobPosting:
    return JobPosting(company_name="Quarrow Health", job_title="Senior Product Manager", must_have=[requirement])


def test_a_named_field_counts_only_the_roles_in_it() -> None:
    # Ten years of work, two of them in product management: "5+ years of product management" is a gap.
    cv = _career(
        ("Product Manager", 2024, None, ["Launched a booking feature used by 40,000 patients."]),
        ("Registered Nurse", 2016, 2023, ["Cared for 6 patients per shift on a surgical unit."]),
    )
    evidence = _map(cv, _years_job("5+ years of product management experience."))
    assert evidence.years_of_experience == 10
    years = _req(evidence, "5+ years")
    assert years.is_gap
    assert years.score < 0.5
    assert _fact_texts(evidence, years)[0].startswith("Product Manager at Employer 0")
    # Enough time in titles that name the field (abbreviations expanded) meets it; overlaps count once.
    cv = _career(
        ("Sr. PM", 2021, None, ["Ran 40 pricing experiments."]),
        ("Associate Product Manager", 2018, 2021, ["Managed the backlog for 6 engineers."]),
        ("Support Lead", 2015, 2018, ["Answered 90 tickets a week."]),
    )
    years = _req(_map(cv, _years_job("5+ years of product management experience.")), "5+ years")
    assert not years.is_gap
    assert "5+ years (in-field roles span 8)" in years.matched_terms


def test_a_role_counts_when_most_of_its_bullets_are_in_the_field() -> None:
    cv = _career(
        ("Analyst", 2019, None, ["Built SQL dashboards for 3 teams.", "Wrote SQL data-quality checks for 40 tables."]),
        ("Clerk", 2012, 2019, ["Filed 200 invoices a week."]),
    )
    evidence = _map(cv, _years_job("At least 5 years of SQL."))
    assert not _req(evidence, "At least 5 years").is_gap  # a tool: any role that used it
    assert _req(_map(cv, _years_job("At least 10 years of SQL.")), "At least 10 years").is_gap  # 2019 to today
    nursing = _map(cv, _years_job("3+ years of acute-care RN experience."))
    assert _req(nursing, "3+ years").is_gap


def test_a_gap_answer_stating_the_years_meets_the_field() -> None:
    cv = _career(("Registered Nurse", 2016, None, ["Cared for 6 patients per shift."]))
    answers = GapResponses(
        responses=[
            GapResponse(question_id="q1", question_text="Product management?",
                        response_text="I spent 6 years as the product manager of our clinic's patient app alongside my "
                        "nursing work.")
        ]
    )  # fmt: skip
    evidence = _map(cv, _years_job("5+ years of product management experience."), gap_responses=answers)
    assert not _req(evidence, "5+ years").is_gap


def test_a_current_job_ends_today() -> None:
    later = build_evidence_map(backend_cv(), backend_job(), today=date(2030, 6, 1))
    assert later.years_of_experience == 13  # Jun 2017 to Jun 2030


def test_degree_level_and_subject_are_checked() -> None:
    backend = _map()
    assert _req(backend, "A master's degree").is_gap  # holds a B.S.
    accountant = _map(accountant_cv(), accountant_job())
    bachelor = _req(accountant, "Bachelor's degree in accounting")
    assert not bachelor.is_gap
    assert _fact_texts(accountant, bachelor) == ["B.S. in Accounting from Lakeshore University"]
    wrong_subject = _map(backend_cv(), accountant_job())
    assert _req(wrong_subject, "Bachelor's degree in accounting").is_gap  # a Computer Science degree


def test_a_licence_is_met_only_by_a_held_certification() -> None:
    accountant = _map(accountant_cv(), accountant_job())
    cpa = _req(accountant, "Active CPA license")
    assert not cpa.is_gap
    assert [accountant.fact(i).kind for i in cpa.fact_ids] == [FactKind.CERTIFICATION]  # type: ignore[union-attr]
    assert _req(_map(backend_cv(), accountant_job()), "Active CPA license").is_gap


def test_current_role_and_employer() -> None:
    evidence = _map()
    assert (evidence.current_role, evidence.current_employer) == ("Senior Backend Engineer", "Tidewater Freight, Inc.")
    ended = CV(
        person=Person(name="Ed Ended"),
        experience=[
            ExperienceEntry(employer="Old Co", title="Clerk", start=YearMonth(year=2010), end=YearMonth(year=2012))
        ],
    )
    past = build_evidence_map(ended, backend_job(), today=TODAY)
    assert past.current_role is None
    assert past.current_employer is None
    assert past.years_of_experience == 2


def test_facts_are_the_cv_own_words_ranked_with_results_first() -> None:
    evidence = _map(emphasis_areas=["mentoring"])
    cv = backend_cv()
    bullets = {a for e in cv.experience for a in e.achievements}
    achievements = [f for f in evidence.facts if f.kind is FactKind.ACHIEVEMENT]
    assert {f.text for f in achievements} == bullets
    assert evidence.facts[0].kind is FactKind.ACHIEVEMENT
    assert evidence.facts[0].metrics
    assert sorted(f.fact_id for f in evidence.facts) == sorted({f.fact_id for f in evidence.facts})  # unique ids
    aws = next(f for f in achievements if f.text.startswith("Reduced AWS spend"))
    assert aws.metrics == ["27%", "$250,000"]
    assert aws.employer == "Tidewater Freight, Inc."
    assert aws.role == "Senior Backend Engineer"


def test_metrics_skip_calendar_years() -> None:
    cv = CV(
        person=Person(name="Y Ear"),
        experience=[
            ExperienceEntry(
                employer="Acme",
                title="Lead",
                start=YearMonth(year=2019),
                achievements=["Led the 2023 relaunch to 40 stores."],
            )
        ],
    )
    fact = next(f for f in build_evidence_map(cv, backend_job(), today=TODAY).facts if f.kind is FactKind.ACHIEVEMENT)
    assert fact.metrics == ["40"]


def test_gap_answers_become_facts_that_can_meet_a_requirement() -> None:
    answers = GapResponses(
        responses=[
            GapResponse(
                question_id="q1",
                question_text="Have you used Rust or Elixir?",
                response_text="I built two internal command-line tools in Rust and an Elixir chat service.",
                skills_mentioned=["Rust", "Elixir"],
            )
        ]
    )
    evidence = _map(gap_responses=answers)
    rust = _req(evidence, "Experience with Rust and Elixir")
    assert not rust.is_gap
    assert evidence.fact(rust.fact_ids[0]).kind is FactKind.GAP_RESPONSE  # type: ignore[union-attr]


def test_company_hooks_come_from_the_about_section_without_boilerplate() -> None:
    hooks = company_hooks(backend_job())
    assert "Larchmont Payments builds billing software for 6,000 independent veterinary clinics." in hooks
    assert all("equal opportunity" not in h for h in hooks)
    assert any(ch.isdigit() for ch in hooks[0])  # specific sentences (numbers, names) first


def test_the_map_is_deterministic() -> None:
    first = _map(emphasis_areas=["mentoring"])
    second = _map(emphasis_areas=["mentoring"])
    assert first.model_dump() == second.model_dump()


@pytest.mark.parametrize(
    ("requirement", "letter", "addressed"),
    [
        (
            "Experience with mathematical optimization: Gurobi, OR-Tools or similar.",
            "I have not yet used mathematical optimization.",
            True,
        ),
        ("Production experience with Kafka.", "I designed a Kafka pipeline.", True),
        ("Production experience with Kafka.", "I enjoy hiking.", False),
    ],
)
def test_requirement_share_reads_a_letter_like_a_fact(requirement: str, letter: str, addressed: bool) -> None:
    assert (requirement_share(requirement, term_profile(letter)) >= 0.5) is addressed


def test_a_job_written_as_a_paragraph_gives_its_sentences_as_facts() -> None:
    cv = CV(
        person=Person(name="Para Graph"),
        experience=[
            ExperienceEntry(
                employer="Harbor Clinic",
                title="Office Manager",
                start=YearMonth(year=2020),
                is_current=True,
                description="Run scheduling for 6 physicians. Cut patient wait times by 20% with a new intake process.",
            )
        ],
    )
    facts = [f for f in build_evidence_map(cv, backend_job(), today=TODAY).facts if f.kind is FactKind.ACHIEVEMENT]
    assert sorted(f.text for f in facts) == [
        "Cut patient wait times by 20% with a new intake process.",
        "Run scheduling for 6 physicians.",
    ]


def test_a_sector_is_read_from_what_the_cv_describes() -> None:
    # A nurse's CV says "patients" and "hospital", never "healthcare"; so does an engineer who built software for
    # clinics ("Brightmoor Clinics", "800,000 patients"); an accountant at a mill does not.
    nurse = _career(("Registered Nurse", 2016, None, ["Cared for 6 patients per shift at a 300-bed hospital."]))
    job = _years_job("Experience in healthcare or other regulated industries; familiarity with HIPAA.")
    met = _req(_map(nurse, job), "Experience in healthcare")
    assert not met.is_gap
    assert met.score < 1.0  # one clause of two: met, not fully
    assert not _req(_map(backend_cv(), job), "Experience in healthcare").is_gap
    assert _req(_map(accountant_cv(), job), "Experience in healthcare").is_gap


def test_the_same_line_of_work_counts_before_and_after_a_promotion() -> None:
    # Only the middle job's bullets talk about the field; the jobs around it hold the same job noun and name the
    # field in their titles, so the line of work runs from 2016.
    cv = _career(
        ("Senior Pathology Technician", 2022, None, ["Supervise a team of 4 on the night rota."]),
        ("Pathology Technician II", 2019, 2022, ["Ran 300 clinical laboratory samples a day through histology."]),
        ("Pathology Technician", 2016, 2019, ["Kept the stock room in order."]),
        ("Barista", 2012, 2016, ["Served 200 customers a day."]),
    )
    requirement = "6+ years of clinical pathology laboratory experience."
    years = _req(_map(cv, _years_job(requirement)), "6+ years")
    assert not years.is_gap
    # A title without the field's words is not the same line of work, whatever its job noun.
    cv = _career(
        ("Senior Pathology Technician", 2023, None, ["Supervise a team of 4 on the night rota."]),
        ("Pathology Technician II", 2021, 2023, ["Ran 300 clinical laboratory samples a day through histology."]),
        ("Dental Technician", 2012, 2021, ["Made 20 crowns a week."]),
    )
    assert _req(_map(cv, _years_job(requirement)), "6+ years").is_gap
