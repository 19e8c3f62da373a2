"""Counts of the candidate's own record: the jobs and employers the CV lists ("three hospitals", "four contracts"),
read against its entries; a count past the record is still caught.

An invented locum radiographer, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Odile Varga

## Experience

Locum Radiographer | Pennine Royal Hospital | 2024-02 - 2024-11
- CT and plain film, evenings.

Locum Radiographer | Harrowgate District Hospital | 2023-01 - 2023-12
- Trauma imaging.

Locum Radiographer | Pennine Royal Hospital | 2022-03 - 2022-09
- Theatre imaging.

Band 5 Radiographer | Calderwood Imaging Clinic | 2018-09 - 2022-02
- Outpatient plain film.

Locum Radiographer | Kirkby Vale Hospital | 2017-01 - 2018-08
- Weekend cover.

Radiography Assistant | Marsden Hospital | 2015-01 - 2016-12
- Patient preparation.
""",
    "odile.md",
)
POSTING = read_posting(
    "# Senior Radiographer\nCompany: Wensley Health\n\n## Requirements\n- HCPC registration\n",
    company_name="Wensley Health",
    job_title="Senior Radiographer",
)


@pytest.mark.parametrize(
    "body",
    [
        "Since 2015 I have worked for five employers.",
        "I have held six posts since 2015.",
        "Across four locum contracts I learned to settle into a new department quickly.",
        "I have worked in four hospitals.",
    ],
)
def test_a_count_of_the_record_passes(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


@pytest.mark.parametrize(
    "body",
    [
        "Since 2015 I have worked for seven employers.",
        "I have held thirteen posts.",
        "I have worked in fourteen hospitals.",
    ],
)
def test_a_count_past_the_record_is_caught(body: str) -> None:
    assert any(finding.startswith("metric:") for finding in critical_findings(body, cv=CV, job=POSTING))
