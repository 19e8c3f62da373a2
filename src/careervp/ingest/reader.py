"""read_cv: bytes of any supported CV file -> CV, choosing the reader by content first and file name second."""

from __future__ import annotations

from pathlib import Path

from careervp.ingest.documents import docx_text, pdf_text
from careervp.ingest.errors import CVReadError
from careervp.ingest.hygiene import strip_invisible
from careervp.ingest.json_resume import parse_json_resume
from careervp.ingest.text_cv import parse_text_cv
from careervp.models.cv import CV

MAX_TEXT_CHARS = 500_000
MAX_FILE_BYTES = 20 * 1024 * 1024

_TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".mdown", ".mkd", ""}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")


def _decode(data: bytes) -> str:
    """Bytes -> text for a text file, refusing binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CVReadError("The text file's encoding could not be read.") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise CVReadError(
            "This file type is not supported. Upload a PDF, DOCX, Markdown, plain-text or JSON Resume CV."
        )
    return text


def _checked(text: str) -> str:
    text = strip_invisible(text)
    if not text.strip():
        raise CVReadError("The CV file is empty.")
    if len(text) > MAX_TEXT_CHARS:
        raise CVReadError(f"The CV text is too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}).")
    return text


def read_cv(data: bytes, filename: str) -> CV:
    """Read a CV from a PDF, DOCX, JSON Resume, Markdown or plain-text file.

    Raises CVReadError with a message for the user when the file is empty, damaged, of an unsupported type,
    has no extractable text, or has no recognisable work experience. Never returns a guessed CV.
    """
    if not data or not data.strip():
        raise CVReadError("The CV file is empty.")
    if len(data) > MAX_FILE_BYTES:
        raise CVReadError(f"The CV file is too large ({len(data):,} bytes; the limit is {MAX_FILE_BYTES:,}).")
    suffix = Path(filename or "").suffix.lower()
    head = data[:1024]
    if b"%PDF-" in head:
        return parse_text_cv(_checked(pdf_text(data)))
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        return parse_text_cv(_checked(docx_text(data)))
    if data.startswith(_OLE_MAGIC) or suffix == ".doc":
        raise CVReadError(
            "Old Word (.doc) files and password-protected DOCX files cannot be read. Save the CV as .docx "
            "(without a password) or PDF and upload it again."
        )
    if data.startswith(_IMAGE_MAGIC):
        raise CVReadError(
            "The file is an image, which has no text to read. Upload a PDF exported from a word processor, a DOCX, "
            "or a text/Markdown version of the CV."
        )
    if suffix == ".pdf":
        raise CVReadError("The file is named .pdf but is not a PDF, so its text cannot be read.")
    if data.lstrip().startswith(b"{\\rtf"):
        raise CVReadError("RTF files are not supported. Save the CV as DOCX, PDF or plain text and upload it again.")
    text = _checked(_decode(data))
    if suffix == ".json" or (text.lstrip().startswith("{") and suffix not in {".md", ".markdown", ".txt"}):
        return parse_json_resume(text)
    return parse_text_cv(text)


def read_cv_file(path: Path | str) -> CV:
    """read_cv on a file on disk; a missing or unreadable file is a CVReadError too."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise CVReadError(f"Cannot read the CV file {file.name!r}: {exc.strerror or exc}.") from exc
    return read_cv(data, file.name)
