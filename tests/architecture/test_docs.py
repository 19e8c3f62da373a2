"""docs/ARCHITECTURE.md names only what exists: every module, package and class it names in backticks is in the code
(or, for a path outside src/, in the repository), and every package of careervp has its place on the page."""

from __future__ import annotations

import re

from .imports import PACKAGE, SRC, modules

ROOT = SRC.parent
PAGE = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
# `logic/service/claims.py`, `files.py`, `ingest/`: a path, or a file named within the package a line is about.
PATH = re.compile(r"`([\w./]+(?:\.py|/))`")
CLASS = re.compile(r"`([A-Z][a-z]+[A-Z]\w*)`")


def _files() -> list[str]:
    return (
        [str(path.relative_to(ROOT)) for path in modules().values()]
        + [str(path.relative_to(ROOT)) for path in (ROOT / "tests").rglob("*.py")]
        + [str(path.relative_to(ROOT)) for path in (ROOT / "bench").rglob("*.py")]
    )


def _exists(name: str, files: list[str]) -> bool:
    if name.endswith("/"):
        return (ROOT / name).is_dir() or any(path.is_dir() for path in PACKAGE.glob(f"**/{name}"))
    return any(f == name or f.endswith("/" + name) for f in files)


def test_every_path_the_page_names_exists() -> None:
    files = _files()
    missing = sorted({name for name in PATH.findall(PAGE) if not _exists(name, files)})
    assert missing == [], f"docs/ARCHITECTURE.md names what is not there: {missing}"


def test_every_class_the_page_names_is_defined() -> None:
    source = "\n".join(path.read_text(encoding="utf-8") for path in modules().values())
    missing = sorted({name for name in CLASS.findall(PAGE) if not re.search(rf"\bclass {name}\b", source)})
    assert missing == [], f"docs/ARCHITECTURE.md names classes that are not defined: {missing}"


def test_every_package_has_its_place_on_the_page() -> None:
    packages = sorted(
        str(path.parent.relative_to(PACKAGE)) + "/" for path in PACKAGE.rglob("__init__.py") if path.parent != PACKAGE
    )
    unnamed = [name for name in packages if not re.search(re.escape(name.rstrip("/")) + r"(?![\w.])", PAGE)]
    assert unnamed == [], f"packages docs/ARCHITECTURE.md does not place: {unnamed}"


def test_a_missing_path_is_found() -> None:
    files = _files()
    assert _exists("logic/service/generation.py", files)
    assert _exists("claims.py", files)
    assert not _exists("logic/service.py", files)
    assert not _exists("handlers/cli.py", files)
    assert _exists("cli/", files)
    assert not _exists("service/claims/", files)
