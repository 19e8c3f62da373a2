"""The downloadable formats of a letter version, their media types, file names and blob keys: one table for the
service that stores and links them, the renderers that draw them and the route that serves them."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from careervp.models.records import LetterRecord

DOWNLOAD_FORMATS: tuple[str, ...] = ("pdf", "docx", "md", "txt")
CONTENT_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
}


def download_filename(letter: LetterRecord, fmt: str) -> str:
    """An ASCII file name safe in any Content-Disposition header: 'Cover_Letter_Acme_Corp_Senior_Engineer_v2.pdf'."""
    stem = f"Cover Letter {letter.company_name} {letter.job_title}"
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    safe = re.sub(r"[^A-Za-z0-9]+", "_", ascii_stem).strip("_")[:120] or "Cover_Letter"
    return f"{safe}_v{letter.version}.{fmt}"


class LetterKey(NamedTuple):
    """Where one rendering of one letter version lives in the blob store."""

    user_id: str
    cv_id: str
    job_id: str
    version: int
    fmt: str


# Ids never contain "/" (the API and the CLI refuse it), so the key splits back into its parts unambiguously.
_LETTER_KEY = re.compile(r"(?P<user>[^/]+)/(?P<cv>[^/]+)/(?P<job>[^/]+)/v(?P<version>[1-9]\d{0,8})\.(?P<fmt>[a-z]+)")


def letter_blob_key(user_id: str, cv_id: str, job_id: str, version: int, fmt: str) -> str:
    """The key of a rendering; with `fmt` empty, the prefix shared by every rendering of that version."""
    return f"{user_id}/{cv_id}/{job_id}/v{version}.{fmt}"


def record_blob_key(record: LetterRecord, fmt: str) -> str:
    return letter_blob_key(record.user_id, record.cv_id, record.job_id, record.version, fmt)


def parse_letter_blob_key(key: str) -> LetterKey | None:
    """The parts of a key made by `letter_blob_key`; None for anything else."""
    match = _LETTER_KEY.fullmatch(key)
    if match is None:
        return None
    return LetterKey(match["user"], match["cv"], match["job"], int(match["version"]), match["fmt"])


def user_blob_prefix(user_id: str, cv_id: str | None = None) -> str:
    """Every rendering of the user's letters, or of those written from one CV."""
    return f"{user_id}/{cv_id}/" if cv_id is not None else f"{user_id}/"
