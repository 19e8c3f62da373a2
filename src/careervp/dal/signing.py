"""HMAC-signed, expiring download links served by the app's own `/downloads` route.

The link is `/downloads/{key}?name={filename}&exp={epoch}&sig={hmac}`: the signature covers the key, the file name and
the expiry, so changing any of them (or waiting past `exp`) makes `verify` fail and the route answer 403. The local
file store serves the bytes itself; the S3 store answers with a fresh, short presigned URL on each visit, so a link
stays good for its full 24 hours even though the Lambda role's credentials (which sign S3 URLs) last only hours.
"""

from __future__ import annotations

import hashlib
import hmac
import string
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import quote

from careervp.logic.ports import Presigning, SignedLinks

__all__ = ["DOWNLOAD_PATH", "LinkSigner", "Presigning", "SignedLinks", "encode_segment"]

DOWNLOAD_PATH = "/downloads"
_SIGNATURE_LENGTH = 64  # hex SHA-256

# "", "." and ".." are legal inside ids but mean something to a file system or a URL; they get spellings that
# quote() can never produce, so the mapping stays reversible.
SPECIAL_SEGMENTS = {"": "%", ".": "%2E", "..": "%2E%2E"}


def encode_segment(segment: str, safe: str = "-_.~@+=,") -> str:
    if segment in SPECIAL_SEGMENTS:
        return SPECIAL_SEGMENTS[segment]
    return quote(segment, safe=safe)


class LinkSigner:
    """Makes and checks signed links. `base_url` makes them absolute; without it they are root-relative."""

    def __init__(
        self, secret: bytes, *, base_url: str | None = None, now: Callable[[], datetime] | None = None
    ) -> None:
        if len(secret) < 16:
            raise ValueError("the signing secret must have at least 16 bytes")
        self._keyed = hmac.new(secret, digestmod=hashlib.sha256)  # keyed once; each signature starts from a copy
        self._base_url = base_url.rstrip("/") if base_url else ""
        self._now = now or (lambda: datetime.now(UTC))

    def _signature(self, key: str, filename: str, expires: int) -> str:
        message = f"{key}\n{filename}\n{expires}".encode()
        mac = self._keyed.copy()
        mac.update(message)
        return mac.hexdigest()

    def url(self, key: str, filename: str, expires_in_s: int) -> str:
        expires = int(self._now().timestamp()) + int(expires_in_s)
        path = "/".join(encode_segment(part, safe="") for part in key.split("/"))
        query = f"name={quote(filename, safe='')}&exp={expires}&sig={self._signature(key, filename, expires)}"
        return f"{self._base_url}{DOWNLOAD_PATH}/{path}?{query}"

    def verify(self, key: str, filename: str, expires: int, signature: str) -> bool:
        """True when the signature is ours (constant-time compare) and the link has not expired."""
        if len(signature) != _SIGNATURE_LENGTH or any(ch not in string.hexdigits for ch in signature):
            return False
        if not hmac.compare_digest(self._signature(key, filename, expires), signature.lower()):
            return False
        return int(self._now().timestamp()) < expires
