"""Each defect class of an assembled letter, from invented examples in fields the corpora do not cover: the licence
the CV lacks is named, broken degree lines and non-employers are never set in a frame, a company is described only
by phrases that survive losing their figures, and a short letter is not padded with lists or summaries."""

from __future__ import annotations

import asyncio

import pytest

from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.company import company_reason
from careervp.logic.writers.licences import codes, missing_credentials
from careervp.logic.writers.pieces import credential_line, is_degree_line, is_employer_name, is_job_title
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch

MUST = RequirementCategory.MUST_HAVE


def _fact(fid: str, kind: FactKind, text: str, employer: str | None = None, role: str | None = None) -> EvidenceFact:
    return EvidenceFact(fact_id=fid, kind=kind, text=text, source="cv", employer=employer, role=role)


def _req(
    text: str, *, met: bool, category: RequirementCategory = MUST, ids: list[str] | None = None
) -> RequirementMatch:
    return RequirementMatch(requirement=text, category=category, fact_ids=ids or [], score=0.6 if met else 0.0,
                            is_gap=not met)  # fmt: skip


def _map(
    facts: list[EvidenceFact], requirements: list[RequirementMatch], hooks: list[str] | None = None
) -> EvidenceMap:
    return EvidenceMap(
        company_name="Larkfield Marine Services Ltd",
        job_title="Chief Engineer",
        candidate_name="Ana Ruiz",
        facts=facts,
        requirements=requirements,
        company_hooks=hooks or [],
    )


@pytest.mark.parametrize(
    ("requirement", "expected"),
    [
        ("STCW III/2 Chief Engineer Certificate of Competency (unlimited)", ["STCW", "III/2"]),
        ("Class A CDL with hazmat endorsement", ["CDL"]),
        ("Registered Dietitian (RD) credential", []),
        ("Valid driver's licence", []),
    ],
)
def test_a_credential_is_told_apart_by_its_codes(requirement: str, expected: list[str]) -> None:
    found = codes(requirement.split("(")[0].split(" with ")[0])
    assert all(code in found or code in "/".join(found) for code in expected)
    assert bool(found) == bool(expected)


def test_a_licence_of_the_same_family_but_another_grade_is_missing() -> None:
    facts = [_fact("E1", FactKind.CERTIFICATION, "STCW III/3 Second Engineer Certificate of Competency"),
             _fact("E2", FactKind.CERTIFICATION, "Class B CDL")]  # fmt: skip
    requirements = [
        _req("STCW III/2 Chief Engineer Certificate of Competency (unlimited)", met=True, ids=["E1"]),
        _req("Class B CDL, or Class A CDL", met=True, ids=["E2"]),  # an alternative held: no gap
        _req("Eligibility to obtain a TWIC card", met=False),  # attainable: no gap
    ]
    assert missing_credentials(_map(facts, requirements)) == ["STCW III/2 Chief Engineer Certificate of Competency"]


def test_the_missing_licence_is_named_in_the_letter_before_any_other_gap() -> None:
    facts = [
        _fact("E1", FactKind.ACHIEVEMENT, "Cut fuel burn 11% across 3 vessels by re-tuning main engines.",
              "Northsea Tugs", "Second Engineer"),
        _fact("E2", FactKind.ACHIEVEMENT, "Led 14 dry-dock periods on budget.", "Northsea Tugs", "Second Engineer"),
        _fact("E3", FactKind.CERTIFICATION, "STCW III/3 Second Engineer Certificate of Competency"),
    ]  # fmt: skip
    requirements = [
        _req("STCW III/2 Chief Engineer Certificate of Competency", met=True, ids=["E3"]),
        _req("Experience with LNG-fuelled propulsion", met=False),
        _req("Dry-dock planning", met=True, ids=["E2"]),
    ]
    evidence = _map(facts, requirements)
    for tone in Tone:
        prefs = Preferences(tone=tone, word_count_target=200)
        brief = WritingBrief(evidence=evidence, preferences=prefs, candidate=Person(name="Ana Ruiz"))
        text = asyncio.run(TemplateWriter().write(brief)).text
        assert "STCW III/2 Chief Engineer Certificate of Competency" in text, tone
        if "LNG" in text:  # a second essential gap is admitted after the licence, never before it
            assert text.index("STCW III/2") < text.index("LNG"), text


@pytest.mark.parametrize(
    ("line", "usable"),
    [
        ("BSc in Marine Engineering from Solent University", True),
        ("Dip. in Culinary Arts from Le Cordon Bleu London", True),
        ("BA Music in Autumn from Leeds Conservatoire", False),  # a season read as the field
        ("MSc Dietetics in Kingston University from option in Clinical Nutrition", False),  # parts in wrong slots
        ("Royal Veterinary College", False),  # no degree at all
        ("Licence en Droit (LLB from Université Laval, Québec", False),  # a bracket left open
        ("BEng Naval Architecture in Glasgow — from University of Strathclyde", False),
    ],
)
def test_only_a_degree_line_in_its_proper_slots_is_written(line: str, usable: bool) -> None:
    assert is_degree_line(line) is usable


def test_ways_of_working_and_home_towns_are_no_employers() -> None:
    assert not is_employer_name("Self-employed", "Halifax, Nova Scotia")
    assert not is_employer_name("Freelance", None)
    assert not is_employer_name("Halifax", "Halifax, Nova Scotia")
    assert is_employer_name("Northsea Tugs", "Halifax, Nova Scotia")


def test_a_job_title_is_no_description_of_the_workplace() -> None:
    assert is_job_title("Second Engineer (deep sea)")
    assert not is_job_title("DNV classed; 3 harbour tugs; bunkering")
    assert not is_job_title("ISO 9001 certified")


def test_a_credential_is_named_without_its_course_title_or_status() -> None:
    assert credential_line("ServSafe Manager — Food Protection Manager Certification — NRFSP") == "ServSafe Manager"
    assert credential_line("Nova Scotia Electrician licence, (active)") == "Nova Scotia Electrician licence"


@pytest.mark.parametrize(
    "hook",
    [
        "Larkfield Marine Services maintains 2.1 million square feet of dock space.",  # a unit left without figure
        "Larkfield Marine Services operates a Part 145 repair station in Halifax.",  # a figure inside a name
        "Larkfield Marine Services provides 40,000 towing hours a year.",  # a rate left without figure
    ],
)
def test_a_company_is_never_described_by_a_phrase_that_lost_its_figure(hook: str) -> None:
    assert company_reason(_map([], [], hooks=[hook])) is None


def test_a_company_phrase_without_figures_is_kept() -> None:
    hook = "Larkfield Marine Services repairs harbour tugs and pilot boats."
    assert company_reason(_map([], [], hooks=[hook])) == "work repairing harbour tugs and pilot boats"


def test_a_letter_is_filled_with_results_before_any_skills_list_or_summary() -> None:
    facts = [
        _fact("E1", FactKind.ACHIEVEMENT, "Cut fuel burn 11% across 3 vessels by re-tuning main engines.",
              "Northsea Tugs", "Second Engineer"),
        _fact("E2", FactKind.ACHIEVEMENT, "Led 14 dry-dock periods on budget.", "Northsea Tugs", "Second Engineer"),
        _fact("E3", FactKind.ACHIEVEMENT, "Trained 9 cadets in engine-room watchkeeping.", "Northsea Tugs",
              "Second Engineer"),
        _fact("E6", FactKind.ACHIEVEMENT, "Rebuilt 2 auxiliary generators in port, saving a 6-week charter.",
              "Harbour Lines", "Third Engineer"),
        _fact("E7", FactKind.ACHIEVEMENT, "Kept 100% of class surveys free of findings.", "Harbour Lines",
              "Third Engineer"),
        _fact("E4", FactKind.SKILL, "condition monitoring"),
        _fact("E5", FactKind.SUMMARY, "Marine engineer who keeps old tugs running."),
    ]  # fmt: skip
    requirements = [_req("Dry-dock planning", met=True, ids=["E2"]), _req("Fuel efficiency", met=True, ids=["E1"]),
                    _req("Class survey preparation", met=False, ids=[])]  # fmt: skip
    prefs = Preferences(tone=Tone.PROFESSIONAL, word_count_target=200)
    brief = WritingBrief(evidence=_map(facts, requirements), preferences=prefs, candidate=Person(name="Ana Ruiz"))
    text = asyncio.run(TemplateWriter().write(brief)).text
    assert "In short" not in text  # the profile, if used, belongs to the opening, not the close
    assert "keeps old tugs running" not in text.split("\n\n")[-2]
    assert "condition monitoring" not in text  # a skill is named only in a sentence saying what it served
    assert "Before that" not in text.split("\n\n")[2]  # the first job named is introduced, not continued


def test_a_credential_named_as_a_person_is_something_one_is_not_yet() -> None:
    facts = [
        _fact("E1", FactKind.ACHIEVEMENT, "Led 14 dry-dock periods on budget.", "Northsea Tugs", "Second Engineer"),
        _fact("E2", FactKind.ACHIEVEMENT, "Cut fuel burn 11% across 3 vessels.", "Northsea Tugs", "Second Engineer"),
    ]  # fmt: skip
    requirements = [_req("Certified Marine Surveyor (CMS)", met=False), _req("Dry-dock planning", met=True, ids=["E1"])]
    prefs = Preferences(tone=Tone.PROFESSIONAL, word_count_target=200)
    brief = WritingBrief(evidence=_map(facts, requirements), preferences=prefs, candidate=Person(name="Ana Ruiz"))
    text = asyncio.run(TemplateWriter().write(brief)).text
    assert "I am not yet a Certified Marine Surveyor" in text
    assert "hold the Certified Marine Surveyor" not in text


def test_an_emphasis_area_in_shorthand_is_not_set_in_a_sentence() -> None:
    from careervp.logic.writers import template_content as content
    from careervp.logic.writers.plan import topic_phrase

    vocab = content.vocabulary(_map([_fact("E1", FactKind.SKILL, "menu costing")], []))
    assert topic_phrase("menu costing + supplier negotiation", vocab, keep_case=True) is None
    assert topic_phrase("rota planning / staffing", vocab, keep_case=True) is None
    assert topic_phrase("menu costing", vocab, keep_case=True) == "menu costing"


def test_an_emphasis_area_that_names_only_a_post_is_no_topic() -> None:
    from careervp.logic.writers import template_content as content
    from careervp.logic.writers.plan import topic_phrase

    vocab = content.vocabulary(_map([_fact("E1", FactKind.SKILL, "site supervision")], []))
    assert topic_phrase("supervisor experience", vocab, keep_case=True) is None
    assert topic_phrase("site supervision", vocab, keep_case=True) == "site supervision"


def test_credentials_the_posting_does_not_ask_for_are_not_listed() -> None:
    facts = [
        _fact("E1", FactKind.ACHIEVEMENT, "Led 14 dry-dock periods on budget.", "Northsea Tugs", "Second Engineer"),
        _fact("E2", FactKind.CERTIFICATION, "ECDIS — Electronic Chart Display Operator Course — MCA"),
        _fact("E3", FactKind.CERTIFICATION, "Spring : High Voltage Safety course (online)"),
    ]  # fmt: skip
    prefs = Preferences(tone=Tone.PROFESSIONAL, word_count_target=250)
    brief = WritingBrief(evidence=_map(facts, []), preferences=prefs, candidate=Person(name="Ana Ruiz"))
    text = asyncio.run(TemplateWriter().write(brief)).text
    assert "ECDIS" not in text  # no closing list of further certificates
    assert "Spring :" not in text


def test_a_requirement_a_point_makes_is_not_listed_again_as_also_met() -> None:
    from careervp.logic.writers.plan import plan_letter

    facts = [
        _fact("E1", FactKind.ACHIEVEMENT, "Planned dry-dock periods for 14 vessels on budget.", "Northsea Tugs",
              "Second Engineer"),
        _fact("E2", FactKind.ACHIEVEMENT, "Cut fuel burn 11% across 3 vessels.", "Northsea Tugs", "Second Engineer"),
        _fact("E3", FactKind.ACHIEVEMENT, "Trained 9 cadets in engine-room watchkeeping.", "Northsea Tugs",
              "Second Engineer"),
    ]  # fmt: skip
    requirements = [
        _req("Fuel burn", met=True, ids=["E2"]),
        _req("Engine-room watchkeeping", met=True, ids=["E3"]),
        _req("Dry-dock periods", met=True, ids=["E1"]),
    ]
    plan = plan_letter(_map(facts, requirements), points_wanted=3)
    named = {p.topic for p in plan.points}
    assert "dry-dock periods" in named
    assert not named & {topic for topic, _ in plan.also_met}


def test_a_licence_the_cv_writes_in_other_words_is_not_called_missing() -> None:
    """The same designation in another order or with its issuer: held, so the letter never denies it."""
    facts = [_fact("E1", FactKind.CERTIFICATION, "Second Engineer Officer CoC (STCW III/2), MCA, 2019"),
             _fact("E2", FactKind.CERTIFICATION, "Certified Energy Manager, AEE, 2017")]  # fmt: skip
    requirements = [
        _req("Valid STCW III/2 Certificate of Competency as Second Engineer", met=True, ids=["E1"]),
        _req("Certified Energy Manager (CEM) certification", met=True, ids=["E2"]),
    ]
    assert missing_credentials(_map(facts, requirements)) == []
