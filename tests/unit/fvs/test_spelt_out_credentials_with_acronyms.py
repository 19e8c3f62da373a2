"""A credential claimed by its spelt-out name with the acronym in brackets ("I qualified as a chartered tax adviser
(CTA)"): when only the posting writes the acronym, the candidate claims a credential the CV does not show.

An invented tax senior and a posting, outside every corpus.
"""

from __future__ import annotations

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Ottilie Brennand
## Experience
**Tax Senior** | Wyvern Lane Chartered Accountants | 2019 - Present
- Prepare 140 personal tax returns a year.

## Qualifications
- ATT (Association of Taxation Technicians), 2021
""",
    "ottilie.md",
)
POSTING = read_posting(
    "# Tax Manager\nCompany: Severnside Tax LLP\n\n## Requirements\n- ATT and CTA qualified\n",
    company_name="Severnside Tax LLP",
    job_title="Tax Manager",
)


def test_a_posting_acronym_claimed_in_brackets_after_its_name_is_caught() -> None:
    body = "I qualified as a chartered tax adviser (CTA) after my ATT in 2021."
    assert any(f.startswith("credential:") for f in critical_findings(body, cv=CV, job=POSTING))


def test_a_held_acronym_in_brackets_passes() -> None:
    body = "I qualified as a taxation technician (ATT) in 2021."
    assert critical_findings(body, cv=CV, job=POSTING) == []
