"""A CV line becomes an "I ..." sentence only when it opens with a verb and the rest reads as what the verb acts on.

Names, labels, noun phrases and adjectives that a dictionary also lists as verbs ("Google", "Welsh", "Team",
"Full", "Over") must never be conjugated; lines that do open with an order still become sentences.
"""

from __future__ import annotations

import pytest

from careervp.logic.writers.phrasing import verb_phrase
from careervp.logic.writers.realise import clause_vp, misread_as_verb


def _said(line: str, *, ongoing: bool) -> str | None:
    """The verb phrase the writer would put after "I", by either of its two routes."""
    vp = verb_phrase(line, ongoing=ongoing, in_job=True)
    if vp is not None and not misread_as_verb(line, vp):
        return vp
    return clause_vp(line, ongoing=ongoing)


def _conjugates_first_word(line: str, vp: str | None) -> bool:
    first = line.split()[0].casefold().strip(",:")
    return vp is not None and vp.split()[0].casefold().startswith(first[:3])


NAMES_AND_LABELS = [
    "Zoom rating 4.8 across 300 sessions",  # a product's name before a measure
    "Google review score 4.7 from 220 reviews",
    "Welsh — fluent, spoken and written",  # a language as a label
    "Polish: conversational",
    "Welsh speaker on a bilingual ward",
    "Team of 9 line cooks and 3 porters",  # a noun heading its phrase
    "Staff of 14 across two kennels",
    "Crew of 5 on the night shift",
    "Over 300 soil cores logged a season",  # an adverb before a figure
    "Full rewires on 12 period houses a year",  # an adjective before a plural
    "Minor repairs to gates and fencing",
    "Call handling for three rural surgeries",  # a compound noun
    "Yard counts about 4,000 bales a week",  # a clause with its own subject
]


@pytest.mark.parametrize("ongoing", [True, False])
@pytest.mark.parametrize("line", NAMES_AND_LABELS)
def test_a_name_or_a_noun_phrase_is_never_conjugated(line: str, ongoing: bool) -> None:
    vp = _said(line, ongoing=ongoing)
    assert not _conjugates_first_word(line, vp), vp


ORDERS = [
    "Plan, cost and order stock for a 60-cover restaurant",
    "Perform maintenance on 14 lift stations",
    "Liaise with GPs and district nurses on discharge",
    "Triage calls from the public about stray animals",
    "Complete 40 fire-door inspections a month",
    "Collect water samples for the county survey",
    "Draft leases and licences for 30 commercial units",
    "Mentor junior paralegals on completion files",
]


@pytest.mark.parametrize("ongoing", [True, False])
@pytest.mark.parametrize("line", ORDERS)
def test_an_order_still_becomes_a_sentence(line: str, ongoing: bool) -> None:
    vp = _said(line, ongoing=ongoing)
    assert vp is not None
    assert _conjugates_first_word(line, vp)


def test_an_order_in_a_past_job_moves_into_the_past() -> None:
    assert (_said("Triage calls from the public about stray animals", ongoing=False) or "").startswith("triaged calls")


SERIES = [
    "Rota planning: 3 sites and 40 carers; weekend cover; staff training for new carers",
    "Lab audits; sample tracking in LIMS; call analysis for the helpline",
]


@pytest.mark.parametrize("line", SERIES)
def test_a_noun_phrase_in_a_series_is_never_conjugated(line: str) -> None:
    vp = verb_phrase(line, ongoing=True, in_job=True)
    last = line.rsplit("; ", 1)[1].split()[0].casefold()
    assert vp is None or not vp.startswith(last) or misread_as_verb(line, vp), vp


CHARGES = [
    ("Team of 5, with ordering and food-safety records.", "was responsible for a team of 5"),
    ("Over 200 soil and water samples for the county survey", "was responsible for over 200 soil and water"),
    ("38 care assistants across two night shifts", "was responsible for 38 care assistants"),
    ("4 kitchens, 2 shifts, 60 staff", "was responsible for 4 kitchens, 2 shifts and 60 staff"),
    ("Lead of the weekend triage desk: rota, handover and escalation", "was the lead of the weekend triage desk"),
]


@pytest.mark.parametrize(("line", "said"), CHARGES)
def test_a_counted_or_named_charge_is_said_as_one(line: str, said: str) -> None:
    assert (verb_phrase(line, ongoing=False, in_job=True) or "").startswith(said)


@pytest.mark.parametrize("line", ["12 porters were redeployed to the new wing", "3 lines, 2 shifts"])
def test_a_count_that_is_a_clause_or_names_no_people_is_no_charge(line: str) -> None:
    vp = verb_phrase(line, ongoing=False, in_job=True) or ""
    assert "responsible for" not in vp


@pytest.mark.parametrize(
    ("line", "past"),
    [("Cross-trained 14 porters on the new hoists", "cross-trained"), ("Digitised 3,000 parish records", "digitised")],
)
def test_a_prefixed_or_derived_verb_is_still_a_verb(line: str, past: str) -> None:
    assert (_said(line, ongoing=False) or "").startswith(past)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("CPR Instructor from 2019: taught the hospital's CPR refresher to about 80 nurses a year", "taught the"),
        (
            "Cellar trainer for cask handling: trained 9 bar staff",
            "am a cellar trainer for cask handling, and trained",
        ),
    ],
)
def test_work_labelled_with_its_post_is_said_as_the_work(line: str, said: str) -> None:
    assert (verb_phrase(line, ongoing=True, in_job=True) or "").startswith(said)


@pytest.mark.parametrize(
    "line",
    ["3 sous chefs + 9 commis — rota, ordering", "Apprenticeship 2015–2019 (county joinery programme)"],
)
def test_notes_and_dated_labels_are_no_charge(line: str) -> None:
    assert "responsible for" not in (verb_phrase(line, ongoing=False, in_job=True) or "")
