from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from careervp.core.bootstrap import Container, SystemClock, blobs_from_settings, build, llm_from_settings
from careervp.core.settings import Settings
from careervp.dal.files import LocalBlobStore
from careervp.dal.sqlite import SqliteRepository
from careervp.handlers.cli import server as cli_server
from careervp.logic.writers.llm import LLMWriter


def test_embedded_defaults(tmp_path: Path) -> None:
    container = build(Settings(data_dir=tmp_path / "data"))
    assert isinstance(container, Container)
    assert isinstance(container.repository, SqliteRepository)
    assert isinstance(container.blobs, LocalBlobStore)
    assert isinstance(container.clock, SystemClock)
    assert container.llm is None
    assert container.service.writer_name == "template"
    secret = tmp_path / "data" / "download.secret"
    assert stat.S_IMODE(os.stat(secret).st_mode) == 0o600
    assert (tmp_path / "data" / "careervp.sqlite3").exists()
    assert container.repository.ping()


def test_llm_providers_are_built_from_settings_without_calling_them(tmp_path: Path) -> None:
    openai = llm_from_settings(Settings(data_dir=tmp_path, llm_provider="openai"))
    bedrock = llm_from_settings(Settings(data_dir=tmp_path, llm_provider="bedrock", aws_region="eu-west-1"))
    assert openai is not None
    assert openai.name == "openai"
    assert bedrock is not None
    assert llm_from_settings(Settings(data_dir=tmp_path)) is None
    container = build(Settings(data_dir=tmp_path, llm_provider="openai"))
    assert type(container.llm) is type(openai)
    assert container.service.writer_name == LLMWriter(openai).name


def test_cloud_adapters_are_chosen_by_settings(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, storage="dynamodb", blob_store="s3", aws_region="eu-west-1")
    container = build(settings)
    assert type(container.repository).__name__ == "DynamoRepository"
    assert type(blobs_from_settings(settings, SystemClock())).__name__ == "S3BlobStore"
    assert not (tmp_path / "download.secret").exists()  # no local signing secret in the cloud


def test_banner_and_loopback(tmp_path: Path) -> None:
    assert cli_server._is_loopback("127.0.0.1")
    assert cli_server._is_loopback("localhost")
    assert cli_server._is_loopback("::1")
    assert not cli_server._is_loopback("0.0.0.0")
    assert not cli_server._is_loopback("example.org")
    local = cli_server._banner(Settings(data_dir=tmp_path), "0.0.0.0", 9000)
    assert "http://127.0.0.1:9000/docs" in local
    assert "token --user me" in local
    cloud = cli_server._banner(Settings(data_dir=tmp_path, auth_mode="cognito"), "127.0.0.1", 9000)
    assert "Cognito" in cloud
    assert "token --user" not in cloud


def test_token_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERVP_DATA_DIR", str(tmp_path))
    app = typer.Typer()
    app.command()(cli_server.token)
    runner = CliRunner()
    minted = runner.invoke(app, ["--user", "me", "--tier", "enterprise", "--ttl", "60"])
    assert minted.exit_code == 0
    assert minted.stdout.count(".") == 2
    monkeypatch.setenv("CAREERVP_LLM_TIMEOUT_S", "-1")
    broken = runner.invoke(app, ["--user", "me"])
    assert broken.exit_code == 2
    assert "invalid setting" in broken.stderr
