"""The downloadable formats of a letter version, their media types and file names: one table for the service that
stores and links them, the renderers that draw them and the route that serves them."""

from __future__ import annotations

import re
import unicodedata

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
