"""Requirements named as whole noun phrases (a noun that belongs to the topic is kept, the measure of how much the
posting wants is dropped), CV shorthand written out, and a post's years said only when they make sense."""

from __future__ import annotations

import pytest

from careervp.logic.writers import template_content as content
from careervp.logic.writers.letter_parts import held_years
from careervp.logic.writers.realise import with_about
from careervp.logic.writers.topics import core_topic, topic_phrase
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind


def _vocabulary(*lines: str) -> content.Vocabulary:
    facts = [
        EvidenceFact(fact_id=f"A{n}", kind=FactKind.ACHIEVEMENT, text=line, source="cv", employer="Tarn Labs")
        for n, line in enumerate(lines)
    ]
    return content.vocabulary(
        EvidenceMap(
            company_name="Ouse Works", job_title="Hygienist", candidate_name="Ivo Marsh", facts=facts, requirements=[]
        )
    )


_CV = (
    "Built the exposure assessment plan for 3 sites.",
    "Kept record keeping for the permit register, with background checks.",
    "Led noise surveys and dust monitoring for 9 years.",
    "Reviewed permit applications from intake to decision.",
)


@pytest.mark.parametrize(
    ("requirement", "topic"),
    [
        ("Exposure assessment", "exposure assessment"),
        ("Background checks on permits", "background checks on permits"),
        ("Record keeping for permits", "record keeping for permits"),
        ("Experience with noise surveys", "noise surveys"),
        ("Knowledge of dust monitoring", "dust monitoring"),
        ("Strong experience reviewing permit applications", "reviewing permit applications"),
    ],
)
def test_a_noun_that_belongs_to_the_topic_is_kept(requirement: str, topic: str) -> None:
    assert topic_phrase(requirement, _vocabulary(*_CV)) == topic


@pytest.mark.parametrize(
    ("requirement", "core"),
    [
        ("6+ years of noise surveys and dust monitoring experience", "noise surveys and dust monitoring"),
        ("At least 4 years' relevant dust monitoring experience", "dust monitoring"),
        (
            "Experience reviewing permit applications and noise surveys from intake to decision",
            "reviewing permit applications and noise surveys",
        ),
    ],
)
def test_a_measured_or_long_requirement_is_named_by_its_core(requirement: str, core: str) -> None:
    vocabulary = _vocabulary(*_CV)
    assert topic_phrase(requirement, vocabulary) is None
    assert core_topic(requirement, vocabulary) == core


def test_a_core_of_one_word_or_of_words_the_cv_lacks_is_not_named() -> None:
    vocabulary = _vocabulary(*_CV)
    assert core_topic("5+ years of progressive HR experience", vocabulary) is None
    assert core_topic("3+ years of asbestos abatement experience", vocabulary) is None


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("I sampled approx. 900 workers.", "I sampled about 900 workers."),
        ("I led a c. 25-person survey crew.", "I led a roughly 25-person survey crew."),
        ("I audited 14 sites, incl. two mines.", "I audited 14 sites, including two mines."),
        ("I cut lead time to 3 wks over 2 yrs.", "I cut lead time to 3 weeks over 2 years."),
        ("I logged 40 hrs of fit testing.", "I logged 40 hours of fit testing."),
        ("I ran a dust study (2022), with changes adopted.", "I ran a dust study in 2022, with changes adopted."),
        ("I cut claims from 20 (2021) to 8 (2023).", "I cut claims from 20 in 2021 to 8 in 2023."),
    ],
)
def test_cv_shorthand_is_written_out(line: str, said: str) -> None:
    assert with_about(line) == said


def test_a_bracket_that_is_no_lone_year_stays() -> None:
    assert with_about("I ran fit tests (2,000 a year).") == "I ran fit tests (2,000 a year)."


def _job_years(span: str) -> tuple[str | None, str | None]:
    role = EvidenceFact(fact_id="R0", kind=FactKind.ROLE, text=f"Hygienist at Tarn Labs ({span})", source="cv",
                        employer="Tarn Labs", role="Hygienist")  # fmt: skip
    evidence = EvidenceMap(
        company_name="Ouse Works", job_title="Hygienist", candidate_name="Ivo Marsh", facts=[role], requirements=[]
    )
    return held_years(evidence, content.Job(employer="Tarn Labs", role="Hygienist", is_current=False))


def test_a_post_whose_years_run_backwards_is_not_dated() -> None:
    assert _job_years("Dec 2025 – Mar 2024") == (None, None)
    assert _job_years("Mar 2019 – Dec 2021") == ("2019", "2021")


@pytest.mark.parametrize(
    ("requirement", "topic"),
    [
        ("Able to lead noise surveys", "leading noise surveys"),
        ("Must be able to review permit applications", "reviewing permit applications"),
        ("Confident leading dust monitoring", "leading dust monitoring"),
    ],
)
def test_an_ability_is_named_by_the_work_it_asks(requirement: str, topic: str) -> None:
    # never "I'd love to talk about able to lead noise surveys"
    assert topic_phrase(requirement, _vocabulary(*_CV)) == topic


@pytest.mark.parametrize(
    "requirement", ["Degree in exposure assessment", "A full UK driving licence", "Permit register certificate"]
)
def test_a_thing_held_is_no_topic_of_work(requirement: str) -> None:
    assert topic_phrase(requirement, _vocabulary(*_CV, "Full UK driving licence")) is None


@pytest.mark.parametrize("requirement", ["A strong noise survey record", "Permit track record", "A can-do attitude"])
def test_a_record_or_a_quality_is_no_area_of_work(requirement: str) -> None:
    # never "I feel most at home in noise survey record"
    assert topic_phrase(requirement, _vocabulary(*_CV, "Kept a can-do attitude on every noise survey record.")) is None


_KIT_CV = (
    "Drove dump trucks and rollers on 3 quarry sites.",
    "Cleaned the wash bays and kept the carry chairs checked every shift.",
    "Lead the inspection of haul roads each morning.",
)


@pytest.mark.parametrize(
    ("requirement", "topic"),
    [
        ("Confident with dump trucks", "dump trucks"),
        ("Experience of wash bays", "wash bays"),
        ("Comfortable with carry chairs", "carry chairs"),
        ("Able to lead the inspection of haul roads", "leading the inspection of haul roads"),
    ],
)
def test_after_a_preposition_a_word_that_could_be_a_verb_is_a_nouns_modifier(requirement: str, topic: str) -> None:
    """ "Confident with dump trucks" names kit, not the work "dumping trucks"; "able to lead" still asks for work."""
    assert topic_phrase(requirement, _vocabulary(*_KIT_CV)) == topic
