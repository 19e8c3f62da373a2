"""Where the evaluation corpus is and how to read it: pairs (generation cases) and fvs (labelled letters).

The corpus sits beside the repository (../shared/data/corpus); CAREERVP_CORPUS_DIR points elsewhere, e.g. at the
hidden corpus of the same format.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careervp.ingest import read_cv_file, read_posting
from careervp.models.api import Preferences, Tone
from careervp.models.cv import CV
from careervp.models.job import JobPosting

REPO_ROOT = Path(__file__).resolve().parents[1]


def corpus_dir() -> Path:
    override = os.environ.get("CAREERVP_CORPUS_DIR")
    path = Path(override) if override else REPO_ROOT.parent / "shared" / "data" / "corpus"
    if not (path / "pairs.jsonl").is_file():
        raise FileNotFoundError(f"no corpus at {path} (set CAREERVP_CORPUS_DIR to a folder with pairs.jsonl)")
    return path


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


@dataclass(frozen=True)
class Pair:
    id: str
    cv: CV
    cv_path: Path
    posting: JobPosting
    posting_text: str
    company_name: str
    job_title: str
    preferences: Preferences


@dataclass(frozen=True)
class LabelledLetter:
    id: str
    cv: CV
    posting: JobPosting
    company_name: str
    job_title: str
    letter: str
    label: str
    fabrications: list[dict[str, str]]


class _Cache:
    """CVs and postings are shared by many lines; read each file once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._cvs: dict[str, CV] = {}
        self._jobs: dict[tuple[str, str, str], tuple[JobPosting, str]] = {}

    def cv(self, rel: str) -> CV:
        if rel not in self._cvs:
            self._cvs[rel] = read_cv_file(self.root / rel)
        return self._cvs[rel]

    def job(self, rel: str, company: str, title: str) -> tuple[JobPosting, str]:
        key = (rel, company, title)
        if key not in self._jobs:
            text = (self.root / rel).read_text(encoding="utf-8")
            self._jobs[key] = (read_posting(text, company_name=company, job_title=title), text)
        return self._jobs[key]


def load_pairs(root: Path | None = None) -> list[Pair]:
    root = root or corpus_dir()
    cache = _Cache(root)
    pairs = []
    for item in _lines(root / "pairs.jsonl"):
        posting, text = cache.job(item["job"], item["company_name"], item["job_title"])
        prefs = Preferences(
            tone=Tone(item.get("tone", "professional")),
            word_count_target=int(item.get("word_count_target", 300)),
            emphasis_areas=item.get("emphasis_areas") or None,
        )
        pairs.append(
            Pair(
                id=item["id"],
                cv=cache.cv(item["cv"]),
                cv_path=root / item["cv"],
                posting=posting,
                posting_text=text,
                company_name=item["company_name"],
                job_title=item["job_title"],
                preferences=prefs,
            )
        )
    return pairs


def load_fvs(root: Path | None = None) -> list[LabelledLetter]:
    root = root or corpus_dir()
    cache = _Cache(root)
    out = []
    for item in _lines(root / "fvs.jsonl"):
        posting, _ = cache.job(item["job"], item["company_name"], item["job_title"])
        out.append(
            LabelledLetter(
                id=item["id"],
                cv=cache.cv(item["cv"]),
                posting=posting,
                company_name=item["company_name"],
                job_title=item["job_title"],
                letter=item["letter"],
                label=item["label"],
                fabrications=list(item.get("fabrications", [])),
            )
        )
    return out
