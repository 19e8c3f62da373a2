"""A duration measured over a run of jobs held one after the other: "eight years as a deckhand and then a mate"
counts from the first job's start to the last one's end, not the first job alone; a run the dates do not cover is
still caught. And counts that are no durations or titles after a duration: "crews of four to nine as Second
Officer" counts people, and in "I currently lead crews" the adverb stands before a verb, not a title.

An invented ferry officer, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Ines Marwood-Kaye

## Experience

**Second Officer**, Solent Link Ferries | 2020-03 - Present
- Bridge watches on a 1,200-passenger ro-pax ferry; lead deck crews of 4 to 9.

**Mate**, Tamar Workboats | 2015-06 - 2019-12
- Ran deck crews of 4 on survey charters.

**Deckhand**, Tamar Workboats | 2011-09 - 2015-05
- Mooring and cargo work.
""",
    "ines.md",
)
POSTING = read_posting(
    """# Chief Officer
Company: Wightlink Channel Services

## Requirements
- Watchkeeping experience
""",
    company_name="Wightlink Channel Services",
    job_title="Chief Officer",
)


@pytest.mark.parametrize(
    "body",
    [
        "Before the ferries I spent eight years as a deckhand and then a mate on workboats.",
        "I spent over eight years as a deckhand, then a mate, with Tamar Workboats.",
        "I spent four years as a mate on survey charters.",
        "I have been at sea for more than fifteen years, and I currently lead crews of four to nine as Second Officer.",
    ],
)
def test_the_run_is_measured_whole(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


@pytest.mark.parametrize(
    "body",
    [
        "Before the ferries I spent twelve years as a deckhand and then a mate on workboats.",
        "I spent eight years as a mate on survey charters.",
    ],
)
def test_a_run_the_dates_do_not_cover_is_caught(body: str) -> None:
    assert any(f.startswith("date_or_duration:") for f in critical_findings(body, cv=CV, job=POSTING))


def test_a_title_after_the_adverb_is_still_a_title() -> None:
    found = critical_findings("I am currently lead surveyor on the survey charters.", cv=CV, job=POSTING)
    assert any(f.startswith("role:") for f in found)
