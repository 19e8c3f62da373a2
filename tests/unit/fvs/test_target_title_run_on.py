"""The applied-for title's short form run on with words the official title does not have: another job ("the
Production Brewer, Keg role" for "Production Brewer, Cask").

An invented brewer and posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

TITLE = "Production Brewer, Cask"
CV = read_cv(
    b"""# Marit Oyelaran-Holt
Brewer

## Experience

Production Brewer | Fallowfield Brewery | 2019-02 - Present
- Brew 40 cask batches a month on a 15 bbl kit.
""",
    "marit.md",
)
POSTING = read_posting(
    "# Production Brewer, Cask\nCompany: Quarrymoor Ales\n\nWe brew for 200 pubs.\n\n## Requirements\n"
    "- Cask brewing experience.\n",
    company_name="Quarrymoor Ales",
    job_title=TITLE,
)


@pytest.mark.parametrize(
    "body",
    [
        "I would like to apply for the Production Brewer, Cask role.",
        "I would like to apply for the Production Brewer role at Quarrymoor Ales.",
        "I would like to apply for the Production Brewer Quarrymoor Ales role.",
        "I work as a Production Brewer at Fallowfield Brewery. The post centres on cask beer.",
    ],
)
def test_the_official_title_and_its_short_form_pass(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


@pytest.mark.parametrize(
    "body",
    [
        "I would like to apply for the Production Brewer, Keg role.",
        "I would like to apply for the Production Brewer Supervisor role.",
    ],
)
def test_a_short_form_run_on_with_other_words_is_another_job(body: str) -> None:
    flagged = critical_findings(body, cv=CV, job=POSTING)
    assert any(f.startswith("job_title:") for f in flagged), flagged
