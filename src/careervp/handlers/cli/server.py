"""`careervp serve` (the HTTP API and web page on embedded defaults) and `careervp token` (a local bearer token).

The server, the wiring and the token library are imported when a command runs, not when `--help` is asked for.
"""

from __future__ import annotations

import importlib
import os
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from careervp.handlers.hosts import is_loopback as _is_loopback

if TYPE_CHECKING:
    from fastapi import FastAPI

    from careervp.core.settings import Settings

BIND_HOST_ENV = "CAREERVP_INTERNAL_BIND_HOST"
LOG_LEVEL_ENV = "CAREERVP_LOG_LEVEL"
WORKERS_ENV = "CAREERVP_INTERNAL_WORKERS"
MAX_TOKEN_TTL_S = 366 * 86_400
SAMPLE_CV = Path("tests/fixtures/corpus_sample/cvs/lena_marwick.md")
SAMPLE_JOB = (
    "Ledgerwell Payments is hiring a Senior Backend Engineer. You will design Go services and Kafka pipelines, "
    "own PostgreSQL performance, and mentor engineers. Requirements: 5+ years of backend engineering, Go or Java, "
    "Kafka, PostgreSQL, AWS."
)


def _settings(*, for_wiring: bool = True) -> Settings:
    """The environment's settings; `for_wiring`: also checked as the wiring checks them, so a server never starts
    on settings it would refuse later."""
    from pydantic import ValidationError

    from careervp.core.settings import Settings, SettingsError

    try:
        settings = Settings()
        return settings.checked() if for_wiring else settings
    except SettingsError as error:
        typer.echo(f"error: invalid setting {error.setting}: {error.problem}", err=True)
        raise typer.Exit(code=2) from error
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ())) or "settings"
        typer.echo(f"error: invalid setting {field}: {first.get('msg')}", err=True)
        raise typer.Exit(code=2) from error


def _web_setup() -> Callable[..., None] | None:
    """The web page's routes, when the web door provides `careervp.handlers.web.register(app, container)`."""
    try:
        module = importlib.import_module("careervp.handlers.web")
    except ImportError:  # pragma: no cover - the package ships with the project
        return None
    setup = getattr(module, "register", None)
    return setup if callable(setup) else None


def _banner(settings: Settings, host: str, port: int) -> str:
    shown_host = "127.0.0.1" if host in {"0.0.0.0", "::"} else host  # noqa: S104 - only for display
    base = f"http://{shown_host}:{port}"
    exe = shlex.quote(sys.argv[0]) if sys.argv and sys.argv[0].endswith("careervp") else "careervp"
    lines = [
        f"CareerVP API on {base}   web page: {base}/   API docs: {base}/docs   data: {settings.data_dir.resolve()}",
    ]
    if settings.auth_mode != "local":
        lines.append("Auth: Cognito bearer tokens (CAREERVP_AUTH_MODE=cognito).")
        return "\n".join(lines)
    cv_file = shlex.quote(str(SAMPLE_CV)) if SAMPLE_CV.is_file() else "your_cv.pdf"
    body = (
        '{"cv_id": "\'"$CV"\'", "job_id": "job-demo", "company_name": "Ledgerwell Payments", '
        '"job_title": "Senior Backend Engineer", "job_description": "' + SAMPLE_JOB + '"}'
    )
    lines += [
        "Try it (another terminal, same folder):",
        f"  TOKEN=$({exe} token --user me)",
        f'  CV=$(curl -s -H "Authorization: Bearer $TOKEN" -F file=@{cv_file} {base}/api/cvs'
        " | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"cv_id\"])')",
        f"  curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -d '{body}' "
        f"{base}/api/cover-letter",
    ]
    return "\n".join(lines)


def proxy_options(settings: Settings) -> dict[str, Any]:
    """uvicorn's X-Forwarded-* handling: on only for the configured proxies (uvicorn's own default would trust
    anything connecting from 127.0.0.1)."""
    if not settings.trusted_proxies:
        return {"proxy_headers": False}
    return {"proxy_headers": True, "forwarded_allow_ips": ",".join(settings.trusted_proxies)}


def application() -> FastAPI:
    """The app, built from the environment: uvicorn's factory when it runs several worker processes (each builds
    its own wiring; SQLite, rate limits and idempotency are safe across processes). Each server process runs the
    CPU stages of generation in its own worker processes (core/cpu_pool.py), the cores shared among them."""
    from careervp.core.bootstrap import build
    from careervp.core.cpu_pool import default_size
    from careervp.core.observability import configure_logging
    from careervp.handlers.api import create_app

    configure_logging(os.environ.get(LOG_LEVEL_ENV, "info"))
    settings = _settings()
    server_processes = int(os.environ.get(WORKERS_ENV, "1"))
    processes = default_size(server_processes) if settings.cpu_processes is None else settings.cpu_processes
    app = create_app(build(settings), extra_setup=_web_setup(), cpu_processes=processes)
    # The web page offers local sign-in only when `serve` bound a loopback address; unknown means no.
    app.state.bind_host = os.environ.get(BIND_HOST_ENV)
    return app


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65_535, help="TCP port.")] = 8000,
    workers: Annotated[
        int,
        typer.Option(min=1, max=32, help="Worker processes (CPU-bound work such as PDF rendering scales with them)."),
    ] = 1,
    log_level: Annotated[str, typer.Option(help="debug, info, warning or error.")] = "info",
) -> None:
    """Run the HTTP API (and the web page) on the configured storage, writer and auth."""
    import uvicorn

    from careervp.core.bootstrap import build
    from careervp.core.observability import configure_logging

    settings = _settings()
    configure_logging(log_level)
    if settings.auth_mode == "local" and not _is_loopback(host):
        typer.echo(
            "warning: local tokens on a non-loopback interface; anyone with the data dir's secret can sign in.",
            err=True,
        )
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_config": None,  # configure_logging routes uvicorn's logs through the JSON handler
        "access_log": False,  # the request middleware logs every request once, with its request id
        "server_header": False,
        **proxy_options(settings),
    }
    # Read by application(), in this process or in each worker.
    os.environ[BIND_HOST_ENV] = host
    os.environ[LOG_LEVEL_ENV] = log_level
    os.environ[WORKERS_ENV] = str(workers)
    if workers == 1:
        app: FastAPI | str = application()
    else:
        build(settings)  # create the data dir, database and secrets once, before the workers race for them
        app, options = "careervp.handlers.cli.server:application", {**options, "factory": True, "workers": workers}
    typer.echo(_banner(settings, host, port))
    uvicorn.run(app, **options)


def token(
    user: Annotated[str, typer.Option("--user", help="The user id (the token's subject).")],
    tier: Annotated[str, typer.Option(help="Rate-limit tier: free, premium or enterprise.")] = "free",
    ttl: Annotated[int, typer.Option(help="Lifetime in seconds.")] = 3600,
) -> None:
    """Print a bearer token the local server accepts (local auth mode only)."""
    from careervp.core.auth import local_jwt_secret, mint_local_token

    settings = _settings(for_wiring=False)  # a local token needs no wiring, and says so in any other mode
    if settings.auth_mode != "local":
        typer.echo("error: tokens are minted only in local auth mode (CAREERVP_AUTH_MODE=local)", err=True)
        raise typer.Exit(code=2)
    user = user.strip()
    if not user or len(user) > 255 or "/" in user or any(ord(ch) < 0x20 for ch in user):
        typer.echo("error: --user must be 1-255 printable characters without '/'", err=True)
        raise typer.Exit(code=2)
    if tier not in settings.rate_limit_tiers:
        typer.echo(f"error: --tier must be one of {', '.join(settings.rate_limit_tiers)}", err=True)
        raise typer.Exit(code=2)
    if not 0 < ttl <= MAX_TOKEN_TTL_S:
        typer.echo(f"error: --ttl must be between 1 and {MAX_TOKEN_TTL_S} seconds", err=True)
        raise typer.Exit(code=2)
    secret = local_jwt_secret(settings)
    typer.echo(mint_local_token(secret, user_id=user, tier=tier, ttl_s=ttl, issuer=settings.jwt_issuer))
