"""What a composed letter is made of: the CV results it cites, the sentences a short letter gains, and the facts
about the candidate's jobs that decide how a result is introduced."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from careervp.logic.text import split_sentences
from careervp.logic.writers import template_content as content
from careervp.logic.writers.grammar import is_finite_clause
from careervp.logic.writers.pieces import is_job_title
from careervp.logic.writers.standing import core_title
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind


@dataclass(frozen=True)
class Result:
    """One CV result the letter may cite: its sentence ("I trained ...") and the job it belongs to."""

    fact_id: str
    sentence: str
    job: int
    """Index of the job (newest first), -1 for a result outside any job."""
    dated: bool = False
    """Cited for its job: the sentence naming the job says since when it was held."""
    point: int = -1
    """Index of the plan's point (the requirement) the result answers; -1 for a result cited beyond the points."""


@dataclass(frozen=True)
class Addition:
    """A sentence a short letter gains outside the proof: in the opening ("why"), answering a must-have ("answer") or
    in the fit paragraph ("fit")."""

    place: str
    sentence: str


@dataclass(frozen=True)
class Letter:
    """What a letter says beyond what every letter says: the results it cites and the sentences it gains."""

    results: tuple[Result, ...]
    why: tuple[str, ...] = ()
    fit: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()
    """Sentences answering must-haves by a credential, years, a tool or a profile line: said before the gap."""

    def cites(self, result: Result) -> bool:
        """Whether the letter has this result already, or (for a result cited for its job) a result of its job."""
        return any(r.fact_id == result.fact_id or (result.dated and r.job == result.job) for r in self.results)

    def adding(self, addition: Result | Addition) -> Letter:
        if isinstance(addition, Result):
            return dataclasses.replace(self, results=(*self.results, addition))
        if addition.place == "why":
            return dataclasses.replace(self, why=(*self.why, addition.sentence))
        if addition.place == "answer":
            return dataclasses.replace(self, answers=(*self.answers, addition.sentence))
        return dataclasses.replace(self, fit=(*self.fit, addition.sentence))


def own_profile(evidence: EvidenceMap) -> str:
    """The profile's first sentence when the CV writes it in the first person ("I help families plan ahead ...") and
    it is a whole clause of a reasonable length; "" otherwise."""
    summary = next((f.text for f in evidence.facts if f.kind is FactKind.SUMMARY), "")
    first = split_sentences(summary)[0].strip() if summary.strip() else ""
    if not re.match(r"I [a-z]", first) or not first.endswith(".") or not is_finite_clause(first):
        return ""
    return first if len(first.split()) <= _LONGEST_PROFILE and first.count("(") == first.count(")") else ""


_LONGEST_PROFILE = 30


def said(result: Result) -> str:
    """What a result says, whatever its punctuation: two CV lines that differ only in a full stop are one result."""
    return re.sub(r"[^a-z0-9]+", " ", result.sentence.casefold()).strip()


def role_line(evidence: EvidenceMap, job: content.Job) -> EvidenceFact | None:
    return next(
        (f for f in evidence.facts if f.kind is FactKind.ROLE and (f.employer, f.role) == (job.employer, job.role)),
        None,
    )


def role_fact_id(evidence: EvidenceMap, job: content.Job) -> str:
    line = role_line(evidence, job)
    return line.fact_id if line is not None else ""


def held_years(evidence: EvidenceMap, job: content.Job) -> tuple[str | None, str | None]:
    """The years a job began and ended, from its role line ("Bridge Engineer at CDOT (Jun 2016 – Feb 2021)" ->
    ("2016", "2021")); the end is None for a job held now or a line with one year."""
    line = role_line(evidence, job)
    years = _YEAR.findall(line.text) if line is not None else []
    if len(years) > 1 and years[1] < years[0]:
        return None, None  # "Dec 2025 ... 2024": a line whose years run backwards dates nothing reliably
    return (years[0] if years else None), (years[1] if len(years) > 1 else None)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DATED_POST = re.compile(r"\b(?:from|since|until|to|in)\s+(?:19|20)\d\d\b", re.IGNORECASE)
_DURATION = re.compile(r"\b[\d,.]+[\s-]+(?:years?|months?|weeks?|hours?)\b", re.IGNORECASE)


def years_within_post(sentence: str, evidence: EvidenceMap, job: content.Job) -> bool:
    """Whether every year a sentence names falls inside the years its job was held, and it names no duration: then
    the years beside the job's name say what the CV says of that job ("over the 2019–2021 seasons")."""
    if _DURATION.search(sentence) or _DATED_POST.search(sentence):
        return False  # "as chef de partie from 2010": a post's own dates, a claim of their own
    start, end = held_years(evidence, job)
    years = [int(y) for y in _YEAR.findall(sentence)]
    if start is None or end is None or not years:
        return False
    return all(int(start) <= y <= int(end) for y in years)


def ongoing_jobs(evidence: EvidenceMap, jobs: list[content.Job]) -> frozenset[int]:
    """The jobs held now: the map's current one, and every other whose role line runs to "present"."""
    running = {(f.employer, f.role) for f in evidence.facts if f.kind is FactKind.ROLE and _RUNNING.search(f.text)}
    return frozenset(i for i, job in enumerate(jobs) if job.is_current or (job.employer, job.role) in running)


def main_job(evidence: EvidenceMap, jobs: list[content.Job], ongoing: frozenset[int]) -> int | None:
    """The job the letter introduces the candidate by: of the jobs held now, the first in the line of work applied
    for (a chaplain's hospital post before the board seat held alongside it), else the map's current one."""
    head = core_title(evidence.job_title).split()[-1:]
    for i in sorted(ongoing):
        if head and head[0].casefold() in jobs[i].title.casefold() and is_job_title(jobs[i].title):
            return i
    return next((i for i, job in enumerate(jobs) if job.is_current), min(ongoing) if ongoing else None)


_RUNNING = re.compile(r"[–—-]\s*(?:present|current|now)\b", re.IGNORECASE)
