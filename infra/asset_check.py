#!/usr/bin/env python3
"""Checks the Lambda asset `make build-lambda` builds against the runtime it will run on.

- glibc: every ELF file (extension modules, bundled shared libraries) lists the GLIBC_x.y symbol versions it needs
  in its `.gnu.version_r` section; the highest one must not exceed the runtime's glibc (Amazon Linux 2023: 2.34;
  Amazon Linux 2: 2.26). A wheel built for a newer glibc imports fine on the build machine and fails on Lambda
  with "version `GLIBC_2.28' not found", so this is read from the files rather than trusted from wheel tags.
- bytecode: every module has a `.pyc` for the runtime's Python (`__pycache__/*.cpython-313.pyc`), hash-based and
  unchecked, so a cold start reads it instead of compiling: the asset's zip resets file times, which would
  invalidate timestamp-based bytecode.

    python infra/asset_check.py build/lambda                  # glibc and bytecode, against the configured runtime
    python infra/asset_check.py build/lambda --max-glibc 2.26 # what an Amazon Linux 2 runtime would say
    python infra/asset_check.py --find-python 3.13            # the interpreter that compiles and tries the asset
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from elftools.elf.elffile import ELFFile
from elftools.elf.gnuversions import GNUVerNeedSection

sys.path.insert(0, str(Path(__file__).resolve().parent))

from careervp_infra.config import LAMBDA_PYTHON_VERSION, RUNTIME_GLIBC

Version = tuple[int, int]
_GLIBC = re.compile(r"^GLIBC_(\d+)\.(\d+)(?:\.\d+)?$")
_ELF_MAGIC = b"\x7fELF"
# The flags word of a PEP 552 `.pyc` header: bit 0 hash-based, bit 1 check the source.
_UNCHECKED_HASH = 0b01


@dataclass(frozen=True)
class ElfNeeds:
    path: Path
    glibc: Version | None  # highest GLIBC_x.y it needs; None when it needs no versioned glibc symbol
    machine: str


def elf_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == _ELF_MAGIC:
                    yield path


def glibc_needs(path: Path) -> ElfNeeds:
    """The highest GLIBC symbol version `path` requires, from its version-needed section."""
    with path.open("rb") as handle:
        elf = ELFFile(handle)
        highest: Version | None = None
        for section in elf.iter_sections():
            if not isinstance(section, GNUVerNeedSection):
                continue
            for _needed, auxiliaries in section.iter_versions():
                for aux in auxiliaries:
                    match = _GLIBC.match(aux.name)
                    if match:
                        version = (int(match[1]), int(match[2]))
                        highest = version if highest is None else max(highest, version)
        return ElfNeeds(path, highest, str(elf["e_machine"]))


def scan(root: Path) -> list[ElfNeeds]:
    return [glibc_needs(path) for path in elf_files(root)]


def too_new(found: list[ElfNeeds], max_glibc: Version) -> list[ElfNeeds]:
    return [needs for needs in found if needs.glibc is not None and needs.glibc > max_glibc]


def missing_bytecode(root: Path, python_version: str) -> list[Path]:
    """Modules without an unchecked hash-based `.pyc` for `python_version` next to them."""
    tag = f"cpython-{python_version.replace('.', '')}"
    missing = []
    for source in sorted(root.rglob("*.py")):
        compiled = source.parent / "__pycache__" / f"{source.stem}.{tag}.pyc"
        if not compiled.is_file() or _pyc_flags(compiled) != _UNCHECKED_HASH:
            missing.append(source)
    return missing


def _pyc_flags(path: Path) -> int:
    with path.open("rb") as handle:
        header = handle.read(8)
    return int.from_bytes(header[4:8], "little") if len(header) == 8 else -1


def find_python(version: str) -> str | None:
    """An interpreter of `version` (e.g. "3.13"): on PATH (CI's setup-python), else a pyenv install (this project's
    machines), else what uv knows of. Each candidate is run, so a pyenv shim that points elsewhere is skipped."""
    candidates = [shutil.which(f"python{version}")]
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates += sorted(glob.glob(str(pyenv_root / "versions" / f"{version}.*" / "bin" / f"python{version}")))
    for candidate in candidates:
        if candidate and _reports(candidate, version):
            return candidate
    return None


def _reports(interpreter: str, version: str) -> bool:
    try:
        result = subprocess.run(  # noqa: S603 - an interpreter found on PATH or in pyenv, asked its version
            [interpreter, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except OSError:
        return False
    return result.returncode == 0 and result.stdout.strip() == version


def _version(text: str) -> Version:
    major, minor = text.split(".")
    return int(major), int(minor)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("asset", nargs="?", type=Path)
    parser.add_argument("--max-glibc", type=_version, default=RUNTIME_GLIBC, help="the runtime's glibc, e.g. 2.34")
    parser.add_argument("--python", default=LAMBDA_PYTHON_VERSION, help="the runtime's Python, e.g. 3.13")
    parser.add_argument("--find-python", metavar="VERSION", help="print an interpreter of VERSION and exit")
    args = parser.parse_args(argv)
    if args.find_python:
        found = find_python(args.find_python)
        if found is None:
            print(f"no Python {args.find_python} interpreter found (PATH, pyenv)", file=sys.stderr)
            return 2
        print(found)
        return 0
    if args.asset is None or not args.asset.is_dir():
        parser.error("give the asset folder (build/lambda): run `make build-lambda` first")
    found_elf = scan(args.asset)
    limit = "{}.{}".format(*args.max_glibc)
    problems = [
        f"{needs.path.relative_to(args.asset)} needs GLIBC_{needs.glibc[0]}.{needs.glibc[1]} (runtime has {limit})"
        for needs in too_new(found_elf, args.max_glibc)
        if needs.glibc is not None
    ]
    problems += [
        f"{needs.path.relative_to(args.asset)} is built for {needs.machine}, not x86-64"
        for needs in found_elf
        if needs.machine != "EM_X86_64"
    ]
    problems += [
        f"{path.relative_to(args.asset)} has no unchecked-hash bytecode for Python {args.python}"
        for path in missing_bytecode(args.asset, args.python)
    ]
    highest = max((n.glibc for n in found_elf if n.glibc is not None), default=None)
    summary = f"GLIBC_{highest[0]}.{highest[1]}" if highest else "no versioned glibc symbol"
    print(f"{len(found_elf)} ELF files, highest need {summary}, runtime glibc {limit}, Python {args.python}")
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
