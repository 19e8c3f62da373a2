"""The Writer port: every writer (template, LLM) turns a brief into a draft."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from careervp.models.api import FVSViolation, Preferences
from careervp.models.cv import CV, Person
from careervp.models.evidence import EvidenceMap
from careervp.models.letter import Draft


class WritingBrief(BaseModel):
    """Everything a writer may use. Writers must state nothing that is not in `evidence`."""

    model_config = ConfigDict(frozen=True)

    evidence: EvidenceMap
    preferences: Preferences
    candidate: Person
    cv_text: str = ""
    """The CV's own words (its text, skills, credentials, other sections): never cited, only read, so that a letter
    never says the candidate lacks what the CV names."""


def cv_source_text(cv: CV) -> str:
    """Everything the CV says in words, for the check that a letter denies nothing the CV holds (a reader may leave a
    skills line or a table out of the evidence, never out of this)."""
    parts = [cv.raw_text, cv.summary or "", *cv.skills]
    parts += [" ".join(filter(None, (c.name, c.issuer))) for c in cv.certifications]
    parts += [" ".join(filter(None, (e.degree, e.field, e.institution, *e.details))) for e in cv.education]
    parts += [" ".join((e.title, e.employer, e.description or "", *e.achievements)) for e in cv.experience]
    parts += [line for lines in cv.other_sections.values() for line in lines]
    return "\n".join(p for p in parts if p)


class Writer(Protocol):
    @property
    def name(self) -> str: ...

    async def write(
        self, brief: WritingBrief, *, feedback: list[FVSViolation] | None = None, stronger: bool = False
    ) -> Draft:
        """Write a letter. `feedback` lists what a previous attempt got wrong; `stronger` asks for the better model."""
        ...


@runtime_checkable
class OfflineWriter(Writer, Protocol):
    """A writer that needs no I/O: `write_now` is its `write` as a plain call. A CPU stage that already runs away
    from the event loop writes with it directly, rather than paying for an event loop and a thread per letter."""

    def write_now(self, brief: WritingBrief, *, feedback: list[FVSViolation] | None = None) -> Draft: ...
