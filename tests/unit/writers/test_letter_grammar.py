"""Grammar properties of the offline writer's letters, over CVs and postings generated in many fields, and the
defect checks themselves on the shapes of assembled letters they exist to catch."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.text import split_sentences, word_count
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.defects import copied_run, has_verb, letter_defects
from careervp.logic.writers.template import TemplateWriter
from careervp.logic.writers.wording import short_company
from careervp.models.api import Preferences, Tone
from careervp.models.cv import CV, Certification, Education, ExperienceEntry, Person, YearMonth
from careervp.models.job import JobPosting

TODAY = date(2026, 11, 28)


@dataclass(frozen=True)
class Field:
    titles: tuple[str, ...]
    bullets: tuple[str, ...]
    """CV bullets; {n} becomes a number."""
    skills: tuple[str, ...]
    needs: tuple[str, ...]
    duties: tuple[str, ...]
    about: tuple[str, ...]
    credential: str


FIELDS = (
    Field(("Staff Nurse", "Charge Nurse"),
          ("Led a team of {n} nurses on a 30-bed surgical ward.", "Cut falls on the ward by {n}% in one year.",
           "Precept {n} new graduate nurses a year.", "Triaged about {n} patients per shift in the emergency room.",
           "Awarded Nurse of the Year in 2022.", "Member of the sepsis working group that cut response time by {n}%."),
          ("Epic", "wound care", "IV therapy"), ("Experience with wound care.", "Fluent French and English.",
           "Current ACLS certification.", "Experience with Cerner PowerChart documentation."),
          ("Mentor interns on the ward.", "Coach junior staff."),
          ("Founded in 1988, Harbour Vale Hospital serves 400,000 people across the county.",), "BLS"),
    Field(("Site Engineer", "Project Engineer"),
          ("Supervised {n} concrete pours on a nine-storey frame.", "Managed a $4M programme of bridge repairs.",
           "Set out drainage for a {n}-home development; completed ITPs for 48 pours.",
           "Introduced pre-pour checklists that reduced rework by {n}%."),
          ("AutoCAD", "temporary works", "NEC4"), ("Experience with temporary works.", "German at B2 level.",
           "Chartered status or working towards it.", "Hands-on Revit and BIM 360 model coordination."),
          ("Own the budget with the finance team; report weekly.",),
          ("We design bridges and rail structures for public clients across the north.",), "CSCS"),
    Field(("Line Cook", "Sous Chef"),
          ("Ran a brigade of {n} cooks for 300 covers a night.", "Cut food cost by {n}% through recipe costing.",
           "Trained {n} commis chefs in knife skills and HACCP.", "Wrote the seasonal menu with the head chef."),
          ("recipe costing", "HACCP", "banquet production"), ("Experience with banquet production.",
           "Spanish at a conversational level."), ("Lead the pastry section.",),
          ("Our restaurant group runs six kitchens in the city and a cookery school.",), "Level 3 Food Safety"),
    Field(("Payroll Specialist", "HR Generalist"),
          ("Processed payroll for {n} employees across 3 states.", "Handled {n} employee relations cases a year.",
           "Rolled out Workday to {n} staff in 2023.", "Recognized as Employee of the Quarter."),
          ("Workday", "FMLA", "Excel"), ("Working knowledge of FMLA.", "Experience with union grievances.",
           "PostgreSQL schema design and performance tuning for HR analytics."),
          ("Advise managers on performance.",), ("We employ 2,300 people at five plants in Iowa.",), "SHRM-CP"),
    Field(("Case Manager", "Senior Case Manager"),
          ("Carry a caseload of {n} adults in a Housing First program.", "Housed {n} clients since 2021; 89% retained "
           "housing at 12 months.", "Setting out safety plans with {n} families a year.",
           "Built a network of {n} landlords for rapid rehousing.", "Appointed practice lead for the county team."),
          ("HMIS", "motivational interviewing", "safety planning"),
          ("Experience with survivors of domestic violence or sexual assault.", "Fluent Spanish.",
           "Availability for one evening shift a week."), ("Coordinate referrals with shelters.",),
          ("Haven Point has supported survivors of abuse in Sacramento County since 1979.",),
          "Mental Health First Aid"),
    Field(("Claims Adjuster", "Senior Property Claims Adjuster"),
          ("Inspected and closed {n} homeowners claims.", "Deployed to {n} catastrophe events: two hurricanes and "
           "two hail events.", "Portfolio loss ratio of {n}% in 2024 against a 55% plan.",
           "Trade with {n} regional contractors; run quarterly estimate reviews."),
          ("Xactimate", "coverage analysis", "negotiation"), ("Experience with Xactimate estimating.",
           "Casualty claims experience, including liability.", "Active state adjuster license (Ohio or reciprocal)."),
          ("Review contractor estimates.",), ("Lakeshore Mutual is a mutual insurer protecting 410,000 homes.",),
          "AIC"),
    Field(("ARCHITECTURAL ASSISTANT", "Project Architect"),
          ("Lead architect on a {n}-unit build-to-rent scheme.", "Managed {n} planning applications; 8 approved at "
           "first submission.", "Coordinated federated BIM models in Revit with {n} consultants.",
           "Prestressed concrete frame details for {n} schools."),
          ("Revit", "planning applications", "BIM coordination"),
          ("Experience preparing planning applications.", "Transferable contract administration knowledge.",
           "Portfolio of completed residential schemes."), ("Onboard new assistants and run design reviews.",),
          ("Thornbury & Vale has designed more than 4,000 homes across the south west.",), "ARB"),
    Field(("QC Analyst", "Lab Supervisor"),
          ("Led {n} OOS investigations to closure; deviations and CAPAs managed in TrackWise.",
           "Maintain controlled-substance logs; zero discrepancies across {n} audits.",
           "Containerised {n} assay scripts for the LIMS team.",
           "Lead the night shift: {n} analysts and 2 technicians."),
          ("HPLC", "LabWare LIMS", "GMP"), ("Experience with HPLC method validation.",
           "Onboard new scientists and deliver lab inductions.", "German at B2 level."), ("Run the sample queue.",),
          ("Ardent Biosciences was founded in 2016 to develop antibody therapies for rare diseases.",),
          "GMP Fundamentals"),
)  # fmt: skip


@st.composite
def pairs(draw: st.DrawFn) -> tuple[CV, JobPosting, Preferences]:
    field = draw(st.sampled_from(FIELDS))
    jobs = draw(st.integers(min_value=1, max_value=3))
    start_year = draw(st.integers(min_value=2010, max_value=2025))
    experience = []
    for i in range(jobs):
        bullets = draw(st.lists(st.sampled_from(field.bullets), min_size=1, max_size=4, unique=True))
        numbers = draw(st.lists(st.integers(min_value=2, max_value=90), min_size=len(bullets), max_size=len(bullets)))
        year = start_year - 2 * i if i else start_year
        experience.append(
            ExperienceEntry(
                employer=draw(st.sampled_from(["Northgate Ltd", "Brennan & Co", "Alder Park", "Quill Health"]))
                + f" {i}",
                title=field.titles[i % len(field.titles)],
                start=YearMonth(year=year, month=4),
                end=None if i == 0 else YearMonth(year=year + 1, month=3),
                is_current=i == 0,
                achievements=[b.format(n=n) for b, n in zip(bullets, numbers, strict=True)],
            )
        )
    cv = CV(
        person=Person(name="Alex Morgan"),
        experience=experience,
        education=[Education(institution="Northmoor University", degree="BSc", field="Applied Studies", year=2009)],
        certifications=[Certification(name=field.credential, year=2020)],
        skills=list(field.skills),
    )
    job = JobPosting(
        company_name=draw(st.sampled_from(["Harbour Vale Hospital, Inc.", "Kestrel & Vance Ltd", "Marlowe Group"])),
        job_title=field.titles[-1],
        about=list(field.about),
        responsibilities=list(field.duties),
        must_have=list(field.needs),
    )
    areas = draw(st.lists(st.sampled_from([*field.skills, "team leadership", "Salesforce reporting"]), max_size=2))
    prefs = Preferences(
        tone=draw(st.sampled_from(list(Tone))),
        word_count_target=draw(st.sampled_from([200, 250, 300, 350])),
        emphasis_areas=list(dict.fromkeys(areas)),
    )
    return cv, job, prefs


def _posting_text(job: JobPosting) -> str:
    return "\n".join([*job.about, *job.responsibilities, *job.must_have, *job.nice_to_have])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs())
def test_generated_letters_have_none_of_the_defects(pair: tuple[CV, JobPosting, Preferences]) -> None:
    cv, job, prefs = pair
    evidence = build_evidence_map(cv, job, emphasis_areas=prefs.emphasis_areas or [], today=TODAY)
    brief = WritingBrief(evidence=evidence, preferences=prefs, candidate=cv.person)
    text = asyncio.run(TemplateWriter().write(brief)).text
    assert letter_defects(text, posting=_posting_text(job)) == [], text
    fvs = verify_letter(text, cv=cv, job=job, company_name=job.company_name, job_title=job.job_title, today=TODAY)
    assert fvs.is_valid, ([f"{v.field} {v.found!r}" for v in fvs.critical], text)
    # in full once at most (the short form first when the posting uses it), then by its short form or "you"
    assert text.count(job.company_name) <= 1, text
    assert short_company(job.company_name) in text, text
    assert word_count(text) <= prefs.word_count_target * 1.15
    body = "\n\n".join(text.split("\n\n")[1:-1])
    for employer in {e.employer for e in cv.experience}:
        assert body.count(employer) <= 1, (employer, text)  # a job is named once; its results go on with "I"


def test_a_bullet_copied_into_two_jobs_is_cited_once() -> None:
    shared = ["Cut waste on the line by 12% in one year.", "Trained 5 new starters a year."]
    cv = CV(
        person=Person(name="Sam Reed"),
        experience=[
            ExperienceEntry(employer="Ashby Foods", title="Shift Lead", start=YearMonth(year=2021, month=1),
                            is_current=True, achievements=[*shared, "Ran the night shift of 14 operators."]),
            ExperienceEntry(employer="Corran Mills", title="Operator", start=YearMonth(year=2017, month=2),
                            end=YearMonth(year=2020, month=12), achievements=list(shared)),
        ],
        skills=["lean manufacturing"],
    )  # fmt: skip
    job = JobPosting(company_name="Tallis Bakeries", job_title="Shift Lead",
                     must_have=["Experience reducing waste.", "Experience training staff."])  # fmt: skip
    for words in (200, 350):
        prefs = Preferences(tone=Tone.PROFESSIONAL, word_count_target=words)
        evidence = build_evidence_map(cv, job, emphasis_areas=[], today=TODAY)
        brief = WritingBrief(evidence=evidence, preferences=prefs, candidate=cv.person)
        text = asyncio.run(TemplateWriter().write(brief)).text
        assert text.count("by 12%") == 1, text
        assert text.count("5 new starters") <= 1, text


@pytest.mark.parametrize(
    ("letter", "kind"),
    [
        ("Dear Team,\n\nAt Northgate, I cut waste by 4%. At Northgate, I led 6 people.\n\nSincerely,\nA",
         "employer named again"),
        ("Dear Team,\n\nIn the same role, I trained 5 nurses.\n\nSincerely,\nA", "filler connector"),
        ("Dear Team,\n\nI worked as a NIGHT NEWS EDITOR at the Gazette.\n\nSincerely,\nA", "title in capitals"),
        ("Dear Team,\n\nHow exciting that founded in 1988, Harbour Vale Hospital serves 400,000 people across the "
         "county.\n\nSincerely,\nA", "copied from the posting"),
        ("Dear Team,\n\nOne more result: I cut costs by 4%.\n\nSincerely,\nA", "filler connector"),
        ("Dear Team,\n\nI bring 1 years of experience.\n\nSincerely,\nA", "agreement"),
        ("Dear Team,\n\nI hold the BLS, issued 04/, renewed 08/ - 04/.\n\nSincerely,\nA", "date fragment"),
        ("Dear Team,\n\nOn coach junior staff, concretely:\n\nSincerely,\nA", "dangling label"),
        ("Dear Team,\n\nMy credentials: PMP · CSM, Project Management Professional (PMP).\n\nSincerely,\nA",
         "doubled credential"),
        ("Dear Team,\n\nI also awarded Nurse of the Year.\n\nSincerely,\nA", "voice"),
        ("Dear Team,\n\nThis letter is about the nursing role, and it sticks to specifics.\n\nSincerely,\nA",
         "filler connector"),
        ("Dear Team,\n\nExperience with wound care and IV therapy.\n\nSincerely,\nA", "no verb"),
        ("Dear Team,\n\nI worked there from 2018 – .\n\nSincerely,\nA", "date fragment"),
    ],
)  # fmt: skip
def test_each_defect_is_caught(letter: str, kind: str) -> None:
    posting = "Founded in 1988, Harbour Vale Hospital serves 400,000 people across the county."
    assert any(d.startswith(kind) for d in letter_defects(letter, posting=posting)), letter_defects(letter)


def test_clean_sentences_pass() -> None:
    assert has_verb("My day-to-day work draws on Epic and wound care.")
    assert has_verb("At Westvale, I co-wrote 6 units of the curriculum.")
    assert not has_verb("Senior duty manager on the weekly rota.")
    assert copied_run("I admire your work across the county.", "Harbour Vale serves people across the county.") is None


def test_a_name_the_cv_and_the_posting_both_give_is_not_copied() -> None:
    posting = "Essential: the Level 2 Award in Safe Use of Chainsaws on Estate Woodland."
    sentence = "I hold the Level 2 Award in Safe Use of Chainsaws on Estate Woodland from Kelso College."
    assert copied_run(sentence, posting) is not None
    assert copied_run(sentence, posting, own="Level 2 Award in Safe Use of Chainsaws on Estate Woodland, 2019") is None


def test_an_earlier_post_at_the_same_employer_is_told_as_before_the_current_one() -> None:
    cv = CV(
        person=Person(name="Rae Olsen"),
        experience=[
            ExperienceEntry(employer="Riverton Gazette", title="Night Editor", start=YearMonth(year=2021, month=1),
                            is_current=True, achievements=["Lead the night desk of 6 reporters.",
                                                           "Cut filing-to-web time from 50 to 30 minutes."]),
            ExperienceEntry(employer="Riverton Gazette", title="Metro Reporter", start=YearMonth(year=2016, month=2),
                            end=YearMonth(year=2020, month=12),
                            achievements=["Covered city hall and filed 5 stories a week."]),
        ],
        skills=["AP style"],
    )  # fmt: skip
    job = JobPosting(company_name="Northfield Courier", job_title="Night Editor",
                     must_have=["Experience leading a night desk.", "Experience covering city hall."])  # fmt: skip
    evidence = build_evidence_map(cv, job, emphasis_areas=[], today=TODAY)
    brief = WritingBrief(evidence=evidence, preferences=Preferences(word_count_target=250), candidate=cv.person)
    text = asyncio.run(TemplateWriter().write(brief)).text
    sentences = split_sentences(text)
    at = next(i for i, s in enumerate(sentences) if "covered city hall" in s)
    told = " ".join(sentences[at - 1 : at + 1])  # the post and its years may come in a sentence of their own first
    # Told as an earlier post with its years; after a sentence naming the need, without a turn in time ("Before
    # that" would follow the need, not a job).
    assert re.search(r"(?:^|Before that, )I was a Metro Reporter at Riverton Gazette from 2016 to 2020", told), text
    assert "In my current role, I covered" not in text


def test_an_abbreviation_defined_then_used_is_no_doubled_credential() -> None:
    letter = (
        "Dear Team,\n\nI co-wrote a drip irrigation (DI) plan: water use per hectare under DI fell by 18%."
        "\n\nSincerely,\nA"
    )
    assert [d for d in letter_defects(letter) if d.startswith("doubled credential")] == []
