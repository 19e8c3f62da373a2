"""Private by default: the data dir holds CVs and letters (personal data) and secrets, so whatever the process umask,
directories are created 0700 and files 0600, and only the owner can read them."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """Create `path` and any missing parents with mode 0700 (mkdir's mode is filtered by the umask; chmod is not),
    and make `path` itself 0700 if it already existed. Parents that already existed keep their mode: they may be
    shared folders such as a home directory."""
    missing: list[Path] = []
    current = Path(path)
    while not current.exists():
        missing.append(current)
        current = current.parent
    for directory in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process may have created it meanwhile
            directory.mkdir(mode=DIR_MODE)
        os.chmod(directory, DIR_MODE)
    if not missing:
        os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty if missing, and make it 0600 either way (our own files only, e.g. the SQLite database)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(descriptor)
    os.chmod(path, FILE_MODE)
    return path
