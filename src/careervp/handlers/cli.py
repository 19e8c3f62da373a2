"""The command line: `careervp letter`, `careervp verify` (and `serve`, `token`, `batch` from sibling modules).

Every command goes through the same wiring as the HTTP API (`bootstrap.build`); errors print one line and exit
non-zero, never a traceback.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from careervp.core.bootstrap import Container, build
from careervp.core.settings import Settings
from careervp.ingest import CVReadError, PostingReadError, read_cv_file, read_posting
from careervp.logic.fvs import verify_letter
from careervp.logic.service import GenerationResult, UserContext
from careervp.models.api import CoverLetterRequest, Preferences, Tone
from careervp.models.cv import CV
from careervp.models.job import JobPosting
from careervp.models.records import RETENTION_DAYS, CVRecord, JobRecord

app = typer.Typer(
    name="careervp",
    help="Truthful, tailored cover letters: every fact checked against your CV.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

CLI_USER = "local-cli"


class OutputFormat(StrEnum):
    TEXT = "text"
    MD = "md"
    JSON = "json"
    DOCX = "docx"
    PDF = "pdf"


class CLIError(Exception):
    """A problem the user can fix; printed as one line."""


def fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=2)


@dataclass(frozen=True)
class Case:
    """One letter to write: the inputs of `careervp letter`, or one line of a pairs.jsonl."""

    cv: CV
    cv_bytes: bytes
    cv_name: str
    posting: JobPosting
    posting_text: str
    tone: Tone
    words: int
    emphasis: list[str]


def load_cv(path: Path) -> tuple[CV, bytes]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CLIError(f"cannot read CV file {path}: {exc.strerror or exc}") from exc
    try:
        return read_cv_file(path), data
    except CVReadError as exc:
        raise CLIError(f"{path}: {exc}") from exc


def load_posting(path: Path, company: str | None, title: str | None) -> tuple[JobPosting, str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CLIError(f"cannot read job posting {path}: {exc}") from exc
    try:
        return read_posting(text, company_name=company, job_title=title), text
    except PostingReadError as exc:
        raise CLIError(f"{path}: {exc}") from exc


def _digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


async def generate_case(container: Container, case: Case) -> GenerationResult:
    """Register the CV and posting under the local CLI user, then run the one pipeline."""
    now = container.clock.now()
    expires = now + timedelta(days=RETENTION_DAYS)
    cv_id = f"cv-{_digest(case.cv_bytes)}"
    job_id = f"job-{_digest(case.posting_text, case.posting.company_name, case.posting.job_title)}"
    repo = container.repository
    repo.put_cv(
        CVRecord(
            user_id=CLI_USER,
            cv_id=cv_id,
            filename=case.cv_name,
            content_type="application/octet-stream",
            cv=case.cv,
            created_at=now,
            expires_at=expires,
        )
    )
    repo.put_job(
        JobRecord(
            user_id=CLI_USER,
            job_id=job_id,
            company_name=case.posting.company_name,
            job_title=case.posting.job_title,
            description=case.posting_text,
            posting=case.posting,
            created_at=now,
            expires_at=expires,
        )
    )
    request = CoverLetterRequest(
        cv_id=cv_id,
        job_id=job_id,
        company_name=case.posting.company_name,
        job_title=case.posting.job_title,
        preferences=Preferences(tone=case.tone, word_count_target=case.words, emphasis_areas=case.emphasis or None),
    )
    return await container.service.generate(request, UserContext(CLI_USER, tier="enterprise"))


def _rendered(container: Container, result: GenerationResult, fmt: str) -> bytes:
    record = result.record
    assert record is not None
    data = container.service.letter_file(record, fmt)
    if data is None:
        raise CLIError(f"the {fmt} rendering of the letter is missing from the store")
    return data


def _emit(container: Container, result: GenerationResult, fmt: OutputFormat, out: Path | None) -> None:
    if fmt is OutputFormat.JSON:
        payload: bytes = result.body.model_dump_json(indent=2).encode() + b"\n"
    elif not result.code.is_success:
        raise CLIError(f"{result.code.value}: {getattr(result.body, 'error', '')}")
    elif fmt is OutputFormat.TEXT:
        payload = _rendered(container, result, "txt")
    else:
        payload = _rendered(container, result, fmt.value)
    if fmt in (OutputFormat.DOCX, OutputFormat.PDF) and out is None:
        raise CLIError(f"--format {fmt.value} writes a binary file: give --out FILE")
    if out is not None:
        try:
            out.write_bytes(payload)
        except OSError as exc:
            raise CLIError(f"cannot write {out}: {exc.strerror or exc}") from exc
        typer.echo(f"wrote {out}", err=True)
    else:
        text = payload.decode("utf-8")
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
    if fmt is not OutputFormat.JSON and result.code.is_success:
        _summary(result)


def _summary(result: GenerationResult) -> None:
    body = result.body
    fvs = body.fvs_validation
    verdict = "verified" if fvs is not None and fvs.is_valid else "NOT verified"
    quality = getattr(body, "quality_score", 0.0)
    typer.echo(f"[{result.code.value}] quality {quality:.2f}, facts {verdict}", err=True)
    for violation in fvs.violations if fvs else []:
        typer.echo(f"  {violation.severity.value}: {violation.message}", err=True)


def jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The non-blank lines of a JSONL file with their 1-based numbers; an unreadable file is a CLIError."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CLIError(f"cannot read {path}: {exc}") from exc
    return ((number, line) for number, line in enumerate(lines, start=1) if line.strip())


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in jsonl_lines(path):
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CLIError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(item, dict):
            raise CLIError(f"{path}:{number}: each line must be a JSON object")
        yield number, item


def _field(item: dict[str, Any], key: str, where: str) -> Any:
    if key not in item:
        raise CLIError(f"{where}: missing field '{key}'")
    return item[key]


def _settings() -> Settings:
    try:
        return Settings()
    except Exception as exc:
        raise CLIError(f"invalid configuration: {exc}") from exc


def _split(values: str | None) -> list[str]:
    return [v.strip() for v in (values or "").split(",") if v.strip()]


@app.command("letter")
def letter(
    cv: Annotated[Path | None, typer.Option("--cv", help="CV file: PDF, DOCX, Markdown, text or JSON Resume.")] = None,
    job: Annotated[Path | None, typer.Option("--job", help="Job posting, as text or Markdown.")] = None,
    company: Annotated[str | None, typer.Option("--company", help="Company name (else read from the posting).")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Job title (else read from the posting).")] = None,
    tone: Annotated[Tone, typer.Option("--tone")] = Tone.PROFESSIONAL,
    words: Annotated[int, typer.Option("--words", min=200, max=500, help="Target length in words.")] = 300,
    emphasis: Annotated[str | None, typer.Option("--emphasis", help="Comma-separated areas to stress.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.TEXT,
    out: Annotated[Path | None, typer.Option("--out", help="Write here instead of standard output.")] = None,
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="Run every line of a corpus pairs.jsonl.")] = None,
) -> None:
    """Write a cover letter for one CV and one job posting (or every pair of a pairs.jsonl)."""
    try:
        if jsonl is not None:
            _letters_jsonl(jsonl)
            return
        if cv is None or job is None:
            raise CLIError("give --cv FILE and --job FILE (or --jsonl PAIRS)")
        cv_model, cv_bytes = load_cv(cv)
        posting, text = load_posting(job, company, title)
        case = Case(cv_model, cv_bytes, cv.name, posting, text, tone, words, _split(emphasis))
        container = build(_settings())
        result = asyncio.run(generate_case(container, case))
        _emit(container, result, fmt, out)
        if not result.code.is_success:
            raise typer.Exit(code=1)
    except CLIError as exc:
        raise fail(str(exc)) from None


def _letters_jsonl(path: Path) -> None:
    base = path.parent
    container = build(_settings())
    for number, item in _read_jsonl(path):
        try:
            line = _letter_line(container, base, f"{path}:{number}", item)
        except (CLIError, ValueError) as exc:
            line = {"id": item.get("id"), "success": False, "code": "INVALID_REQUEST", "error": str(exc)}
        typer.echo(json.dumps(line))


def _letter_line(container: Container, base: Path, where: str, item: dict[str, Any]) -> dict[str, Any]:
    cv_model, cv_bytes = load_cv(base / _field(item, "cv", where))
    posting, text = load_posting(base / _field(item, "job", where), item.get("company_name"), item.get("job_title"))
    case = Case(
        cv_model,
        cv_bytes,
        str(item["cv"]),
        posting,
        text,
        Tone(item.get("tone", "professional")),
        int(item.get("word_count_target", 300)),
        list(item.get("emphasis_areas") or []),
    )
    result = asyncio.run(generate_case(container, case))
    return {"id": item.get("id"), **result.body.model_dump(mode="json")}


@app.command("verify")
def verify(
    cv: Annotated[Path | None, typer.Option("--cv")] = None,
    job: Annotated[Path | None, typer.Option("--job")] = None,
    company: Annotated[str | None, typer.Option("--company")] = None,
    title: Annotated[str | None, typer.Option("--title")] = None,
    letter_file: Annotated[str | None, typer.Option("--letter", help="Letter file, or - for standard input.")] = None,
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="Verify every line of a corpus fvs.jsonl.")] = None,
) -> None:
    """Check every fact of a letter against the CV and posting; prints the FVS result as JSON."""
    try:
        if jsonl is not None:
            _verify_jsonl(jsonl)
            return
        if cv is None or job is None or letter_file is None:
            raise CLIError("give --cv FILE --job FILE --letter FILE|- (or --jsonl FILE)")
        cv_model, _ = load_cv(cv)
        posting, _ = load_posting(job, company, title)
        text = _read_letter(letter_file)
        result = verify_letter(
            text,
            cv=cv_model,
            job=posting,
            company_name=company or posting.company_name,
            job_title=title or posting.job_title,
        )
        typer.echo(result.model_dump_json(indent=2))
        if not result.is_valid:
            raise typer.Exit(code=1)
    except CLIError as exc:
        raise fail(str(exc)) from None


def _read_letter(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CLIError(f"cannot read letter {source}: {exc}") from exc


def _verify_jsonl(path: Path) -> None:
    base = path.parent
    for number, item in _read_jsonl(path):
        where = f"{path}:{number}"
        company = str(_field(item, "company_name", where))
        title = str(_field(item, "job_title", where))
        cv_model, _ = load_cv(base / _field(item, "cv", where))
        posting, _ = load_posting(base / _field(item, "job", where), company, title)
        result = verify_letter(
            str(_field(item, "letter", where)), cv=cv_model, job=posting, company_name=company, job_title=title
        )
        typer.echo(json.dumps({"id": item.get("id"), **result.model_dump(mode="json")}))


# The other doors' commands; imported here, after the helpers they build on.
from careervp.handlers.cli_batch import batch  # noqa: E402
from careervp.handlers.cli_server import serve, token  # noqa: E402

app.command("batch")(batch)
app.command("serve")(serve)
app.command("token")(token)


def main() -> None:
    """Console entry point: typer's exit handling, and no traceback for anything unexpected."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # last resort: a user never sees a traceback
        typer.echo(f"error: unexpected failure ({type(exc).__name__}: {exc})", err=True)
        sys.exit(1)
