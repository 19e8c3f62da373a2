"""A word that rules out a title (`rules_out_title`) is never in an ASCII mention `title_matches` accepts.

The fact check skips every mention holding such a word without reading it, so the rule must be exact: each mention
built here from title words, their typos, clipped and abbreviated forms, fillers and unrelated words, joined by
spaces or punctuation, either holds no ruling-out word or does not match.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.vocabulary.titles import rules_out_title, title_matches

_TITLES = (
    "Senior Backend Engineer",
    "Registered Nurse (Med-Surg)",
    "IV Room Lead Pharmacy Technician",
    "Site Reliability Engineer, Platform",
    "FP&A Analyst",
    "Lead HVAC Tech",
    "Data Base Administrator",
    "Head of Operations",
)
_WORDS = (
    "senior", "Sr", "backend", "back", "end", "engineer", "enginer", "eng", "engineers", "registered", "nurse",
    "nurses", "RN", "med", "surg", "medsurg", "IV", "room", "lead", "pharmacy", "technician", "tech", "techs",
    "site", "reliability", "SRE", "platform", "FP", "A", "analyst", "HVAC", "data", "base", "database", "DBA",
    "administrator", "admin", "head", "of", "operations", "ops", "the", "and", "role", "Harbour", "at", "I", "II",
    "tele", "telemetry", "junior", "manager", "pharm", "reliable", "Nurse2", "x",
)  # fmt: skip
_JOINS = (" ", ", ", " - ", " & ", " / ", "(", ") ", ". ", " — ")


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from(_TITLES),
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_JOINS)), min_size=1, max_size=6),
)
def test_a_mention_with_a_ruling_out_word_never_matches(official: str, parts: list[tuple[str, str]]) -> None:
    mention = "".join(word + join for word, join in parts[:-1]) + parts[-1][0]
    if mention.isascii() and any(rules_out_title(word, official) for word, _ in parts):
        assert not title_matches(mention, official)


@pytest.mark.parametrize(
    ("word", "official", "rules_out"),
    [
        ("Harbour", "Senior Backend Engineer", True),  # no word of the title is near it
        ("Enginer", "Senior Backend Engineer", False),  # a typo of one
        ("Sr", "Senior Backend Engineer", False),  # an abbreviation of one
        ("Engineers", "Senior Backend Engineer", False),  # a plural
        ("the", "Senior Backend Engineer", False),  # a filler: dropped before comparing
        ("database", "Data Base Administrator", False),  # the title's words run together
        ("tech", "Lead HVAC Technician", False),  # read with its neighbours: never rules out
        ("FP", "FP&A Analyst", False),
        ("Med-Surg", "Senior Backend Engineer", False),  # not a plain word: never rules out
        ("Résumé", "Senior Backend Engineer", False),  # not ASCII
    ],
)
def test_which_words_rule_out_a_title(word: str, official: str, rules_out: bool) -> None:
    assert rules_out_title(word, official) is rules_out
