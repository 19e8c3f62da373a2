"""A letter version's files: the renderings stored with it, drawn on first use, linked, served and taken back.

The blob-key format lives in logic/downloads.py; this is the only place that turns a version into keys and back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from careervp.logic.downloads import (
    CONTENT_TYPES,
    DOWNLOAD_FORMATS,
    download_filename,
    parse_letter_blob_key,
    record_blob_key,
)
from careervp.logic.ports import BlobStore, Presigning, Renderer, Repository, SignedLinks, StorageError
from careervp.models.codes import ResultCode
from careervp.models.cv import Person
from careervp.models.records import LetterRecord
from careervp.models.results import Download

# A redirect to the object store is followed at once, so its direct link need live only minutes.
PRESIGNED_REDIRECT_S = 300
BAD_LINK = "This download link is invalid or has expired; open the letter again for a fresh link."
_MAX_EXPIRY_DIGITS = 12  # epoch seconds stay under 12 digits for thirty thousand years


class LetterFiles:
    def __init__(
        self,
        *,
        repository: Repository,
        blobs: BlobStore,
        renderer: Renderer,
        download_ttl_s: int = 86_400,
        eager_formats: Sequence[str] = DOWNLOAD_FORMATS,
    ) -> None:
        """`eager_formats`: renderings stored with each version. The rest are drawn on first download by
        `letter_file` (PDF and DOCX cost most of a letter's CPU, and even the text formats a share of it); a store
        that serves files itself, such as S3 behind presigned URLs, needs them all up front."""
        self._repo = repository
        self._blobs = blobs
        self._render = renderer
        self._download_ttl_s = download_ttl_s
        self._eager_formats = tuple(f for f in DOWNLOAD_FORMATS if f in eager_formats)

    def render_all(self, record: LetterRecord, candidate: Person) -> None:
        """Store the eager renderings of a new version (all four formats unless configured otherwise; none when
        every format is drawn on first download)."""
        for fmt in self._eager_formats:
            self._put_rendering(record, candidate, fmt)

    def _put_rendering(self, record: LetterRecord, candidate: Person, fmt: str) -> bytes:
        data = self._render(record, candidate, fmt)
        self._blobs.put(record_blob_key(record, fmt), data, CONTENT_TYPES[fmt])
        return data

    def letter_file(self, record: LetterRecord, fmt: str) -> bytes | None:
        """A version's rendering: from the blob store, or drawn now (and kept) when it was left for first use.
        None when the format is unknown or the CV behind the letter is gone."""
        if fmt not in DOWNLOAD_FORMATS:
            return None
        stored = self._blobs.get(record_blob_key(record, fmt))
        if stored is not None:
            return stored
        cv_record = self._repo.get_cv(record.user_id, record.cv_id)
        if cv_record is None:
            return None
        return self._put_rendering(record, cv_record.cv.person, fmt)

    def download_urls(self, record: LetterRecord) -> dict[str, str]:
        return {
            fmt: self._blobs.signed_url(
                record_blob_key(record, fmt), download_filename(record, fmt), self._download_ttl_s
            )
            for fmt in DOWNLOAD_FORMATS
        }

    def fresh_links(self, user_id: str, cv_id: str, job_id: str, version: int | None) -> dict[str, str] | None:
        """Links signed now for a stored version; None when it is gone or the store cannot say."""
        try:
            record = self._repo.get_letter(user_id, cv_id, job_id, version)
        except StorageError:
            return None
        return self.download_urls(record) if record is not None else None

    def undo_version(self, record: LetterRecord) -> None:
        """Take back a version stored moments ago and never handed out: its files, its record, and (when it was the
        newest) its number, so a failed attempt leaves no trace."""
        # Best effort, each step on its own: a failing blob store must not keep the version record alive.
        with contextlib.suppress(Exception):
            self._blobs.delete_prefix(record_blob_key(record, ""))
        with contextlib.suppress(Exception):
            self._repo.undo_letter_version(record.user_id, record.cv_id, record.job_id, record.version)

    def open_download(self, key: str, name: str | None, exp: str | None, sig: str | None) -> Download:
        """Check every part of a signed link (a mangled link of any shape is FORBIDDEN, never a validation error),
        then serve the file, or send the caller to the object store's own short-lived link."""
        blobs = self._blobs
        if not isinstance(blobs, SignedLinks):
            return Download(error=(ResultCode.NOT_FOUND, "Downloads are served by the blob store's own links."))
        expires = (
            int(exp) if exp is not None and exp.isascii() and exp.isdigit() and len(exp) <= _MAX_EXPIRY_DIGITS else None
        )
        if name is None or expires is None or sig is None or not blobs.verify(key, name, expires, sig):
            return Download(error=(ResultCode.FORBIDDEN, BAD_LINK))
        if isinstance(blobs, Presigning):
            # The object store serves the bytes; a fresh short link means the role's credentials are always current.
            return Download(redirect_url=blobs.presign(key, name, PRESIGNED_REDIRECT_S))
        try:
            data = blobs.get(key) or self._draw_on_first_use(key)
        except StorageError:
            return Download(
                error=(ResultCode.STORAGE_ERROR, "The letter file could not be read or saved; please retry.")
            )
        if data is None:
            return Download(error=(ResultCode.NOT_FOUND, "This letter no longer exists."))
        fmt = key.rsplit(".", 1)[-1].lower()
        return Download(data=data, media_type=CONTENT_TYPES.get(fmt, "application/octet-stream"))

    def _draw_on_first_use(self, key: str) -> bytes | None:
        """Renderings not drawn at generation (PDF, DOCX) are drawn on their first download, from the stored
        version."""
        parts = parse_letter_blob_key(key)
        if parts is None:
            return None
        record = self._repo.get_letter(parts.user_id, parts.cv_id, parts.job_id, parts.version)
        return self.letter_file(record, parts.fmt) if record is not None else None
