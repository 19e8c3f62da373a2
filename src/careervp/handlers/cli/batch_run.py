"""The run behind `careervp batch`: one letter per job posting, with a progress bar, a summary table and a resumable
summary.json.

Every letter goes through the service's one pipeline, as the API's do; this module only runs the jobs a few at a
time, writes the files and keeps the books. The books (`summary.json`) are rewritten after
every job, so a run that is interrupted (Ctrl-C, a crash, a closed laptop) resumes where it stopped: a job whose letter
file exists and is recorded as written is skipped on the next run.
"""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from careervp.core.bootstrap import Container
from careervp.handlers.cli.batch_jobs import BatchJob
from careervp.handlers.cli.common import BatchFormat, CLIError
from careervp.handlers.cli.letters import generate
from careervp.models.api import FVSValidation
from careervp.models.cv import CV
from careervp.models.results import GenerationResult
from careervp.models.tone import Tone

SUMMARY_FILE = "summary.json"

# Job lists may carry their own preferences; these are the defaults when neither the list nor the command gives one.
DEFAULT_TONE = Tone.PROFESSIONAL
DEFAULT_WORDS = 300


class JobStatus(StrEnum):
    WRITTEN = "written"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class CandidateCV:
    cv: CV
    data: bytes
    name: str


# -- the books -----------------------------------------------------------------------------------------------------


def load_summary(out: Path) -> dict[str, dict[str, Any]]:
    """Entries of an earlier run, by job key; an unreadable summary just means starting afresh."""
    try:
        data = json.loads((out / SUMMARY_FILE).read_text(encoding="utf-8"))
        return {str(e["key"]): e for e in data.get("jobs", []) if isinstance(e, dict) and "key" in e}
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def save_summary(out: Path, cv_path: Path, fmt: BatchFormat, entries: dict[str, dict[str, Any]]) -> None:
    jobs = list(entries.values())
    body = {
        "cv": str(cv_path),
        "format": fmt.value,
        "updated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "totals": {
            "jobs": len(jobs),
            "written": sum(1 for j in jobs if j.get("status") in (JobStatus.WRITTEN, JobStatus.SKIPPED)),
            "failed": sum(1 for j in jobs if j.get("status") == JobStatus.FAILED),
        },
        "jobs": jobs,
    }
    _write_atomic(out / SUMMARY_FILE, json.dumps(body, indent=2, ensure_ascii=False).encode("utf-8") + b"\n")


def _write_atomic(path: Path, data: bytes) -> None:
    """Write then rename, so an interrupted run never leaves half a letter that the next run would skip."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def is_done(entry: dict[str, Any] | None, out: Path, filename: str) -> bool:
    return (
        entry is not None
        and entry.get("status") in (JobStatus.WRITTEN, JobStatus.SKIPPED)
        and entry.get("file") == filename
        and (out / filename).is_file()
    )


def fvs_verdict(fvs: FVSValidation | None) -> str:
    if fvs is None:
        return "not checked"
    if not fvs.is_valid:
        return "not verified"
    return "verified with warnings" if fvs.violations else "verified"


# -- running -------------------------------------------------------------------------------------------------------


@dataclass
class BatchRun:
    container: Container
    candidate: CandidateCV
    out: Path
    fmt: BatchFormat
    tone: Tone | None
    words: int | None
    emphasis: list[str]
    cv_path: Path
    entries: dict[str, dict[str, Any]]

    async def run(self, jobs: list[BatchJob], concurrency: int, progress: Progress) -> None:
        task = progress.add_task("letters", total=len(jobs))
        gate = asyncio.Semaphore(concurrency)

        async def one(job: BatchJob) -> None:
            filename = f"{job.key}.{self.fmt.value}"
            if is_done(self.entries.get(job.key), self.out, filename):
                self.entries[job.key] = {**self.entries[job.key], "status": JobStatus.SKIPPED.value}
            else:
                async with gate:
                    progress.update(task, description=job.key)
                    self.entries[job.key] = await self.write_one(job, filename)
                    save_summary(self.out, self.cv_path, self.fmt, self.entries)
            progress.advance(task)

        await asyncio.gather(*(one(job) for job in jobs))
        progress.update(task, description="done")

    async def write_one(self, job: BatchJob, filename: str) -> dict[str, Any]:
        entry: dict[str, Any] = {"key": job.key, "source": job.source, "company": None, "title": None}
        try:
            posting, text = job.load()
            entry.update(company=posting.company_name, title=posting.job_title)
            result = await generate(
                self.container,
                (self.candidate.cv, self.candidate.data, self.candidate.name),
                (posting, text),
                tone=self.tone or job.tone or DEFAULT_TONE,
                words=self.words or job.words or DEFAULT_WORDS,
                emphasis=self.emphasis or job.emphasis,
            )
            return self._record(entry, result, filename)
        except CLIError as exc:
            return _failed(entry, "INVALID_REQUEST", str(exc))
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
            return _failed(entry, "INVALID_REQUEST", problems)
        except Exception as exc:  # one job's surprise must not stop the others
            return _failed(entry, "INTERNAL_ERROR", f"{type(exc).__name__}: {exc}")

    def _record(self, entry: dict[str, Any], result: GenerationResult, filename: str) -> dict[str, Any]:
        body = result.body
        entry["fvs_verdict"] = fvs_verdict(body.fvs_validation)
        if not result.code.is_success or result.record is None:
            return _failed(entry, result.code.value, getattr(body, "error", "generation failed"))
        record = result.record
        data = self.container.service.letter_file(record, self.fmt.value)
        if data is None:
            return _failed(entry, "STORAGE_ERROR", f"the {self.fmt.value} rendering is missing from the store")
        _write_atomic(self.out / filename, data)
        return {
            **entry,
            "status": JobStatus.WRITTEN.value,
            "code": result.code.value,
            "quality": round(record.quality_score, 3),
            "violations": len(record.fvs_validation.violations),
            "file": filename,
            "version": record.version,
            "error": None,
        }


def _failed(entry: dict[str, Any], code: str, message: str) -> dict[str, Any]:
    return {
        **entry,
        "status": JobStatus.FAILED.value,
        "code": code,
        "quality": None,
        "file": None,
        "error": message,
    }


def summary_table(entries: list[dict[str, Any]]) -> Table:
    table = Table(title="Cover letters", show_lines=False)
    for name, justify in (("Company", "left"), ("Title", "left"), ("Quality", "right"), ("FVS", "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    longest = max((len(str(e.get("file") or "")) for e in entries), default=0)
    table.add_column("File", overflow="fold", min_width=min(50, longest))
    for e in entries:
        quality = f"{e['quality']:.2f}" if isinstance(e.get("quality"), int | float) else "-"
        if e.get("status") == JobStatus.FAILED:
            outcome = f"[red]failed[/red] {e.get('code')}: {e.get('error')}"
        else:
            outcome = e.get("file") or "-"
            outcome += " (done earlier)" if e.get("status") == JobStatus.SKIPPED else ""
        table.add_row(
            e.get("company") or "?", e.get("title") or e.get("key", "?"), quality, e.get("fvs_verdict") or "-", outcome
        )
    return table


@dataclass(frozen=True)
class BatchOptions:
    """The command's choices that apply to every job (None: each job's own, else the defaults)."""

    out: Path
    fmt: BatchFormat
    tone: Tone | None
    words: int | None
    emphasis: list[str]
    concurrency: int
    restart: bool


def run_batch(
    container: Container, cv_path: Path, candidate: CandidateCV, jobs: list[BatchJob], opts: BatchOptions
) -> int:
    """Write every job's letter with a progress bar, keep the books, print the table; returns how many failed."""
    runner = BatchRun(
        container,
        candidate,
        opts.out,
        opts.fmt,
        opts.tone,
        opts.words,
        opts.emphasis,
        cv_path,
        {} if opts.restart else load_summary(opts.out),
    )
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
    )
    with progress:
        asyncio.run(runner.run(jobs, opts.concurrency, progress))
    save_summary(opts.out, cv_path, opts.fmt, runner.entries)
    current = [runner.entries[j.key] for j in jobs]
    console = Console()
    # Piped to a file or a CI log, rich would assume 80 columns and fold every row; give the table room instead.
    (console if console.is_terminal else Console(width=160)).print(summary_table(current))
    failed = sum(1 for e in current if e.get("status") == JobStatus.FAILED)
    summary = opts.out / SUMMARY_FILE
    typer.echo(f"{len(current) - failed} of {len(current)} letters in {opts.out} (summary: {summary})", err=True)
    return failed
