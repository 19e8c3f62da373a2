"""The real app (create_app over bootstrap.build) with fault-injecting adapters, driven through a TestClient.

In-process rather than a subprocess so a test can arm a fault between two requests and then look straight into the
real store underneath to prove nothing partial was left behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from careervp.core.auth import mint_local_token
from careervp.core.bootstrap import SystemClock, blobs_from_settings, build, repository_from_settings
from careervp.core.settings import Settings
from careervp.handlers.api.app import create_app
from careervp.logic.downloads import DOWNLOAD_FORMATS
from careervp.logic.ports import LLM
from careervp.logic.service.files import LetterFiles
from careervp.render import render_letter
from faults.adapters import FaultyBlobStore, FaultyRepository

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus_sample"
CV_FILE = SAMPLE / "cvs" / "lena_marwick.md"
POSTING_FILE = SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md"
COMPANY = "Ledgerwell Payments"
TITLE = "Senior Backend Engineer"
SECRET = "faults-suite-secret-0123456789abcdef"


@dataclass
class Harness:
    client: TestClient
    repo: FaultyRepository
    blobs: FaultyBlobStore
    settings: Settings

    def headers(self, user: str = "alice", **extra: str) -> dict[str, str]:
        token = mint_local_token(SECRET, user_id=user, tier="enterprise", issuer=self.settings.jwt_issuer)
        return {"Authorization": f"Bearer {token}", **extra}

    def upload_cv(self, user: str = "alice") -> str:
        with CV_FILE.open("rb") as handle:
            response = self.client.post(
                "/api/cvs", files={"file": (CV_FILE.name, handle, "text/markdown")}, headers=self.headers(user)
            )
        assert response.status_code == 201, response.text
        return str(response.json()["cv_id"])

    def letter_request(self, cv_id: str, job_id: str = "job-fault-1") -> dict[str, Any]:
        """A request that creates its job from `job_description`, so the job write is part of the generation."""
        return {
            "cv_id": cv_id,
            "job_id": job_id,
            "company_name": COMPANY,
            "job_title": TITLE,
            "job_description": POSTING_FILE.read_text(encoding="utf-8"),
        }

    def generate(self, body: dict[str, Any], *, user: str = "alice", key: str | None = None) -> Any:
        extra = {"Idempotency-Key": key} if key else {}
        return self.client.post("/api/cover-letter", json=body, headers=self.headers(user, **extra))

    def blob_files(self) -> list[Path]:
        root = self.settings.blob_dir
        return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


@contextmanager
def harness(
    tmp_path: Path, *, llm: LLM | None = None, every_format_up_front: bool = False, **settings: Any
) -> Iterator[Harness]:
    """`every_format_up_front`: every rendering stored with each version, as for a store that serves files itself
    (S3); otherwise each is drawn on its first download, as the app does for local files."""
    config = Settings(data_dir=tmp_path, jwt_secret=SECRET, **settings)
    clock = SystemClock()
    repo = FaultyRepository(repository_from_settings(config, clock))
    blobs = FaultyBlobStore(blobs_from_settings(config, clock))
    container = build(config, repository=repo, blobs=blobs, clock=clock, llm=llm)  # type: ignore[arg-type]
    if every_format_up_front:
        container.service.files = LetterFiles(
            repository=repo,  # type: ignore[arg-type]
            blobs=blobs,  # type: ignore[arg-type]
            renderer=render_letter,
            download_ttl_s=config.download_ttl_s,
            eager_formats=DOWNLOAD_FORMATS,
        )
    with TestClient(create_app(container), raise_server_exceptions=False) as client:
        yield Harness(client=client, repo=repo, blobs=blobs, settings=config)
