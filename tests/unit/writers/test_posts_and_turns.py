"""How a letter names the candidate's posts: only a title after "as a", each post once, the year it began in the
sentence that names it, and no chain of "Before that"."""

from __future__ import annotations

import asyncio

import pytest

from careervp.logic.text import split_sentences
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.defects import letter_defects
from careervp.logic.writers.pieces import is_job_title
from careervp.logic.writers.template import TemplateWriter
from careervp.logic.writers.template_content import Job
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch


@pytest.mark.parametrize(
    "role",
    ["The Harbour Gazette", "Lakeside Gardens", "Twin Rivers", "Forklift Safety course", "Food Hygiene programme"],
)
def test_a_publication_a_place_or_a_course_is_no_title(role: str) -> None:
    assert not is_job_title(role)


@pytest.mark.parametrize("role", ["Locksmith", "Head of Housekeeping", "Crew Leader", "Pastor", "Sous Chef"])
def test_a_title_stays_a_title(role: str) -> None:
    assert is_job_title(role)


def test_a_post_filed_the_wrong_way_round_names_the_employer_alone() -> None:
    job = Job(employer="Sub-Editor", role="The Harbour Gazette", is_current=False)
    assert job.swapped
    assert job.organisation == "The Harbour Gazette"
    assert job.title == ""  # never "as a The Harbour Gazette at Sub-Editor"
    kept = Job(employer="Engineers Abroad", role="Site Engineer", is_current=False)
    assert not kept.swapped


def _fact(fid: str, kind: FactKind, text: str, employer: str | None = None, role: str | None = None) -> EvidenceFact:
    return EvidenceFact(fact_id=fid, kind=kind, text=text, source="cv", employer=employer, role=role)


def _career() -> list[EvidenceFact]:
    """A nurse with four posts, each with a result the posting asks about."""
    posts = [
        ("Ward Manager", "St Brigid's Hospital", "Mar 2021 – present", "Cut agency shifts by 40% with a new rota."),
        ("Charge Nurse", "Elmfield Hospital", "Jun 2017 – Feb 2021", "Trained 12 nurses in sepsis screening."),
        ("Staff Nurse", "Elmfield Hospital", "Sep 2014 – May 2017", "Audited falls on 3 wards every month."),
        ("Healthcare Assistant", "Larch House Care Home", "Jan 2012 – Aug 2014", "Supported 20 residents with meals."),
    ]
    facts = []
    for n, (role, employer, span, result) in enumerate(posts):
        facts.append(_fact(f"R{n}", FactKind.ROLE, f"{role} at {employer} ({span})", employer, role))
        facts.append(_fact(f"A{n}", FactKind.ACHIEVEMENT, result, employer, role))
    return facts


def _letter(tone: Tone) -> str:
    requirements = [
        RequirementMatch(requirement=f"Requirement {n}", category=RequirementCategory.MUST_HAVE, fact_ids=[f"A{n}"],
                         score=0.6, is_gap=False)
        for n in range(4)
    ]  # fmt: skip
    evidence = EvidenceMap(company_name="Northgate Health Trust", job_title="Matron", candidate_name="Ana Ruiz",
                           facts=_career(), requirements=requirements, current_role="Ward Manager",
                           current_employer="St Brigid's Hospital")  # fmt: skip
    brief = WritingBrief(evidence=evidence, preferences=Preferences(tone=tone, word_count_target=320),
                         candidate=Person(name="Ana Ruiz"))  # fmt: skip
    return asyncio.run(TemplateWriter().write(brief)).text


@pytest.mark.parametrize("tone", list(Tone))
def test_each_turn_between_posts_is_said_once(tone: Tone) -> None:
    text = _letter(tone)
    assert text.count("Before that") <= 1, text
    assert text.count("Earlier,") <= 1, text


@pytest.mark.parametrize("tone", list(Tone))
def test_the_year_a_post_began_stands_in_the_sentence_that_names_it(tone: Tone) -> None:
    text = _letter(tone)
    named = [s for s in split_sentences(text) if "St Brigid's Hospital" in s]
    assert named, text
    assert "2021" in named[0], text
    for apart in ("held that post", "held the post", "in that job since"):
        assert apart not in text


def test_an_employer_is_named_once_when_two_of_its_posts_are_cited() -> None:
    """Two earlier posts at one employer, each with a result: the second is "as a ... there", never "At Elmfield"
    again (the defect check reads an employer named twice as a list, not a story)."""
    posts = [
        ("Ward Manager", "St Brigid's Hospital", "Mar 2021 – present", "Cut agency shifts with a new rota."),
        ("Charge Nurse", "Elmfield Hospital", "Jun 2017 – Feb 2021", "Trained nurses in sepsis screening."),
        ("Staff Nurse", "Elmfield Hospital", "Sep 2014 – May 2017", "Audited falls on three wards."),
    ]
    facts = []
    for n, (role, employer, span, result) in enumerate(posts):
        facts.append(_fact(f"R{n}", FactKind.ROLE, f"{role} at {employer} ({span})", employer, role))
        facts.append(_fact(f"A{n}", FactKind.ACHIEVEMENT, result, employer, role))
    requirements = [
        RequirementMatch(requirement=f"Requirement {n}", category=RequirementCategory.MUST_HAVE, fact_ids=[f"A{n}"],
                         score=0.6, is_gap=False)
        for n in range(3)
    ]  # fmt: skip
    evidence = EvidenceMap(company_name="Northgate Health Trust", job_title="Matron", candidate_name="Ana Ruiz",
                           facts=facts, requirements=requirements, current_role="Ward Manager",
                           current_employer="St Brigid's Hospital")  # fmt: skip
    for tone in Tone:
        brief = WritingBrief(evidence=evidence, preferences=Preferences(tone=tone, word_count_target=300),
                             candidate=Person(name="Ana Ruiz"))  # fmt: skip
        text = asyncio.run(TemplateWriter().write(brief)).text
        assert letter_defects(text) == [], text
        assert text.count("Elmfield Hospital") <= 2, text
