"""DOCX rendering with python-docx: a plain business letter that opens in Word, LibreOffice and Google Docs."""

from __future__ import annotations

import io
from datetime import datetime

from docx import Document
from docx.shared import Pt

from careervp.render.layout import LetterLayout


def _xml_safe(text: str) -> str:
    """python-docx refuses control characters (they are invalid in XML); drop them rather than fail the download."""
    return "".join(ch for ch in text if ch in "\t\n" or ord(ch) >= 0x20)


def render_docx(layout: LetterLayout, *, created_at: datetime) -> bytes:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)

    header = document.add_paragraph()
    header.paragraph_format.space_after = Pt(2)
    name_run = header.add_run(_xml_safe(layout.sender_name))
    name_run.bold = True
    name_run.font.size = Pt(14)
    for line in layout.contact_lines:
        header.add_run().add_break()
        header.add_run(_xml_safe(line))

    document.add_paragraph(_xml_safe(layout.date_line)).paragraph_format.space_before = Pt(12)
    recipient = document.add_paragraph()
    for index, line in enumerate(layout.recipient_lines):
        if index:
            recipient.add_run().add_break()
        recipient.add_run(_xml_safe(line))
    document.add_paragraph(_xml_safe(layout.greeting))
    for paragraph in layout.paragraphs:
        document.add_paragraph(_xml_safe(paragraph))
    closing = document.add_paragraph(_xml_safe(layout.closing))
    closing.add_run().add_break()
    closing.add_run(_xml_safe(layout.signature))

    properties = document.core_properties
    properties.author = _xml_safe(layout.sender_name)[:255]
    properties.title = _xml_safe(layout.title)[:255]
    properties.created = created_at.replace(tzinfo=None)
    properties.modified = created_at.replace(tzinfo=None)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
