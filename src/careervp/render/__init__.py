"""Downloadable renderings of a stored letter: PDF, DOCX, Markdown and plain text (the `Renderer` port)."""

from __future__ import annotations

import re
import unicodedata

from careervp.models.cv import Person
from careervp.models.records import LetterRecord
from careervp.render.layout import LetterLayout, layout_letter
from careervp.render.text_letter import render_md, render_txt

FORMATS: tuple[str, ...] = ("pdf", "docx", "md", "txt")
CONTENT_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
}


class UnknownFormat(ValueError):
    """Asked for a format other than pdf, docx, md or txt."""


def render_letter(letter: LetterRecord, candidate: Person, fmt: str) -> bytes:
    """Implements `careervp.logic.ports.Renderer`."""
    layout: LetterLayout = layout_letter(letter, candidate)
    # fpdf2 and python-docx load on first use: they cost seconds of a Lambda cold start otherwise.
    if fmt == "pdf":
        from careervp.render.pdf_letter import render_pdf

        return render_pdf(layout, created_at=letter.created_at)
    if fmt == "docx":
        from careervp.render.docx_letter import render_docx

        return render_docx(layout, created_at=letter.created_at)
    if fmt == "md":
        return render_md(layout)
    if fmt == "txt":
        return render_txt(layout)
    raise UnknownFormat(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def download_filename(letter: LetterRecord, fmt: str) -> str:
    """An ASCII file name safe in any Content-Disposition header: 'Cover_Letter_Acme_Corp_Senior_Engineer_v2.pdf'."""
    stem = f"Cover Letter {letter.company_name} {letter.job_title}"
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    safe = re.sub(r"[^A-Za-z0-9]+", "_", ascii_stem).strip("_")[:120] or "Cover_Letter"
    return f"{safe}_v{letter.version}.{fmt}"


__all__ = ["CONTENT_TYPES", "FORMATS", "UnknownFormat", "download_filename", "render_letter"]
