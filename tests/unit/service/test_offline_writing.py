"""A CPU stage writes the offline letter with a plain call: no event loop and no thread of its own per letter, and the
same letter as the writer's `write`."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from careervp.ingest import read_cv_file, read_posting
from careervp.logic.evidence import build_evidence_map
from careervp.logic.service.stages import write_offline, write_offline_letter
from careervp.logic.writers.base import OfflineWriter, WritingBrief
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import FVSViolation, Preferences
from careervp.models.letter import Draft

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "corpus_sample"


def _brief() -> WritingBrief:
    cv = read_cv_file(next(p for p in sorted((SAMPLE / "cvs").iterdir()) if p.suffix == ".md"))
    posting = read_posting((SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md").read_text(encoding="utf-8"))
    return WritingBrief(evidence=build_evidence_map(cv, posting), preferences=Preferences(), candidate=cv.person)


def test_the_template_writer_is_an_offline_writer_and_writes_the_same_letter_both_ways() -> None:
    brief = _brief()
    writer = TemplateWriter()
    assert isinstance(writer, OfflineWriter)
    assert writer.write_now(brief) == asyncio.run(writer.write(brief))


def test_a_stage_writes_the_offline_letter_in_its_own_thread_even_inside_a_running_loop() -> None:
    """`asyncio.run` cannot start inside a running loop, nor can its thread hop be skipped: the plain call needs
    neither, so the letter is written in the calling thread."""
    brief = _brief()
    threads: list[int] = []

    class Recording(TemplateWriter):
        def write_now(self, brief: WritingBrief, *, feedback: list[FVSViolation] | None = None) -> Draft:
            threads.append(threading.get_ident())
            return super().write_now(brief, feedback=feedback)

    async def inside_a_loop() -> Draft:
        return write_offline(Recording(), brief)

    draft = asyncio.run(inside_a_loop())
    assert threads == [threading.get_ident()]
    assert draft == TemplateWriter().write_now(brief)


class _AsyncOnly:
    """A writer with only the port's `write` (a test double of some other offline writer)."""

    @property
    def name(self) -> str:
        return "async-only"

    async def write(
        self, brief: WritingBrief, *, feedback: list[FVSViolation] | None = None, stronger: bool = False
    ) -> Draft:
        return Draft(text=f"Dear {brief.evidence.company_name} team,", writer=self.name)


def test_a_writer_without_a_plain_call_is_still_run_on_a_loop_of_its_own() -> None:
    brief = _brief()
    assert not isinstance(_AsyncOnly(), OfflineWriter)
    written = write_offline_letter(_AsyncOnly(), brief)
    assert written.draft.text == f"Dear {brief.evidence.company_name} team,"
