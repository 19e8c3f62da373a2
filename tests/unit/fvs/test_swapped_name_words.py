"""A company named with one word inside its name replaced ("Solway Marine Surveys" for "Solway Coastal Surveys
Ltd") is another company, however close the rest, and even when the posting writes the new words ("we run marine
surveys"); the name itself, or its leading words, still pass.

An invented surveyor and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Rhian Ellery
## Experience
**Hydrographic Surveyor** | Tywi Estuary Services | 2018 - Present
- Ran 40 multibeam surveys a year.
""",
    "rhian.md",
)
POSTING = read_posting(
    "# Senior Surveyor\nCompany: Solway Coastal Surveys Ltd\n\nWe run marine surveys for ports.\n\n"
    "## Requirements\n- Multibeam surveys\n",
    company_name="Solway Coastal Surveys Ltd",
    job_title="Senior Surveyor",
)
BODY = "I have run 40 multibeam surveys a year at Tywi Estuary Services."


@pytest.mark.parametrize("name", ["Solway Coastal Surveys", "Solway Coastal", "Solway"])
def test_the_name_or_its_leading_words_pass(name: str) -> None:
    letter = f"I would like to join {name} as a senior surveyor. {BODY}"
    assert [f for f in critical_findings(letter, cv=CV, job=POSTING) if f.startswith("company_name:")] == []


def test_a_word_swapped_inside_the_name_is_caught() -> None:
    letter = f"I would like to join Solway Marine Surveys as a senior surveyor. {BODY}"
    assert "company_name:Solway Marine Surveys" in critical_findings(letter, cv=CV, job=POSTING)


def test_a_possessive_written_with_another_apostrophe_is_no_swap() -> None:
    posting = read_posting(
        "# Senior Surveyor\nCompany: St Kelda\u2019s Coastal Surveys Ltd\n\n## Requirements\n- Multibeam surveys\n",
        company_name="St Kelda\u2019s Coastal Surveys Ltd",
        job_title="Senior Surveyor",
    )
    letter = f"I would like to join St Kelda's Coastal Surveys as a senior surveyor. {BODY}"
    assert [f for f in critical_findings(letter, cv=CV, job=posting) if f.startswith("company_name:")] == []
