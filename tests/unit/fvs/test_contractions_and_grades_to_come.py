"""Two readings of the words around a claim:

- "won't" is no win: "your booking app won't be new to me" tells no news of the company;
- "work up through Level 4 and 5" names grades still to come, not grades held.

An invented sprinkler fitter and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Bogdan Ilie
## Experience
**Sprinkler Fitter** | Tamar Fire Protection | 2020 - Present
- Fit and test wet and dry systems; log visits in the booking app.

## Certifications
- FIRAS Installer, Level 3, 2022
""",
    "bogdan.md",
)
POSTING = read_posting(
    "# Senior Sprinkler Fitter\nCompany: Exe Valley Fire\n\n## Requirements\n- Sprinkler fitting\n"
    "- Keep records in our booking app\n",
    company_name="Exe Valley Fire",
    job_title="Senior Sprinkler Fitter",
)


@pytest.mark.parametrize(
    "body",
    [
        "I log every visit in a booking app already, so your booking app won't be a shock.",
        "Your funded training would help me work up through Level 4 and 5.",
        "I want to work my way up to Level 5 with your support.",
    ],
)
def test_no_news_and_no_grade_is_claimed(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


def test_a_grade_claimed_as_held_is_still_caught() -> None:
    assert any(f.startswith("credential:") for f in critical_findings("I hold FIRAS Level 5.", cv=CV, job=POSTING))
