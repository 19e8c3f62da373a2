"""`careervp --help` loads only the command line itself: no service, settings, HTTP client, token library or asyncio
(their import is what made the help slow; the time itself is measured in bench/cli_start.py, not here)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "careervp.logic.service",
    "careervp.core.settings",
    "careervp.core.bootstrap",
    "httpx",
    "jwt",
    "pydantic",
    "asyncio",
    "ssl",
)
PROBE = (
    "import sys\n"
    "from careervp.handlers.cli import app\n"
    "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
    "print('LOADED=' + ','.join(sorted(m for m in sys.argv[1:] if m in sys.modules)))\n"
)


def _loaded(*argv: str) -> tuple[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.replace("['--help']", repr(list(argv))), *HEAVY],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    marker = done.stdout.rsplit("LOADED=", 1)[-1].strip()
    return done.stdout, [name for name in marker.split(",") if name]


def test_help_lists_every_command_without_loading_the_service() -> None:
    output, loaded = _loaded("--help")
    for command in ("letter", "verify", "batch", "serve", "token"):
        assert command in output
    assert loaded == []


def test_a_command_help_loads_neither_the_service_nor_the_settings() -> None:
    output, loaded = _loaded("batch", "--help")
    assert "--concurrency" in output
    # Typer itself builds a command's option parsers with Pydantic, so only the root help is free of it.
    assert loaded == ["pydantic"]
