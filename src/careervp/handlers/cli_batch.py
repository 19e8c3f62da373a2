"""`careervp batch`: one letter per job posting, with a progress bar, a summary table and a resumable summary.json.

Every letter goes through `cli.generate_case`, i.e. the same service as the API; this module only reads the list of
jobs, runs them a few at a time, writes the files and keeps the books. The books (`summary.json`) are rewritten after
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
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from careervp.core.bootstrap import Container, build
from careervp.core.settings import Settings
from careervp.handlers.cli import Case, CLIError, fail, generate_case, load_cv
from careervp.handlers.cli_batch_jobs import BatchJob, read_jobs
from careervp.logic.service import GenerationResult
from careervp.models.api import FVSValidation, Tone
from careervp.models.cv import CV

SUMMARY_FILE = "summary.json"

# Job lists may carry their own preferences; these are the defaults when neither the list nor the command gives one.
DEFAULT_TONE = Tone.PROFESSIONAL
DEFAULT_WORDS = 300


class BatchFormat(StrEnum):
    MD = "md"
    DOCX = "docx"
    PDF = "pdf"


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
            case = Case(
                self.candidate.cv,
                self.candidate.data,
                self.candidate.name,
                posting,
                text,
                self.tone or job.tone or DEFAULT_TONE,
                self.words or job.words or DEFAULT_WORDS,
                self.emphasis or job.emphasis,
            )
            result = await generate_case(self.container, case)
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


def batch(
    cv: Annotated[Path, typer.Option("--cv", help="Your CV: PDF, DOCX, Markdown, text or JSON Resume.")],
    jobs: Annotated[Path, typer.Option("--jobs", help="A folder of postings (.md/.txt), a .csv or a .jsonl file.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the letters and summary.json.")] = Path("letters"),
    tone: Annotated[Tone | None, typer.Option("--tone", help="Tone for every letter (else per job).")] = None,
    words: Annotated[int | None, typer.Option("--words", min=200, max=500, help="Target length in words.")] = None,
    emphasis: Annotated[str | None, typer.Option("--emphasis", help="Comma-separated areas to stress.")] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=32, help="Letters written at once.")] = 2,
    fmt: Annotated[BatchFormat, typer.Option("--format", help="File format of the letters.")] = BatchFormat.MD,
    restart: Annotated[bool, typer.Option("--restart", help="Rewrite every letter, even those done earlier.")] = False,
) -> None:
    """Write one cover letter per job posting; rerun to resume where it stopped."""
    try:
        cv_model, cv_bytes = load_cv(cv)
        job_list = read_jobs(jobs)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CLIError(f"cannot create {out}: {exc.strerror or exc}") from exc
        try:
            container = build(Settings())
        except Exception as exc:
            raise CLIError(f"invalid configuration: {exc}") from exc
    except CLIError as exc:
        raise fail(str(exc)) from None
    areas = [a.strip() for a in (emphasis or "").split(",") if a.strip()]
    runner = BatchRun(
        container,
        CandidateCV(cv_model, cv_bytes, cv.name),
        out,
        fmt,
        tone,
        words,
        areas,
        cv,
        {} if restart else load_summary(out),
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
        asyncio.run(runner.run(job_list, concurrency, progress))
    save_summary(out, cv, fmt, runner.entries)
    current = [runner.entries[j.key] for j in job_list]
    console = Console()
    # Piped to a file or a CI log, rich would assume 80 columns and fold every row; give the table room instead.
    (console if console.is_terminal else Console(width=160)).print(summary_table(current))
    failed = sum(1 for e in current if e.get("status") == JobStatus.FAILED)
    typer.echo(f"{len(current) - failed} of {len(current)} letters in {out} (summary: {out / SUMMARY_FILE})", err=True)
    if failed:
        raise typer.Exit(code=1)
