"""A country named in a list with a town ("in Portugal and Leeds") is a place, like the town beside it: never a
tool or a skill the CV must hold.

An invented upholsterer and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Rui Tavares
## Experience
**Upholsterer** | Oficina Lapa, Braga | 2014 - 2019
- Traditional sprung seats.

**Senior Upholsterer** | Kirkgate Interiors, Leeds | 2019 - Present
- Deep buttoning and re-covering.
""",
    "rui.md",
)
POSTING = read_posting(
    "# Workshop Lead\nCompany: Aire Valley Furnishing\n\n## Requirements\n- Traditional upholstery\n",
    company_name="Aire Valley Furnishing",
    job_title="Workshop Lead",
)


@pytest.mark.parametrize(
    "body",
    [
        "I have worked in upholstery for more than ten years, in Portugal and Leeds.",
        "I have upholstered chairs for more than ten years, in Braga and Portugal before Leeds.",
    ],
)
def test_a_country_listed_with_a_town_is_a_place(body: str) -> None:
    assert [f for f in critical_findings(body, cv=CV, job=POSTING) if f.startswith("skill:")] == []
