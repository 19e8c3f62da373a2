from __future__ import annotations

import os
import stat
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jwt
import pytest

from careervp.core.auth import (
    AuthError,
    CognitoTokenVerifier,
    LocalTokenVerifier,
    issued_at,
    load_or_create_secret,
    mint_local_token,
    tier_from_claims,
)

from .jwt_helpers import CLIENT, POOL, REGION, RSAKey, cognito_claims, jwks, tamper_payload, unsigned_token

SECRET = "local-test-secret-0123456789abcdef-0123456789abcdef-0123456789abcdef"


@pytest.fixture
def local() -> LocalTokenVerifier:
    return LocalTokenVerifier(SECRET)


# ---------------------------------------------------------------- local HS256
def test_minted_token_is_accepted_with_its_tier(local: LocalTokenVerifier) -> None:
    user = local.verify(mint_local_token(SECRET, user_id="alice", tier="premium"))
    assert (user.user_id, user.tier) == ("alice", "premium")


def test_unknown_tier_claim_means_free(local: LocalTokenVerifier) -> None:
    assert local.verify(mint_local_token(SECRET, user_id="alice", tier="platinum")).tier == "free"


@pytest.mark.parametrize(
    ("token", "message"),
    [
        ("", "malformed"),
        ("not-a-jwt", "malformed"),
        ("a.b.c", "malformed"),
        ("x" * 9000, "malformed"),
        (mint_local_token(SECRET, user_id="alice", now=datetime.now(UTC) - timedelta(hours=2)), "expired"),
        (mint_local_token(SECRET, user_id="alice", issuer="someone-else"), "issuer"),
        (mint_local_token("another-secret-0123456789abcdef-0123456789", user_id="alice"), "signature"),
        (
            unsigned_token({"sub": "alice", "iss": "careervp-local", "aud": "careervp", "exp": 9999999999, "iat": 1}),
            "algorithm",
        ),
        (tamper_payload(mint_local_token(SECRET, user_id="alice"), sub="mallory"), "signature"),
        (mint_local_token(SECRET, user_id="alice", now=datetime.now(UTC) + timedelta(hours=1)), "not valid yet"),
        (jwt.encode({"sub": "alice", "iss": "careervp-local", "iat": 1, "aud": "careervp"}, SECRET), "exp"),
        (jwt.encode({"iss": "careervp-local", "iat": 1, "exp": 9999999999, "aud": "careervp"}, SECRET), "sub"),
        (jwt.encode({"sub": "a", "iss": "careervp-local", "iat": 1, "exp": 9999999999, "aud": "x"}, SECRET), "not for"),
        (
            jwt.encode(
                {"sub": "a", "iss": "careervp-local", "iat": 1, "exp": 9999999999, "aud": "careervp"},
                SECRET,
                algorithm="HS512",
            ),
            "algorithm",
        ),
        (mint_local_token(SECRET, user_id=" "), "subject"),
        (mint_local_token(SECRET, user_id="a\nb"), "subject"),
        (mint_local_token(SECRET, user_id="alice/../bob"), "subject"),
    ],
)
def test_bad_local_tokens_are_refused(local: LocalTokenVerifier, token: str, message: str) -> None:
    with pytest.raises(AuthError, match=message):
        local.verify(token)


def test_a_verified_token_is_not_decoded_again(local: LocalTokenVerifier, monkeypatch: pytest.MonkeyPatch) -> None:
    token = mint_local_token(SECRET, user_id="alice", tier="premium")
    decoded: list[str] = []
    real_decode = jwt.decode
    monkeypatch.setattr(jwt, "decode", lambda *a, **k: decoded.append("decode") or real_decode(*a, **k))
    first, again = local.verify(token), local.verify(token)
    assert first == again
    assert (again.user_id, again.tier) == ("alice", "premium")
    assert decoded == ["decode"]
    with pytest.raises(AuthError):  # the same token with another signature is checked, not remembered
        local.verify(token[:-2] + ("AA" if not token.endswith("AA") else "BB"))


def test_a_remembered_token_is_refused_once_it_expires(local: LocalTokenVerifier) -> None:
    now = int(time.time())
    claims = {"sub": "alice", "iss": "careervp-local", "aud": "careervp", "iat": now, "exp": now - 29}
    token = jwt.encode(claims, SECRET, algorithm="HS256")
    assert local.verify(token).user_id == "alice"  # within the 30 s leeway
    time.sleep(1.5)
    with pytest.raises(AuthError, match="expired"):
        local.verify(token)


def test_short_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="16"):
        LocalTokenVerifier("short")


def test_secret_is_created_once_with_mode_0600(tmp_path: Path) -> None:
    path = tmp_path / "data" / "jwt.secret"
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(load_or_create_secret(path))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 1
    assert len(results[0]) >= 40
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_or_create_secret(path) == results[0]


# ---------------------------------------------------------------- tiers
@pytest.mark.parametrize(
    ("claims", "tier"),
    [
        ({"custom:tier": "Enterprise"}, "enterprise"),
        ({"custom:tier": "gold", "cognito:groups": ["premium"]}, "premium"),
        ({"cognito:groups": ["admins", "premium", "enterprise"]}, "enterprise"),
        ({"cognito:groups": "premium"}, "premium"),
        ({"cognito:groups": [1, None]}, "free"),
        ({}, "free"),
    ],
)
def test_tier_from_claims(claims: dict[str, Any], tier: str) -> None:
    assert tier_from_claims(claims) == tier


# ---------------------------------------------------------------- Cognito RS256
class _JWKSSource:
    """Counts fetches, so tests can check caching; serves whatever keys it holds now."""

    def __init__(self, *keys: RSAKey) -> None:
        self.keys = list(keys)
        self.fetches = 0
        self.fail = False

    def __call__(self, url: str) -> dict[str, Any]:
        self.fetches += 1
        if self.fail:
            raise ValueError("unreachable")
        return jwks(*self.keys)


def _cognito(source: _JWKSSource, clock: list[float] | None = None) -> CognitoTokenVerifier:
    ticks = clock if clock is not None else [0.0]
    return CognitoTokenVerifier(
        region=REGION, user_pool_id=POOL, client_id=CLIENT, fetch_jwks=source, monotonic=lambda: ticks[0]
    )


def test_cognito_id_and_access_tokens_are_accepted() -> None:
    key = RSAKey()
    verifier = _cognito(_JWKSSource(key))
    user = verifier.verify(key.sign(cognito_claims()))
    assert (user.user_id, user.tier) == ("cognito-user-1", "premium")
    access = cognito_claims(token_use="access", aud=None, client_id=CLIENT, **{"custom:tier": "enterprise"})
    assert verifier.verify(key.sign(access)).tier == "enterprise"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"iss": "https://cognito-idp.eu-west-1.amazonaws.com/other-pool"}, "issuer"),
        ({"aud": "another-client"}, "not for"),
        ({"token_use": "access", "aud": None, "client_id": "another-client"}, "not for"),
        ({"token_use": "refresh"}, "token_use"),
        ({"token_use": None}, "token_use"),
        ({"exp": int(time.time()) - 3600}, "expired"),
        ({"sub": None}, "sub"),
    ],
)
def test_bad_cognito_claims_are_refused(overrides: dict[str, Any], message: str) -> None:
    key = RSAKey()
    with pytest.raises(AuthError, match=message):
        _cognito(_JWKSSource(key)).verify(key.sign(cognito_claims(**overrides)))


def test_cognito_refuses_alg_none_hs256_confusion_and_foreign_keys() -> None:
    key = RSAKey()
    verifier = _cognito(_JWKSSource(key))
    with pytest.raises(AuthError, match="algorithm"):
        verifier.verify(unsigned_token(cognito_claims()))
    public_pem = key.jwk()["n"]  # HS/RS confusion: an HMAC keyed with public material
    with pytest.raises(AuthError, match="algorithm"):
        verifier.verify(jwt.encode(cognito_claims(), public_pem, algorithm="HS256", headers={"kid": key.kid}))
    with pytest.raises(AuthError, match="signature"):
        verifier.verify(RSAKey().sign(cognito_claims(), kid=key.kid))
    with pytest.raises(AuthError, match="signature"):
        verifier.verify(tamper_payload(key.sign(cognito_claims()), sub="someone-else"))
    with pytest.raises(AuthError, match="key id"):
        verifier.verify(jwt.encode(cognito_claims(), key.private, algorithm="RS256"))


def test_jwks_is_cached_and_refetched_for_a_rotated_key_at_most_once_a_minute() -> None:
    old, new = RSAKey("old"), RSAKey("new")
    source = _JWKSSource(old)
    clock = [0.0]
    verifier = _cognito(source, clock)
    for _ in range(3):
        verifier.verify(old.sign(cognito_claims()))
    assert source.fetches == 1
    source.keys = [old, new]
    with pytest.raises(AuthError, match="unknown key"):
        verifier.verify(new.sign(cognito_claims()))  # within the minute: no refetch
    assert source.fetches == 1
    clock[0] = 61.0
    assert verifier.verify(new.sign(cognito_claims())).user_id == "cognito-user-1"
    assert source.fetches == 2


def test_unreachable_jwks_is_an_auth_error() -> None:
    source = _JWKSSource(RSAKey())
    source.fail = True
    with pytest.raises(AuthError, match="unavailable"):
        _cognito(source).verify(RSAKey().sign(cognito_claims()))


def test_issued_at_reads_a_verified_tokens_iat() -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    token = mint_local_token(SECRET, user_id="alice", now=moment)
    assert issued_at(token) == int(moment.timestamp())
    assert issued_at("not-a-token") is None
    assert issued_at(jwt.encode({"sub": "a", "iat": "yesterday"}, SECRET)) is None
