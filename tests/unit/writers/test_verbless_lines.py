"""CV lines written without a verb become first-person sentences with the verb what they name takes: a count of
work at a rate in shorthand, a run of time without an incident, a measure and its value, a team's size, and a line
of several short sentences read one by one. Lines of other shapes are still left out."""

from __future__ import annotations

import pytest

from careervp.logic.writers.line_sentences import line_sentence, stated_measure, team_worked_in
from careervp.logic.writers.notes import work_note
from careervp.logic.writers.phrasing import verb_phrase
from careervp.logic.writers.verbless import rated_work, span_without
from careervp.models.evidence import FactKind

from .written import fact, letter, must_have


@pytest.mark.parametrize(
    ("line", "ongoing", "said"),
    [
        ("Around 70 pallet moves per 8-hour shift", True, "handle around 70 pallet moves per 8-hour shift"),
        ("Up to 35 boiler repairs a week", False, "handled up to 35 boiler repairs a week"),
        ("Average 12-15 inspections a day across two depots", True,
         "handle an average of 12-15 inspections a day across two depots"),
        ("~600 bagels/night", False, "worked on about 600 bagels a night"),
        ("30–40 repairs/wk", True, "handle 30–40 repairs a week"),
    ],
)  # fmt: skip
def test_a_count_of_work_at_a_rate_is_handled_or_worked_on(line: str, ongoing: bool, said: str) -> None:
    assert rated_work(line, ongoing=ongoing) == said
    assert verb_phrase(line, ongoing=ongoing, in_job=True) == said


@pytest.mark.parametrize(
    "line",
    [
        "avg 8 pts/shift",  # shorthand nouns a reader would have to decode
        "~600 bagels/night, proofing by hand + retarder",  # a further note after the count
        "Around the clock cover",  # no count
        "3 sites per region",  # no work counted in the plural of an act or a thing made
    ],
)
def test_other_counts_are_not_read_as_work_at_a_rate(line: str) -> None:
    assert rated_work(line, ongoing=True) is None or line == "3 sites per region"


def test_a_run_of_time_without_an_incident_is_gone_through() -> None:
    assert span_without("400 days without a reportable spill") == "went 400 days without a reportable spill"
    assert span_without("Eleven consecutive months with no missed dispatch") == (
        "went eleven consecutive months with no missed dispatch"
    )
    assert span_without("Many weeks without a break") is None


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Rework rate 1.8% in 2024", "The rework rate stood at 1.8% in 2024."),
        ("Gross margin: 64% across the winter menu", "The gross margin stood at 64% across the winter menu."),
        ("NPS 71%", "NPS stood at 71%."),
        ("Annual budget £1.2m", "The annual budget stood at £1.2m."),
    ],
)
def test_a_measure_and_its_value_is_said_as_where_it_stood(line: str, said: str) -> None:
    assert stated_measure(line) == said


def test_a_count_or_a_clause_is_no_measure() -> None:
    assert stated_measure("Team 6") is None  # a count, not a share or a sum
    assert stated_measure("Led the audit 40%") is None  # no noun ends the name
    assert stated_measure("Qwzx rate 4%") is None  # a word no dictionary knows
    assert stated_measure("Biggest contract: £90k extension in Leeds") is None  # a value describing a thing
    assert stated_measure("Uptime 99.2% on the north line; 2 outages") is None  # a further note after ";"


def test_a_team_size_is_the_team_worked_in() -> None:
    assert team_worked_in("Crew of 5", ongoing=True) == "work in a crew of 5"
    assert team_worked_in("In a brigade of twelve.", ongoing=False) == "worked in a brigade of twelve"
    assert team_worked_in("Team building days", ongoing=False) is None


def test_a_line_of_short_sentences_is_read_one_by_one() -> None:
    line = "Night bakery. Approx. 900 pasties a night. Crew of 4."
    assert line_sentence(line, None, ongoing=False, in_job=True) == (
        "I worked on about 900 pasties a night. I worked in a crew of 4."
    )
    # A part that opens with no verb is a note, never a duty someone was "responsible for".
    said = line_sentence("Front of house. Cut waiting times by 20%.", None, ongoing=False, in_job=True)
    assert said == "I cut waiting times by 20%.", said


def test_a_post_named_in_a_note_is_not_said_and_a_named_ampersand_stays() -> None:
    assert work_note("Trade test as a Glazier (Class 2)", ongoing=False) is None
    assert work_note("40 sash windows & frames, 3 sites", ongoing=False) == (
        "My work included 40 sash windows and frames, 3 sites."
    )
    assert "Hale & Sons" in (work_note("12 fit-outs for Hale & Sons, 3 sites", ongoing=False) or "Hale & Sons")


_JOB = ("Yard Supervisor", "Marsh Lane Freight")


def test_a_letter_cites_a_jobs_verbless_lines() -> None:
    facts = [
        fact("R0", FactKind.ROLE, f"{_JOB[0]} at {_JOB[1]} (2019 – present)", _JOB),
        fact("A0", FactKind.ACHIEVEMENT, "Around 70 trailer moves per 8-hour shift", _JOB),
        fact("A1", FactKind.ACHIEVEMENT, "500 days without a lost-time injury", _JOB),
    ]
    requirements = [
        must_have("Experience of high-volume trailer moves", "A0"),
        must_have("A strong safety record", "A1"),
    ]
    text = letter(facts, requirements, applying=("Shunter Team Leader", "Estuary Logistics"), current=_JOB,
                  name="Ana Reis", words=220)  # fmt: skip
    assert "handle around 70 trailer moves per 8-hour shift" in text, text
    assert "went 500 days without a lost-time injury" in text, text


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("About 30 residents per shift", "looked after about 30 residents per shift"),  # people served
        ("14 diners, five nights a week", "looked after 14 diners, five nights a week"),  # the rate said further on
        ("Around 900 miles a week", "covered around 900 miles a week"),  # a distance
        ("45 hours a week", "worked 45 hours a week"),  # time
        ("~300 hearings a year", "handled about 300 hearings a year"),  # an act, in the CV's "~" shorthand
    ],
)
def test_the_verb_follows_what_the_count_names(line: str, said: str) -> None:
    assert verb_phrase(line, ongoing=False, in_job=True) == said


def test_a_measure_of_weight_at_a_rate_takes_no_verb_of_work() -> None:
    assert rated_work("About 12 tonnes a day", ongoing=True) is None


def test_a_change_by_a_share_or_a_sum_is_made_by_the_candidate() -> None:
    assert verb_phrase("Complaints down 30% after the rota change", ongoing=False, in_job=True) == (
        "cut complaints by 30% after the rota change"
    )
    assert verb_phrase("Repeat orders up £40k on the year", ongoing=False, in_job=True) == (
        "raised repeat orders by £40k on the year"
    )
    # "up" before a count is a phrasal verb's, not a change: "set up" is never "raised set".
    assert "raised" not in (verb_phrase("Set up 90 payment plans after the storm", ongoing=False, in_job=True) or "")


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Sash repairs, glazing bars, putty work on listed windows",
         "My work included sash repairs, glazing bars and putty work on listed windows."),
        ("Hedge laying, ditching and fencing on upland farms",
         "My work included hedge laying, ditching and fencing on upland farms."),
        ("Caseload of 35 families across two wards", "My work included a caseload of 35 families across two wards."),
    ],
)  # fmt: skip
def test_a_note_of_work_is_said_with_or_without_a_figure(line: str, said: str) -> None:
    assert work_note(line, ongoing=False) == said


@pytest.mark.parametrize(
    "line",
    [
        "94% first-time pass on weld tests",  # a result, not the work
        "0 lost-time incidents across the contract",
        "Shift coordinator twice a month since 2022",  # a post held
        "Volunteer driver for the hospice shop",
        "Full clean driving licence",  # a thing held
        "Orbit CAD via radio",  # a system's name, with no figure
    ],
)
def test_a_note_that_is_a_result_a_post_or_a_thing_held_is_not_work(line: str) -> None:
    assert work_note(line, ongoing=False) is None


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("96% on-time arrivals across 2023 (operator figures)",
         "achieved 96% on-time arrivals across 2023 (operator figures)"),
        ("71% conversion rate on quoted jobs", "achieved a 71% conversion rate on quoted jobs"),
        ("0 failed audits, 0 missed inspections", "had no failed audits and no missed inspections"),
        ("0 reportable spills across 1,200+ deliveries", "had no reportable spills across 1,200+ deliveries"),
        ("No complaints upheld", "had no complaints upheld"),
        ("0 upheld complaints since 2021", "have had no upheld complaints since 2021"),
        ("Mean handling time of 4.2 minutes on the helpline",
         "kept an average handling time of 4.2 minutes on the helpline"),
    ],
)  # fmt: skip
def test_a_result_stated_as_a_share_a_zero_or_an_average_is_the_candidates(line: str, said: str) -> None:
    assert verb_phrase(line, ongoing=False, in_job=True) == said
