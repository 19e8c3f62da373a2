"""The web door's routes: the page and its files, and local sign-in that exists only on loopback in local mode."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from careervp.core.bootstrap import build
from careervp.core.settings import Settings
from careervp.handlers.api import create_app
from careervp.handlers.web import register
from careervp.handlers.web.routes import ASSETS, LOCAL_USER_ID

LOOPBACK_CLIENT = ("127.0.0.1", 50_000)
LOCAL_BASE = "http://127.0.0.1:8000"


def _app(settings: Settings, bind_host: str | None = "127.0.0.1") -> FastAPI:
    app = create_app(build(settings), extra_setup=register)
    if bind_host is not None:
        app.state.bind_host = bind_host
    return app


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, llm_provider="template", auth_mode="local")


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(_app(settings), base_url=LOCAL_BASE, client=LOOPBACK_CLIENT) as test_client:
        yield test_client


def test_the_page_is_served_with_a_strict_content_security_policy(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response.headers["x-frame-options"] == "DENY"
    for label in ("CV file", "Company", "Job title", "Job description", "Tone", "Target length", "Emphasis"):
        assert f">{label}</label>" in response.text
    assert "Generate cover letter" in response.text
    assert 'aria-label="Cover letter"' in response.text
    assert '<html lang="en">' in response.text


@pytest.mark.parametrize("name", sorted(ASSETS))
def test_every_asset_is_served_with_its_type(client: TestClient, name: str) -> None:
    response = client.get(f"/web/{name}")
    assert response.status_code == 200
    assert response.headers["content-type"] == ASSETS[name]
    assert len(response.content) > 500


@pytest.mark.parametrize("path", ["/web/routes.py", "/web/..%2F__init__.py", "/web/index.html", "/web/%2e%2e"])
def test_nothing_outside_the_asset_table_is_served(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["code"] == "NOT_FOUND"


def test_the_page_never_builds_html_from_strings() -> None:
    # Escaping by construction: user and server text goes in through textContent / createTextNode only.
    static = Path(__file__).resolve().parents[2] / "src" / "careervp" / "handlers" / "web" / "static"
    for script in static.glob("*.js"):
        source = script.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in source, f"{script.name} uses {sink}"


def test_local_sign_in_mints_a_token_the_api_accepts(client: TestClient) -> None:
    assert client.get("/auth/config").json() == {"mode": "local", "local_sign_in": True, "hosted_ui_url": None}
    response = client.post("/auth/local-session", headers={"Origin": LOCAL_BASE, "Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["user_id"] == LOCAL_USER_ID
    assert body["token_type"] == "bearer"
    listing = client.get("/api/cvs", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert listing.status_code == 200
    assert listing.json()["count"] == 0


def test_local_sign_in_works_on_ipv6_loopback_and_localhost(settings: Settings) -> None:
    with TestClient(_app(settings, "::1"), base_url="http://[::1]:8000", client=("::1", 50_000)) as ipv6:
        assert ipv6.post("/auth/local-session").status_code == 200
    with TestClient(_app(settings, "localhost"), base_url="http://localhost:8000", client=LOOPBACK_CLIENT) as named:
        assert named.post("/auth/local-session").status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"Host": "evil.example"},  # DNS rebinding: a foreign name that resolves to 127.0.0.1
        {"Host": "192.168.1.20:8000"},
        {"X-Forwarded-For": "203.0.113.9"},  # a reverse proxy on this machine
        {"Forwarded": "for=203.0.113.9"},
        {"X-Real-IP": "203.0.113.9"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Origin": "https://evil.example"},
    ],
    ids=["host", "lan-host", "x-forwarded-for", "forwarded", "x-real-ip", "cross-site", "origin"],
)
def test_local_sign_in_is_refused_for_requests_that_may_not_be_local(
    client: TestClient, headers: dict[str, str]
) -> None:
    response = client.post("/auth/local-session", headers=headers)
    assert response.status_code == 404
    assert response.json()["code"] == "NOT_FOUND"
    assert "access_token" not in response.text


@pytest.mark.parametrize("bind_host", ["0.0.0.0", "192.168.1.20", "::", None])
def test_local_sign_in_does_not_exist_when_the_server_is_not_bound_to_loopback(
    settings: Settings, bind_host: str | None
) -> None:
    with TestClient(_app(settings, bind_host), base_url=LOCAL_BASE, client=LOOPBACK_CLIENT) as exposed:
        assert exposed.post("/auth/local-session").status_code == 404
        assert exposed.get("/auth/config").json()["local_sign_in"] is False


def test_local_sign_in_refuses_a_remote_client(settings: Settings) -> None:
    with TestClient(_app(settings), base_url=LOCAL_BASE, client=("198.51.100.7", 40_000)) as remote:
        assert remote.post("/auth/local-session").status_code == 404


class _HostedSettings(Settings):
    cognito_domain: str | None = "auth.example.com"


def test_cognito_mode_offers_no_local_sign_in_but_the_hosted_page(tmp_path: Path) -> None:
    settings = _HostedSettings(
        data_dir=tmp_path,
        auth_mode="cognito",
        cognito_region="us-east-1",
        cognito_user_pool_id="us-east-1_Example",
        cognito_client_id="client123",
    )
    with TestClient(_app(settings), base_url=LOCAL_BASE, client=LOOPBACK_CLIENT) as cloud:
        assert cloud.post("/auth/local-session").status_code == 404
        config = cloud.get("/auth/config").json()
    assert config["mode"] == "cognito"
    assert config["local_sign_in"] is False
    assert config["hosted_ui_url"].startswith("https://auth.example.com/login?client_id=client123&response_type=token")
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A8000%2F" in config["hosted_ui_url"]
    without_domain = Settings(**{**settings.model_dump(), "auth_mode": "cognito"})
    with TestClient(_app(without_domain), base_url=LOCAL_BASE, client=LOOPBACK_CLIENT) as plain:
        assert plain.get("/auth/config").json()["hosted_ui_url"] is None


def test_the_asset_table_lists_every_static_file() -> None:
    static = Path(__file__).resolve().parents[2] / "src" / "careervp" / "handlers" / "web" / "static"
    assert {p.name for p in static.iterdir() if p.suffix in (".js", ".css")} == set(ASSETS)
