"""Bearer tokens over HTTP: every bad token is 401 UNAUTHORIZED with the contract's body, in local (HS256) mode and
in Cognito mode (RS256 against a JWKS served by a local HTTP server, with a key generated for the test)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from careervp.core.auth import mint_local_token
from unit.api.jwt_helpers import (
    CLIENT,
    ISSUER,
    POOL,
    REGION,
    RSAKey,
    cognito_claims,
    jwks,
    tamper_payload,
    unsigned_token,
)

from .live import LiveServer, assert_error, live_server


def _get(server: LiveServer, token: str | None, *, scheme: str = "Bearer") -> httpx.Response:
    headers = {"Authorization": f"{scheme} {token}"} if token is not None else {}
    return httpx.get(f"{server.base_url}/api/cvs", headers=headers, timeout=30)


# ---------------------------------------------------------------- local mode
def test_local_token_from_the_data_dir_secret_is_accepted(server: LiveServer) -> None:
    response = _get(server, server.token("alice"))
    assert response.status_code == 200
    assert response.json() == {"cvs": [], "count": 0}


def test_bad_local_tokens_are_401(server: LiveServer) -> None:
    secret = (server.settings.data_dir / "jwt.secret").read_text().strip()
    now = datetime.now(UTC)
    good = server.token("alice")
    cases: dict[str, str | None] = {
        "missing": None,
        "malformed": "not.a.jwt",
        "garbage": "x" * 50,
        "expired": mint_local_token(secret, user_id="alice", now=now - timedelta(hours=2)),
        "not yet valid": mint_local_token(secret, user_id="alice", now=now + timedelta(hours=1)),
        "wrong issuer": mint_local_token(secret, user_id="alice", issuer="evil"),
        "alg none": unsigned_token({"sub": "alice", "iss": "careervp-local", "aud": "careervp", "exp": 2**40}),
        "wrongly signed": mint_local_token("a-different-secret-of-enough-length-0123456789", user_id="alice"),
        "tampered": tamper_payload(good, sub="bob"),
        "huge": "a" * 9000,
    }
    for name, token in cases.items():
        body = assert_error(_get(server, token), 401, "UNAUTHORIZED")
        assert "Bearer" in body["error"] or "token" in body["error"], name
    assert_error(_get(server, good, scheme="Basic"), 401, "UNAUTHORIZED")
    scheme_only = httpx.get(f"{server.base_url}/api/cvs", headers={"Authorization": "Bearer"}, timeout=30)
    assert_error(scheme_only, 401, "UNAUTHORIZED")
    response = _get(server, None)
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_health_needs_no_token_but_api_routes_all_do(server: LiveServer) -> None:
    assert httpx.get(f"{server.base_url}/health").status_code == 200
    schema = httpx.get(f"{server.base_url}/openapi.json").json()
    for path, operations in schema["paths"].items():
        if not path.startswith("/api/"):
            continue
        for method in operations:
            url = server.base_url + path.replace("{cv_id}", "cv").replace("{job_id}", "job")
            response = httpx.request(method.upper(), url, timeout=30)
            assert_error(response, 401, "UNAUTHORIZED")


# ---------------------------------------------------------------- Cognito mode
class _JWKSServer:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.hits = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                outer.hits += 1
                payload = json.dumps(outer.document).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/{POOL}/.well-known/jwks.json"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="module")
def key() -> RSAKey:
    return RSAKey("test-key")


@pytest.fixture(scope="module")
def cognito(key: RSAKey, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, _JWKSServer]]:
    keys = _JWKSServer(jwks(key))
    with live_server(
        tmp_path_factory.mktemp("cognito"),
        auth_mode="cognito",
        cognito_region=REGION,
        cognito_user_pool_id=POOL,
        cognito_client_id=CLIENT,
        cognito_jwks_url=keys.url,
    ) as running:
        yield running, keys
    keys.stop()


def test_cognito_id_and_access_tokens_are_accepted(cognito: tuple[LiveServer, _JWKSServer], key: RSAKey) -> None:
    server, keys = cognito
    assert _get(server, key.sign(cognito_claims())).status_code == 200
    access = cognito_claims(token_use="access", aud=None, client_id=CLIENT, sub="cognito-user-2")
    assert _get(server, key.sign(access)).status_code == 200
    assert keys.hits == 1  # the key set is fetched once and cached
    assert not (server.settings.data_dir / "jwt.secret").exists()  # no local secret in cloud mode


def test_cognito_tier_comes_from_groups_or_custom_tier(cognito: tuple[LiveServer, _JWKSServer], key: RSAKey) -> None:
    server, _ = cognito
    for claims, limit in (
        (cognito_claims(sub="tier-1", **{"cognito:groups": ["premium"]}), 15),
        (cognito_claims(sub="tier-2", **{"cognito:groups": None, "custom:tier": "enterprise"}), 50),
        (cognito_claims(sub="tier-3", **{"cognito:groups": None}), 5),
    ):
        response = httpx.post(
            f"{server.base_url}/api/cover-letter",
            headers={"Authorization": f"Bearer {key.sign(claims)}"},
            json={"cv_id": "cv_none", "job_id": "job_none", "company_name": "Acme", "job_title": "Engineer"},
            timeout=30,
        )
        assert_error(response, 404, "CV_NOT_FOUND")
        assert int(response.headers["X-RateLimit-Limit"]) == limit


def test_bad_cognito_tokens_are_401(cognito: tuple[LiveServer, _JWKSServer], key: RSAKey) -> None:
    server, _ = cognito
    stranger = RSAKey("test-key")  # same key id, different key
    hs_confusion = jwt.encode(cognito_claims(), key.jwk()["n"], algorithm="HS256", headers={"kid": key.kid})
    cases = {
        "expired": key.sign(cognito_claims(exp=int(time.time()) - 3600, iat=int(time.time()) - 7200)),
        "wrong issuer": key.sign(cognito_claims(iss=ISSUER.replace(POOL, "eu-west-1_Other"))),
        "wrong audience": key.sign(cognito_claims(aud="someone-else")),
        "access token of another client": key.sign(
            cognito_claims(token_use="access", aud=None, client_id="someone-else")
        ),
        "refresh token_use": key.sign(cognito_claims(token_use="refresh")),
        "alg none": unsigned_token(cognito_claims()),
        "HS256 with the public key": hs_confusion,
        "wrongly signed": stranger.sign(cognito_claims()),
        "unknown key id": key.sign(cognito_claims(), kid="rotated-away"),
        "tampered": tamper_payload(key.sign(cognito_claims()), sub="admin"),
        "a local token": mint_local_token("x" * 40, user_id="alice"),
    }
    for name, token in cases.items():
        response = _get(server, token)
        assert response.status_code == 401, name
        assert_error(response, 401, "UNAUTHORIZED")


def test_misconfigured_cognito_mode_refuses_to_start(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="COGNITO"), live_server(tmp_path, auth_mode="cognito"):
        pass
