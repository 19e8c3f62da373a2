"""PDF and DOCX files -> Markdown-ish text for the text CV parser, with limits against hostile files.

A PDF is read page by page with pypdf (at most MAX_PDF_PAGES pages), a two-column page in reading order
(pdf_columns.py). A DOCX is checked as a zip before it is opened
(total uncompressed size, number of parts) so a zip bomb is refused without being inflated, then read with
python-docx: heading styles become "#" headings, list paragraphs "- " bullets, bold paragraphs "**...**", tables
Markdown tables, so the Markdown rules apply unchanged.
"""

from __future__ import annotations

import functools
import io
import logging
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from careervp.ingest.errors import CVReadError
from careervp.ingest.normalise import normalise_text
from careervp.ingest.page_furniture import strip_page_furniture
from careervp.ingest.pdf_columns import reading_order

MAX_PDF_PAGES = 50
# pypdf flattens the whole page tree before it hands out even page one, so a small file declaring (or holding)
# hundreds of thousands of pages costs seconds and gigabytes. The tree is checked first, within these budgets.
MAX_PDF_DECLARED_PAGES = 200
MAX_PDF_TREE_NODES = 1_000
# Objects a file may declare (trailer or cross-reference stream /Size). A designed two-page CV has a few thousand;
# a file packing 100,000 page objects into one compressed object stream declares them here, in plain text.
MAX_PDF_OBJECTS = 50_000
MAX_DOCX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_DOCX_PARTS = 2000

_GAPS = re.compile(r"\s*\n\s*|\s{2,}")

NO_TEXT = (
    "The PDF has no extractable text (it may be a scanned image). Upload a PDF exported from a word processor, "
    "a DOCX, or a text/Markdown version of the CV."
)


def pdf_text(data: bytes) -> str:
    """The text of a PDF's first MAX_PDF_PAGES pages."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-PDF warnings are expected noise here
    _check_raw_page_count(data)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise CVReadError("The PDF is password-protected. Remove the password and upload it again.")
        _check_page_tree(reader)
        pages = [normalise_text(_page_text(page)) for page in reader.pages[:MAX_PDF_PAGES]]
    except CVReadError:
        raise
    except (FileNotDecryptedError, NotImplementedError) as exc:
        raise CVReadError("The PDF is encrypted and cannot be read. Remove the password and upload it again.") from exc
    except (PdfReadError, Exception) as exc:  # pypdf raises many kinds of errors on a damaged file
        raise CVReadError("The PDF file is damaged or not a PDF, so its text cannot be read.") from exc
    text = "\n".join(strip_page_furniture(pages))
    if not text.strip():
        raise CVReadError(NO_TEXT)
    return text


def _page_text(page: Any) -> str:
    """The page's plain extraction; a two-column page whose plain extraction runs the columns together is re-read
    from pypdf's layout mode in reading order (pdf_columns.py)."""
    plain = page.extract_text() or ""
    try:
        columns = reading_order(page.extract_text(extraction_mode="layout") or "", plain)
    except Exception:  # layout mode fails on some damaged pages that plain extraction still reads
        columns = None
    return plain if columns is None else columns


_RAW_COUNT = re.compile(rb"/Count\s+(\d{1,12})")
_RAW_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_RAW_SIZE = re.compile(rb"/Size\s+(\d{1,12})")


def _too_many_pages() -> CVReadError:
    return CVReadError(
        f"The PDF has too many pages for a CV (more than {MAX_PDF_DECLARED_PAGES}); upload the CV on its own."
    )


def _check_raw_page_count(data: bytes) -> None:
    """A byte scan before any parsing: pypdf spends seconds just reading a /Kids array of 100,000 pages."""
    declared = max((int(m) for m in _RAW_COUNT.findall(data)), default=0)
    if declared > MAX_PDF_DECLARED_PAGES or len(_RAW_PAGE.findall(data)) > MAX_PDF_DECLARED_PAGES:
        raise _too_many_pages()
    if max((int(m) for m in _RAW_SIZE.findall(data)), default=0) > MAX_PDF_OBJECTS:
        raise CVReadError("The PDF is far too complex to be a CV (it declares more than 50,000 objects).")


def _check_page_tree(reader: Any) -> None:
    """Refuse a page tree too large for a CV before pypdf flattens it; a lying /Count is caught by the walk."""
    too_many = _too_many_pages()
    pages = reader.trailer["/Root"].get_object()["/Pages"].get_object()
    if int(pages.get("/Count", 0)) > MAX_PDF_DECLARED_PAGES:
        raise too_many
    stack, visited = [pages], 0
    while stack:
        node = stack.pop()
        visited += 1
        kids = node.get("/Kids") if hasattr(node, "get") else None
        if kids is None:
            continue
        if visited + len(stack) + len(kids) > MAX_PDF_TREE_NODES:
            raise too_many
        stack.extend(kid.get_object() for kid in kids)


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise CVReadError("The DOCX file is damaged (it is not a valid zip archive) and cannot be read.") from exc
    if len(infos) > MAX_DOCX_PARTS or sum(info.file_size for info in infos) > MAX_DOCX_UNCOMPRESSED_BYTES:
        raise CVReadError("The DOCX file is too large once unpacked (over 50 MB); it cannot be read safely.")
    if "word/document.xml" not in names:
        raise CVReadError("The file is a zip archive but not a Word document (.docx); it cannot be read as a CV.")


class _StyleNames:
    """A paragraph's style name, resolved once per style id of the document. python-docx resolves
    `paragraph.style` by scanning every style the document defines (for a paragraph without its own style, the
    default's lookup reads each style's type and default flag), so asking per paragraph makes a long CV cost its
    paragraphs times its styles; the answer depends on the style id alone."""

    def __init__(self) -> None:
        self._names: dict[str | None, str] = {}

    def of(self, paragraph: Any) -> str:
        style_id = paragraph._p.style
        name = self._names.get(style_id)
        if name is None:
            style = paragraph.style
            name = self._names[style_id] = (style.name if style is not None else "") or ""
        return name


@functools.cache
def _xpath(expression: str) -> Any:
    """An XPath over WordprocessingML compiled once: python-docx's `xpath` (behind `Paragraph.text`, `Run.text`)
    compiles its expression on every call, the largest cost of reading a long DOCX once styles are resolved."""
    from docx.oxml.ns import nsmap
    from lxml import etree  # type: ignore[import-untyped]  # python-docx's own XML library

    return etree.XPath(expression, namespaces=nsmap)


def _run_text(run: Any) -> str:
    """`Run.text`, the same expression (tabs, breaks and hyphens as python-docx writes them)."""
    return "".join(str(e) for e in _xpath("w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab")(run))


def _paragraph_text(paragraph: Any) -> str:
    """`Paragraph.text`: its runs' and hyperlinks' runs' text, in document order."""
    parts: list[str] = []
    for element in _xpath("w:r | w:hyperlink")(paragraph._p):
        runs = _xpath("w:r")(element) if element.tag.endswith("}hyperlink") else [element]
        parts.extend(_run_text(run) for run in runs)
    return "".join(parts)


def _paragraph_line(paragraph: Any, styles: _StyleNames) -> str:
    # Line breaks inside a paragraph are spaces; a tab stop stays a gap of three spaces between fields.
    text = _GAPS.sub(lambda gap: "   " if len(gap.group(0)) >= 3 else " ", normalise_text(_paragraph_text(paragraph)))
    text = text.strip()
    if not text:
        return ""
    style = styles.of(paragraph)
    lowered = style.lower()
    if lowered.startswith("heading"):
        level = "".join(ch for ch in style if ch.isdigit())
        return "#" * min(int(level or 2), 6) + " " + text
    if lowered == "title":
        return "# " + text
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if "list" in lowered or numbered:
        return "- " + text
    runs = [run for run in paragraph.runs if _run_text(run._r).strip()]
    if runs and all(run.bold for run in runs):
        return f"**{text}**"
    return text


def _cells(table: Any) -> Iterator[Any]:
    """Each cell once, row by row (python-docx repeats a merged cell for every grid column it spans)."""
    for row in table.rows:
        previous = None
        for cell in row.cells:
            if cell._tc is not previous:
                previous = cell._tc
                yield cell


def _layout_lines(table: Any, styles: _StyleNames, depth: int = 0) -> Iterator[str]:
    """A table used for page layout (a sidebar and a main column): its cells' paragraphs, in reading order."""
    for cell in _cells(table):
        yield ""
        yield from (line for p in cell.paragraphs if (line := _paragraph_line(p, styles)))
        if depth < 3:
            for inner in cell.tables:
                yield from _layout_lines(inner, styles, depth + 1)


def _table_lines(table: Any, styles: _StyleNames) -> list[str]:
    if len(table.rows) < 2 or any(
        sum(1 for p in cell.paragraphs if p.text.strip()) > 1 or cell.tables for cell in _cells(table)
    ):
        return list(_layout_lines(table, styles))
    lines: list[str] = []
    for index, row in enumerate(table.rows):
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:  # a merged cell is returned once per grid column
                continue
            previous = cell._tc
            parts = [_paragraph_line(p, styles) for p in cell.paragraphs]
            cells.append("<br>".join(p.replace("|", "/") for p in parts if p))
        lines.append("| " + " | ".join(cells) + " |")
        if index == 0:
            lines.append("|" + "---|" * len(cells))
    return lines


def _body_lines(document: Any, styles: _StyleNames) -> Iterator[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    text_boxes = _xpath(".//w:txbxContent//w:p")
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            yield ""
            yield from _table_lines(block, styles)
            yield ""
        elif isinstance(block, Paragraph):
            boxes = text_boxes(block._p)
            if boxes:  # text boxes, common in designed templates, hold paragraphs of their own
                yield from (_paragraph_line(Paragraph(p, block._parent), styles) for p in boxes)
            yield _paragraph_line(block, styles)


def docx_text(data: bytes) -> str:
    """The text of a DOCX as Markdown-ish lines (see module docstring)."""
    _check_zip(data)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        styles = _StyleNames()
        body = list(_body_lines(document, styles))
        header = [
            line
            for section in document.sections
            for paragraph in section.header.paragraphs
            if (line := _paragraph_line(paragraph, styles))
        ]
    except CVReadError:
        raise
    except Exception as exc:  # python-docx/lxml raise many kinds of errors on a damaged file
        raise CVReadError("The DOCX file is damaged and cannot be read.") from exc
    # Page-header text (often the contact line) goes at the end of the top block, before the first heading.
    first = next((i for i, line in enumerate(body) if line.strip()), 0)
    cut = next((i for i, line in enumerate(body) if i > first and line.startswith("#")), len(body))
    header = [line for line in dict.fromkeys(header) if line not in body]
    lines = [*body[:cut], *header, *body[cut:]]
    text = "\n".join(lines)
    if not text.strip():
        raise CVReadError("The DOCX file contains no text.")
    return text
