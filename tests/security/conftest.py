"""Servers for the security suite: the real `careervp serve` in local mode (HS256) and in Cognito mode (RS256 with
keys from a JWKS document served on 127.0.0.1, as a user pool would publish them)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from fuzz.live import LiveServer
from security.tokens import RSAKey

REGION = "us-east-1"
POOL = "us-east-1_SecSuite"
CLIENT_ID = "security-suite-client"
ISSUER = f"https://cognito-idp.{REGION}.amazonaws.com/{POOL}"


@pytest.fixture(scope="package")
def local_server() -> Iterator[LiveServer]:
    with LiveServer({"CAREERVP_RATE_LIMITS": "off"}) as server:
        yield server


class JWKSServer:
    def __init__(self, key: RSAKey) -> None:
        async def jwks(_: Request) -> JSONResponse:
            return JSONResponse({"keys": [key.jwk()]})

        app = Starlette(routes=[Route("/jwks.json", jwks)])
        self._server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
        self._thread = threading.Thread(target=self._server.run, name="jwks", daemon=True)
        self.url = ""

    def __enter__(self) -> JWKSServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/jwks.json"
        return self

    def __exit__(self, *_: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


@dataclass
class CognitoSetup:
    server: LiveServer
    key: RSAKey
    issuer: str = ISSUER
    client_id: str = CLIENT_ID


@pytest.fixture(scope="package")
def cognito() -> Iterator[CognitoSetup]:
    key = RSAKey("suite-key-1")
    with JWKSServer(key) as jwks:
        env = {
            "CAREERVP_AUTH_MODE": "cognito",
            "CAREERVP_COGNITO_REGION": REGION,
            "CAREERVP_COGNITO_USER_POOL_ID": POOL,
            "CAREERVP_COGNITO_CLIENT_ID": CLIENT_ID,
            "CAREERVP_COGNITO_JWKS_URL": jwks.url,
            "CAREERVP_RATE_LIMITS": "off",
        }
        with LiveServer(env) as server:
            yield CognitoSetup(server=server, key=key)
