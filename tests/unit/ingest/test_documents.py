"""PDF and DOCX CVs built in the test with fpdf2 / python-docx, plus damaged, encrypted and hostile files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from PIL import Image

from careervp.ingest import CVReadError, read_cv, read_cv_file
from careervp.ingest.documents import MAX_PDF_PAGES, docx_text, pdf_text

PDF_LINES = [
    "Chris Nakamura",
    "chris.nakamura@example.com | (206) 555-0111 | Seattle, WA",
    "",
    "EXPERIENCE",
    "",
    "Senior Accountant | Evergreen Timber LLC | 2020 - Present",
    "- Closed the books for 5 entities every month within 5 business days, and reconciled every intercompany "
    "account before the 10th of the following month.",
    "- Implemented NetSuite for 80 users.",
    "",
    "Staff Accountant | Puget Audit Partners | 06/2016 - 12/2019",
    "- Audited 14 clients.",
    "",
    "EDUCATION",
    "B.S. Accounting, University of Washington, 2016",
    "",
    "SKILLS",
    "NetSuite, Excel, US GAAP",
]


def _pdf(lines: list[str], *, password: str | None = None, pages: int = 1) -> bytes:
    pdf = FPDF()
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    pdf.set_font("Helvetica", size=11)
    for _ in range(pages):
        pdf.add_page()
        for line in lines:
            if line:
                pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(4)
    return bytes(pdf.output())


def _docx() -> bytes:
    document = docx.Document()
    document.add_heading("Morgan Ellis", 0)
    document.add_paragraph("Operations Manager")
    document.add_paragraph("morgan.ellis@example.com | (415) 555-0100 | Oakland, CA")
    document.add_heading("Experience", 1)
    document.add_paragraph().add_run("Operations Manager — Bayline Freight Inc.").bold = True
    document.add_paragraph("Oakland, CA | Feb 2019 – Present")
    document.add_paragraph("Cut late deliveries by 27% across 3 depots.", style="List Bullet")
    document.add_paragraph("Managed a $4.5M budget.", style="List Bullet")
    document.add_heading("Logistics Coordinator, Pacific Shipping Co.", 2)
    document.add_paragraph("2015 – 2019")
    document.add_paragraph("Scheduled 120 trucks a week.", style="List Number")
    document.add_heading("Education", 1)
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ["Degree", "Institution", "Year"], strict=True):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ["B.A. in Economics", "Mills College", "2014"], strict=True):
        cell.text = value
    document.add_heading("Skills", 1)
    document.add_paragraph("SAP, Excel, Lean Six Sigma")
    document.sections[0].header.paragraphs[0].text = "Portfolio: morganellis.example.com"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_pdf_cv_is_read_through_its_text() -> None:
    cv = read_cv(_pdf(PDF_LINES), "cv.pdf")
    assert [(e.title, e.employer) for e in cv.experience] == [
        ("Senior Accountant", "Evergreen Timber LLC"),
        ("Staff Accountant", "Puget Audit Partners"),
    ]
    first = cv.experience[0]
    assert first.is_current
    assert first.start is not None
    assert first.start.year == 2020
    assert len(first.achievements) == 2
    assert first.achievements[0].endswith("before the 10th of the following month.")  # wrapped line re-joined
    assert cv.person.name == "Chris Nakamura"
    assert cv.person.phone == "(206) 555-0111"
    assert [(e.degree, e.institution, e.year) for e in cv.education] == [
        ("B.S. Accounting", "University of Washington", 2016)
    ]
    assert cv.skills == ["NetSuite", "Excel", "US GAAP"]


def test_the_pdf_is_recognised_by_content_whatever_its_name() -> None:
    assert read_cv(_pdf(PDF_LINES), "upload.bin").experience[1].employer == "Puget Audit Partners"


def test_a_pdf_with_an_empty_user_password_opens() -> None:
    assert read_cv(_pdf(PDF_LINES, password=""), "cv.pdf").person.name == "Chris Nakamura"


def test_a_password_protected_pdf_is_refused() -> None:
    with pytest.raises(CVReadError, match="password"):
        read_cv(_pdf(PDF_LINES, password="secret"), "cv.pdf")


def test_an_image_only_pdf_has_no_extractable_text() -> None:
    pdf = FPDF()
    pdf.add_page()
    image = Image.new("RGB", (200, 60), "white")
    pdf.image(image, x=10, y=10, w=100)
    with pytest.raises(CVReadError, match="no extractable text"):
        read_cv(bytes(pdf.output()), "scan.pdf")


def test_an_empty_pdf_page_has_no_extractable_text() -> None:
    pdf = FPDF()
    pdf.add_page()
    with pytest.raises(CVReadError, match="no extractable text"):
        read_cv(bytes(pdf.output()), "blank.pdf")


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n" + b"garbage" * 50, _pdf(PDF_LINES)[:300]],
    ids=["garbage", "truncated"],
)
def test_a_damaged_pdf_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(CVReadError, match=r"PDF"):
        read_cv(data, "cv.pdf")


def test_a_file_named_pdf_that_is_not_one() -> None:
    with pytest.raises(CVReadError, match="not a PDF"):
        read_cv(b"hello, I am text", "cv.pdf")


def test_only_the_first_pages_of_a_long_pdf_are_read() -> None:
    # The marker sits mid-page, so it is body text, not a running header or footer (which the reader drops).
    lines = ["One", "Two", "Three", "Page marker line", "Five", "Six", "Seven"]
    text = pdf_text(_pdf(lines, pages=MAX_PDF_PAGES + 5))
    assert text.count("Page marker line") == MAX_PDF_PAGES


def test_a_docx_cv_maps_headings_bold_lines_lists_and_tables() -> None:
    data = _docx()
    text = docx_text(data)
    assert "# Experience" in text
    assert "**Operations Manager — Bayline Freight Inc.**" in text
    assert "- Cut late deliveries by 27% across 3 depots." in text
    assert "| B.A. in Economics | Mills College | 2014 |" in text
    cv = read_cv(data, "cv.docx")
    assert [(e.title, e.employer, e.location) for e in cv.experience] == [
        ("Operations Manager", "Bayline Freight Inc.", "Oakland, CA"),
        ("Logistics Coordinator", "Pacific Shipping Co.", None),
    ]
    assert [len(e.achievements) for e in cv.experience] == [2, 1]
    assert cv.person.headline == "Operations Manager"
    assert cv.person.links == ["morganellis.example.com"]  # from the page header
    assert [(e.degree, e.field, e.institution, e.year) for e in cv.education] == [
        ("B.A. in Economics", "Economics", "Mills College", 2014)
    ]
    assert cv.skills == ["SAP", "Excel", "Lean Six Sigma"]


def test_read_cv_file_reads_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(_docx())
    assert read_cv_file(path).experience[0].employer == "Bayline Freight Inc."
    with pytest.raises(CVReadError, match="Cannot read"):
        read_cv_file(tmp_path / "missing.md")


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_a_zip_bomb_docx_is_refused_before_it_is_inflated() -> None:
    bomb = _zip({"word/document.xml": b"<" + b"a" * (51 * 1024 * 1024)})
    assert len(bomb) < 200_000
    with pytest.raises(CVReadError, match="too large"):
        read_cv(bomb, "cv.docx")


def test_a_zip_that_is_not_a_word_document() -> None:
    with pytest.raises(CVReadError, match="not a Word document"):
        read_cv(_zip({"hello.txt": b"hi"}), "cv.docx")


def test_a_docx_with_a_broken_document_part() -> None:
    with pytest.raises(CVReadError, match="damaged"):
        read_cv(_zip({"word/document.xml": b"<not xml", "[Content_Types].xml": b"<x/>"}), "cv.docx")


@pytest.mark.parametrize("data", [b"PK\x03\x04 truncated zip", b"plain text named docx"])
def test_a_corrupt_docx(data: bytes) -> None:
    with pytest.raises(CVReadError, match="damaged"):
        read_cv(data, "cv.docx")


def test_legacy_word_files_are_refused_with_advice() -> None:
    with pytest.raises(CVReadError, match=r"\.doc"):
        read_cv(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "cv.doc")


def test_a_docx_laid_out_as_a_sidebar_table_is_read_in_column_order() -> None:
    document = docx.Document()
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.paragraphs[0].text = "Ravi Menon"
    left.add_paragraph("ravi@example.com")
    left.add_paragraph().add_run("Skills").bold = True
    left.add_paragraph("Python", style="List Bullet")
    left.add_paragraph("Airflow", style="List Bullet")
    right.paragraphs[0].text = "Experience"
    right.paragraphs[0].style = document.styles["Heading 1"]
    right.add_paragraph("Data Engineer | Stratus Analytics | 2020 – Present")
    right.add_paragraph("Built 40 pipelines.", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    cv = read_cv(buffer.getvalue(), "cv.docx")
    assert [(e.title, e.employer, e.is_current) for e in cv.experience] == [
        ("Data Engineer", "Stratus Analytics", True)
    ]
    assert cv.experience[0].achievements == ["Built 40 pipelines."]
    assert cv.person.name == "Ravi Menon"
    assert cv.person.email == "ravi@example.com"
    assert cv.skills == ["Python", "Airflow"]


def test_text_boxes_in_a_docx_are_read() -> None:
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Ivy Chen")
    box = document.add_paragraph()
    box._p.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
            "<w:p><w:r><w:t>Nurse Educator | Lakeside Hospital | 2018 - 2023</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )
    document.add_paragraph("Taught 300 nurses.", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    cv = read_cv(buffer.getvalue(), "cv.docx")
    assert [(e.title, e.employer) for e in cv.experience] == [("Nurse Educator", "Lakeside Hospital")]
    assert cv.experience[0].achievements == ["Taught 300 nurses."]


def test_an_empty_docx_is_a_clear_error() -> None:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with pytest.raises(CVReadError, match="no text"):
        read_cv(buffer.getvalue(), "cv.docx")


def test_an_image_upload_is_refused_with_advice() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buffer, format="PNG")
    with pytest.raises(CVReadError, match="image"):
        read_cv(buffer.getvalue(), "cv.png")
