"""The shape of the code, checked on every run: doors that only translate, no import circles, readers that do not
reach into the core, modules a newcomer can read, functions simple enough to follow.

Each rule states what it protects; a failure names the module and the line.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from .imports import PACKAGE, SRC, Import, cycles, import_graph, modules

GRAPH = import_graph()
MAX_MODULE_LINES = 400

# Doors translate: they parse input, call a service and map the result. Storage stays behind the service.
DOOR_MODULES = re.compile(r"careervp\.handlers\.(api\.routes_\w+|web(\.\w+)?|cli(\.\w+)?)$")
REPOSITORY_TYPE = re.compile(r"\w*Repository$")

# What a handler may take from the core: the services (and the library), and the ports' errors and protocols. The
# rules themselves (fact checking, quota arithmetic, the evidence map, scoring) are the services' to apply.
HANDLER_MAY_IMPORT = re.compile(r"careervp\.logic\.(ports|library|service(\.\w+)?)$")


def _where(found: Import) -> str:
    return f"{found.source} line {found.line}: imports {found.target} {', '.join(found.names)}".rstrip()


def test_the_graph_covers_the_doors_and_the_core() -> None:
    # Guards the tests below against silently checking nothing.
    doors = [name for name in GRAPH if DOOR_MODULES.match(name)]
    assert len(doors) >= 8
    assert "careervp.logic.service.generation" in GRAPH
    assert any(i.target == "careervp.logic.service" for i in GRAPH["careervp.logic.library"])


def _reaches_storage(found: Import) -> bool:
    return found.target.startswith("careervp.dal") or any(REPOSITORY_TYPE.match(n) for n in found.names)


def _holds_the_repository(source: str) -> bool:
    """Reads the container's repository (`container.repository`, `state.container.repository`, ...)."""
    return any(isinstance(node, ast.Attribute) and node.attr == "repository" for node in ast.walk(ast.parse(source)))


def test_no_handler_reaches_storage() -> None:
    # Every handler, not only the routes: the app factory and the shared dependencies go through services too.
    offences = [
        _where(found)
        for name, found_imports in GRAPH.items()
        if name.startswith("careervp.handlers")
        for found in found_imports
        if _reaches_storage(found)
    ]
    assert offences == [], "handlers must go through a service:\n" + "\n".join(offences)


def test_handlers_reach_the_core_only_through_services() -> None:
    offences = [
        _where(found)
        for name, found_imports in GRAPH.items()
        if name.startswith("careervp.handlers")
        for found in found_imports
        if found.target.startswith("careervp.logic") and not HANDLER_MAY_IMPORT.match(found.target)
    ]
    assert offences == [], "handlers call a service; the rules stay behind it:\n" + "\n".join(offences)


def test_no_handler_holds_the_repository() -> None:
    using = [
        name
        for name, path in modules().items()
        if name.startswith("careervp.handlers") and _holds_the_repository(path.read_text(encoding="utf-8"))
    ]
    assert using == [], "these handlers read the container's repository; give them a service method instead"


def test_storage_in_a_handler_is_found_when_it_is_there() -> None:
    # Guards the two tests above against checking nothing.
    assert _holds_the_repository("store = app_state(request).container.repository")
    assert not _holds_the_repository("cutoff = state.container.library.tokens_revoked_before(user_id)")
    assert _reaches_storage(Import("careervp.handlers.api.app", "careervp.dal.sqlite", ("SqliteRepository",), 1))
    assert _reaches_storage(Import("careervp.handlers.api.deps", "careervp.logic.ports", ("Repository",), 1))
    assert not _reaches_storage(Import("careervp.handlers.api.deps", "careervp.logic.ports", ("StorageError",), 1))


def test_no_import_circles() -> None:
    assert cycles(GRAPH) == []


def test_a_circle_is_found_when_there_is_one() -> None:
    loop = {
        "a": [Import("a", "b", (), 1)],
        "b": [Import("b", "c", (), 1)],
        "c": [Import("c", "a", (), 1), Import("c", "d", (), 2)],
        "d": [],
    }
    assert cycles(loop) == [["a", "b", "c"]]


def test_readers_do_not_import_the_core() -> None:
    # The readers sit below the core: what both need (the vocabulary) lives in careervp/vocabulary, below both.
    found = [
        _where(i)
        for name, found_imports in GRAPH.items()
        if name.startswith("careervp.ingest")
        for i in found_imports
        if i.target.startswith("careervp.logic")
    ]
    assert found == [], "the readers must not import logic/:\n" + "\n".join(found)


def test_modules_stay_under_the_line_limit() -> None:
    long = {
        str(path.relative_to(SRC)): count
        for path in modules().values()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}, f"split these modules (over {MAX_MODULE_LINES} lines): {long}"


def test_functions_stay_under_the_complexity_limit() -> None:
    """ruff's C901 with the limit and the exceptions set in pyproject.toml (`lint.mccabe.max-complexity`)."""
    ruff = Path(sys.executable).with_name("ruff")
    done = subprocess.run(
        [str(ruff), "check", "--select", "C901", "--output-format", "concise", "--no-cache", str(PACKAGE)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_complexity_limit_is_set_where_ruff_reads_it() -> None:
    text = (SRC.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r"(?ms)^\[tool\.ruff\.lint\.mccabe\]\s*^max-complexity\s*=\s*20\s*$", text)
