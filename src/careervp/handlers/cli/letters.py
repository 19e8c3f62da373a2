"""`careervp letter` (write a letter for a CV and a posting, or every pair of a pairs.jsonl) and `careervp verify`
(check every fact of a letter against the CV and posting)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from careervp.handlers.cli.common import (
    CLI_TIER,
    CLI_USER,
    CLIError,
    OutputFormat,
    fail,
    field,
    load_cv,
    load_posting,
    load_settings,
    read_jsonl,
    split_list,
)
from careervp.models.tone import Tone

if TYPE_CHECKING:
    from careervp.core.bootstrap import Container
    from careervp.models.cv import CV
    from careervp.models.job import JobPosting
    from careervp.models.results import GenerationResult


async def generate(
    container: Container,
    cv: tuple[CV, bytes, str],
    posting: tuple[JobPosting, str],
    *,
    tone: Tone,
    words: int,
    emphasis: list[str],
) -> GenerationResult:
    """One letter under the local CLI user, through the service's one pipeline."""
    from careervp.models.api import Preferences
    from careervp.models.results import LetterCase, UserContext

    preferences = Preferences(tone=tone, word_count_target=words, emphasis_areas=emphasis or None)
    case = LetterCase(cv[0], cv[1], cv[2], posting[0], posting[1], preferences)
    return await container.service.generate_case(case, UserContext(CLI_USER, tier=CLI_TIER))


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
    import asyncio  # with its ssl support, a tenth of `careervp --help`'s imports: loaded when a letter is written

    from careervp.core.bootstrap import build

    try:
        if jsonl is not None:
            _letters_jsonl(jsonl)
            return
        if cv is None or job is None:
            raise CLIError("give --cv FILE and --job FILE (or --jsonl PAIRS)")
        cv_model, cv_bytes = load_cv(cv)
        posting = load_posting(job, company, title)
        container = build(load_settings())
        result = asyncio.run(
            generate(
                container, (cv_model, cv_bytes, cv.name), posting, tone=tone, words=words, emphasis=split_list(emphasis)
            )
        )
        _emit(container, result, fmt, out)
        if not result.code.is_success:
            raise typer.Exit(code=1)
    except CLIError as exc:
        raise fail(str(exc)) from None


def _letters_jsonl(path: Path) -> None:
    from careervp.core.bootstrap import build

    base = path.parent
    container = build(load_settings())
    for number, item in read_jsonl(path):
        try:
            line = _letter_line(container, base, f"{path}:{number}", item)
        except (CLIError, ValueError) as exc:
            line = {"id": item.get("id"), "success": False, "code": "INVALID_REQUEST", "error": str(exc)}
        typer.echo(json.dumps(line))


def _letter_line(container: Container, base: Path, where: str, item: dict[str, Any]) -> dict[str, Any]:
    import asyncio

    cv_model, cv_bytes = load_cv(base / field(item, "cv", where))
    posting = load_posting(base / field(item, "job", where), item.get("company_name"), item.get("job_title"))
    result = asyncio.run(
        generate(
            container,
            (cv_model, cv_bytes, str(item["cv"])),
            posting,
            tone=Tone(item.get("tone", "professional")),
            words=int(item.get("word_count_target", 300)),
            emphasis=list(item.get("emphasis_areas") or []),
        )
    )
    return {"id": item.get("id"), **result.body.model_dump(mode="json")}


def verify(
    cv: Annotated[Path | None, typer.Option("--cv")] = None,
    job: Annotated[Path | None, typer.Option("--job")] = None,
    company: Annotated[str | None, typer.Option("--company")] = None,
    title: Annotated[str | None, typer.Option("--title")] = None,
    letter_file: Annotated[str | None, typer.Option("--letter", help="Letter file, or - for standard input.")] = None,
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="Verify every line of a corpus fvs.jsonl.")] = None,
) -> None:
    """Check every fact of a letter against the CV and posting; prints the FVS result as JSON."""
    from careervp.logic.service.verification import verify_letter_text

    try:
        if jsonl is not None:
            _verify_jsonl(jsonl)
            return
        if cv is None or job is None or letter_file is None:
            raise CLIError("give --cv FILE --job FILE --letter FILE|- (or --jsonl FILE)")
        cv_model, _ = load_cv(cv)
        posting, _ = load_posting(job, company, title)
        text = _read_letter(letter_file)
        # An empty --company or --title counts as not given: the posting's own are the target.
        result = verify_letter_text(
            text, cv=cv_model, posting=posting, company_name=company or None, job_title=title or None
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
    from careervp.logic.service.verification import verify_letter_text

    base = path.parent
    for number, item in read_jsonl(path):
        where = f"{path}:{number}"
        company = str(field(item, "company_name", where))
        title = str(field(item, "job_title", where))
        cv_model, _ = load_cv(base / field(item, "cv", where))
        posting, _ = load_posting(base / field(item, "job", where), company, title)
        letter = str(field(item, "letter", where))
        result = verify_letter_text(letter, cv=cv_model, posting=posting, company_name=company, job_title=title)
        typer.echo(json.dumps({"id": item.get("id"), **result.model_dump(mode="json")}))
