"""Markdown or plain-text CV -> CV. PDF and DOCX readers end here too, after extracting their text."""

from __future__ import annotations

from careervp.ingest.credentials import parse_certifications, parse_education, parse_skills
from careervp.ingest.errors import CVReadError
from careervp.ingest.experience import parse_experience
from careervp.ingest.job_entries import merge_twins, table_entries
from careervp.ingest.markup import Line, parse_lines, plain_text
from careervp.ingest.normalise import normalise_text
from careervp.ingest.profile import read_person
from careervp.ingest.sections import Section, split_sections
from careervp.models.cv import CV, Certification, Education, ExperienceEntry

NO_EXPERIENCE = (
    "No work experience could be recognised in this CV. Add a section such as 'Experience' with one line per job "
    "naming the job title, the employer and the dates (for example 'Senior Engineer — Acme Corp — 2019–2023')."
)


def _texts(lines: list[Line]) -> list[str]:
    return [
        " | ".join(c for c in line.cells if c) if line.kind == "row" else line.text
        for line in lines
        if line.kind != "blank"
    ]


def _experience(sections: list[Section]) -> list[ExperienceEntry]:
    summary = [entry for s in sections if s.kind != "experience" for entry in table_entries(s.lines)]
    # One job may be written in two experience sections (a "Career Summary" table and the "Experience" blocks).
    entries = merge_twins(
        [entry for s in sections if s.kind == "experience" for entry in parse_experience(s.lines, summary)]
    )
    if entries:
        return entries
    # No section called "Experience": accept dated jobs written anywhere else (a CV with unusual headings).
    fallback = [
        entry
        for s in sections
        if s.kind in {"header", "other"}
        for entry in parse_experience(s.lines)
        if entry.start is not None
    ]
    return fallback


def parse_text_cv(source: str) -> CV:
    """Read a CV written as Markdown or plain text; raise CVReadError when no job can be recognised."""
    source = normalise_text(source)
    lines = parse_lines(source)
    sections = split_sections(lines)
    experience = _experience(sections)
    if not experience:
        raise CVReadError(NO_EXPERIENCE)
    header = sections[0].lines
    contact = [line for s in sections if s.kind == "contact" for line in s.lines]
    person, header_leftovers = read_person(header, contact)

    education: list[Education] = []
    certifications: list[Certification] = []
    skills: list[str] = []
    seen_skills: set[str] = set()
    summary_parts: list[str] = []
    other: dict[str, list[str]] = {}
    for section in sections:
        if section.kind == "education":
            found, certs, leftovers = parse_education(section.lines)
            education.extend(found)
            certifications.extend(certs)
            if leftovers:
                other.setdefault(section.title, []).extend(leftovers)
        elif section.kind == "certifications":
            certifications.extend(parse_certifications(section.lines))
        elif section.kind == "skills":
            for skill in parse_skills(section.lines):
                if skill.lower() not in seen_skills:
                    seen_skills.add(skill.lower())
                    skills.append(skill)
        elif section.kind == "summary":
            summary_parts.extend(_texts(section.lines))
        elif section.kind == "other":
            texts = _texts(section.lines)
            if texts:
                other.setdefault(section.title, []).extend(texts)
    if not summary_parts:
        summary_parts = [text for text in header_leftovers if len(text.split()) >= 12]
    return CV(
        person=person,
        summary=" ".join(summary_parts) or None,
        experience=experience,
        education=education,
        certifications=certifications,
        skills=skills,
        other_sections=other,
        raw_text=plain_text(source),
    )
