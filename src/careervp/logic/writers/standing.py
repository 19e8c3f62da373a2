"""Where the candidate stands against the role, before a word is written: whether the application is a reach (the
job title's own line of work or licence is one the CV never held), and whether a count of years may be stated.

A letter that writes an optician's application for an optometrist's post as if the fit were normal hurts the
candidate; a careful letter names the reach first, then says what the candidate does bring. A count of years under
the posting's minimum ("more than 4 years" against "5+ years") argues against the candidate, so it is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careervp.logic.evidence.rules import required_years
from careervp.logic.writers.company import plain_title
from careervp.logic.writers.honesty import cv_speaks_to
from careervp.logic.writers.plan import LetterPlan
from careervp.models.evidence import EvidenceMap, FactKind, RequirementCategory
from careervp.vocabulary.lemmas import getAllLemmas

_SEPARATOR = re.compile(r"\s+[–—|-]\s+|:|\(|,|/")
_RANKS = re.compile(
    r"\b(?:associate|assistant|senior|junior|staff|lead|chief|principal|head|deputy|trainee|graduate|full[\s-]time|"
    r"part[\s-]time|[IVX]{1,4}|\d)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reach:
    title: str
    """The line of work the candidate has not held, as a job: "Optometrist", "Sparkling Winemaker"."""
    held: str | None
    """The candidate's own line of work, for the sentence that follows: "Lead Optician"."""


def core_title(job_title: str) -> str:
    """ "Associate Optometrist – Full Time" -> "Optometrist": the title without its rank, level or shift."""
    head = _SEPARATOR.split(plain_title(job_title))[0]
    words = _RANKS.sub(" ", head).split()
    return " ".join(words) or head.strip()


def _stem(word: str) -> str:
    lemmas = getAllLemmas(word.casefold())
    lemma = next(iter(lemmas.values()))[0] if lemmas else word.casefold()
    return re.sub(r"(?:er|or|ist|ian|ing|ry)$", "", lemma)


def reach(evidence: EvidenceMap, plan: LetterPlan, cv_text: str) -> Reach | None:
    """The reach the letter must name first, or None: the title's head word (the kind of job) appears in none of
    the candidate's roles, and the posting's must-haves hold a gap the CV does not speak to (a missing licence, or
    experience it never had)."""
    core = core_title(evidence.job_title)
    words = core.split()
    if not words:
        return None
    head = _stem(words[-1])
    roles = [f.role or "" for f in evidence.facts if f.kind is FactKind.ROLE] + [evidence.current_role or ""]
    if any(head and head in {_stem(w) for w in re.findall(r"[A-Za-z]+", role)} for role in roles):
        return None
    must_gaps = [r for r in evidence.requirements if r.category is RequirementCategory.MUST_HAVE and r.is_gap]
    licence = plan.gap is not None and plan.gap.is_credential
    unmet = [r for r in must_gaps if required_years(r.requirement) is None or head in r.requirement.casefold()]
    if not licence and len(unmet) < _UNMET_FOR_REACH:
        return None
    if cv_speaks_to(core, evidence, cv_text):
        return None  # the CV names the work itself: no claim that the candidate never did it
    return Reach(core, evidence.current_role)


_UNMET_FOR_REACH = 2
"""Must-haves unmet (beyond a span of years) that make a change of field a reach rather than a gap."""
