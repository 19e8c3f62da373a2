"""Events in the reader company's life told as facts: "your bakery, which opened last spring", "since you opened
your first shop", "your expansion into wholesale", "recently won the council contract". The posting must say them;
the same words restated as the posting's ("Your posting says ...") are the posting's.

An invented bakery posting and candidate, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Marguerite Osei-Lindahl
Baker

## Experience
Head Baker | Crumb & Crust Ltd | 2018-02 - Present
- Run a night shift of 5 bakers producing 1,800 loaves a night.
""",
    "marguerite.md",
)
POSTING = read_posting(
    """# Production Baker
Company: Hollyhock Bakehouse

## About us
Hollyhock Bakehouse opened its second bakery in Whitby last spring and supplies 30 cafes. In autumn 2027 we
open a third bakery in Scarborough, and this year we move our ordering to Xero.

## Requirements
- Night-shift bread production.
""",
    company_name="Hollyhock Bakehouse",
    job_title="Production Baker",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "Your second bakery in Whitby, which opened last spring, is why I am writing.",
        "Your posting says the bakehouse launched a second site on the coast last spring, and I would like to help.",
        "Your plans to open a third bakery in Scarborough next autumn are why I am writing.",
    ],
)
def test_what_the_posting_says_about_the_company_passes(body: str) -> None:
    assert [f for f in _flagged(body) if f.startswith("company_fact:")] == []


@pytest.mark.parametrize(
    "body",
    [
        "Your wholesale kitchen, which opened this winter, is why I am writing.",
        "Since you opened your flagship store, your sourdough has set the standard.",
        "Your expansion into frozen pastry for supermarkets shows real ambition.",
        "Your plans to open a tearoom near the harbour next autumn are why I am writing.",
    ],
)
def test_an_event_the_posting_never_mentions_is_caught(body: str) -> None:
    assert any(f.startswith("company_fact:") for f in _flagged(body)), _flagged(body)


def test_a_tool_the_company_moves_to_is_its_news_not_a_claim() -> None:
    body = "Hollyhock Bakehouse's move to Xero this year caught my eye, because I like a clean order book."
    assert _flagged(body) == []
    assert "skill:Xero" in _flagged("At Crumb & Crust I moved our ordering to Xero.")
