"""A real uvicorn server on 127.0.0.1 (in a thread, on a free port) around a container built by bootstrap.build,
plus helpers shared by the API integration tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from careervp.core.auth import local_jwt_secret, mint_local_token
from careervp.core.bootstrap import Container, build
from careervp.core.settings import Settings
from careervp.handlers.api import create_app
from careervp.handlers.cli.server import proxy_options
from careervp.logic.ports import LLM

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "tests" / "fixtures" / "corpus_sample"
CV_FILE = SAMPLE / "cvs" / "lena_marwick.md"
JOB_FILE = SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md"
COMPANY = "Ledgerwell Payments"
TITLE = "Senior Backend Engineer"


class FakeClock:
    """A clock the test moves by hand (download expiry, rate windows)."""

    def __init__(self) -> None:
        self.moment = datetime.now(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self.moment

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self.moment += delta


class LiveServer:
    def __init__(self, container: Container, **app_options: Any) -> None:
        self.container = container
        self.settings = container.settings
        config = uvicorn.Config(
            create_app(container, **app_options),
            host="127.0.0.1",
            port=0,
            log_config=None,
            access_log=False,
            lifespan="on",
            **proxy_options(container.settings),  # as `careervp serve` runs it
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="uvicorn-test", daemon=True)
        self.base_url = ""

    def start(self) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=30)

    def token(self, user: str, tier: str = "free", ttl_s: int = 3600) -> str:
        secret = local_jwt_secret(self.settings)
        return mint_local_token(secret, user_id=user, tier=tier, ttl_s=ttl_s, issuer=self.settings.jwt_issuer)

    def client(self, user: str | None = None, tier: str = "free", **kwargs: Any) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.token(user, tier)}"} if user else {}
        return httpx.Client(base_url=self.base_url, headers=headers, timeout=120, **kwargs)

    def async_client(self, user: str, tier: str = "free") -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {self.token(user, tier)}"},
            timeout=300,
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=200),
        )


def settings_for(data_dir: Path, **overrides: Any) -> Settings:
    return Settings(data_dir=data_dir, **overrides)


@contextmanager
def live_server(
    data_dir: Path,
    *,
    llm: LLM | None = None,
    clock: Any = None,
    app_options: dict[str, Any] | None = None,
    **settings: Any,
) -> Iterator[LiveServer]:
    container = build(settings_for(data_dir, **settings), llm=llm, clock=clock)
    server = LiveServer(container, **(app_options or {})).start()
    try:
        yield server
    finally:
        server.stop()


# ---------------------------------------------------------------- request helpers
def upload_cv(client: httpx.Client, path: Path = CV_FILE) -> str:
    response = client.post("/api/cvs", files={"file": (path.name, path.read_bytes(), "text/markdown")})
    assert response.status_code == 201, response.text
    cv_id: str = response.json()["cv_id"]
    return cv_id


def create_job(client: httpx.Client, path: Path = JOB_FILE, company: str = COMPANY, title: str = TITLE) -> str:
    response = client.post(
        "/api/jobs", json={"company_name": company, "job_title": title, "description": path.read_text()}
    )
    assert response.status_code == 201, response.text
    job_id: str = response.json()["job_id"]
    return job_id


def generation_body(cv_id: str, job_id: str, **extra: Any) -> dict[str, Any]:
    return {"cv_id": cv_id, "job_id": job_id, "company_name": COMPANY, "job_title": TITLE, **extra}


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The contract's error body, with the expected status and code."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["success"] is False
    assert body["cover_letter"] is None
    assert body["code"] == code
    assert isinstance(body["error"], str)
    assert body["error"]
    assert isinstance(body["processing_time_ms"], int)
    assert isinstance(body["cost_estimate"], float)
    assert "Traceback" not in response.text
    return body
