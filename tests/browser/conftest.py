"""The real server on 127.0.0.1 (uvicorn in a subprocess, a temp data dir) and Debian's Chromium driven by Playwright.

Chromium comes from the system (`make browser` installs Debian's package); a downloaded browser build is never used.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

from careervp.core.auth import local_jwt_secret, mint_local_token
from careervp.core.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "fixtures" / "corpus_sample"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
START_TIMEOUT_S = 60.0
# How long an expectation waits for the page: a generation behind it takes seconds on a busy two-core machine (the
# suite runs on two workers), and Playwright's default of 5 s is for pages that only render.
expect.set_options(timeout=20_000)


@dataclass(frozen=True)
class Server:
    base_url: str
    data_dir: Path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_up(base_url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}:\n{log.read_text(errors='replace')}")
        try:
            health = httpx.get(f"{base_url}/health", timeout=1.0)
            # Up, and with a warm CPU worker when it has a pool: the page's first letter is then not the cold
            # start's (on a busy machine, seconds of warming that the page's waits are not meant to cover).
            if health.status_code < 500 and health.json().get("cpu_workers") != 0:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the server did not answer within {START_TIMEOUT_S:g} s:\n{log.read_text(errors='replace')}")


def _serve_command() -> list[str]:
    """`careervp serve` once the root CLI registers it; until then the same function through typer."""
    from typer.main import get_command

    from careervp.handlers.cli import app

    command = get_command(app)
    if "serve" in getattr(command, "commands", {}):
        return [str(Path(sys.executable).with_name("careervp")), "serve"]
    return [sys.executable, "-c", "import typer; from careervp.handlers.cli.server import serve; typer.run(serve)"]


@dataclass
class _Started:
    process: subprocess.Popen[bytes]
    base_url: str
    data_dir: Path
    log: Path


@pytest.fixture(scope="package")
def _started(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Started]:
    """`careervp serve` on a free loopback port with embedded defaults and its own data dir (not yet waited for,
    so Chromium starts while the server boots)."""
    data_dir = tmp_path_factory.mktemp("careervp-data")
    port = _free_port()
    env = {
        **os.environ,
        "CAREERVP_DATA_DIR": str(data_dir),
        "CAREERVP_LLM_PROVIDER": "template",
        "CAREERVP_AUTH_MODE": "local",
        "CAREERVP_STORAGE": "sqlite",
        "CAREERVP_BLOB_STORE": "files",
    }
    env.pop("CAREERVP_PUBLIC_BASE_URL", None)
    log = data_dir / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*_serve_command(), "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=data_dir,
        )
    try:
        yield _Started(process, f"http://127.0.0.1:{port}", data_dir, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="package")
def server(_started: _Started) -> Server:
    _wait_until_up(_started.base_url, _started.process, _started.log)
    return Server(_started.base_url, _started.data_dir)


@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (installs Debian's chromium)")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="package")
def browser(playwright: Playwright, _started: _Started) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def context(browser: Browser, server: Server) -> Iterator[BrowserContext]:
    context = browser.new_context(base_url=server.base_url, accept_downloads=True, locale="en-US")
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


@pytest.fixture
def page_in_german(browser: Browser, server: Server) -> Iterator[Page]:
    context = browser.new_context(base_url=server.base_url, locale="de-DE", timezone_id="Europe/Berlin")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture(scope="package")
def server_token(server: Server) -> str:
    """A token as `careervp token` would mint it, for the paste-a-token path."""
    secret = local_jwt_secret(Settings(data_dir=server.data_dir))
    return mint_local_token(secret, user_id="pasted-user", tier="enterprise", ttl_s=3600)


@pytest.fixture(scope="package")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
