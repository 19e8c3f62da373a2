"""The Writer port: every writer (template, LLM) turns a brief into a draft."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict

from careervp.models.api import FVSViolation, Preferences
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceMap
from careervp.models.letter import Draft


class WritingBrief(BaseModel):
    """Everything a writer may use. Writers must state nothing that is not in `evidence`."""

    model_config = ConfigDict(frozen=True)

    evidence: EvidenceMap
    preferences: Preferences
    candidate: Person


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
