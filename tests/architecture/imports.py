"""The import graph of src/careervp, read from the source (nothing is imported): which module imports which.

An import inside `if TYPE_CHECKING:` is left out (it never runs); an import inside a function counts, since it runs
when the function does. `from careervp.a import b` is an edge to the module `careervp.a.b` when that is a module,
else to `careervp.a`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "careervp"


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported careervp module, or the imported name's root for a third-party one
    names: tuple[str, ...]  # the names taken from it (`from x import a, b`), empty for `import x`
    line: int


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports_of(name: str, path: Path, known: dict[str, Path]) -> Iterator[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_lines(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if not isinstance(node, ast.Import | ast.ImportFrom) or node.lineno in skipped:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(name, _resolve(alias.name, known), (), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                target = candidate if candidate in known else _resolve(base, known)
                yield Import(name, target, (alias.name,), node.lineno)


def _resolve(dotted: str, known: dict[str, Path]) -> str:
    """The longest known careervp module that `dotted` names, or the root of a third-party name."""
    parts = dotted.split(".")
    for end in range(len(parts), 0, -1):
        if ".".join(parts[:end]) in known:
            return ".".join(parts[:end])
    return parts[0]


def import_graph() -> dict[str, list[Import]]:
    known = modules()
    return {name: list(imports_of(name, path, known)) for name, path in known.items()}


def cycles(graph: dict[str, list[Import]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted, in a stable order."""
    edges = {
        name: sorted({i.target for i in found if i.target in graph and i.target != name})
        for name, found in graph.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(groups)
