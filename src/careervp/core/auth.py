"""Bearer tokens: who is calling, and in which rate-limit tier.

Two verifiers behind one small interface:
- local: HS256 tokens signed with a secret kept in the data dir (minted by `careervp token`);
- cognito: RS256 ID or access tokens from a Cognito user pool, keys from its JWKS.
In both, the algorithm is pinned (so `alg: none` and HS/RS confusion fail), and expiry, issuer and subject are
required. Every failure is an `AuthError` whose message is safe to show (it never echoes the token).
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import httpx
import jwt
from jwt import PyJWK, PyJWKSet

from careervp.core.settings import Settings
from careervp.dal.private import private_dir
from careervp.models.results import UserContext

DEFAULT_TIERS_ORDER: tuple[str, ...] = ("free", "premium", "enterprise")
LOCAL_AUDIENCE = "careervp"
MAX_TOKEN_CHARS = 8_192
LEEWAY_S = 30
# Refetch the JWKS for an unknown key id at most this often (keys rotate rarely; bad tokens must not DoS Cognito).
JWKS_REFRESH_MIN_INTERVAL_S = 60.0
JWKS_TIMEOUT_S = 5.0
# Local tokens verified and not yet expired, kept per verifier: a bound on memory, not a tuning knob.
VERIFIED_TOKENS_KEPT = 4_096


class AuthError(Exception):
    """The token is missing, malformed, expired, wrongly signed or not for us (HTTP 401)."""


class TokenVerifier(Protocol):
    def verify(self, token: str) -> UserContext: ...


def issued_at(verified_token: str) -> int | None:
    """The `iat` of a token that a verifier has already accepted (so reading it unverified is safe)."""
    try:
        claims = jwt.decode(verified_token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return None
    value = claims.get("iat")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def tier_from_claims(claims: Mapping[str, Any], tiers: Sequence[str] = DEFAULT_TIERS_ORDER) -> str:
    """`custom:tier` when it names a known tier, else the highest tier among `cognito:groups`, else the lowest."""
    claimed = claims.get("custom:tier")
    if isinstance(claimed, str) and claimed.strip().lower() in tiers:
        return claimed.strip().lower()
    groups = claims.get("cognito:groups")
    if isinstance(groups, str):
        groups = [groups]
    if isinstance(groups, list):
        names = {g.strip().lower() for g in groups if isinstance(g, str)}
        for tier in reversed(tiers):
            if tier in names:
                return tier
    return tiers[0]


def _subject(claims: Mapping[str, Any]) -> str:
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject.strip() or len(subject) > 255:
        raise AuthError("token has no valid subject")
    # "/" is refused because user ids prefix blob keys ("{user_id}/{cv_id}/..."): erasing user "a" must never reach
    # the files of a user "a/b".
    if any(ord(ch) < 0x20 or ch in "\x7f/" for ch in subject):
        raise AuthError("token has no valid subject")
    return subject


def _check_shape(token: str) -> None:
    if not token or len(token) > MAX_TOKEN_CHARS or token.count(".") != 2:
        raise AuthError("malformed bearer token")


def _decode_error_message(error: jwt.PyJWTError) -> str:
    if isinstance(error, jwt.ExpiredSignatureError):
        return "token has expired"
    if isinstance(error, jwt.ImmatureSignatureError):
        return "token is not valid yet"
    if isinstance(error, jwt.InvalidIssuerError):
        return "token has the wrong issuer"
    if isinstance(error, jwt.InvalidAudienceError):
        return "token is not for this service"
    if isinstance(error, jwt.InvalidSignatureError):
        return "token signature is invalid"
    if isinstance(error, jwt.MissingRequiredClaimError):
        return f"token lacks the {error.claim!r} claim"
    if isinstance(error, jwt.InvalidAlgorithmError):
        return "token algorithm is not accepted"
    return "malformed bearer token"


# ---------------------------------------------------------------- local HS256
def load_or_create_secret(path: Path) -> str:
    """The secret in `path`, created (256 random bits, file mode 0600) on first use. Safe when two processes start
    at once: O_EXCL lets exactly one create it and the other reads it."""
    private_dir(path.parent)
    for _ in range(50):
        try:
            value = path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            value = ""
        if value:
            return value
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            time.sleep(0.02)  # another process is writing it; read again
            continue
        value = secrets.token_urlsafe(32)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(value + "\n")
        return value
    raise OSError(f"could not read or create the secret in {path}")


def mint_local_token(
    secret: str,
    *,
    user_id: str,
    tier: str = "free",
    ttl_s: int = 3600,
    issuer: str = "careervp-local",
    now: datetime | None = None,
) -> str:
    issued = int((now or datetime.now(UTC)).timestamp())
    claims = {
        "sub": user_id,
        "iss": issuer,
        "aud": LOCAL_AUDIENCE,
        "iat": issued,
        "nbf": issued,
        "exp": issued + int(ttl_s),
        "custom:tier": tier,
    }
    return jwt.encode(claims, secret, algorithm="HS256")


class LocalTokenVerifier:
    def __init__(self, secret: str, *, issuer: str = "careervp-local", tiers: Sequence[str] = DEFAULT_TIERS_ORDER):
        if len(secret) < 16:
            raise ValueError("the local JWT secret must have at least 16 characters")
        self._secret = secret
        self._issuer = issuer
        self._tiers = tuple(tiers)
        self._verified: dict[str, tuple[UserContext, float]] = {}

    def verify(self, token: str) -> UserContext:
        known = self._verified.get(token)
        if known is not None and time.time() < known[1] + LEEWAY_S:  # as PyJWT: expired at exp + leeway
            return known[0]
        _check_shape(token)
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=["HS256"],
                audience=LOCAL_AUDIENCE,
                issuer=self._issuer,
                leeway=LEEWAY_S,
                options={"require": ["exp", "iat", "sub", "iss", "aud"]},
            )
        except jwt.PyJWTError as error:
            self._verified.pop(token, None)
            raise AuthError(_decode_error_message(error)) from error
        user = UserContext(user_id=_subject(claims), tier=tier_from_claims(claims, self._tiers))
        self._remember(token, user, claims["exp"])
        return user

    def _remember(self, token: str, user: UserContext, expires: Any) -> None:
        """Keep a verified token until it expires: every check but expiry gives the same answer for the same token
        and secret (a token that was not yet valid is never kept), and a client sends one token many times."""
        if not isinstance(expires, int | float) or isinstance(expires, bool):
            return
        if len(self._verified) >= VERIFIED_TOKENS_KEPT:
            self._verified.clear()
        self._verified[token] = (user, float(expires))


# ---------------------------------------------------------------- Cognito RS256
def cognito_issuer(region: str, user_pool_id: str) -> str:
    return f"https://cognito-idp.{region}.amazonaws.com/{user_pool_id}"


def _fetch_jwks(url: str) -> dict[str, Any]:
    response = httpx.get(url, timeout=JWKS_TIMEOUT_S, follow_redirects=False)
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    return body


class CognitoTokenVerifier:
    """Verifies Cognito ID tokens (`aud` = app client id) and access tokens (`client_id` = app client id).

    `verify` may fetch the JWKS (on first use, or for an unknown key id at most once a minute), so callers on an
    event loop should run it in a worker thread.
    """

    def __init__(
        self,
        *,
        region: str,
        user_pool_id: str,
        client_id: str,
        jwks_url: str | None = None,
        tiers: Sequence[str] = DEFAULT_TIERS_ORDER,
        fetch_jwks: Callable[[str], dict[str, Any]] = _fetch_jwks,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.issuer = cognito_issuer(region, user_pool_id)
        self._client_id = client_id
        self._jwks_url = jwks_url or f"{self.issuer}/.well-known/jwks.json"
        self._tiers = tuple(tiers)
        self._fetch = fetch_jwks
        self._monotonic = monotonic
        self._keys: dict[str, PyJWK] = {}
        self._fetched_at: float | None = None
        self._lock = threading.Lock()

    def _refresh(self) -> None:
        now = self._monotonic()
        if self._fetched_at is not None and now - self._fetched_at < JWKS_REFRESH_MIN_INTERVAL_S:
            return
        self._fetched_at = now
        try:
            key_set = PyJWKSet.from_dict(self._fetch(self._jwks_url))
        except (httpx.HTTPError, ValueError, jwt.PyJWTError) as error:
            raise AuthError("token signing keys are unavailable") from error
        self._keys = {key.key_id: key for key in key_set.keys if key.key_id}

    def _key(self, key_id: str) -> PyJWK:
        with self._lock:
            if key_id not in self._keys:
                self._refresh()
            key = self._keys.get(key_id)
        if key is None:
            raise AuthError("token signed with an unknown key")
        return key

    def verify(self, token: str) -> UserContext:
        _check_shape(token)
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as error:
            raise AuthError("malformed bearer token") from error
        if header.get("alg") != "RS256":
            raise AuthError("token algorithm is not accepted")
        key_id = header.get("kid")
        if not isinstance(key_id, str) or not key_id:
            raise AuthError("token has no key id")
        key = self._key(key_id)
        try:
            claims = jwt.decode(
                token,
                key.key,
                algorithms=["RS256"],
                issuer=self.issuer,
                leeway=LEEWAY_S,
                options={"require": ["exp", "iat", "sub", "iss", "token_use"], "verify_aud": False},
            )
        except jwt.PyJWTError as error:
            raise AuthError(_decode_error_message(error)) from error
        self._check_client(claims)
        return UserContext(user_id=_subject(claims), tier=tier_from_claims(claims, self._tiers))

    def _check_client(self, claims: Mapping[str, Any]) -> None:
        use = claims.get("token_use")
        if use == "id":
            audience = claims.get("aud")
            audiences = audience if isinstance(audience, list) else [audience]
            if self._client_id not in audiences:
                raise AuthError("token is not for this service")
        elif use == "access":
            if claims.get("client_id") != self._client_id:
                raise AuthError("token is not for this service")
        else:
            raise AuthError("token has the wrong token_use")


# ---------------------------------------------------------------- from settings
JWT_SECRET_FILE = "jwt.secret"  # noqa: S105 - a file name, not a secret


def local_jwt_secret(settings: Settings) -> str:
    """`CAREERVP_JWT_SECRET` when set, else the secret generated into the data dir on first run."""
    if settings.jwt_secret:
        return settings.jwt_secret
    return load_or_create_secret(settings.data_dir / JWT_SECRET_FILE)


def verifier_from_settings(settings: Settings) -> TokenVerifier:
    tiers = _tier_order(settings)
    if settings.auth_mode == "cognito":
        settings.checked()  # a missing pool, region or client is refused there, by its setting's name
        assert settings.cognito_region
        assert settings.cognito_user_pool_id
        assert settings.cognito_client_id
        return CognitoTokenVerifier(
            region=settings.cognito_region,
            user_pool_id=settings.cognito_user_pool_id,
            client_id=settings.cognito_client_id,
            jwks_url=settings.cognito_jwks_url,
            tiers=tiers,
        )
    return LocalTokenVerifier(local_jwt_secret(settings), issuer=settings.jwt_issuer, tiers=tiers)


def _tier_order(settings: Settings) -> tuple[str, ...]:
    """Tiers from the least to the most generous (by daily quota), so a user in two groups gets the better one."""
    table = settings.rate_limit_tiers
    ordered = sorted(table, key=lambda name: (sum(table[name].values()), name))
    return tuple(ordered) or DEFAULT_TIERS_ORDER
