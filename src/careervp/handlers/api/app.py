"""The FastAPI app factory. `create_app(container)` wires routes, auth, errors, CORS, logging and metrics around a
container built by `careervp.core.bootstrap.build`; nothing is created at import time.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from anyio import to_thread
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi

from careervp.core.auth import TokenVerifier, verifier_from_settings
from careervp.core.bootstrap import Container
from careervp.core.cpu_pool import ProcessPoolRunner
from careervp.core.observability import Metrics
from careervp.handlers.api import routes_generation, routes_letters, routes_library, routes_system
from careervp.handlers.api.deps import AppState
from careervp.handlers.api.errors import install_error_handlers
from careervp.handlers.api.idempotency import IdempotencyCoordinator
from careervp.handlers.api.middleware import BodyLimitMiddleware, RequestContextMiddleware
from careervp.handlers.api.rate_headers import RateHeadersMiddleware
from careervp.handlers.api.routes_system import StorageReadiness
from careervp.llm import close_model_client
from careervp.logic.ports import StorageError
from careervp.logic.service.stages import in_worker_thread

log = logging.getLogger("careervp.api")

# Sync routes (CRUD, CV parsing) and store calls share anyio's worker threads. The default of 40 would make the
# 41st concurrent upload wait; generation never holds a thread while it waits on a model, so this only bounds CPU work.
WORKER_THREADS = 128
# Multipart framing around a file of max_upload_bytes.
MULTIPART_OVERHEAD_BYTES = 64 * 1024

DESCRIPTION = """
Truthful, tailored cover letters: every fact in a letter is checked against the caller's CV (FVS) and scored.

**Auth:** `Authorization: Bearer <JWT>` on every `/api` route. Local mode: `careervp token --user ID`.
**Ownership:** another user's CV or letter answers **403 FORBIDDEN** (CV ids are random; no data is revealed);
job ids, which you may choose, are yours alone: another user's job with the same id is simply not there (404).
**Errors:** always `{"success": false, "cover_letter": null, "error", "code", "processing_time_ms",
"cost_estimate"}`, plus `field` for invalid input, `retry_after` for 429 and `fvs_validation` for FVS failures.
"""


def create_app(
    container: Container,
    *,
    verifier: TokenVerifier | None = None,
    metrics: Metrics | None = None,
    extra_setup: Callable[[FastAPI, Container], None] | None = None,
    cpu_processes: int = 0,
    process_lifespan: bool = True,
) -> FastAPI:
    """`verifier` replaces the one settings would choose (e.g. the Lambda door trusting API Gateway's authorizer);
    `extra_setup` lets another door add routes (the web page) with the same wiring; `cpu_processes` > 0 runs the
    CPU stages of generation in that many worker processes while the app is up (`careervp serve`);
    `process_lifespan` False: the lifespan runs around every request (Mangum in Lambda), so the model adapter's pooled
    connections are kept for the container's life instead of being closed at its end."""
    settings = container.settings
    metrics = metrics or Metrics()

    idempotency = IdempotencyCoordinator(container.claims, wait_timeout_s=settings.llm_timeout_s + 30)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        pool = ProcessPoolRunner(cpu_processes) if cpu_processes > 0 else None
        if pool is not None:
            pool.start()  # warmed in the background; stages wait for the first warm worker
            container.service.use_cpu_runner(pool)
        app.state.cpu_pool = pool
        try:
            await idempotency.recover_abandoned()  # claims a crashed process left behind
        except StorageError:
            log.warning("abandoned idempotency claims could not be settled at start-up; retries settle them")
        try:
            yield
        finally:
            if process_lifespan:
                await close_model_client(container.llm)
            if pool is not None:
                container.service.use_cpu_runner(in_worker_thread)
                await pool.close()

    app = FastAPI(
        title="CareerVP cover letters",
        version="1.0.0",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.careervp = AppState(
        container=container,
        verifier=verifier or verifier_from_settings(settings),
        metrics=metrics,
        idempotency=idempotency,
    )
    app.state.storage_readiness = StorageReadiness(container.library.storage_answers)
    install_error_handlers(app)
    for module in (routes_system, routes_generation, routes_library, routes_letters):
        app.include_router(module.router)
    if extra_setup is not None:
        extra_setup(app, container)

    # Outermost last: CORS wraps everything (so even a 500 carries its headers), then request context, then limits.
    app.add_middleware(RateHeadersMiddleware, container=container)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_upload_bytes + MULTIPART_OVERHEAD_BYTES)
    app.add_middleware(RequestContextMiddleware, metrics=metrics)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "X-Request-ID"],
        expose_headers=[
            "X-RateLimit-Limit",
            "X-RateLimit-Remaining",
            "X-RateLimit-Reset",
            "Retry-After",
            "X-Request-ID",
            "Idempotent-Replayed",
        ],
        max_age=600,
    )
    app.openapi = _openapi_without_422(app)  # type: ignore[method-assign]
    return app


def _openapi_without_422(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """FastAPI documents a 422 on every route with inputs; this API answers 400 INVALID_REQUEST instead."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            for path in schema.get("paths", {}).values():
                for operation in path.values():
                    if isinstance(operation, dict):
                        operation.get("responses", {}).pop("422", None)
            for name in ("HTTPValidationError", "ValidationError"):
                schema.get("components", {}).get("schemas", {}).pop(name, None)
            app.openapi_schema = schema
        return app.openapi_schema

    return openapi
