"""The auth attack matrix, over HTTP against the real server: every bent token is a 401 in the contract's body.

Local mode (HS256 tokens from `careervp token`) and Cognito mode (RS256 from a JWKS on 127.0.0.1) each get the
attacks that make sense for them; the HS/RS confusion needs a public key, so it runs in Cognito mode. Each case is
sent to a read route and to the generation route, since a check forgotten on one route is the usual hole.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest

from fuzz.live import LiveServer
from security.conftest import CognitoSetup
from security.tokens import RSAKey, alg_none, cognito_claims, hs256, local_claims, with_payload

PROBES = [("GET", "/api/cvs"), ("POST", "/api/cover-letter")]
LETTER_BODY = {"cv_id": "cv_x", "job_id": "job_x", "company_name": "Acme", "job_title": "Engineer"}
HOUR = 3600


def _send(server: LiveServer, method: str, path: str, headers: dict[str, str]) -> httpx.Response:
    body = LETTER_BODY if method == "POST" else None
    return httpx.request(method, f"{server.base_url}{path}", json=body, headers=headers, timeout=30)


def _assert_401(response: httpx.Response) -> None:
    assert response.status_code == 401, response.text[:300]
    body = response.json()
    assert body["code"] == "UNAUTHORIZED"
    assert body["success"] is False
    assert body["cover_letter"] is None
    assert body["error"]


# Each case: name -> (secret -> Authorization header value). `secret` is the server's signing secret.
LOCAL_ATTACKS: dict[str, Callable[[str], str | None]] = {
    "no header": lambda s: None,
    "basic scheme": lambda s: "Basic dXNlcjpwYXNz",
    "bearer without token": lambda s: "Bearer",
    "not a jwt": lambda s: "Bearer not-a-token",
    "two segments": lambda s: "Bearer aGVhZGVy.cGF5bG9hZA",
    "garbage segments": lambda s: "Bearer %%%.%%%.%%%",
    "alg none": lambda s: "Bearer " + alg_none(local_claims("mallory")),
    "alg None": lambda s: "Bearer " + alg_none(local_claims("mallory"), alg="None"),
    "alg NONE": lambda s: "Bearer " + alg_none(local_claims("mallory"), alg="NONE"),
    "wrong secret": lambda s: "Bearer " + hs256(local_claims("mallory"), "not-the-secret-0123456789abcdef-0123456789"),
    "expired": lambda s: (
        "Bearer " + hs256(local_claims("alice", iat=int(time.time()) - 2 * HOUR, exp=int(time.time()) - HOUR), s)
    ),
    "not yet valid": lambda s: "Bearer " + hs256(local_claims("alice", nbf=int(time.time()) + HOUR), s),
    "wrong issuer": lambda s: "Bearer " + hs256(local_claims("alice", iss="https://evil.example"), s),
    "wrong audience": lambda s: "Bearer " + hs256(local_claims("alice", aud="another-service"), s),
    "no subject": lambda s: "Bearer " + hs256(local_claims("alice", sub=None), s),
    "empty subject": lambda s: "Bearer " + hs256(local_claims("alice", sub=""), s),
    "no expiry": lambda s: "Bearer " + hs256(local_claims("alice", exp=None), s),
    "tampered subject": lambda s: "Bearer " + with_payload(hs256(local_claims("alice"), s), sub="bob"),
    "tampered tier": lambda s: "Bearer " + with_payload(hs256(local_claims("alice"), s), **{"custom:tier": "x"}),
    "signature stripped": lambda s: "Bearer " + hs256(local_claims("alice"), s).rsplit(".", 1)[0] + ".",
    "huge token": lambda s: "Bearer " + hs256(local_claims("alice", pad="x" * 12_000), s),
    "control characters in subject": lambda s: "Bearer " + hs256(local_claims("al\x00ice"), s),
}


@pytest.mark.parametrize("attack", list(LOCAL_ATTACKS))
@pytest.mark.parametrize(("method", "path"), PROBES)
def test_local_mode_refuses(local_server: LiveServer, attack: str, method: str, path: str) -> None:
    value = LOCAL_ATTACKS[attack](local_server.secret)
    headers = {"Authorization": value} if value is not None else {}
    _assert_401(_send(local_server, method, path, headers))


def test_a_valid_local_token_is_accepted(local_server: LiveServer) -> None:
    """The matrix means nothing unless the same server accepts a correct token."""
    token = hs256(local_claims("alice"), local_server.secret)
    response = _send(local_server, "GET", "/api/cvs", {"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text


def test_a_header_larger_than_the_server_accepts_is_refused_and_the_server_lives(local_server: LiveServer) -> None:
    """Past the HTTP parser's own limit the request never reaches the app: any 4xx (or a closed connection) is
    acceptable, a 5xx or a dead server is not."""
    try:
        response = httpx.get(
            f"{local_server.base_url}/api/cvs", headers={"Authorization": "Bearer " + "a" * 200_000}, timeout=30
        )
    except httpx.HTTPError:
        response = None
    if response is not None:
        assert 400 <= response.status_code < 500
    assert httpx.get(f"{local_server.base_url}/health", timeout=10).status_code == 200


def test_a_token_for_a_deleted_user_is_refused(local_server: LiveServer) -> None:
    """After DELETE /api/me every token issued before it is dead, on every route; a new token starts afresh with
    none of the old data."""
    token = local_server.token("short-lived-user")
    auth = {"Authorization": f"Bearer {token}"}
    body = {"company_name": "Acme", "job_title": "Engineer", "description": "Acme needs an engineer. Python, SQL."}
    assert httpx.post(f"{local_server.base_url}/api/jobs", json=body, headers=auth, timeout=30).status_code == 201
    erased = httpx.delete(f"{local_server.base_url}/api/me", headers=auth, timeout=30)
    assert erased.status_code == 200, erased.text
    for method, path in PROBES:
        _assert_401(_send(local_server, method, path, auth))
    time.sleep(1.1)  # tokens carry whole seconds: a token minted in the same second as the erasure is "before" it
    fresh = {"Authorization": f"Bearer {local_server.token('short-lived-user')}"}
    listed = httpx.get(f"{local_server.base_url}/api/jobs", headers=fresh, timeout=30)
    assert listed.status_code == 200, listed.text
    assert listed.json()["count"] == 0


def test_every_api_route_demands_a_token(local_server: LiveServer) -> None:
    """Walk /openapi.json: every /api operation, called without a token and with ids filled in, answers 401."""
    spec = httpx.get(f"{local_server.base_url}/openapi.json", timeout=30).json()
    checked = 0
    for path, operations in spec["paths"].items():
        if not path.startswith("/api"):
            continue
        concrete = path.replace("{cv_id}", "cv_1").replace("{job_id}", "job_1").replace("{key}", "k")
        for method in operations:
            if method not in {"get", "post", "delete", "put", "patch"}:
                continue
            response = httpx.request(method.upper(), f"{local_server.base_url}{concrete}", timeout=30)
            assert response.status_code == 401, f"{method.upper()} {path}: {response.status_code}"
            checked += 1
    assert checked >= 10, f"only {checked} /api operations found in the OpenAPI document"


# ---------------------------------------------------------------- Cognito mode (RS256 via JWKS)


def _cognito_attacks(setup: CognitoSetup) -> dict[str, str]:
    iss, client = setup.issuer, setup.client_id
    good = cognito_claims(iss, client, "carol")
    past = int(time.time()) - 2 * HOUR
    impostor = RSAKey(setup.key.kid)  # a key of the attacker's own, claiming the published key's id
    return {
        "hs256 keyed with the public key": setup.key.hs256_with_public_key(good),
        "alg none": alg_none({**good}),
        "signed by another key with the same kid": impostor.rs256(good),
        "unknown kid": setup.key.rs256(good, kid="not-in-jwks"),
        "expired": setup.key.rs256(cognito_claims(iss, client, "carol", iat=past, exp=past + 60)),
        "not yet valid": setup.key.rs256(cognito_claims(iss, client, "carol", nbf=int(time.time()) + HOUR)),
        "wrong issuer": setup.key.rs256(cognito_claims("https://cognito-idp.us-east-1.amazonaws.com/x", client, "c")),
        "wrong audience": setup.key.rs256(cognito_claims(iss, "another-client", "carol")),
        "wrong token_use": setup.key.rs256(cognito_claims(iss, client, "carol", token_use="refresh")),
        "access token for another client": setup.key.rs256(
            cognito_claims(iss, client, "carol", token_use="access", aud=None, client_id="another-client")
        ),
        "tampered subject": with_payload(setup.key.rs256(good), sub="dave"),
        "local-mode token": hs256(local_claims("carol"), "some-local-secret-0123456789abcdef"),
    }


COGNITO_CASES = [
    "hs256 keyed with the public key",
    "alg none",
    "signed by another key with the same kid",
    "unknown kid",
    "expired",
    "not yet valid",
    "wrong issuer",
    "wrong audience",
    "wrong token_use",
    "access token for another client",
    "tampered subject",
    "local-mode token",
]


@pytest.mark.parametrize("attack", COGNITO_CASES)
def test_cognito_mode_refuses(cognito: CognitoSetup, attack: str) -> None:
    token = _cognito_attacks(cognito)[attack]
    for method, path in PROBES:
        _assert_401(_send(cognito.server, method, path, {"Authorization": f"Bearer {token}"}))


def test_cognito_mode_accepts_id_and_access_tokens(cognito: CognitoSetup) -> None:
    iss, client = cognito.issuer, cognito.client_id
    for token in (
        cognito.key.rs256(cognito_claims(iss, client, "carol")),
        cognito.key.rs256(cognito_claims(iss, client, "carol", token_use="access", aud=None, client_id=client)),
    ):
        response = _send(cognito.server, "GET", "/api/cvs", {"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.text
