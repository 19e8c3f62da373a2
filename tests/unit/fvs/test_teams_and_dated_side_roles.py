"""Two faithful restatements: the size of a team given in other words ("led fourteen people" for the CV's "a team of
14", which a job's dates written 04/2016 - 08/2024 must not seem to contradict with a count of 8), and the length in
months of a dated role outside the jobs ("eighteen months volunteering" for a volunteer post dated 2023 - 2024).

An invented site manager, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Bartholomew Essien
## Experience
**Site Manager** | Pellow Build Ltd | 04/2016 - 08/2024
- Ran a 48-home development worth \xc2\xa39M with a team of 14.
- Cut snagging items per home from 22 to 9.

**Assistant Site Manager** | Pellow Build Ltd | 2010 - 2016
- Coordinated 6 subcontractors on a school extension.

## Volunteering
- Youth football coach, Ashcombe Rovers (2023 - 2024)
""",
    "bart.md",
)
POSTING = read_posting(
    "# Senior Site Manager\nCompany: Karrow Homes\n\n## Requirements\n- Housebuilding experience\n",
    company_name="Karrow Homes",
    job_title="Senior Site Manager",
)


@pytest.mark.parametrize(
    "body",
    [
        "As Site Manager at Pellow Build Ltd I led fourteen people on a 48-home development.",
        "I ran a site crew of 14 on a development worth nine million pounds.",
        "I spent eighteen months coaching youth football at Ashcombe Rovers.",
    ],
)
def test_a_team_as_people_and_a_side_role_in_months_are_backed(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


@pytest.mark.parametrize(
    "body",
    [
        "As Site Manager at Pellow Build Ltd I led nineteen people on a 48-home development.",
        "I spent forty months coaching youth football at Ashcombe Rovers.",
    ],
)
def test_another_team_size_or_stay_is_caught(body: str) -> None:
    assert any(f.startswith("metric:") for f in critical_findings(body, cv=CV, job=POSTING))


TWO_FIRMS = read_cv(
    b"""# Bartholomew Essien
## Experience
**Assistant Surveyor \xe2\x86\x92 Quantity Surveyor** | Ollerton Homes | 2022 - Present
- Ran 3 developments.

**Site Manager** | Pellow Build Ltd | 2016 - 2022
- Ran a 48-home development.
""",
    "bart2.md",
)


@pytest.mark.parametrize("verb", ["joined", "rejoined"])
def test_a_role_belongs_to_the_employer_the_sentence_joins(verb: str) -> None:
    body = f"After six years at Pellow Build Ltd, I {verb} Ollerton Homes as a quantity surveyor."
    assert critical_findings(body, cv=TWO_FIRMS, job=POSTING) == []


def test_a_role_the_joined_employer_never_gave_is_still_caught() -> None:
    body = "After six years at Pellow Build Ltd, I joined Ollerton Homes as a contracts director."
    assert any(f.startswith("role:") for f in critical_findings(body, cv=TWO_FIRMS, job=POSTING))


def test_a_post_held_before_a_promotion_in_one_job_is_its_title_too() -> None:
    # "Assistant Surveyor → Quantity Surveyor": both posts were held at Ollerton Homes
    body = "After six years at Pellow Build Ltd, I joined Ollerton Homes as an assistant surveyor."
    assert critical_findings(body, cv=TWO_FIRMS, job=POSTING) == []
