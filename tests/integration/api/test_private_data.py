"""CVs and letters are personal data: everything the service writes into its data dir is readable by its owner only
(directories 0700, files 0600), whatever umask the process was started with."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .live import create_job, generation_body, live_server, upload_cv


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    previous = os.umask(0)  # the worst case: nothing masked, so anything not chmod-ed would be 0777/0666
    try:
        yield
    finally:
        os.umask(previous)


def _modes(root: Path) -> dict[str, int]:
    modes = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        modes[str(path.relative_to(root))] = stat.S_IMODE(path.stat().st_mode)
    return modes


def test_the_data_dir_and_everything_in_it_is_private(tmp_path: Path, permissive_umask: None) -> None:
    data_dir = tmp_path / "deep" / "data"
    with live_server(data_dir) as server, server.client("alice", tier="enterprise") as alice:
        generated = alice.post("/api/cover-letter", json=generation_body(upload_cv(alice), create_job(alice)))
        assert generated.status_code == 200, generated.text
        for url in generated.json()["download_urls"].values():
            assert httpx.get(url, timeout=60).status_code == 200  # PDF and DOCX are drawn and stored on first use
        modes = _modes(data_dir)
    files = {name for name, mode in modes.items() if (data_dir / name).is_file()}
    assert {"careervp.sqlite3", "download.secret", "jwt.secret"} <= files
    assert any(name.endswith(".pdf") for name in files)
    loose = {name: oct(mode) for name, mode in modes.items() if mode != (0o600 if name in files else 0o700)}
    assert loose == {}
    assert stat.S_IMODE((tmp_path / "deep").stat().st_mode) == 0o700  # a parent the service had to create


def test_an_existing_data_dir_and_database_are_made_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o755)
    (data_dir / "careervp.sqlite3").touch(mode=0o644)
    os.chmod(data_dir, 0o755)
    os.chmod(data_dir / "careervp.sqlite3", 0o644)
    with live_server(data_dir):
        pass
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "careervp.sqlite3").stat().st_mode) == 0o600
