"""The command line: `careervp letter | verify | batch | serve | token`, one module per command group.

Every command goes through the same wiring as the HTTP API (`bootstrap.build`); errors print one line and exit
non-zero, never a traceback. The command modules import only typer and plain enums at the top, so `careervp --help`
starts without loading the service, the settings or any HTTP or token library.
"""

from __future__ import annotations

import sys

import typer

from careervp.handlers.cli.batch import batch
from careervp.handlers.cli.letters import letter, verify
from careervp.handlers.cli.server import serve, token

app = typer.Typer(
    name="careervp",
    help="Truthful, tailored cover letters: every fact checked against your CV.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help and usage errors: rich's formatter alone takes longer to import than the rest of the CLI.
    rich_markup_mode=None,
)
app.command("letter")(letter)
app.command("verify")(verify)
app.command("batch")(batch)
app.command("serve")(serve)
app.command("token")(token)


def main() -> None:
    """Console entry point: typer's exit handling, and no traceback for anything unexpected."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # last resort: a user never sees a traceback
        typer.echo(f"error: unexpected failure ({type(exc).__name__}: {exc})", err=True)
        sys.exit(1)
