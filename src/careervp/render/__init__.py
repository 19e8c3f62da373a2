"""Downloadable renderings of a stored letter: PDF, DOCX, Markdown and plain text (the `Renderer` port)."""

from __future__ import annotations

from careervp.logic.downloads import CONTENT_TYPES, download_filename
from careervp.logic.downloads import DOWNLOAD_FORMATS as FORMATS
from careervp.models.cv import Person
from careervp.models.records import LetterRecord
from careervp.render.layout import LetterLayout, layout_letter
from careervp.render.text_letter import render_md, render_txt


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


__all__ = ["CONTENT_TYPES", "FORMATS", "UnknownFormat", "download_filename", "render_letter"]
