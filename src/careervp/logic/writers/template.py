"""The template writer: the offline, deterministic default, and the fallback when a model's letter fails FVS.

It writes through the composer (`composer.py`): a plan (`plan.py`) realised as four or five paragraphs, with CV
lines turned into sentences only when their grammar is certain (`realise.py`).
"""

from __future__ import annotations

import asyncio

from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.composer import compose
from careervp.models.api import FVSViolation
from careervp.models.letter import Draft


class TemplateWriter:
    """Implements the Writer port (and `OfflineWriter`); name "template"."""

    @property
    def name(self) -> str:
        return "template"

    async def write(
        self, brief: WritingBrief, *, feedback: list[FVSViolation] | None = None, stronger: bool = False
    ) -> Draft:
        return await asyncio.to_thread(self.write_now, brief, feedback=feedback)  # CPU work: off the event loop

    def write_now(self, brief: WritingBrief, *, feedback: list[FVSViolation] | None = None) -> Draft:
        avoid = [v.found for v in feedback or [] if v.found and len(v.found.strip()) >= 3]
        text, used = compose(brief, avoid=avoid)
        return Draft(text=text, evidence_used=used, writer=self.name)
