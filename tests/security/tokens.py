"""Hand-made bearer tokens for the attack matrix: valid ones, and each way an attacker bends one.

Built with PyJWT and raw base64 (for what PyJWT refuses to produce, such as `alg: none` or a payload edited after
signing), so each token is exactly the attack its name says.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

LOCAL_AUDIENCE = "careervp"
LOCAL_ISSUER = "careervp-local"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64json(value: dict[str, Any]) -> str:
    return b64(json.dumps(value, separators=(",", ":")).encode())


def unb64json(part: str) -> dict[str, Any]:
    padded = part + "=" * (-len(part) % 4)
    value: dict[str, Any] = json.loads(base64.urlsafe_b64decode(padded))
    return value


def local_claims(user: str, **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    claims: dict[str, Any] = {
        "sub": user,
        "iss": LOCAL_ISSUER,
        "aud": LOCAL_AUDIENCE,
        "iat": now,
        "nbf": now,
        "exp": now + 600,
        "custom:tier": "enterprise",
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


def hs256(claims: dict[str, Any], secret: str) -> str:
    return jwt.encode(claims, secret, algorithm="HS256")


def alg_none(claims: dict[str, Any], alg: str = "none") -> str:
    return f"{b64json({'alg': alg, 'typ': 'JWT'})}.{b64json(claims)}."


def with_payload(token: str, **changes: Any) -> str:
    """The same header and signature around an edited payload (what a tamperer sends)."""
    header, payload, signature = token.split(".")
    claims = {**unb64json(payload), **changes}
    return f"{header}.{b64json(claims)}.{signature}"


class RSAKey:
    """A signing key and its JWKS entry, as a Cognito user pool would publish it."""

    def __init__(self, kid: str) -> None:
        self.kid = kid
        self.private = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def jwk(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(RSAAlgorithm.to_jwk(self.private.public_key()))
        return {**data, "kid": self.kid, "alg": "RS256", "use": "sig"}

    def public_pem(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def rs256(self, claims: dict[str, Any], *, kid: str | None = None) -> str:
        return jwt.encode(claims, self.private, algorithm="RS256", headers={"kid": kid or self.kid})

    def hs256_with_public_key(self, claims: dict[str, Any]) -> str:
        """The HS/RS confusion: an HMAC token keyed with the published public key, which a verifier that lets the
        token choose its algorithm would accept."""
        header = {"alg": "HS256", "typ": "JWT", "kid": self.kid}
        signing_input = f"{b64json(header)}.{b64json(claims)}".encode()
        signature = hmac.new(self.public_pem(), signing_input, hashlib.sha256).digest()
        return f"{signing_input.decode()}.{b64(signature)}"


def cognito_claims(issuer: str, audience: str, user: str, **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    claims: dict[str, Any] = {
        "sub": user,
        "iss": issuer,
        "aud": audience,
        "token_use": "id",
        "iat": now,
        "exp": now + 600,
        "cognito:groups": ["enterprise"],
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}
