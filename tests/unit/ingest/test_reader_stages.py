"""Each stage of the two text readers on its own: a CV's lines -> sections -> entries -> CV, and a posting's lines ->
top (title, company, location) -> body by section -> requirement lists."""

from __future__ import annotations

import pytest

from careervp.ingest.errors import CVReadError, PostingReadError
from careervp.ingest.markup import parse_lines
from careervp.ingest.posting import (
    MAX_POSTING_CHARS,
    PostingSections,
    must_haves,
    posting_lines,
    read_top,
    sort_body,
)
from careervp.ingest.text_cv import CVEntries, assemble_cv, cv_sections, read_entries

CV_TEXT = """# Dana Reyes
Registered nurse who has spent nine years caring for adults on busy surgical and medical wards.
dana@example.com

## Experience
**Charge Nurse** | St Mary's Hospital | 2019 - Present
- Led a team of 12 nurses on a 30-bed ward.

## Education
BSc Nursing, University of Leeds, 2014

## Skills
Triage, Wound care, triage

## Volunteering
Red Cross first-aid trainer
"""

POSTING = """# Ward Manager
Company: Northgate Health
Leeds, UK · Full-time

## What you'll do
- Run the surgical ward's rota

## Requirements
- NMC registration
- 5+ years of acute nursing

Location: Leeds, UK
Company: Northgate Health
"""


def test_cv_lines_are_grouped_into_sections_by_their_headings() -> None:
    sections = cv_sections(CV_TEXT)
    assert [(s.kind, s.title) for s in sections] == [
        ("header", ""),
        ("experience", "Experience"),
        ("education", "Education"),
        ("skills", "Skills"),
        ("other", "Volunteering"),
    ]


def test_sections_are_read_into_entries_with_skills_once_each() -> None:
    entries = read_entries(cv_sections(CV_TEXT))
    assert [(job.title, job.employer, job.is_current) for job in entries.experience] == [
        ("Charge Nurse", "St Mary's Hospital", True)
    ]
    assert [(e.degree, e.institution, e.year) for e in entries.education] == [
        ("BSc Nursing", "University of Leeds", 2014)
    ]
    assert entries.skills == ["Triage", "Wound care"]
    assert entries.other == {"Volunteering": ["Red Cross first-aid trainer"]}


def test_a_cv_without_any_job_stops_at_the_entries() -> None:
    with pytest.raises(CVReadError, match="No work experience"):
        read_entries(cv_sections("# Dana Reyes\n\n## Skills\nTriage\n"))


def test_the_cv_takes_its_summary_from_a_long_header_sentence_when_it_has_no_summary_section() -> None:
    sections = cv_sections(CV_TEXT)
    cv = assemble_cv(sections, read_entries(sections), raw_text="raw")
    assert cv.person.name == "Dana Reyes"
    assert cv.person.email == "dana@example.com"
    assert cv.summary is not None
    assert cv.summary.startswith("Registered nurse who has spent nine years")
    with_summary = CVEntries(experience=read_entries(sections).experience, summary=["Calm under pressure."])
    assert assemble_cv(sections, with_summary, raw_text="raw").summary == "Calm under pressure."


def test_posting_lines_are_the_non_blank_lines_after_the_checks() -> None:
    posting = posting_lines(POSTING)
    assert all(line.kind != "blank" for line in posting.lines)
    assert posting.lines[0].text == "Ward Manager"
    with pytest.raises(PostingReadError, match="empty"):
        posting_lines("  \n ")
    with pytest.raises(PostingReadError, match="too long"):
        posting_lines("x" * (MAX_POSTING_CHARS + 1))


def test_the_top_names_title_company_and_location_and_where_the_body_starts() -> None:
    top = read_top(posting_lines(POSTING).lines)
    assert (top.title, top.company, top.location, top.body_start) == (
        "Ward Manager",
        "Northgate Health",
        "Leeds, UK",
        3,
    )
    over_label = read_top(posting_lines("Senior Engineer\nCompany: Acme\n\nWe build tools.").lines)
    assert (over_label.title, over_label.company) == ("Senior Engineer", "Acme")
    body_first = read_top(posting_lines("We are a small bakery looking for help with early shifts.").lines)
    assert (body_first.title, body_first.body_start) == (None, 0)


def test_the_body_is_sorted_by_section_and_repeated_labels_are_dropped() -> None:
    posting = posting_lines(POSTING)
    sections = sort_body(posting.lines[3:], None)
    assert sections.bullets == {
        "responsibilities": ["Run the surgical ward's rota"],
        "must": ["NMC registration", "5+ years of acute nursing"],
    }
    assert sections.paragraphs == {}
    assert sections.location == "Leeds, UK"


def test_requirements_fall_back_to_loose_bullets_then_to_sentences_that_sound_like_requirements() -> None:
    assert must_haves(PostingSections(bullets={"must": ["NMC registration"]})) == ["NMC registration"]
    assert must_haves(PostingSections(bullets={None: ["A driving licence"], "nice": ["Welsh"]})) == [
        "A driving licence"
    ]
    prose = sort_body(parse_lines("We are friendly. You need 3 years of baking experience. We open at six."), None)
    assert must_haves(prose) == ["You need 3 years of baking experience."]
