"""Years a letter states come only from the roles in the field applied for: over generated career changers (two or
more jobs in a former line of work, then jobs in the target's field), no count of years in the letter exceeds the
time spent in the field, and the whole span is said only when every job is in the field."""

from __future__ import annotations

import asyncio
import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.career import years_phrase
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import CV, ExperienceEntry, Person, YearMonth
from careervp.models.job import JobPosting

TODAY = date(2026, 11, 28)
FORMER = (
    (("Line Cook", "Head Cook"), "Ran a brigade of {n} cooks for 300 covers a night."),
    (("Retail Assistant", "Retail Supervisor"), "Ran a shop floor team of {n} staff."),
    (("Warehouse Operative", "Warehouse Shift Lead"), "Picked and packed {n} orders a shift."),
)
TARGETS = (
    (("Arborist", "Senior Arborist"), "Felled and dismantled {n} trees near power lines.", "Tree surgery experience."),
    (("Staff Nurse", "Charge Nurse"), "Triaged about {n} patients per shift.", "Experience on a surgical ward."),
    (("Bookkeeper", "Senior Bookkeeper"), "Reconciled {n} bank accounts each month.", "Experience with Xero."),
)
_COUNT = re.compile(r"\b(\d+)\+?\s+years?\b")


@st.composite
def career_changers(draw: st.DrawFn) -> tuple[CV, JobPosting, Preferences, int]:
    """A CV, a posting in the new field, preferences, and the whole years the CV spent in the new field."""
    former_titles, former_bullet = draw(st.sampled_from(FORMER))
    target_titles, target_bullet, need = draw(st.sampled_from(TARGETS))
    field_years = draw(st.integers(min_value=2, max_value=7))
    former_years = draw(st.lists(st.integers(min_value=2, max_value=6), min_size=2, max_size=2))
    changed = TODAY.year - field_years
    entries = [
        ExperienceEntry(employer="Greenway Trees", title=target_titles[0], start=YearMonth(year=changed, month=1),
                        is_current=True, achievements=[target_bullet.format(n=draw(st.integers(3, 90)))]),
    ]  # fmt: skip
    end = changed - 1
    for i, years in enumerate(former_years):
        entries.append(
            ExperienceEntry(employer=f"Harbor Table {i}", title=former_titles[1 - i],
                            start=YearMonth(year=end - years, month=1), end=YearMonth(year=end, month=12),
                            achievements=[former_bullet.format(n=draw(st.integers(3, 90)))])
        )  # fmt: skip
        end -= years + 1
    cv = CV(person=Person(name="Robin Ellis"), experience=entries)
    job = JobPosting(company_name="Canopy Works Ltd", job_title=target_titles[1], must_have=[need])
    prefs = Preferences(tone=draw(st.sampled_from(list(Tone))), word_count_target=draw(st.sampled_from([250, 350])))
    return cv, job, prefs, field_years + 1  # from January of the change year to late November of this year


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(career_changers())
def test_a_career_changer_states_no_years_from_the_former_line(case: tuple[CV, JobPosting, Preferences, int]) -> None:
    cv, job, prefs, in_field = case
    evidence = build_evidence_map(cv, job, emphasis_areas=[], today=TODAY)
    assert evidence.years_of_experience
    assert evidence.years_of_experience > in_field  # the span counts the old jobs
    text = asyncio.run(TemplateWriter().write(WritingBrief(evidence=evidence, preferences=prefs,
                                                           candidate=cv.person))).text  # fmt: skip
    assert all(int(n) < in_field for n in _COUNT.findall(text)), text
    fvs = verify_letter(text, cv=cv, job=job, company_name=job.company_name, job_title=job.job_title, today=TODAY)
    assert fvs.is_valid, ([f"{v.field} {v.found!r}" for v in fvs.critical], text)


def test_a_career_in_one_line_states_the_whole_span() -> None:
    cv = CV(
        person=Person(name="Robin Ellis"),
        experience=[
            ExperienceEntry(employer="Greenway Trees", title="Senior Arborist", start=YearMonth(year=2021, month=3),
                            is_current=True, achievements=["Felled 40 trees near power lines."]),
            ExperienceEntry(employer="Oakline", title="Arborist", start=YearMonth(year=2014, month=1),
                            end=YearMonth(year=2021, month=2), achievements=["Climbed and pruned 300 street trees."]),
        ],
    )  # fmt: skip
    job = JobPosting(company_name="Canopy Works Ltd", job_title="Arborist", must_have=["Tree surgery experience."])
    evidence = build_evidence_map(cv, job, emphasis_areas=[], today=TODAY)
    assert years_phrase(evidence) == f"{evidence.years_of_experience} years"


def test_without_dated_roles_no_years_are_stated() -> None:
    cv = CV(person=Person(name="Robin Ellis"), experience=[ExperienceEntry(employer="Oakline", title="Arborist")])
    job = JobPosting(company_name="Canopy Works Ltd", job_title="Arborist", must_have=["Tree surgery experience."])
    assert years_phrase(build_evidence_map(cv, job, emphasis_areas=[], today=TODAY)) is None


def _property_manager(summary: str) -> str | None:
    cv = CV(
        person=Person(name="Robin Ellis"),
        summary=summary,
        experience=[
            ExperienceEntry(employer="Bayline Homes", title="Property Manager", start=YearMonth(year=2019, month=3),
                            is_current=True, achievements=["Raised occupancy from 91% to 96%."]),
            ExperienceEntry(employer="Keystone Lettings", title="Leasing Consultant", start=YearMonth(year=2013),
                            end=YearMonth(year=2019, month=2), achievements=["Leased 140 apartments a year."]),
        ],
    )  # fmt: skip
    job = JobPosting(company_name="Hartwell Homes", job_title="Regional Property Manager", must_have=["Yardi."])
    return years_phrase(build_evidence_map(cv, job, emphasis_areas=[], today=TODAY))


def test_the_cvs_own_count_of_years_in_the_field_is_taken_at_its_word() -> None:
    assert _property_manager("Operator with 13 years in residential property management.") == "13 years"
    assert _property_manager("Operator with 13 years in customer service.") == "more than 6 years"


def test_years_the_rule_cannot_trace_to_the_field_are_left_unsaid_never_undersold() -> None:
    """A claims handler whose first eight years were with the same insurer under another title: the rule counts only
    the claims years, and a letter saying "more than 3 years" would undersell twelve."""
    handler = ExperienceEntry(employer="Fairmead Mutual", title="Senior Claims Handler",
                              start=YearMonth(year=2022, month=5), is_current=True,
                              achievements=["Settled 620 motor claims with a 4% reopen rate."])  # fmt: skip
    adviser = ExperienceEntry(employer="Fairmead Mutual", title="Customer Adviser",
                              start=YearMonth(year=2014, month=2), end=YearMonth(year=2022, month=4),
                              achievements=["Handled 70 policy calls a day."])  # fmt: skip
    cv = CV(person=Person(name="Robin Ellis"), experience=[handler, adviser])
    job = JobPosting(company_name="Larchfield Insurance", job_title="Claims Handler", must_have=["Motor claims."])
    evidence = build_evidence_map(cv, job, emphasis_areas=[], today=TODAY)
    assert years_phrase(evidence) is None
    text = asyncio.run(TemplateWriter().write(WritingBrief(evidence=evidence, preferences=Preferences(),
                                                           candidate=cv.person))).text  # fmt: skip
    assert not _COUNT.findall(text), text


def test_an_earlier_post_named_in_the_postings_words_keeps_the_count_unsaid() -> None:
    """A fire risk assessor who spent fifteen years with a fire and rescue service: those posts are the same line of
    work by the posting's own word, "fire", though the field rule does not count them."""
    cv = CV(
        person=Person(name="Robin Ellis"),
        experience=[
            ExperienceEntry(employer="Tarnside Safety Ltd", title="Fire Risk Assessor", start=YearMonth(year=2022),
                            is_current=True, achievements=["Completed 300 fire risk assessments of care homes."]),
            ExperienceEntry(employer="Westmoor Fire and Rescue", title="Watch Manager", start=YearMonth(year=2006),
                            end=YearMonth(year=2021, month=12), achievements=["Led a watch of 12 firefighters."]),
        ],
    )  # fmt: skip
    job = JobPosting(company_name="Ashgrove Compliance", job_title="Fire Risk Assessor", must_have=["Care homes."])
    assert years_phrase(build_evidence_map(cv, job, emphasis_areas=[], today=TODAY)) is None
