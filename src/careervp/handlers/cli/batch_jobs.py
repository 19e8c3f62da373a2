"""The job list of `careervp batch`: a folder of postings, a CSV or a JSONL file -> jobs with stable, unique keys.

Keys name the output files and the entries of summary.json, so they must not change between runs: they come from
the file name, an `id` column/field, or the line number with the company and title.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from careervp.handlers.cli.common import CLIError, jsonl_lines, load_posting, read_posting_text
from careervp.models.api import Tone
from careervp.models.job import JobPosting

POSTING_SUFFIXES = (".md", ".markdown", ".txt")


@dataclass(frozen=True)
class BatchJob:
    """One line of the job list. `load` reads the posting lazily, so a broken posting fails only its own job."""

    key: str
    source: str
    load: Callable[[], tuple[JobPosting, str]]
    tone: Tone | None = None
    words: int | None = None
    emphasis: list[str] = field(default_factory=list)


def slug(text: str, limit: int = 80) -> str:
    """A file-name-safe, stable key: ASCII letters, digits and dashes."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-") or "job"


def read_jobs(path: Path) -> list[BatchJob]:
    """A directory of postings, a CSV or a JSONL file -> jobs with unique keys, in the order given."""
    if not path.exists():
        raise CLIError(f"{path}: no such file or directory")
    if path.is_dir():
        jobs = list(_jobs_from_dir(path))
    elif path.suffix.lower() == ".csv":
        jobs = list(_jobs_from_csv(path))
    elif path.suffix.lower() in (".jsonl", ".ndjson"):
        jobs = list(_jobs_from_jsonl(path))
    else:
        raise CLIError(f"{path}: --jobs takes a directory of postings, a .csv or a .jsonl file")
    if not jobs:
        raise CLIError(f"{path}: no jobs found")
    return _unique_keys(jobs)


def _unique_keys(jobs: list[BatchJob]) -> list[BatchJob]:
    seen: dict[str, int] = {}
    out: list[BatchJob] = []
    for job in jobs:
        count = seen.get(job.key, 0) + 1
        seen[job.key] = count
        out.append(job if count == 1 else replace(job, key=f"{job.key}-{count}"))
    return out


def _jobs_from_dir(folder: Path) -> Iterator[BatchJob]:
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in POSTING_SUFFIXES):
        yield BatchJob(slug(path.stem), str(path), _file_loader(path, None, None))


def _file_loader(path: Path, company: str | None, title: str | None) -> Callable[[], tuple[JobPosting, str]]:
    return lambda: load_posting(path, company, title)


def _text_loader(text: str, company: str, title: str, where: str) -> Callable[[], tuple[JobPosting, str]]:
    return lambda: read_posting_text(text, company, title, where=where)


def _failing_loader(message: str) -> Callable[[], tuple[JobPosting, str]]:
    def load() -> tuple[JobPosting, str]:
        raise CLIError(message)

    return load


def _jobs_from_csv(path: Path) -> Iterator[BatchJob]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CLIError(f"cannot read {path}: {exc}") from exc
    for number, row in enumerate(rows, start=2):  # line 1 is the header
        clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        where = f"{path}:{number}"
        company, title = clean.get("company_name", ""), clean.get("job_title", "")
        key = slug(clean.get("id") or f"{number - 1:03d}-{company}-{title}")
        prefs = _preferences(clean.get("tone"), clean.get("word_count_target"), clean.get("emphasis_areas"), where)
        if isinstance(prefs, str):
            yield BatchJob(key, where, _failing_loader(prefs))
            continue
        tone, words, emphasis = prefs
        if clean.get("description"):
            loader = _text_loader(clean["description"], company, title, where)
        elif clean.get("job_file"):
            loader = _file_loader(path.parent / clean["job_file"], company or None, title or None)
        else:
            loader = _failing_loader(f"{where}: give a 'description' or a 'job_file' column")
        yield BatchJob(key, where, loader, tone, words, emphasis)


def _jobs_from_jsonl(path: Path) -> Iterator[BatchJob]:
    for number, line in jsonl_lines(path):
        where = f"{path}:{number}"
        try:
            item: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BatchJob(f"line-{number:03d}", where, _failing_loader(f"{where}: not valid JSON ({exc.msg})"))
            continue
        if not isinstance(item, dict) or not isinstance(item.get("job"), str):
            yield BatchJob(f"line-{number:03d}", where, _failing_loader(f"{where}: each line needs a 'job' path"))
            continue
        job_path = path.parent / item["job"]
        key = slug(str(item.get("id") or f"{number:03d}-{job_path.stem}"))
        emphasis = item.get("emphasis_areas")
        prefs = _preferences(
            item.get("tone"),
            item.get("word_count_target"),
            ",".join(str(e) for e in emphasis) if isinstance(emphasis, list) else emphasis,
            where,
        )
        if isinstance(prefs, str):
            yield BatchJob(key, where, _failing_loader(prefs))
            continue
        loader = _file_loader(job_path, _opt_str(item.get("company_name")), _opt_str(item.get("job_title")))
        yield BatchJob(key, where, loader, *prefs)


def _opt_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _preferences(
    tone: object, words: object, emphasis: object, where: str
) -> tuple[Tone | None, int | None, list[str]] | str:
    """Per-job preferences from a CSV row or JSONL line; a string is the error message of a bad value."""
    try:
        parsed_tone = Tone(str(tone).strip().lower()) if tone not in (None, "") else None
    except ValueError:
        return f"{where}: tone must be one of {', '.join(t.value for t in Tone)}"
    try:
        parsed_words = int(str(words)) if words not in (None, "") else None
    except ValueError:
        return f"{where}: word_count_target must be a whole number"
    areas = [a.strip() for a in str(emphasis or "").replace(";", ",").split(",") if a.strip()]
    return parsed_tone, parsed_words, areas
