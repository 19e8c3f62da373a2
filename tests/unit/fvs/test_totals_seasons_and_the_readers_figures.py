"""Figures worked out over the record or said of the reader:
- a total of one thing over several jobs ("nine call-outs" for contracts of 2, 3 and 4 call-outs);
- the seasons a career's dates span ("seven winters");
- the posting's figures said of the reader before the writer enters the clause ("A 900-hectare estate with your
  own nursery sounds like ...");
- a share between the CV's figure and the posting's ("a third larger than ours");
- a change whose unit is written once, before the second figure ("from 8 percent to 3.5 under my watch");
- a title or code the CV abbreviates ("Senior" for "Sr", "BRCA" for "BRCA1/2"), an acronym's plural ("PSIs");
- a tool one would move to ("moving to Xero would be straightforward"), and a comparison that names no job
  ("only as good as the spec").
A figure the record does not hold is still caught.

An invented orchard and estate manager, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Ilse Varga

## Experience

Sr Orchard Supervisor | Kettle Hill Fruit | 2021-01 - Present
- Frost call-outs: 4 call-outs, Kent.
- Tree losses cut from 8 percent to 3.5% in two seasons.
- Scab screening for BRCA1/2-style resistance markers with the breeding team.
- Wrote spray reports (SPRs), averaging 12 a month in 2023.

Harvest Supervisor (seasonal) | Lowfield Farms | 2018-06 - 2020-10
- Frost call-outs: 3 call-outs, Herefordshire.
- 135-hectare block.

Orchard Hand (seasonal) | Brambleigh Estate | 2016-06 - 2017-10
- Frost call-outs: 2 call-outs, Sussex.
- Pruning in Xero-free paper logs.
""",
    "ilse.md",
)
POSTING = read_posting(
    """# Estate Orchard Manager
Company: Hollins Estate

Hollins Estate farms 900 hectares and runs its own nursery of 180 hectares.

## Requirements
- Orchard management
- Xero for farm accounts
""",
    company_name="Hollins Estate",
    job_title="Estate Orchard Manager",
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


@pytest.mark.parametrize(
    "body",
    [
        "Across three farms I have handled nine frost call-outs.",
        "I have worked nine seasons in orchards.",
        "A 900-hectare estate with your own nursery sounds like the right next step for me.",
        "Your nursery of 180 hectares is about a third larger than my 135-hectare block at Lowfield.",
        "Tree losses went from 8 percent to 3.5 under my watch at Kettle Hill.",
        "As a Senior Orchard Supervisor I screen for BRCA-style markers.",
        "At Kettle Hill I averaged twelve SPRs a month in 2023.",
        "I keep paper logs today, so moving to Xero would be straightforward.",
        "A spray plan is only as good as the report behind it.",
    ],
)
def test_what_the_record_works_out_to_passes(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Across three farms I have handled fifteen frost call-outs.",
        "I have worked nineteen seasons in orchards.",
        "Tree losses went from 8 percent to 1.5 under my watch at Kettle Hill.",
    ],
)
def test_a_figure_past_the_record_is_caught(body: str) -> None:
    assert _flagged(body)
