"""Must-haves the CV meets by something other than an accomplishment (a credential, years in the field, a tool in the
skills list, a profile line) are answered in the candidate's words, in the posting's order, before the one gap; never
more than three things to a sentence, and never a requirement the evidence does not name. Invented: a pastry chef, a
site superintendent, a boat builder and a pool plant operator."""

from __future__ import annotations

import asyncio

from careervp.logic.text import split_sentences
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind, RequirementCategory, RequirementMatch

MUST, GAP = RequirementCategory.MUST_HAVE, "gap"


def _fact(fid: str, kind: FactKind, text: str, employer: str | None = None, role: str | None = None) -> EvidenceFact:
    return EvidenceFact(fact_id=fid, kind=kind, text=text, source="cv", employer=employer, role=role)


def _need(text: str, *fact_ids: str) -> RequirementMatch:
    return RequirementMatch(requirement=text, category=MUST, fact_ids=list(fact_ids), score=0.6, is_gap=not fact_ids)


def _letter(facts: list[EvidenceFact], needs: list[RequirementMatch], title: str, words: int = 320,
            years: int | None = None) -> str:  # fmt: skip
    current = next(f for f in facts if f.kind is FactKind.ROLE)
    evidence = EvidenceMap(company_name="Brindle & Hart Ltd", job_title=title, candidate_name="Maya Okafor",
                           facts=facts, requirements=needs, current_role=current.role,
                           current_employer=current.employer, years_of_experience=years)  # fmt: skip
    prefs = Preferences(tone=Tone.PROFESSIONAL, word_count_target=words)
    brief = WritingBrief(evidence=evidence, preferences=prefs, candidate=Person(name="Maya Okafor"))
    return asyncio.run(TemplateWriter().write(brief)).text


def _pastry() -> list[EvidenceFact]:
    larder = "The Larder Rooms"
    return [
        _fact("E1", FactKind.ROLE, f"Pastry Chef at {larder} (Mar 2019 – present)", larder, "Pastry Chef"),
        _fact("E2", FactKind.ACHIEVEMENT, "Rebuilt the dessert menu around 6 seasonal plates.", larder, "Pastry Chef"),
        _fact("E3", FactKind.CERTIFICATION, "HACCP Level 3 (Highfield)"),
        _fact("E4", FactKind.CERTIFICATION, "Allergen Awareness Level 2"),
    ]  # fmt: skip


def test_a_must_have_a_certificate_meets_is_answered_by_holding_it_before_the_gap() -> None:
    needs = [_need("Designing seasonal dessert menus", "E2"), _need("Working knowledge of HACCP", "E3"),
             _need("Experience running a bakery section")]  # fmt: skip
    text = _letter(_pastry(), needs, "Head Pastry Chef")
    assert "I hold HACCP Level 3" in text, text
    fit = next(p for p in text.split("\n\n") if "HACCP" in p)
    assert split_sentences(fit)[-1].find("bakery") >= 0, fit  # the gap is said after what the CV meets


def _superintendent(extra: list[EvidenceFact]) -> list[EvidenceFact]:
    halden, kerr = "Halden Build", "Kerr Construction"
    return [
        _fact("E1", FactKind.ROLE, f"Superintendent at {kerr} (Jan 2021 – present)", kerr, "Superintendent"),
        _fact("E2", FactKind.ACHIEVEMENT, "Delivered a 6-storey timber frame block 3 weeks early.", kerr,
              "Superintendent"),
        _fact("E3", FactKind.ROLE, f"Assistant Superintendent at {halden} (Jun 2016 – Dec 2020)", halden,
              "Assistant Superintendent"),
        _fact("E4", FactKind.ACHIEVEMENT, "Kept RFIs and daily logs in Procore for a 9-storey build.", halden,
              "Assistant Superintendent"),
        *extra,
    ]  # fmt: skip


def test_a_tool_from_the_skills_list_is_named_only_where_a_line_says_what_it_served() -> None:
    facts = _superintendent([_fact("E5", FactKind.SKILL, "Procore")])
    needs = [_need("Delivering timber frame builds", "E2"), _need("Daily use of Procore", "E5")]
    text = _letter(facts, needs, "Senior Superintendent", words=200)
    assert "daily logs in Procore" in text, text
    assert "I used Procore." not in text, text  # a tool said alone says nothing of what it was used for
    assert text.count("Halden Build") <= 1, text  # the job's employer is named once


def test_a_skill_sharing_no_word_with_the_requirement_answers_nothing() -> None:
    facts = _superintendent([_fact("E5", FactKind.SKILL, "Bluebeam Revu")])
    needs = [_need("Delivering timber frame builds", "E2"), _need("Scheduling software such as P6", "E5")]
    text = _letter(facts, needs, "Senior Superintendent", words=200)
    assert "I work with Bluebeam" not in text, text
    assert "I used Bluebeam" not in text, text


def test_a_profile_line_naming_the_requirement_is_restated_in_the_first_person() -> None:
    yard = "Tern Quay Boatworks"
    facts = [
        _fact("E1", FactKind.ROLE, f"Boatbuilder at {yard} (Apr 2017 – present)", yard, "Boatbuilder"),
        _fact("E2", FactKind.ACHIEVEMENT, "Restored 4 clinker dinghies for the harbour trust.", yard, "Boatbuilder"),
        _fact("E3", FactKind.SUMMARY, "Wooden boat builder and restorer. Cold-moulded hulls, lofting, epoxy "
              "sheathing."),
    ]  # fmt: skip
    needs = [_need("Restoring clinker dinghies", "E2"), _need("Cold-moulded hull construction", "E3")]
    text = _letter(facts, needs, "Wooden Boatbuilder", words=200)
    assert "My work covers cold-moulded hulls, lofting, epoxy sheathing." in text, text


def test_several_credentials_go_into_one_sentence_in_the_posting_order() -> None:
    plant = "Corrie Leisure Trust"
    names = [
        "NPLQ lifeguard award",
        "PWTAG Pool Plant Operator",
        "COSHH Awareness Certificate",
        "Legionella Awareness Certificate",
    ]
    facts = [
        _fact("E1", FactKind.ROLE, f"Duty Manager at {plant} (May 2018 – present)", plant, "Duty Manager"),
        _fact("E2", FactKind.ACHIEVEMENT, "Ran the pool plant for 2 sites with no closures.", plant, "Duty Manager"),
        *(_fact(f"C{n}", FactKind.CERTIFICATION, name) for n, name in enumerate(names)),
    ]
    needs = [
        _need("Running pool plant", "E2"),
        *(_need(f"Trained in {name.split()[0]} procedures", f"C{n}") for n, name in enumerate(names)),
    ]
    text = _letter(facts, needs, "Pool Plant Manager", words=360)
    held = [s for s in split_sentences(text) if "NPLQ" in s or "Legionella" in s or "COSHH" in s or "PWTAG" in s]
    assert len(held) == 1, held  # each named once, in one sentence
    assert all(name.split()[0] in text for name in names), text
    assert text.index("NPLQ") < text.index("Legionella"), text


def _kitchen(since: str, *earlier: EvidenceFact) -> list[EvidenceFact]:
    larder = "The Larder Rooms"
    return [
        _fact("E1", FactKind.ROLE, f"Kitchen Manager at {larder} ({since} – present)", larder, "Kitchen Manager"),
        _fact("E2", FactKind.ACHIEVEMENT, "Rebuilt the dessert menu around 6 seasonal plates.", larder,
              "Kitchen Manager"),
        *earlier,
    ]  # fmt: skip


def test_years_in_the_field_are_counted_from_the_dates_and_named_by_the_field() -> None:
    grove = "Grove Hotel"
    facts = _kitchen(
        "Mar 2019",
        _fact("E3", FactKind.ROLE, f"Pastry Commis at {grove} (Sep 2015 – Feb 2019)", grove, "Pastry Commis"),
    )
    needs = [_need("Designing seasonal dessert menus", "E2"), _need("At least 3 years of pastry experience", "E3")]
    text = _letter(facts, needs, "Kitchen Manager", words=260, years=11)
    assert "I have more than 2 years of experience in pastry." in text, text


def test_a_method_from_the_skills_list_is_not_listed_on_its_own() -> None:
    desk = "Lingua Court Services"
    facts = [
        _fact("E1", FactKind.ROLE, f"Court Interpreter at {desk} (Feb 2018 – present)", desk, "Court Interpreter"),
        _fact("E2", FactKind.ACHIEVEMENT, "Interpreted 300 hearings a year in Polish and English.", desk,
              "Court Interpreter"),
        _fact("E3", FactKind.SKILL, "sight translation"),
        _fact("E4", FactKind.SKILL, "Training"),
    ]  # fmt: skip
    needs = [_need("Interpreting hearings", "E2"), _need("Confident sight translation of documents", "E3"),
             _need("Training new interpreters", "E4")]  # fmt: skip
    text = _letter(facts, needs, "Senior Court Interpreter", words=200)
    assert "My skills include" not in text, text
    assert "I work with sight translation" not in text, text
    assert "I used Training" not in text, text
    assert "I use Training" not in text, text


def test_years_asked_in_no_named_field_are_left_to_the_opening() -> None:
    facts = _kitchen("Mar 2012")
    needs = [_need("Designing seasonal dessert menus", "E2"), _need("At least 5 years in this work", "E1")]
    text = _letter(facts, needs, "Head Chef", words=260, years=14)
    assert "experience in this work" not in text, text


def test_a_degree_an_answer_names_is_not_said_again_with_the_record() -> None:
    facts = _kitchen(
        "Mar 2019",
        _fact("E3", FactKind.EDUCATION, "BSc Food Science from Leeds Beckett University"),
        _fact("E4", FactKind.EDUCATION, "MSc Food Safety from Leeds Beckett University, in progress (expected 2027)"),
    )
    needs = [_need("Designing seasonal dessert menus", "E2"), _need("A grounding in food science", "E3")]
    text = _letter(facts, needs, "Kitchen Manager", words=320, years=7)
    assert text.count("BSc Food Science") == 1, text
    assert "I am completing my MSc Food Safety" in text, text  # a study under way, said once in the record


def _kitchen_letter(extra: list[EvidenceFact], needs: list[RequirementMatch]) -> str:
    menus = _need("Designing seasonal dessert menus", "E2")
    return _letter(_kitchen("Mar 2019", *extra), [menus, *needs], "Kitchen Manager", words=320, years=7)


def test_a_dated_ticket_in_the_skills_list_and_a_shorthand_profile_are_not_restated() -> None:
    extra = [_fact("E3", FactKind.SKILL, "Forklift (RTITB, 2016)"),
             _fact("E4", FactKind.SUMMARY, "Pastry / bakery / chocolate.")]  # fmt: skip
    text = _kitchen_letter(extra, [_need("Forklift use in the store", "E3"), _need("Pastry and chocolate work", "E4")])
    assert "I work with Forklift" not in text, text
    assert "My work covers pastry / bakery" not in text, text


def test_one_certificate_written_on_two_lines_is_held_once() -> None:
    extra = [_fact("E3", FactKind.CERTIFICATION, "HACCP Level 3 Certificate (Highfield)"),
             _fact("E4", FactKind.CERTIFICATION, "HACCP Level 3 Certificate (Highfield, renewed)")]  # fmt: skip
    text = _kitchen_letter(extra, [_need("Sound HACCP practice", "E3"), _need("Sound HACCP records", "E4")])
    assert text.count("HACCP Level 3 Certificate") == 1, text


def test_years_asked_in_a_post_are_said_as_experience_in_that_post() -> None:
    grove = "Grove Hotel"
    facts = _kitchen(
        "Mar 2019", _fact("E3", FactKind.ROLE, f"Pastry Chef at {grove} (Sep 2015 – Feb 2019)", grove, "Pastry Chef")
    )
    needs = [_need("Designing seasonal dessert menus", "E2"), _need("3+ years of experience as a pastry chef", "E3")]
    text = _letter(facts, needs, "Kitchen Manager", words=260, years=11)
    assert "I have more than 2 years of experience as a pastry chef." in text, text


def test_a_profile_line_naming_a_post_since_a_date_is_left_to_the_record() -> None:
    summary = _fact("E3", FactKind.SUMMARY, "Deputy to the pastry lead since 2022, running chocolate work.")
    text = _kitchen_letter([summary], [_need("Chocolate work for the pastry section", "E3")])
    assert "I have been a deputy" not in text.casefold(), text


def test_a_profile_line_naming_a_membership_or_a_post_is_not_said_as_work() -> None:
    yard = "Tern Quay Boatworks"
    facts = [
        _fact("E1", FactKind.ROLE, f"Boatbuilder at {yard} (Apr 2017 – present)", yard, "Boatbuilder"),
        _fact("E2", FactKind.ACHIEVEMENT, "Restored 4 clinker dinghies for the harbour trust.", yard, "Boatbuilder"),
        _fact("E3", FactKind.SUMMARY, "Wooden boat builder. IBTC apprentice assessor."),
    ]  # fmt: skip
    needs = [_need("Restoring clinker dinghies", "E2"), _need("IBTC apprentice assessment", "E3")]
    text = _letter(facts, needs, "Wooden Boatbuilder", words=200)
    assert "My work covers IBTC apprentice assessor" not in text, text
