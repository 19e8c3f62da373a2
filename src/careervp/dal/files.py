"""BlobStore adapter on the local file system, with HMAC-signed, expiring download URLs served by the app itself.

The URL is `/downloads/{key}?name={filename}&exp={epoch}&sig={hmac}`: the signature covers the key, the file name
and the expiry, so changing any of them (or waiting past `exp`) makes `verify` fail and the route answer 403. Keys
come from user ids and resource ids; each segment is percent-encoded on disk (".." included) and the resolved path
must stay inside the root, so no key can reach outside it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote

from careervp.dal.private import private_dir
from careervp.dal.signing import DOWNLOAD_PATH, SPECIAL_SEGMENTS, LinkSigner, encode_segment
from careervp.logic.ports import StorageError

__all__ = ["DOWNLOAD_PATH", "InvalidKey", "LocalBlobStore"]


class InvalidKey(StorageError):
    """An empty key, or one that would resolve outside the store (defence in depth: encoding prevents it)."""


def _segments(key: str) -> list[str]:
    if not key:
        raise InvalidKey("empty blob key")
    return key.split("/")


_SPECIAL_DECODED = {v: k for k, v in SPECIAL_SEGMENTS.items()}
_encode_segment = encode_segment


def _decode_segment(part: str) -> str:
    return _SPECIAL_DECODED.get(part, unquote(part))


def _temporary_file(folder: Path) -> tuple[int, str]:
    """A new file in `folder`, mode 0600 (kept by the rename that publishes it). The folder is made, private, only
    when it is missing: a letter's renderings share one folder, and only the first of them creates it."""
    try:
        return tempfile.mkstemp(dir=folder, prefix=".tmp-")
    except FileNotFoundError:
        private_dir(folder)
        return tempfile.mkstemp(dir=folder, prefix=".tmp-")


class LocalBlobStore:
    """Files under `root`; `signed_url` gives a link to the app's `/downloads` route (absolute when `base_url` is
    set, otherwise root-relative, and the route makes it absolute from the request)."""

    def __init__(
        self,
        root: Path,
        secret: bytes,
        *,
        base_url: str | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self._root = Path(root)
        self._links = LinkSigner(secret, base_url=base_url, now=now)
        private_dir(self._root)
        self._real_root = self._root.resolve()  # resolved once: every key's path is checked against it

    @property
    def root(self) -> Path:
        return self._root

    def _path(self, key: str) -> Path:
        return self._inside(_segments(key))

    def _inside(self, segments: list[str]) -> Path:
        path = self._root.joinpath(*(_encode_segment(part) for part in segments))
        if not path.resolve().is_relative_to(self._real_root):
            raise InvalidKey(f"invalid blob key {'/'.join(segments)!r}")
        return path

    def put(self, key: str, data: bytes, content_type: str) -> None:
        """Write atomically (temp file + rename), so a reader never sees half a file."""
        path = self._path(key)
        try:
            handle, temporary = _temporary_file(path.parent)
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except OSError as error:
            raise StorageError(f"could not store {key!r}: {error}") from error

    def get(self, key: str) -> bytes | None:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            return None
        except InvalidKey:
            return None
        except OSError as error:
            raise StorageError(f"could not read {key!r}: {error}") from error

    def delete_prefix(self, prefix: str) -> int:
        """Delete every blob whose key starts with `prefix` (a user, a CV, or one letter version); return how many."""
        if not prefix:
            raise InvalidKey("refusing to delete every blob")
        *folders, _last = prefix.split("/")
        base = self._inside(folders)
        if not base.is_dir():
            return 0
        removed = 0
        try:
            for path in sorted(base.rglob("*"), reverse=True):
                if path.is_file():
                    key = "/".join(_decode_segment(part) for part in path.relative_to(self._root).parts)
                    if key.startswith(prefix) and not path.name.startswith(".tmp-"):
                        path.unlink()
                        removed += 1
                elif path.is_dir() and not any(path.iterdir()):
                    path.rmdir()
            if base != self._root and base.is_dir() and not any(base.iterdir()):
                shutil.rmtree(base, ignore_errors=True)
        except OSError as error:
            raise StorageError(f"could not delete {prefix!r}: {error}") from error
        return removed

    # ---------------------------------------------------------------- signed URLs
    def signed_url(self, key: str, filename: str, expires_in_s: int) -> str:
        _segments(key)
        return self._links.url(key, filename, expires_in_s)

    def verify(self, key: str, filename: str, expires: int, signature: str) -> bool:
        return self._links.verify(key, filename, expires, signature)
