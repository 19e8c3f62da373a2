"""Who the writer says they are: a rank-and-file post ("a staff inspector"), a rank without the word that lowers it
("Project Manager" for "Associate Project Manager"), a designation worn as an adjective ("CPI-certified") or as an
opening ("As a CMI, I ..."), a designation the CV names only as still to come ("ASHI candidate"), years spent in an
activity whose doer is a job title ("nine years inspecting homes"), an ordinary word that opens a sentence and
happens to name a tool, and a year in a sentence that opens with the reader's company.

An invented home inspector and posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

COMPANY = "Brightwater Inspections"
TITLE = "Senior Home Inspector"
CV = read_cv(
    """# Rhiannon Castell
Home inspector

## Experience

### Harbourline Property Services (now Keystone Inspection Group – Cardiff), Cardiff
*The firm joined the Keystone group and kept its whole team.*

**Lead Inspector, RES** — Jun 2021 – Present
- Lead a team of 6 inspectors across 3 counties.
- Wrote 1,100 inspection reports in Spectora.

**Inspector, RES** — Mar 2017 – May 2021
- Inspected 900 homes.

### Tollgate Builders, Newport
**Associate Project Manager** — Jan 2012 – Feb 2017
- Ran 14 renovation jobs.

## Certifications
- InterNACHI Certified Professional Inspector (CPI), 2017
- ASHI Certified Inspector candidate · field reviews in progress
""".encode(),
    "rhiannon.md",
)
POSTING = read_posting(
    """# Senior Home Inspector
Company: Brightwater Inspections

In 2024 we moved every report onto one platform.

## Requirements
- State home inspector licence (HI).
- CMI designation preferred.
- 8+ years of residential inspections.
""",
    company_name=COMPANY,
    job_title=TITLE,
)


def _flagged(body: str) -> list[str]:
    return critical_findings(body, cv=CV, job=POSTING)


def test_roles_under_an_employer_heading_keep_its_name_past_a_rename_and_an_aside() -> None:
    jobs = [(e.title, e.employer) for e in CV.experience]
    employer = "Harbourline Property Services (now Keystone Inspection Group – Cardiff)"
    assert jobs[:2] == [("Lead Inspector, RES", employer), ("Inspector, RES", employer)]


@pytest.mark.parametrize(
    "body",
    [
        "I was a staff inspector for four years before I became Lead Inspector.",  # the post without a rank
        "Since 2021 I have been Lead Inspector at Keystone Inspection Group.",  # the employer's new name
        "I'm CPI-certified (2017).",  # a designation the CV holds, and no job
        "I am an ASHI candidate, with my field reviews in progress.",  # still to come, said so
        "Swift action on damp saves owners money, and I report it the same day.",  # a sentence opening, no tool
        "Your move to one platform in 2024 is exactly where I do my best work.",  # the company's year
        "I have spent over nine years inspecting homes.",  # the years as an inspector
        "I spent about five years as an associate project manager.",
    ],
)
def test_true_statements_of_who_the_writer_is_pass(body: str) -> None:
    assert _flagged(body) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("I was Project Manager at Tollgate Builders.", "role"),  # "Associate" left out: a promotion
        ("I have served as Supervising Inspector since 2021.", "role"),  # a rank the CV never gives
        ("As an ASHI-certified inspector, I report the same day.", "credential"),  # the CV: still a candidate
        ("As an HI-licensed inspector, I can start at once.", "credential"),  # the posting's licence
        ("As a CMI, I report the same day.", "credential"),  # the posting's designation as an opening
        ("As an ASHI and CPI inspector, I report the same day.", "credential"),  # held, though still to come
        ("I have spent fifteen years inspecting homes.", "date_or_duration"),  # the career, not the inspecting
        ("Swift is the tool I use for every report.", "skill"),  # in the writer's own sentence, a tool
    ],
)
def test_the_same_statements_claiming_more_are_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in _flagged(body)), _flagged(body)
