"""Durations that are not lengths of service, and lengths of service written short:

- a rate after a number written as a word ("from nine a year to two") is no year of anyone's career;
- a number after "a <noun> of" ("a night crew of 14", "a choir of forty") counts that noun, even when it follows a
  duration and a comma, where a bare number would borrow the duration's unit;
- "the last four and a half mostly on ...": an adverb may stand between an elided number of years and the place;
- a stay at an organisation the CV dates outside its jobs (a volunteering section) is time a letter may count.

An invented stonemason turned heritage site supervisor and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Odile Branwen
## Experience
**Site Supervisor** | Gwent Masonry Conservation Ltd | Apr 2021 - Present
- Run a banker crew of 12 on listed churches and bridges.
- Cut mortar-mix rejections from 30 a year to 4 with a lime-putty testing sheet.

**Banker Mason** | Gwent Masonry Conservation Ltd | Sep 2016 - Mar 2021
- Dressed Bath and Forest of Dean stone for repairs.

**Apprentice Mason** | Tintern Stoneworks | Sep 2013 - Aug 2016
- Learned fixing, pointing and lime work.

## Volunteering
- Trail Warden, Brecon Ridgeway Trust (2019 - 2020)
""",
    "odile.md",
)
POSTING = read_posting(
    "# Heritage Site Lead\nCompany: Carreg Restoration\n\n## Requirements\n- Lime mortar experience\n",
    company_name="Carreg Restoration",
    job_title="Heritage Site Lead",
)


@pytest.mark.parametrize(
    "body",
    [
        "My testing sheet took mortar-mix rejections from thirty a year to four.",
        "I have worked in stone for over thirteen years, running a banker crew of 12 at Gwent Masonry Conservation.",
        "I spent over thirteen years in masonry, the last five leading a crew of twelve at Gwent.",
        "I have been in stonework for more than thirteen years, the last five and a half mostly on listed churches.",
        "I volunteered at the Brecon Ridgeway Trust for a year and a half as a trail warden.",
    ],
)
def test_rates_counted_crews_and_elided_stretches_are_read_for_what_they_say(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


@pytest.mark.parametrize(
    "body",
    [
        # An elided stretch with an adverb before its place is still a length of service, and checked.
        "I have been in stonework for more than thirteen years, the last nine mostly on listed churches.",
        "I volunteered at the Brecon Ridgeway Trust for six years as a trail warden.",
    ],
)
def test_a_stretch_longer_than_the_cv_gives_is_still_caught(body: str) -> None:
    assert any(f.startswith("date_or_duration:") for f in critical_findings(body, cv=CV, job=POSTING))
