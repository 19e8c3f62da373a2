"""Figures read for what their words say:

- "above 97%" is a lower bound, which a CV figure of 97.4% meets;
- "29 this year", "twelve every season": a count for a period named by "this", "last" or "every", never 29 years;
- a version number after a product the CV names with another number ("Gradall 7" for the CV's "Gradall 5") is
  caught, a duration or not after it.

An invented ecologist and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Tamsin Roskilly
## Experience
**Reserve Ecologist** | Lizard Point Wildlife Trust | 2019 - Present
- Survey compliance 97.4% across 30 transects.
- Chough nests: 11 in 2021, 29 in 2026.
- Log every record in Gradall 5.
""",
    "tamsin.md",
)
POSTING = read_posting(
    "# Senior Ecologist\nCompany: Penwith Moors Trust\n\n## Requirements\n- Bird surveys\n",
    company_name="Penwith Moors Trust",
    job_title="Senior Ecologist",
)


@pytest.mark.parametrize(
    "body",
    [
        "I keep survey compliance above 97% across 30 transects.",
        "Our chough nests went from 11 in 2021 to 29 this year.",
        "I log every record in Gradall 5 every day.",
    ],
)
def test_bounds_periods_and_versions_the_cv_backs_pass(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


@pytest.mark.parametrize(
    "body",
    ["I log every record in Gradall 7 every day.", "I keep survey compliance above 99% across 30 transects."],
)
def test_a_changed_version_or_bound_is_caught(body: str) -> None:
    assert any(f.startswith("metric:") for f in critical_findings(body, cv=CV, job=POSTING))
