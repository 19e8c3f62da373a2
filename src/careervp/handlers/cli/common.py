"""What every command shares: the one-line user error, reading the CV and posting files, JSONL lines, settings.

Kept light on purpose: the root command imports it to build `--help`, so the readers, the service and the settings
are imported inside the functions that need them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from careervp.core.settings import Settings
    from careervp.models.cv import CV
    from careervp.models.job import JobPosting

# Letters written from the command line are kept under this user (the local data dir is the caller's own).
CLI_USER = "local-cli"
CLI_TIER = "enterprise"


class OutputFormat(StrEnum):
    """What `careervp letter` prints or writes."""

    TEXT = "text"
    MD = "md"
    JSON = "json"
    DOCX = "docx"
    PDF = "pdf"


class BatchFormat(StrEnum):
    """The file format of the letters `careervp batch` writes."""

    MD = "md"
    DOCX = "docx"
    PDF = "pdf"


class CLIError(Exception):
    """A problem the user can fix; printed as one line."""


def fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=2)


def load_cv(path: Path) -> tuple[CV, bytes]:
    from careervp.ingest import CVReadError, read_cv_file

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
    return read_posting_text(text, company, title, where=str(path))


def read_posting_text(text: str, company: str | None, title: str | None, *, where: str) -> tuple[JobPosting, str]:
    from careervp.ingest import PostingReadError, read_posting

    try:
        return read_posting(text, company_name=company, job_title=title), text
    except PostingReadError as exc:
        raise CLIError(f"{where}: {exc}") from exc


def jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The non-blank lines of a JSONL file with their 1-based numbers; an unreadable file is a CLIError."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CLIError(f"cannot read {path}: {exc}") from exc
    return ((number, line) for number, line in enumerate(lines, start=1) if line.strip())


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in jsonl_lines(path):
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CLIError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(item, dict):
            raise CLIError(f"{path}:{number}: each line must be a JSON object")
        yield number, item


def field(item: dict[str, Any], key: str, where: str) -> Any:
    if key not in item:
        raise CLIError(f"{where}: missing field '{key}'")
    return item[key]


def split_list(values: str | None) -> list[str]:
    """`--emphasis "Go, Kafka"` -> ["Go", "Kafka"]."""
    return [v.strip() for v in (values or "").split(",") if v.strip()]


def load_settings() -> Settings:
    """The environment's settings, checked; a bad one is a CLIError naming it."""
    from careervp.core.settings import Settings

    try:
        return Settings().checked()
    except Exception as exc:
        raise CLIError(f"invalid configuration: {exc}") from exc
