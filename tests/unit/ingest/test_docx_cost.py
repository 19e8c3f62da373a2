"""Reading a long DOCX costs its paragraphs, not its paragraphs times the styles the document defines: a style is
resolved once per style id, and paragraph text is read with XPath compiled once, to the same text python-docx gives."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import CodeType, FrameType
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.styles import CT_Styles

from careervp.ingest import read_cv
from careervp.ingest.documents import _paragraph_text, docx_text


@contextmanager
def _calls_of(code: CodeType) -> Iterator[list[int]]:
    """Counts the calls of one function while open (a profile hook observes; nothing is replaced)."""
    counted = [0]

    def hook(frame: FrameType, event: str, _arg: Any) -> None:
        if event == "call" and frame.f_code is code:
            counted[0] += 1

    sys.setprofile(hook)
    try:
        yield counted
    finally:
        sys.setprofile(None)


def _long_cv(roles: int) -> bytes:
    document = docx.Document()
    document.add_paragraph("Ada Example")
    document.add_heading("Experience", level=1)
    for i in range(roles):
        document.add_paragraph(f"Senior Engineer, Company{i} Systems, Inc.")
        document.add_paragraph(f"Jan {1990 + i % 30} – Dec {1991 + i % 30}")
        document.add_paragraph(f"Led the migration of {i} services to Go.", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_each_style_of_a_long_docx_is_resolved_once() -> None:
    data = _long_cv(100)
    with _calls_of(CT_Styles.default_for.__code__) as default_lookups:
        text = docx_text(data)
    assert text.count("- Led the migration") == 100
    # Unstyled paragraphs take the default paragraph style: looked up once, not once per paragraph (200 here).
    assert default_lookups[0] == 1
    assert len(read_cv(data, "cv.docx").experience) == 100


def test_paragraph_text_is_the_text_python_docx_reads() -> None:
    document = docx.Document()
    plain = document.add_paragraph("Plain text")
    broken = document.add_paragraph("Before a break")
    broken.add_run().add_break()
    broken.add_run("after it\tand a tab")
    linked = document.add_paragraph("Site: ")
    linked._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="rId9"><w:r><w:t>example.com</w:t></w:r>'
            "<w:r><w:t>/cv</w:t></w:r></w:hyperlink>"
        )
    )
    linked.add_run(" (portfolio)")
    empty = document.add_paragraph()
    for paragraph in (plain, broken, linked, empty):
        assert _paragraph_text(paragraph) == paragraph.text
    assert _paragraph_text(linked) == "Site: example.com/cv (portfolio)"
