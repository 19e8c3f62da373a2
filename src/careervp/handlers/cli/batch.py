"""`careervp batch`: one letter per job posting (a folder, a CSV or a JSONL list), resumable. The run itself is in
batch_run.py, imported only when the command runs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from careervp.handlers.cli.common import BatchFormat, CLIError, fail, load_cv, load_settings, split_list
from careervp.models.tone import Tone


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
    from careervp.core.bootstrap import build
    from careervp.handlers.cli.batch_jobs import read_jobs
    from careervp.handlers.cli.batch_run import BatchOptions, CandidateCV, run_batch

    try:
        cv_model, cv_bytes = load_cv(cv)
        job_list = read_jobs(jobs)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CLIError(f"cannot create {out}: {exc.strerror or exc}") from exc
        settings = load_settings()
        try:
            container = build(settings)
        except Exception as exc:
            raise CLIError(f"invalid configuration: {exc}") from exc
    except CLIError as exc:
        raise fail(str(exc)) from None
    options = BatchOptions(out, fmt, tone, words, split_list(emphasis), concurrency, restart)
    if run_batch(container, cv, CandidateCV(cv_model, cv_bytes, cv.name), job_list, options):
        raise typer.Exit(code=1)
