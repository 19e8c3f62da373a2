"""A PDF too large to be a CV is refused before pypdf builds its page tree."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from careervp.ingest import CVReadError, read_cv
from careervp.ingest.documents import MAX_PDF_DECLARED_PAGES


def _pdf(pages: int) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(text=f"Page {number + 1}")
    return bytes(pdf.output())


def test_a_pdf_with_more_pages_than_any_cv_is_refused() -> None:
    with pytest.raises(CVReadError, match="too many pages"):
        read_cv(_pdf(MAX_PDF_DECLARED_PAGES + 1), "cv.pdf")


def test_a_lying_page_count_is_still_caught() -> None:
    honest = _pdf(MAX_PDF_DECLARED_PAGES + 1)
    # Rewrite the root /Count to 1 (same length, so offsets stay valid); the kids still number 201.
    lying = honest.replace(f"/Count {MAX_PDF_DECLARED_PAGES + 1}".encode(), b"/Count 1".ljust(10))
    assert lying != honest
    with pytest.raises(CVReadError, match="too many pages"):
        read_cv(lying, "cv.pdf")
