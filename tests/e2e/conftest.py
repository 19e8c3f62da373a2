"""Where the E2E and smoke suites point.

- `API_BASE_URL` and `TEST_JWT_TOKEN` set: a deployed stage (e.g. the `ApiUrl` output of CareervpStack-Dev and a
  Cognito ID token of a dedicated test user). `TEST_JWT_TOKEN_2` (a second test user) enables the isolation test.
- unset: the suites start the real app on 127.0.0.1 (uvicorn, a free port, a temporary data dir, embedded defaults)
  and mint local tokens, so `make test` runs them on a fresh clone with no cloud.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from careervp.core.auth import local_jwt_secret, mint_local_token
from careervp.core.bootstrap import build
from careervp.core.settings import Settings
from careervp.handlers.api.app import create_app

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus_sample"
# Deployed generation waits on the model (p95 objective 20 s); API Gateway itself gives up at its integration timeout.
TIMEOUT_S = float(os.environ.get("E2E_TIMEOUT_S", "60"))


@dataclass(frozen=True)
class Target:
    base_url: str
    token: str
    second_token: str | None
    local: bool
    # A user whose data the erasure test may delete (erasure also revokes the user's tokens).
    throwaway_token: str | None = None

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.base_url, headers=headers, timeout=TIMEOUT_S, follow_redirects=False)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    base_url = os.environ.get("API_BASE_URL", "").strip()
    if base_url:
        token = os.environ.get("TEST_JWT_TOKEN", "").strip()
        if not token:
            pytest.fail("API_BASE_URL is set but TEST_JWT_TOKEN is not: the suites need a test user's token")
        yield Target(
            base_url.rstrip("/"),
            token,
            os.environ.get("TEST_JWT_TOKEN_2") or None,
            local=False,
            throwaway_token=os.environ.get("TEST_JWT_TOKEN_ERASABLE") or None,
        )
        return

    data_dir = tmp_path_factory.mktemp("careervp-e2e")
    port = _free_port()
    settings = Settings(data_dir=data_dir, public_base_url=f"http://127.0.0.1:{port}")
    app = create_app(build(settings))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the local server did not start")
        time.sleep(0.05)
    secret = local_jwt_secret(settings)
    # Enterprise tier: the suites generate a few letters in a row and must not trip the free tier's 5 a minute.
    first = mint_local_token(secret, user_id="e2e-user-1", tier="enterprise", issuer=settings.jwt_issuer)
    second = mint_local_token(secret, user_id="e2e-user-2", tier="enterprise", issuer=settings.jwt_issuer)
    erasable = mint_local_token(secret, user_id="e2e-user-erased", tier="enterprise", issuer=settings.jwt_issuer)
    yield Target(f"http://127.0.0.1:{port}", first, second, local=True, throwaway_token=erasable)
    server.should_exit = True
    thread.join(timeout=10)
