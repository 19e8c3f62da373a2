"""CV lines written as notes, orders and numbered nouns, and names that take "the": how the letter says them.

Examples are invented (a rope-access technician, a school librarian, a bakery, a coastguard), in the shapes trade
and school CVs use: shorthand notes with figures, compound and prefixed verbs in their base form, a noun before a
year or a numbered label.
"""

from __future__ import annotations

import pytest

from careervp.logic.writers.clauses import activity_clause
from careervp.logic.writers.company import _activity
from careervp.logic.writers.notes import work_note
from careervp.logic.writers.proof import is_plural
from careervp.logic.writers.realise import clause_vp
from careervp.logic.writers.wording import employer_name
from careervp.vocabulary.people import is_person_noun


@pytest.mark.parametrize(
    ("line", "ongoing", "said"),
    [
        ("12 wind turbine blade inspections, 3 sites, leading edge repairs", False,
         "My work included 12 wind turbine blade inspections, 3 sites, leading edge repairs."),
        ("Bridge bearing replacements + 40 anchor tests w/ client engineer", True,
         "My work includes bridge bearing replacements and 40 anchor tests with client engineer."),
        ("Approx 300 pupils a week, 2 book fairs a year", True,
         "My work includes about 300 pupils a week, 2 book fairs a year."),
    ],
)  # fmt: skip
def test_a_note_with_figures_is_said_as_what_the_work_took_in(line: str, ongoing: bool, said: str) -> None:
    from careervp.logic.writers.realise import with_about

    assert work_note(with_about(line), ongoing=ongoing) == said


@pytest.mark.parametrize(
    "line",
    [
        "Inspected 12 wind turbine blades on 3 sites",  # a verb-led line: another reading says it
        "Tools: 2 Petzl kits, 1 van",  # a label
        "Sourdough sales rose from 40 to 90 loaves a day",  # a clause of its own
        "Hollins Apprentice of the Year 2019",  # an award's name, no piece of work
        "Rope access technician for blade repair",  # a post held, with no figure: a note names work, not a post
        "Site audit (3 of 4 passed",  # cut inside a bracket
    ],
)
def test_lines_that_are_no_note_of_work_are_left_to_other_readings(line: str) -> None:
    assert work_note(line, ongoing=False) is None


@pytest.mark.parametrize(
    "line",
    [
        "Line manage 2 library assistants and 6 sixth-form volunteers",
        "Risk assess every off-site visit with the trip lead",
        "Co-mark Year 9 reading tests with the English department",
        "Re-tender the cleaning contract every 3 years",
    ],
)
def test_an_order_in_the_base_form_is_never_a_duty_one_is_responsible_for(line: str) -> None:
    assert activity_clause(line, ongoing=True) is None


def test_a_role_held_on_something_is_no_activity() -> None:
    assert activity_clause("Standby helmsman on 40 lifeboat launches", ongoing=False) is None
    assert activity_clause("Relief pilot for 12 harbour movements", ongoing=False) is None
    assert activity_clause("Stock rotation for the 3 branch bakeries", ongoing=True) == (
        "am responsible for stock rotation for the 3 branch bakeries"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Level 3 from 40% to 55% over two years",
        "Spring 2024 wedding season at the Old Mill",
        "Stage 2 in 2023 and 2024",
    ],
)
def test_a_noun_naming_a_numbered_thing_is_not_read_as_a_verb(line: str) -> None:
    assert clause_vp(line, ongoing=False) is None


def test_a_verb_before_a_count_of_things_is_still_a_verb() -> None:
    assert (
        clause_vp("Train 4 new bakers on laminated doughs", ongoing=False) == "trained 4 new bakers on laminated doughs"
    )
    assert clause_vp("Cut waste from 9% to 4%", ongoing=True) == "cut waste from 9% to 4%"


@pytest.mark.parametrize(
    ("word", "person"),
    [("pilot", True), ("linesman", True), ("chairperson", True), ("foreman", True), ("German", False),
     ("human", False), ("woman", False)],
)  # fmt: skip
def test_roles_made_with_man_woman_or_person_and_common_roles_without_an_agent_ending(word: str, person: bool) -> None:
    assert is_person_noun(word) is person


@pytest.mark.parametrize(
    ("employer", "said"),
    [("United States Coast Guard", "the United States Coast Guard"), ("Royal Navy", "the Royal Navy"),
     ("University of Exeter", "the University of Exeter"), ("British Army", "the British Army"),
     ("Hollins Bakery", "Hollins Bakery"), ("The Old Mill", "The Old Mill")],
)  # fmt: skip
def test_institutions_and_services_are_named_with_the(employer: str, said: str) -> None:
    assert employer_name(employer) == said


def test_an_initialism_ending_in_s_is_one_thing() -> None:
    assert not is_plural("UPS")
    assert not is_plural("GPS")
    assert is_plural("SOPs")
    assert is_plural("site audits")


@pytest.mark.parametrize(
    ("verb", "rest", "reason"),
    [
        ("use", "Arbor for registers", None),  # a method, not a line of work
        ("follow", "the Edexcel specification", None),
        ("serve", "Cornwall", None),  # a place alone
        ("provide", "community", None),  # a word cut from its phrase
        ("bake", "sourdough loaves for cafés", "work baking sourdough loaves for cafés"),
        ("make", "cheeses", "work making cheeses"),
    ],
)
def test_a_company_reason_names_a_kind_of_work(verb: str, rest: str, reason: str | None) -> None:
    assert _activity(verb, rest) == reason


def test_a_numbered_label_in_a_later_clause_keeps_the_line_from_being_a_verb_phrase() -> None:
    from careervp.logic.writers.phrasing import verb_phrase

    line = "Key Stage 2 reading scores rose from 61% to 70%; level 5 from 12% to 19% in the same years"
    assert verb_phrase(line, ongoing=False, in_job=True) is None
    assert verb_phrase("Won 3 of 4 catering tenders in 2024", ongoing=False, in_job=True) == (
        "won 3 of 4 catering tenders in 2024"
    )


def test_no_offer_of_a_lesser_role_closes_a_letter() -> None:
    from careervp.logic.writers.registers import REGISTERS

    for register in REGISTERS.values():
        said = " ".join(" ".join(frames) for frames in vars(register).values())
        assert "closer to my" not in said
        assert "further along" not in said


@pytest.mark.parametrize(
    ("line", "ongoing", "phrase"),
    [
        ("Line-manage 2 shift leads and 9 lifeguards", True, "line-manage 2 shift leads and 9 lifeguards"),
        ("Line-manage 2 shift leads and 9 lifeguards", False, "line-managed 2 shift leads and 9 lifeguards"),
        ("Risk-assessed 40 school trips", False, "risk-assessed 40 school trips"),
    ],
)
def test_a_hyphenated_compound_verb_opens_a_verb_phrase(line: str, ongoing: bool, phrase: str) -> None:
    assert clause_vp(line, ongoing=ongoing) == phrase


def test_a_hyphenated_modifier_is_no_compound_verb() -> None:
    assert clause_vp("Part-time role in 2020 at the leisure centre", ongoing=False) is None


def test_a_plus_between_words_is_said_as_and() -> None:
    from careervp.logic.writers.realise import with_about

    assert with_about("Trained 3 porters + 1 new supervisor") == "Trained 3 porters and 1 new supervisor"
    assert with_about("Wrote C++ tools; 5+ years on nights") == "Wrote C++ tools; 5+ years on nights"


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("Ran the lifeguard rota; promoted to Duty Manager in 2022",
         "ran the lifeguard rota and was promoted to Duty Manager in 2022"),
        ("Checked 30 pool chemistry logs a week; seconded to the regional aquatics team in 2023",
         "checked 30 pool chemistry logs a week and was seconded to the regional aquatics team in 2023"),
        ("Moved to nights in 2020", "moved to nights in 2020"),  # a verb the writer did, not one done to them
    ],
)  # fmt: skip
def test_a_verb_of_being_chosen_is_said_in_the_passive(line: str, phrase: str) -> None:
    assert clause_vp(line, ongoing=False) == phrase


def test_a_compound_verb_after_i_is_a_clause_for_the_defect_check() -> None:
    from careervp.logic.writers.defects import letter_defects

    letter = "Dear Hiring Manager,\n\nI fact-checked 40 council papers a week.\n\nSincerely,\nAl Vance"
    assert not any(d.startswith("not a clause") for d in letter_defects(letter))


def test_a_note_opening_on_a_name_is_no_note_of_work() -> None:
    assert work_note("One Harbour Place (offices, 9 floors), Leith", ongoing=False) is None


def test_items_filed_as_skills_that_are_things_done_or_posts_held_are_not_listed() -> None:
    from careervp.logic.writers.held import reads_as_skill

    assert not reads_as_skill("led the Year 8 reading recovery scheme")
    assert not reads_as_skill("duty first-aider")
    assert not reads_as_skill("Regional Swim Coaching Network participant")
    assert reads_as_skill("Advanced Excel")
    assert reads_as_skill("pool plant operation")


@pytest.mark.parametrize(
    ("title", "said"),
    [("Maint. Eng", "Maintenance Engineer"), ("Snr Pool Supervisor", "Senior Pool Supervisor"),
     ("SNR LIFEGUARD", "Senior Lifeguard"), ("Asst. Branch Mgr", "Assistant Branch Manager"),
     ("Engagement Lead", "Engagement Lead")],
)  # fmt: skip
def test_short_forms_in_a_title_are_spelt_out(title: str, said: str) -> None:
    from careervp.logic.writers.grammar import unshouted

    assert unshouted(title) == said


@pytest.mark.parametrize(
    ("name", "signed"),
    [("MAIRI McLEOD", "Mairi McLeod"), ("ÉAMON O'DWYER", "Éamon O'Dwyer"), ("Priya Nair MCIPD", "Priya Nair MCIPD"),
     ("Tom Hale", "Tom Hale")],
)  # fmt: skip
def test_a_name_set_in_capitals_is_signed_in_name_case(name: str, signed: str) -> None:
    from careervp.logic.writers.grammar import signed_name

    assert signed_name(name) == signed


def test_a_line_dated_first_or_set_with_dots_is_no_note() -> None:
    assert work_note("2021 · Duty Manager (6-month cover), Riverside Leisure, Hull", ongoing=False) is None


def test_an_employer_field_naming_who_or_where_is_not_said_after_at() -> None:
    from careervp.logic.writers.pieces import is_employer_name

    assert not is_employer_name("Various haulage contractors", None)
    assert not is_employer_name("Several agencies", None)
    assert not is_employer_name("Yorkshire", None)
    assert is_employer_name("Harrow Lifts Ltd", None)


def test_an_initialism_before_a_hyphen_is_no_compound_verb() -> None:
    assert clause_vp("HV-authorised person for the depot", ongoing=False) is None


def test_a_lead_names_a_need_only_before_evidence_that_speaks_to_its_head() -> None:
    from careervp.logic.writers.proof import _names_a_head

    assert not _names_a_head("swim instruction", "I supervised 3 swim galas a year.")
    assert _names_a_head("swim instruction", "I gave swim instruction to 40 children a week.")
    assert _names_a_head("GP and labour control", "I raised food GP from 61% to 70%.")
    assert _names_a_head("waiting-list reduction in audiology", "I cut the waiting list from 30 weeks to 12.")
