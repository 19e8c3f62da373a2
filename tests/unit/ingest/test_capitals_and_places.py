"""A CV set in capitals: a name with a nickname in quotes or an apostrophe keeps a capital on every part, and an
employer heading followed by the several towns it works in ("Leeds / Bradford / York, UK (3 bakeries)") keeps the
employer, with the towns as its place.

An invented master baker, outside every corpus.
"""

from __future__ import annotations

from careervp.ingest import read_cv

CV = b"""JOHANNA "JO" O'DONOVAN-BRAITHWAITE
Master Baker

EXPERIENCE

HALLOWAY & SONS CRAFT BAKERIES \xe2\x80\x94 Leeds / Bradford / York, UK (3 bakeries)

Head Baker, Leeds \xe2\x80\x94 03/2020 to now
* Run a night shift of 6 bakers producing 2,400 loaves a night

Baker \xe2\x80\x94 05/2015 to 02/2020
* Ran the sourdough programme for three shops
"""


def test_a_name_in_capitals_keeps_a_capital_on_every_part() -> None:
    assert read_cv(CV, "jo.md").person.name == 'Johanna "Jo" O\'Donovan-Braithwaite'


def test_an_employer_heading_with_several_towns_keeps_the_employer() -> None:
    jobs = read_cv(CV, "jo.md").experience
    assert [(job.title, job.employer) for job in jobs] == [
        ("Head Baker, Leeds", "HALLOWAY & SONS CRAFT BAKERIES"),
        ("Baker", "HALLOWAY & SONS CRAFT BAKERIES"),
    ]
    assert jobs[0].location == "Leeds / Bradford / York, UK (3 bakeries)"


TABLE_THEN_BLOCKS = """# Teodor Halvorsen-Mbeki
Brewer

## Experience
| Period | Position | Company |
|---|---|---|
| 2020-04 – now | Head Brewer | Fallowmere Brewing Co, Otley site (UK) |
| 2016-01 – 2020-03 | Cellar Technician | Rookwood Ales Ltd, Leeds (UK) |

**Fallowmere Brewing Co** — 2020-04 – now
- Brew 40 batches a month on a 20 hl kit

**Rookwood Ales Ltd** — 2016-01 – 2020-03
- Ran cask cleaning and racking for 3 pubs
"""


def test_bullets_under_an_employer_heading_join_the_job_a_table_above_gives_it() -> None:
    jobs = read_cv(TABLE_THEN_BLOCKS.encode(), "teodor.md").experience
    assert [(job.title, len(job.achievements)) for job in jobs] == [("Head Brewer", 1), ("Cellar Technician", 1)]
