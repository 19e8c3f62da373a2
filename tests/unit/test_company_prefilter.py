"""`companies_a_text_may_name` keeps every company some run of a text's words names by `company_matches`, and so does
the index the stores keep (a company filed under `company_index_keys`, a text looked up by `company_probes`).

It stands in front of the contamination check, so a company it dropped wrongly would be a pasted name FVS never
sees. The reference is the plain algorithm: every run of words of the text compared with every company.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from careervp.vocabulary.companies import (
    companies_a_text_may_name,
    company_index_keys,
    company_matches,
    company_probes,
)

COMPANIES = [
    "Ledgerwell Payments",
    "International Business Machines",
    "Ashworth District Council",
    "Acme Widgets Corp.",
    "Ashby\u2019s Underwriting",
    "Smith & Sons Ltd",
    "The Halcyra Group",
    "University of Colorado Boulder",
    "Zephyrine Widgets",
    "UK Health Security Agency",
    "Q",
    "...",
]


def _named_by_some_run(text: str, company: str, longest: int = 6) -> bool:
    words = re.findall(r"\S+", text)
    runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + longest) + 1))
    return any(company_matches(run.rstrip(",."), company) for run in runs)


def test_each_matching_rule_keeps_its_company() -> None:
    text = (
        "Dear team, at Ledger Well I worked beside IBM and Ashworth DC; Acme's buyers and Ashbys clients, "
        "Smith and Sons, Halcyra, CU Boulder and Acme Widgts too."
    )
    named = {c for c in COMPANIES if _named_by_some_run(text, c)}
    assert {"International Business Machines", "Ashworth District Council", "Acme Widgets Corp."} <= named
    kept = companies_a_text_may_name(text, COMPANIES)
    assert named <= set(kept)
    assert "Zephyrine Widgets" not in kept


def _indexed(text: str) -> set[str]:
    probes = company_probes(text)
    return {company for company in COMPANIES if company_index_keys(company) & probes}


def test_a_text_naming_none_of_them_keeps_none() -> None:
    assert companies_a_text_may_name("I led a team of five at Northwind.", COMPANIES) == []
    assert _indexed("I led a team of five at Northwind.") == set()


def test_the_index_finds_each_rule_s_company_by_the_text_s_words() -> None:
    text = "at Ledger Well beside I.B.M. and Ashworth DC, Ashbys clients, CU Boulder, UKHSA and Acme Widgts"
    assert {
        "UK Health Security Agency",
        "Ledgerwell Payments",
        "International Business Machines",
        "Ashworth District Council",
        "Ashby\u2019s Underwriting",
        "University of Colorado Boulder",
        "Acme Widgets Corp.",
    } <= _indexed(text)
    assert "Zephyrine Widgets" not in _indexed(text)
    # Keys and probes are cut to a few characters, so a long name costs no more probes than a short one.
    assert max(map(len, company_probes(text))) <= 12


def test_words_many_names_share_and_the_pronoun_find_no_company() -> None:
    """A letter's "I" and "Widgets" could otherwise find every one-word company starting with I and every
    company of widgets among hundreds of applications; neither names one by `company_matches`."""
    assert _indexed("I admire the Widgets and Payments teams.") == set()


_WORDS = st.sampled_from(
    ["Ledger", "Well", "Ledgerwell", "Payments", "IBM", "I.B.M.", "Acme", "Acme's", "Widgets", "Widgts", "Smith",
     "&", "Sons", "the", "The", "Halcyra", "Group", "CU", "Boulder", "Ashworth", "DC", "ADC", "of", "Zephyr", "Q",
     "Ashby's", "Underwriting", "Corp.", "Inc", "and", "team", "worked"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)  # no wall-clock limit: the shared machine varies
@given(st.lists(_WORDS, min_size=1, max_size=12))
def test_no_company_a_run_of_words_names_is_dropped(words: list[str]) -> None:
    text = " ".join(words)
    kept = set(companies_a_text_may_name(text, COMPANIES))
    indexed = _indexed(text)
    for company in COMPANIES:
        if _named_by_some_run(text, company):
            assert company in kept, (text, company)
            assert company in indexed, (text, company)
