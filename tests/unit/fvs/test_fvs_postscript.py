"""Facts after the sign-off are still facts: a postscript is checked like the body, a signature block is not."""

from __future__ import annotations

from careervp.logic.fvs import verify_letter
from careervp.models.cv import CV, ExperienceEntry, Person, YearMonth
from careervp.models.job import JobPosting

CV_ = CV(
    person=Person(name="Ada Quill", email="ada@example.com", phone="(555) 010-2000"),
    experience=[
        ExperienceEntry(
            employer="Brightwater Labs",
            title="Data Engineer",
            start=YearMonth(year=2019),
            is_current=True,
            achievements=["Cut pipeline run time by 35% across 12 nightly jobs."],
        )
    ],
    skills=["Python", "Airflow"],
    raw_text=(
        "Ada Quill\nData Engineer, Brightwater Labs, 2019 - Present\n"
        "Cut pipeline run time by 35% across 12 nightly jobs."
    ),
)
JOB = JobPosting(company_name="Corvid Analytics", job_title="Senior Data Engineer", must_have=["Python", "Airflow"])
BODY = (
    "Dear Hiring Manager,\n\nI am applying for the Senior Data Engineer role at Corvid Analytics. "
    "At Brightwater Labs I cut pipeline run time by 35% across 12 nightly jobs.\n\n"
    "Kind regards,\nAda Quill\nada@example.com | (555) 010-2000\n"
)


def _verify(text: str) -> list[tuple[str, str | None]]:
    result = verify_letter(text, cv=CV_, job=JOB, company_name=JOB.company_name, job_title=JOB.job_title)
    return [(v.field, v.found) for v in result.critical]


def test_a_signature_block_is_not_a_claim() -> None:
    assert _verify(BODY) == []


def test_a_postscript_with_an_invented_degree_is_caught() -> None:
    found = _verify(BODY + "P.S. I also hold a PhD in Statistics.\n")
    assert any(field == "credential" and "PhD" in (text or "") for field, text in found)


def test_a_long_line_after_the_signature_is_checked() -> None:
    assert any(
        field == "metric" for field, _ in _verify(BODY + "Separately, I reduced cloud spend by 80% last year.\n")
    )
