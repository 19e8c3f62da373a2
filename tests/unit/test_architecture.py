"""The core stays pure: nothing in models/, logic/ or vocabulary/ reaches infrastructure or the doors; the layers
stand in one order (vocabulary below the readers, the readers below the logic)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "careervp"
FORBIDDEN_ROOTS = {
    "boto3",
    "botocore",
    "fastapi",
    "starlette",
    "sqlite3",
    "httpx",
    "uvicorn",
    "mangum",
    "aws_lambda_powertools",
}
FORBIDDEN_PACKAGES = ("careervp.handlers", "careervp.dal", "careervp.llm", "careervp.core.bootstrap")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


CORE_FILES = sorted(
    [
        *SRC.joinpath("models").rglob("*.py"),
        *SRC.joinpath("logic").rglob("*.py"),
        *SRC.joinpath("vocabulary").rglob("*.py"),
    ]
)


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: str(p.relative_to(SRC)))
def test_core_module_imports_no_infrastructure(path: Path) -> None:
    for name in _imports(path):
        assert name.split(".")[0] not in FORBIDDEN_ROOTS, f"{path.name} imports {name}"
        assert not name.startswith(FORBIDDEN_PACKAGES), f"{path.name} imports {name}"


def test_core_files_found() -> None:
    # Guards the parametrised test above against silently checking nothing.
    assert len(CORE_FILES) >= 5


# Each layer may use only the layers below it: the vocabulary of the trades is shared by the readers and the core,
# so it depends on neither; the readers turn files into models and never reach into the logic that judges letters.
LAYERS = {
    "vocabulary": ("careervp.vocabulary",),
    "ingest": ("careervp.vocabulary", "careervp.models", "careervp.ingest"),
}


@pytest.mark.parametrize(
    ("layer", "path"),
    [(layer, path) for layer in LAYERS for path in sorted(SRC.joinpath(layer).rglob("*.py"))],
    ids=lambda item: item if isinstance(item, str) else str(item.relative_to(SRC)),
)
def test_a_layer_imports_only_the_layers_below_it(layer: str, path: Path) -> None:
    own = [name for name in _imports(path) if name.startswith("careervp")]
    assert all(name.startswith(LAYERS[layer]) for name in own), f"{path.relative_to(SRC)} imports {own}"
