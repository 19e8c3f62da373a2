"""`X-RateLimit-*` on every response to a known user, errors included (the contract: every response carries them).

A generation sets them itself, from the counter it just took. Everything else (a replay, a read, a body refused by
validation, a 404) counts nothing, so this middleware adds the quota's current standing, read without counting,
just before the response starts. The user is known once the bearer token was verified (`deps.current_user` puts
the user on the request's state; a request refused before that is identified from its token here); without a valid
token, or when rate limits are off, nothing is added.
"""

from __future__ import annotations

import logging

from anyio import to_thread
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from careervp.core.bootstrap import Container
from careervp.handlers.api.deps import USER_STATE_KEY, user_from_token
from careervp.handlers.api.errors import ApiError
from careervp.logic.ports import StorageError
from careervp.models.results import UserContext

log = logging.getLogger("careervp.api")

_LIMIT_HEADER = b"x-ratelimit-limit"


class RateHeadersMiddleware:
    def __init__(self, app: ASGIApp, container: Container) -> None:
        self.app = app
        self.container = container

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.container.quota.enabled:
            await self.app(scope, receive, send)
            return

        async def send_with_quota(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                user = await _known_user(scope)
                if user is not None and not any(name == _LIMIT_HEADER for name, _ in headers):
                    headers += await self._standing(user)
                    message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_quota)

    async def _standing(self, user: UserContext) -> list[tuple[bytes, bytes]]:
        try:
            headers = await to_thread.run_sync(self.container.quota.standing_headers, user)
        except StorageError:  # the answer itself matters more than its headers
            log.warning("rate-limit standing unavailable for the response headers")
            return []
        return [(name.lower().encode(), value.encode()) for name, value in headers.items()]


async def _known_user(scope: Scope) -> UserContext | None:
    """The user the route verified; or, when the request failed before any route ran (a body that is not JSON),
    the user its bearer token names, if it is valid. An invalid token identifies nobody."""
    user = (scope.get("state") or {}).get(USER_STATE_KEY)
    if isinstance(user, UserContext):
        return user
    request = Request(scope)
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    try:
        return await user_from_token(request, token.strip())
    except ApiError:
        return None
