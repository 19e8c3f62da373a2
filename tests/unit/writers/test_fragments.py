"""CV lines that are labels, names or measures are never forced into "I <verb>": each class, from invented lines."""

from __future__ import annotations

import pytest

from careervp.logic.writers.fragments import is_label, measured_change
from careervp.logic.writers.phrasing import verb_phrase


@pytest.mark.parametrize(
    "line",
    [
        "Bay 4 turnaround lead for 3 ferries a day",  # a noun-verb word, then a figure: a numbered place
        "Ward 7 charge nurse on alternate weekends",
        "Phase 2 fit-out: 14 classrooms",
        "Helping Hands Shelter — kitchen volunteer, weekly",  # a gerund that opens a name
        "Left in 2019 to complete a nursing degree",  # why a job ended
        "Relocated to Leeds for family reasons",
    ],
)
def test_labels_names_and_departures_are_no_duties(line: str) -> None:
    assert verb_phrase(line, ongoing=False) is None
    assert verb_phrase(line, ongoing=True) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Stock the bar for 3 venues.", "stocked the bar for 3 venues"),  # a noun-verb word before an article
        ("Trade with 25 freight brokers.", "traded with 25 freight brokers"),
        ("Scheduling the rota for 40 porters.", "was responsible for scheduling the rota for 40 porters"),
    ],
)
def test_duties_that_look_like_labels_still_read_as_duties(line: str, expected: str) -> None:
    assert verb_phrase(line, ongoing=False) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Patient falls per 1,000 bed-days down from 3.1 to 1.4.",
         "cut patient falls per 1,000 bed-days from 3.1 to 1.4"),
        ("Table turns per night up from 2.2 to 2.9", "raised table turns per night from 2.2 to 2.9"),
        ("Dock 3 on-time dispatch 82% → 97%", "raised Dock 3 on-time dispatch from 82% to 97%"),
        ("Average wait 41 min → 18 min", "cut average wait from 41 min to 18 min"),
        ("Food waste cut by 30% by switching to batch prep.", "cut food waste by 30% by switching to batch prep"),
        ("Reader complaints reduced from 40 to 12 a month", "reduced reader complaints from 40 to 12 a month"),
    ],
)  # fmt: skip
def test_a_changed_measure_is_restated_with_the_verb_it_implies(line: str, expected: str) -> None:
    assert measured_change(line) == expected
    assert verb_phrase(line, ongoing=False) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Occupancy 91% → 91%",  # no change: no verb to choose
        "Led a crew that was cut by 2 people in 2020",  # a clause of its own before the change
        "Menu redesign; costs down from 31% to 27%",
        "Turnover down",
    ],
)
def test_other_lines_are_no_measured_change(line: str) -> None:
    assert measured_change(line) is None


def test_the_label_detector_reads_the_word_and_what_follows() -> None:
    assert is_label("section", " 504 coordinator")
    assert not is_label("reduce", " 3 backlogs")  # a verb only: not a label
    assert is_label("mentor", ", First-Gen Scholars")
    assert not is_label("running", " the night shift")
