"""Everything a letter may draw on, indexed for lookup: the CV (structured fields and raw text), the gap answers and
the posting.

The structured CV can miss facts its reader did not model (awards, projects), so every lookup also searches the raw
text; and the raw text can be missing (a CV built in code), so the structured fields are rendered to text as well.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from typing import Any, TypeVar, cast

from careervp.logic.fvs.tenures import Tenure, entry_tenure, merge_tenures, year_ranges
from careervp.logic.numbers import Quantity, extract_quantities, with_table_units
from careervp.models.api import GapResponses
from careervp.models.cv import CV, ExperienceEntry
from careervp.models.job import JobPosting
from careervp.vocabulary import company_matches, find_skills, implied_skills, skill_key

_FILLER = frozenset(["and", "or", "of", "the", "a", "an", "in", "for", "with", "to"])


_SUFFIX = re.compile(r"(?:ing|ed|ers|er|es|s|ation|ment)$")
_POSSESSIVE = re.compile(r"['’]s\b")
# Slashes separate too, on both sides of a lookup: "Adobe InCopy/InDesign" names InCopy, "CI/CD" stays "ci cd".
_PUNCTUATION = re.compile(r"[^\w+#]+|(?<!\w)#")


def _stem(word: str) -> str:
    """A crude stem so "engineering" finds "engineer" and "forecasts" finds "forecasting"."""
    return _SUFFIX.sub("", word) if len(word) > 5 else word


@lru_cache(maxsize=8192)  # pure; asked for every CV and posting line, and the same phrases, on every letter
def normalise(text: str) -> str:
    """Lower case, possessives and punctuation removed, single spaces: the form substring lookups use."""
    text = text.casefold().replace("&", " and ")
    text = _POSSESSIVE.sub("", text)
    text = _PUNCTUATION.sub(" ", text)
    return f" {' '.join(text.split())} "


_LIST_PARTS = re.compile(r"\s[·|•]\s|;\s|,\s(?=[A-Z])")
PENDING = re.compile(  # words saying a credential is still to come
    r"\b(?:candidate|candidacy|working\s+towards?|pursuing|in\s+progress|expected|studying\s+for|preparing\s+for|"
    r"not\s+yet|enrolled|in\s+training|anticipated|pending|studying|exam\s+booked|completing|"
    r"due(?:\s+to\s+complete)?\s+(?:in\s+)?(?:19|20)\d\d|(?:year|yr)\s+\d\s+of\s+\d|(?:19|20)\d\d\s*[–—-]\s*(?:present|now|date))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)  # whole CV and posting texts: read again for every letter checked against them
def _skill_keys_in(text: str) -> frozenset[str]:
    """Skills a text names, the parts of slashed compounds included: "Excel/VBA" names Excel and VBA (a name that
    is itself slashed, "PL/SQL" or "CI/CD", is found whole first)."""
    whole = {skill_key(name) for name, _ in find_skills(text)}
    parts = {skill_key(name) for name, _ in find_skills(_SLASH.sub(" / ", text))}
    return frozenset(whole | parts)


_SLASH = re.compile(r"(?<=\w)/(?=\w)")


_BETWEEN_JOBS = 365  # days: a gap this short is time between contracts, not the end of a career


@dataclass(frozen=True)
class SourceLine:
    text: str
    norm: str
    origin: str  # "cv", "gap" or "posting"


def _cv_lines(cv: CV) -> list[str]:
    lines: list[str] = [cv.person.name, cv.person.headline or "", cv.person.location or "", cv.summary or ""]
    for entry in cv.experience:
        dates = " ".join(
            str(p.year) + (f"-{p.month:02d}" if p.month else "") for p in (entry.start, entry.end) if p is not None
        )
        lines.append(f"{entry.title} — {entry.employer} {entry.location or ''} {dates}")
        lines.extend([entry.description or "", *entry.achievements])
    for edu in cv.education:
        # Written the way a degree is named ("MA in Town Planning, University of Sheffield, 2015"), so the degree
        # reader finds it whatever layout the CV used.
        degree = re.sub(
            r"^(BS|BA|MS|MA|MD|JD|AS|AA)\s+(?!in\b)", r"\1 in ", " in ".join(x for x in (edu.degree, edu.field) if x)
        )
        lines.append(", ".join(str(x) for x in (degree, edu.institution, edu.year) if x))
        lines.extend(edu.details)
    for cert in cv.certifications:
        lines.append(" ".join(str(x) for x in (cert.name, cert.issuer, cert.year) if x))
    lines.append(", ".join(cv.skills))
    for name, items in cv.other_sections.items():
        lines.append(name)
        lines.extend(items)
    lines.extend(cv.raw_text.splitlines())
    return [line for line in lines if line.strip()]


def _posting_lines(job: JobPosting | None, company_name: str, job_title: str) -> list[str]:
    lines = [company_name, job_title]
    if job is not None:
        lines += [job.company_name, job.job_title, *job.about, *job.responsibilities, *job.must_have]
        lines += [*job.nice_to_have, *job.benefits, ", ".join(job.keywords), job.location or ""]
        lines += job.raw_text.splitlines()
    return [line for line in lines if line.strip()]


@lru_cache(maxsize=64)  # the whole source text: the same for every letter checked against one CV and posting
def literal_acronyms(text: str) -> frozenset[str]:
    """The acronyms a text writes ("TCO", "CQM", "ISO")."""
    return frozenset(re.findall(r"\b[A-Z][A-Z0-9&]{1,7}\b", text))


_T = TypeVar("_T")
_HEADER_WITH_UNIT = re.compile(r"^\W*(?P<name>[^—–|·]+?)\s*(?:\s[—–-]\s|\||·)\s*(?P<unit>[^,|·—–(]+)")


@dataclass
class Sources:
    cv: CV
    job: JobPosting | None
    company_name: str
    job_title: str
    gap_responses: GapResponses | None
    today: date
    lines: list[SourceLine] = field(default_factory=list)
    _derived: dict[Callable[[Sources], Any], Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def derived(self, compute: Callable[[Sources], _T]) -> _T:
        """`compute(self)`, worked out once per Sources: a check's tables built from the CV and posting alone."""
        known = self._derived[compute] if compute in self._derived else self._derived.setdefault(compute, compute(self))
        return cast(_T, known)

    def __post_init__(self) -> None:
        gap_lines: list[str] = []
        if self.gap_responses is not None:
            for response in self.gap_responses.responses:
                gap_lines.extend(response.response_text.splitlines())
                gap_lines.append(", ".join(response.skills_mentioned))
        self.lines = (
            [SourceLine(t, normalise(t), "cv") for t in _cv_lines(self.cv)]
            + [SourceLine(t, normalise(t), "gap") for t in gap_lines if t.strip()]
            + [
                SourceLine(t, normalise(t), "posting")
                for t in _posting_lines(self.job, self.company_name, self.job_title)
            ]
        )

    # --- texts -------------------------------------------------------------------------------------------------
    @cached_property
    def candidate_text(self) -> str:
        """What the candidate may claim: the CV and their own gap answers."""
        return "\n".join(line.text for line in self.lines if line.origin != "posting")

    @cached_property
    def posting_text(self) -> str:
        return "\n".join(line.text for line in self.lines if line.origin == "posting")

    @cached_property
    def posting_common_words(self) -> frozenset[str]:
        """Words the posting writes in lower case: its common nouns and verbs ("our clinical nutrition team")."""
        return frozenset(re.findall(r"(?<![\w-])[a-z][a-z'’-]+", self.posting_text))

    @cached_property
    def all_text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @cached_property
    def candidate_norm(self) -> str:
        return normalise(self.candidate_text)

    @cached_property
    def posting_norm(self) -> str:
        return normalise(self.posting_text)

    @cached_property
    def all_norm(self) -> str:
        return normalise(self.all_text)

    def candidate_says(self, phrase: str) -> bool:
        key = normalise(phrase)
        return key.strip() != "" and key in self.candidate_norm

    def posting_says(self, phrase: str) -> bool:
        key = normalise(phrase)
        return key.strip() != "" and key in self.posting_norm

    def anyone_says(self, phrase: str) -> bool:
        key = normalise(phrase)
        return key.strip() != "" and key in self.all_norm

    def candidate_says_with_aliases(self, phrase: str) -> bool:
        """ "Certified K8s Administrator" when the CV says "Certified Kubernetes Administrator": the phrase, or the
        phrase with each skill alias replaced by its canonical name."""
        if self.candidate_says(phrase):
            return True
        canonical = phrase
        for name, (start, end) in reversed(find_skills(phrase)):
            canonical = canonical[:start] + name + canonical[end:]
        return canonical != phrase and self.candidate_says(canonical)

    def candidate_has_all_words(self, name: str) -> bool:
        """ "Accounts receivable" when a CV line says "accounts payable and receivable": every word of the name in
        one line (words scattered over the CV do not make "Certified Management Accountant")."""
        words = [w for w in re.findall(r"[a-z0-9+#]+", name.casefold()) if w not in _FILLER]
        if len(words) < 2:
            return False
        stems = [f" {_stem(w)}" for w in words]
        return any(all(s in line.norm for s in stems) for line in self.lines if line.origin != "posting")

    def candidate_has_word(self, word: str) -> bool:
        """A word, or another form of it ("teaching" for "teacher"), in the candidate's materials; a hyphenated word
        as the CV may write it ("all-lines" for "All Lines")."""
        parts = normalise(word).split()
        return bool(parts) and f" {' '.join([*parts[:-1], _stem(parts[-1])])}" in self.candidate_norm

    def holds_credential(self, name: str) -> bool:
        """The CV names the credential as held: in some line, the part naming it ("CFA Candidate · CPA") does not
        say it is still to come ("candidate", "working towards", "in progress")."""
        key = normalise(name)
        for line in self.candidate_lines_with(name):
            parts = [part for part in _LIST_PARTS.split(line.text) if key in normalise(part)]
            if any(not PENDING.search(part) for part in parts or [line.text]):
                return True
        return False

    def candidate_lines_with(self, phrase: str) -> list[SourceLine]:
        key = normalise(phrase)
        return [line for line in self.lines if line.origin != "posting" and key in line.norm]

    def candidate_lines_with_words(self, phrase: str) -> list[SourceLine]:
        """Lines holding the phrase, or every word of it apart ("ASQ CQE" in "ASQ Certified Quality Engineer (CQE)")."""
        found = self.candidate_lines_with(phrase)
        return found or self.candidate_lines_with_every_word(phrase)

    def candidate_lines_with_every_word(self, phrase: str) -> list[SourceLine]:
        """Lines holding every word of a phrase of two or more words, together or apart."""
        words = [w for w in re.findall(r"[a-z0-9+#]+", phrase.casefold()) if w not in _FILLER]
        if len(words) < 2:
            return []
        stems = [f" {_stem(w)}" for w in words]
        return [line for line in self.lines if line.origin != "posting" and all(s in line.norm for s in stems)]

    # --- organisations and roles -------------------------------------------------------------------------------
    @cached_property
    def employers(self) -> list[str]:
        return [entry.employer for entry in self.cv.experience if entry.employer.strip()]

    @cached_property
    def organisations(self) -> list[str]:
        """Every organisation the CV names as a structured field: employers, schools, certificate issuers."""
        names = list(self.employers)
        names += [edu.institution for edu in self.cv.education if edu.institution]
        names += [cert.issuer for cert in self.cv.certifications if cert.issuer]
        return names

    def employer_entries(self, mention: str) -> list[ExperienceEntry]:
        """The jobs at the organisation the mention names, under any of the names the CV gives it ("Pueblo Regional
        Emergency Communications Center (PRECC)" for one job, "PRECC" for the next)."""
        named = [
            entry.employer
            for entry in self.cv.experience
            if company_matches(mention, entry.employer)
            or any(company_matches(mention, unit) for unit in self._units_of.get(entry.employer, ()))
        ]
        return [
            entry
            for entry in self.cv.experience
            if any(entry.employer == n or company_matches(entry.employer, n) for n in named)
        ]

    @cached_property
    def _units_of(self) -> dict[str, list[str]]:
        """The part of an organisation a job header names after it: "RIO HONDO UNIFIED SCHOOL DISTRICT — Los Cerritos
        High School, Whittier, CA" (a school of the district, a site of the company, a ward of the hospital)."""
        employers = {e.employer.casefold(): e.employer for e in self.cv.experience if len(e.employer) > 3}
        units: dict[str, list[str]] = {}
        for line in self.cv.raw_text.splitlines():  # one pass over the CV, whatever the number of jobs
            header = _HEADER_WITH_UNIT.match(line)
            employer = employers.get(header.group("name").strip(" *_#").casefold()) if header else None
            if header is not None and employer is not None:
                units.setdefault(employer, []).append(header.group("unit").strip())
        return units

    def is_employer(self, mention: str) -> bool:
        return bool(self.employer_entries(mention))

    def is_target_company(self, mention: str) -> bool:
        names = [self.company_name] + ([self.job.company_name] if self.job is not None else [])
        return any(company_matches(mention, name) for name in names if name)

    # --- skills ------------------------------------------------------------------------------------------------
    @cached_property
    def candidate_skill_keys(self) -> set[str]:
        keys = set(_skill_keys_in(self.candidate_text))
        keys |= {skill_key(skill) for skill in self.cv.skills}
        if self.gap_responses is not None:
            keys |= {skill_key(s) for r in self.gap_responses.responses for s in r.skills_mentioned}
        return keys | {skill_key(broad) for key in keys for broad in implied_skills(key)}

    @cached_property
    def posting_skill_keys(self) -> set[str]:
        keys = set(_skill_keys_in(self.posting_text))
        if self.job is not None:
            keys |= {skill_key(k) for k in self.job.keywords}
        return keys

    # --- numbers and time --------------------------------------------------------------------------------------
    @cached_property
    def candidate_quantities(self) -> list[tuple[Quantity, SourceLine]]:
        lines = [line for line in self.lines if line.origin != "posting"]
        return [(q, line) for line, quantities in zip(lines, with_table_units([x.text for x in lines]), strict=True)
                for q in quantities]  # fmt: skip

    @cached_property
    def posting_quantities(self) -> list[tuple[Quantity, SourceLine]]:
        return [(q, line) for line in self.lines if line.origin == "posting" for q in extract_quantities(line.text)]

    @cached_property
    def tenures(self) -> list[tuple[ExperienceEntry, Tenure]]:
        pairs = [(entry, entry_tenure(entry, self.today)) for entry in self.cv.experience]
        return [(entry, tenure) for entry, tenure in pairs if tenure is not None]

    @cached_property
    def career(self) -> Tenure | None:
        """From the first start to the last end, or to today when the last job ended within the year (seasonal and
        contract work runs on between jobs). When the reader found no dates, the year ranges written in the raw text
        stand in ("2016 - 2019", "2021 – Present"), so a missed date never turns into a false alarm."""
        dated = merge_tenures([tenure for _, tenure in self.tenures])
        if dated is not None and (self.today - dated.latest_end).days < _BETWEEN_JOBS:
            return dataclasses.replace(dated, latest_end=self.today)
        return dated if dated is not None else merge_tenures(year_ranges(self.cv.raw_text, self.today))

    @cached_property
    def candidate_years(self) -> set[int]:
        """Calendar years the candidate's materials mention, including every year inside a dated job."""
        years = {int(q.value) for q, _ in self.candidate_quantities if q.kind == "time"}
        for _, tenure in self.tenures:
            years.update(range(tenure.earliest_start.year, tenure.latest_end.year + 1))
        years.update(edu.year for edu in self.cv.education if edu.year)
        years.update(cert.year for cert in self.cv.certifications if cert.year)
        return years
