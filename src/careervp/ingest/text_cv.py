"""Markdown or plain-text CV -> CV. PDF and DOCX readers end here too, after extracting their text.

Four stages, each with its own result: lines (markup.py) -> sections (sections.py) -> entries (CVEntries: jobs,
degrees, certifications, skills) -> the CV, with the person read from the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careervp.ingest.credentials import parse_certifications, parse_skills
from careervp.ingest.dates import find_date_range
from careervp.ingest.education import parse_education
from careervp.ingest.errors import CVReadError
from careervp.ingest.experience import parse_experience
from careervp.ingest.job_entries import merge_twins, table_entries
from careervp.ingest.line_shapes import is_career_break
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
    # A table of jobs (dates, employer, title) under the CV's head, with no "Experience" heading anywhere.
    return fallback or [entry for entry in summary if entry.start is not None]


def _titled(entries: list[ExperienceEntry], header: list[Line]) -> list[ExperienceEntry]:
    """Jobs written without a title (a contractor's dated list of placements) hold the post the CV's head names
    ("Shauna Brennan — travel school-based COTA"); without one, they cannot be read as jobs."""
    if all(entry.title for entry in entries):
        return entries
    headline = read_person(header, [])[0].headline or ""
    head = re.split(r"\s*[,·|•]\s*", headline)[0].strip()  # "Shepherd · Shearer · Lambing contractor": the first
    head = head if len(head.split()) <= 6 and not any(c.isdigit() for c in head) else ""
    return [
        entry.model_copy(update={"title": head}) if not entry.title else entry
        for entry in entries
        if head or entry.title
    ]


# Sentences run together on one line: "Millbrook HS 2012. Refs on request." A list of skills is cut by commas or dots.
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)]{2})\.\s+(?=[A-Z])")
_LIST_MARKS = re.compile(r"\s[·•|/]\s|;|,(?![^()]*\))")


def _remark_line(line: Line) -> bool:
    """A line of sentences closing a skills list ("Millbrook HS 2012. Refs on request."): no list marks outside
    brackets, two sentences or more. It says something about the writer; it names no skill."""
    text = line.text.strip()
    return (
        line.kind == "text"
        and text.endswith(".")
        and _SENTENCE_BREAK.search(text) is not None
        and not _LIST_MARKS.search(text)
    )


def _add_remarks(entries: CVEntries, text: str) -> None:
    """Each sentence of a remark line: a school and its year is education, anything else is kept as written."""
    for sentence in _SENTENCE_BREAK.split(text.strip()):
        found, certs, _ = parse_education([Line("text", sentence.strip(" ."))])
        if found and found[0].institution:
            entries.education.extend(found)
            entries.certifications.extend(certs)
        else:
            entries.add_other("Other", [sentence.strip()])


@dataclass
class CVEntries:
    """What a CV's sections hold, read into entries, before they become a CV."""

    experience: list[ExperienceEntry]
    education: list[Education] = field(default_factory=list)
    certifications: list[Certification] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    other: dict[str, list[str]] = field(default_factory=dict)

    def add_skills(self, skills: list[str]) -> None:
        """Skills in the order the CV lists them, each once whatever its case."""
        seen = {skill.lower() for skill in self.skills}
        for skill in skills:
            if skill.lower() not in seen:
                seen.add(skill.lower())
                self.skills.append(skill)

    def add_other(self, title: str, texts: list[str]) -> None:
        if texts:
            self.other.setdefault(title, []).extend(texts)


def cv_sections(source: str) -> list[Section]:
    """Stages 1 and 2: the text's lines (Markdown, tables, bullets), grouped into sections by their headings."""
    return split_sections(parse_lines(source))


def _add_section(entries: CVEntries, section: Section) -> None:
    if section.kind == "education":
        found, certs, leftovers = parse_education(section.lines)
        entries.education.extend(found)
        entries.certifications.extend(certs)
        entries.add_other(section.title, leftovers)
    elif section.kind == "certifications":
        entries.certifications.extend(parse_certifications(section.lines))
    elif section.kind == "skills":
        listed = [line for line in section.lines if not _remark_line(line)]
        entries.add_skills(parse_skills(listed))
        for line in section.lines:
            if _remark_line(line):
                _add_remarks(entries, line.text)
    elif section.kind == "summary":
        entries.summary.extend(_texts(section.lines))
    elif section.kind == "other":
        entries.add_other(section.title, _texts(section.lines))


def _a_break(job: ExperienceEntry) -> bool:
    """ "10/2016 – 07/2017 · Career break — travel": a row of the work history that holds no job."""
    return is_career_break(job.title) or is_career_break(job.employer)


def _break_row(job: ExperienceEntry) -> str:
    years = "–".join(str(when.year) for when in (job.start, job.end) if when)
    return f"{job.title} — {job.employer} ({years})"


def _break_lines(sections: list[Section]) -> list[str]:
    """Each career break written in a work history, with the dates line under it: the years a letter may give it."""
    found = []
    for section in (s for s in sections if s.kind == "experience"):
        texts = [line.text for line in section.lines if line.kind != "blank"]
        for index, text in enumerate(texts):
            dates = texts[index + 1 : index + 2] if index + 1 < len(texts) and find_date_range(texts[index + 1]) else []
            found += [" ".join([text, *dates])] if is_career_break(text) else []
    return found


def read_entries(sections: list[Section]) -> CVEntries:
    """Stage 3: jobs, degrees, certifications, skills, summary and other sections; CVReadError without any job."""
    jobs = _titled(_experience(sections), sections[0].lines)
    experience = [job for job in jobs if not _a_break(job)]
    if not experience:
        raise CVReadError(NO_EXPERIENCE)
    entries = CVEntries(experience=experience)
    entries.add_other("Career breaks", [*_break_lines(sections), *(_break_row(job) for job in jobs if _a_break(job))])
    for section in sections:
        _add_section(entries, section)
    return entries


def assemble_cv(sections: list[Section], entries: CVEntries, raw_text: str) -> CV:
    """Stage 4: the person from the header and contact sections, and the entries, as one CV. Without a summary
    section, a long sentence left in the header is the summary."""
    contact = [line for s in sections if s.kind == "contact" for line in s.lines]
    person, header_leftovers = read_person(sections[0].lines, contact)
    summary = entries.summary or [text for text in header_leftovers if len(text.split()) >= 12]
    return CV(
        person=person,
        summary=" ".join(summary) or None,
        experience=entries.experience,
        education=entries.education,
        certifications=entries.certifications,
        skills=entries.skills,
        other_sections=entries.other,
        raw_text=raw_text,
    )


def parse_text_cv(source: str) -> CV:
    """Read a CV written as Markdown or plain text; raise CVReadError when no job can be recognised."""
    source = normalise_text(source)
    sections = cv_sections(source)
    return assemble_cv(sections, read_entries(sections), plain_text(source))
