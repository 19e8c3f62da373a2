"""Dependencies every route shares: the wiring (from app.state, set once by the app factory) and the caller."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from careervp.core.auth import AuthError, CognitoTokenVerifier, TokenVerifier, issued_at
from careervp.core.bootstrap import Container
from careervp.core.observability import Metrics
from careervp.handlers.api.errors import ApiError
from careervp.handlers.api.idempotency import IdempotencyCoordinator
from careervp.logic.library import Library
from careervp.logic.ports import StorageError
from careervp.models.codes import ResultCode
from careervp.models.results import UserContext


@dataclass
class AppState:
    """Everything a route needs, built once per app (never at import time)."""

    container: Container
    verifier: TokenVerifier
    metrics: Metrics
    idempotency: IdempotencyCoordinator


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.careervp
    return state


# The dependencies are async although they only read app.state: FastAPI runs a sync dependency in a worker thread,
# a hop per request that costs more than the lookup (and waits behind every busy worker thread).
async def _app_state(request: Request) -> AppState:
    return app_state(request)


State = Annotated[AppState, Depends(_app_state)]


async def library(request: Request) -> Library:
    return app_state(request).container.library


LibraryDep = Annotated[Library, Depends(library)]

USER_STATE_KEY = "user"

_bearer = HTTPBearer(
    auto_error=False,
    description="A JWT: HS256 from `careervp token` in local mode, a Cognito ID or access token in cloud mode.",
)


async def current_user(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> UserContext:
    """The caller, from the bearer token; 401 UNAUTHORIZED for anything short of a valid token."""
    if credentials is None or not credentials.credentials:
        raise ApiError(ResultCode.UNAUTHORIZED, "A bearer token is required (Authorization: Bearer <token>).")
    return await user_from_token(request, credentials.credentials)


async def user_from_token(request: Request, token: str) -> UserContext:
    """Verify the token, refuse it when revoked, and remember the user on the request (logs, rate headers)."""
    verifier = app_state(request).verifier
    try:
        if isinstance(verifier, CognitoTokenVerifier):
            user = await run_in_threadpool(verifier.verify, token)  # may fetch the JWKS
        else:
            user = verifier.verify(token)
    except AuthError as error:
        raise ApiError(ResultCode.UNAUTHORIZED, f"Invalid bearer token: {error}.") from error
    _refuse_if_revoked(request, user, token)
    request.state.user_id = user.user_id
    setattr(request.state, USER_STATE_KEY, user)  # for the rate-limit headers of whatever the answer is
    return user


def _refuse_if_revoked(request: Request, user: UserContext, token: str) -> None:
    """A token issued before the account was erased (DELETE /api/me) no longer opens it."""
    try:
        cutoff = app_state(request).container.library.tokens_revoked_before(user.user_id)
    except StorageError as error:
        raise ApiError(ResultCode.STORAGE_ERROR, "The store could not be reached; please retry.") from error
    if cutoff is None:
        return
    issued = issued_at(token)
    if issued is None or issued < cutoff.timestamp():
        raise ApiError(ResultCode.UNAUTHORIZED, "Invalid bearer token: it was issued before this account was erased.")


CurrentUser = Annotated[UserContext, Depends(current_user)]
