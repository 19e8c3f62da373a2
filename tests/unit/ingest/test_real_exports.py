"""CVs produced the way people produce them, written in the test with real PDF and DOCX writers (fpdf2, python-docx):
a word processor's PDF (tab stops, no-break spaces, a footer and page numbers drawn before the body), a two-column
PDF, a LaTeX-style PDF (ligature glyphs, soft hyphens), a DOCX with a table of roles, and a JSON Resume with the
dates people type."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from careervp.ingest import read_cv
from careervp.models.cv import CV

NBSP = "\u00a0"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _jobs(cv: CV) -> list[tuple[str, str, str | None, tuple[int, int | None] | None, tuple[int, int | None] | None]]:
    return [
        (
            e.title,
            e.employer,
            e.location,
            (e.start.year, e.start.month) if e.start else None,
            (e.end.year, e.end.month) if e.end else None,
        )
        for e in cv.experience
    ]


class _WordProcessorPDF(FPDF):
    """Headers and footers drawn when each page opens, as word processors do: they come out of the text first."""

    def header(self) -> None:
        self.set_auto_page_break(False)
        self.set_font("Helvetica", size=9)
        if self.page_no() > 1:
            self.set_xy(0, 285)
            self.cell(210, 5, str(self.page_no()), align="C")
        self.set_xy(10, 280)
        self.cell(0, 5, "Dana Whitfield - Curriculum Vitae - Confidential", align="C")
        self.set_xy(10, 10)
        self.set_auto_page_break(True, 25)

    def line_of(self, text: str, style: str = "", size: int = 10) -> None:
        self.set_font("Helvetica", style, size)
        self.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")

    def tab_stop_row(self, left: str, right: str) -> None:
        """A title at the left margin and its dates at a right-aligned tab stop."""
        self.set_font("Helvetica", "B", 10)
        y = self.get_y()
        self.cell(120, 6, left)
        self.set_xy(150, y)
        self.cell(50, 6, right, align="R", new_x="LMARGIN", new_y="NEXT")


def _word_processor_pdf() -> bytes:
    pdf = _WordProcessorPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.line_of(f"Dana{NBSP}Whitfield", "B", 16)
    pdf.line_of(f"dana.whitfield@example.com\t(555){NBSP}201-4477\tSpringfield, IL")
    pdf.line_of("PROFESSIONAL EXPERIENCE", "B", 12)
    pdf.tab_stop_row(f"Office{NBSP}Manager", "March 2016 \u2013 Present")
    pdf.line_of("Lakeside Family Dental, Springfield, Illinois")
    pdf.line_of("-\tManaged scheduling for 6 dentists and 2,400 patients.")
    for number in range(1, 41):  # enough to run onto page 2
        pdf.line_of(f"- Filed patient record batch {number} within 2 days.")
    pdf.tab_stop_row("Administrative Assistant", "June 2012 \u2013 February 2016")
    pdf.line_of(f"Springfield{NBSP}Clinic \u2014 Springfield")
    pdf.line_of("- Answered 80 calls a day.")
    pdf.line_of("SKILLS", "B", 12)
    pdf.line_of(f"Proficient{NBSP}in{NBSP}Windows{NBSP}and{NBSP}Mac;\tMicrosoft{NBSP}Office Suite;\tDentrix")
    pdf.line_of("C, C++, C#, R, Go, .NET, F#")
    return bytes(pdf.output())


def test_a_word_processor_pdf_with_tab_stops_no_break_spaces_footer_and_page_numbers() -> None:
    data = _word_processor_pdf()
    cv = read_cv(data, "dana.pdf")
    assert cv.person.name == "Dana Whitfield"
    assert cv.person.email == "dana.whitfield@example.com"
    assert _jobs(cv) == [
        ("Office Manager", "Lakeside Family Dental", "Springfield, Illinois", (2016, 3), None),
        ("Administrative Assistant", "Springfield Clinic", "Springfield", (2012, 6), (2016, 2)),
    ]
    # Every bullet survives the page break; the footer and the page number are no achievements.
    assert len(cv.experience[0].achievements) == 41
    assert cv.experience[0].achievements[-1] == "Filed patient record batch 40 within 2 days."
    assert not any("Confidential" in a for e in cv.experience for a in e.achievements)
    assert cv.skills == [
        "Proficient in Windows and Mac",
        "Microsoft Office Suite",
        "Dentrix",
        *["C", "C++", "C#", "R", "Go", ".NET", "F#"],
    ]
    assert "Confidential" not in cv.raw_text
    assert "\u00a0" not in cv.raw_text
    assert "\t" not in cv.raw_text


def _two_column_pdf() -> bytes:
    """A sidebar (contact, skills, languages) beside the main column, each written as its own text box."""
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Amara Okafor", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 4
    sidebar = ["CONTACT", "amara.okafor@example.com", "Lagos, Nigeria", "", "SKILLS", "Python, SQL", "Power BI"]
    main = [
        "EXPERIENCE",
        "Data Analyst \u2013 Kestrel Foods Ltd \u2013 2019 \u2013 Present",
        "- Built 12 sales dashboards used weekly by 40 managers.",
        "Junior Analyst \u2013 Harbour Bank \u2013 2016 \u2013 2019",
        "- Automated the monthly loan report.",
        "",
        "EDUCATION",
        "B.Sc. Statistics, University of Lagos, 2016",
    ]
    for x, width, lines in ((10, 55, sidebar), (75, 125, main)):
        pdf.set_xy(x, top)
        for line in lines:
            pdf.set_x(x)
            pdf.set_font("Helvetica", "B" if line.isupper() else "", 10)
            pdf.multi_cell(width, 6, line or " ", new_x="LEFT", new_y="NEXT")
    return bytes(pdf.output())


def test_a_two_column_pdf_reads_its_sidebar_and_its_main_column() -> None:
    cv = read_cv(_two_column_pdf(), "amara.pdf")
    assert cv.person.name == "Amara Okafor"
    assert cv.person.email == "amara.okafor@example.com"
    assert _jobs(cv) == [
        ("Data Analyst", "Kestrel Foods Ltd", None, (2019, None), None),
        ("Junior Analyst", "Harbour Bank", None, (2016, None), (2019, None)),
    ]
    assert cv.skills == ["Python", "SQL", "Power BI"]
    assert [(e.institution, e.year) for e in cv.education] == [("University of Lagos", 2016)]


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs a Unicode TrueType font (Debian's fonts-dejavu-core)")
def test_a_latex_style_pdf_with_ligature_glyphs_and_soft_hyphens() -> None:
    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    for line in [
        "Jo Griﬃn",  # "ffi" set as one ligature glyph, as TeX does
        "jo.griffin@example.org",
        "Experience",
        "Research Software Engineer \u2014 Oxbridge Scientiﬁc Ltd \u2014 2018 \u2212 2023",
        "- Cut the workﬂow run time of the simu\u00ad",  # a word hyphenated at the line end with a soft hyphen
        "lation pipeline by 40%.",
        "Skills",
        "Python, Fortran, ﬁnite-element modelling, Oﬃce",
    ]:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    cv = read_cv(bytes(pdf.output()), "griffin.pdf")
    assert cv.person.name == "Jo Griffin"
    assert _jobs(cv) == [("Research Software Engineer", "Oxbridge Scientific Ltd", None, (2018, None), (2023, None))]
    assert cv.experience[0].achievements == ["Cut the workflow run time of the simulation pipeline by 40%."]
    assert cv.skills == ["Python", "Fortran", "finite-element modelling", "Office"]
    assert "ﬁ" not in cv.raw_text
    assert "\u00ad" not in cv.raw_text


def test_a_docx_with_a_table_of_roles_and_typographic_spaces() -> None:
    document = docx.Document()
    document.add_heading(f"Lucía{NBSP}Fernández", 0)
    document.add_paragraph("lucia.fernandez@example.com | Madrid, Spain")
    document.add_heading("Experience", 1)
    table = document.add_table(rows=1, cols=4)
    for cell, value in zip(table.rows[0].cells, ["Dates", "Employer", "Title", "Location"], strict=True):
        cell.text = value
    rows = [
        ["Mar 2020\u2009\u2013\u2009Present", f"Iberia{NBSP}Logística S.A.", "Operations Lead", "Madrid"],
        ["2015\u20122020", "Puerto Seco Cargo", f"Shift{NBSP}Supervisor", "Valencia"],
    ]
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    document.add_heading("Skills", 1)
    document.add_paragraph("SAP\u00a0EWM;\tLean\u00a0Six\u00a0Sigma;\tC#")
    buffer = io.BytesIO()
    document.save(buffer)
    cv = read_cv(buffer.getvalue(), "lucia.docx")
    assert cv.person.name == "Lucía Fernández"
    assert _jobs(cv) == [
        ("Operations Lead", "Iberia Logística S.A.", "Madrid", (2020, 3), None),
        ("Shift Supervisor", "Puerto Seco Cargo", "Valencia", (2015, None), (2020, None)),
    ]
    assert cv.skills == ["SAP EWM", "Lean Six Sigma", "C#"]


def test_json_resume_dates_typed_by_hand_and_open_ended() -> None:
    resume = {
        "basics": {"name": f"Sam{NBSP}Rivera"},
        "work": [
            {"name": "Northwind", "position": "Lead Engineer", "startDate": "Apr 2013", "endDate": "Present"},
            {"name": "Contoso", "position": "Engineer", "startDate": "2010", "endDate": "03/2013"},
            {"name": "Fabrikam", "position": "Intern", "startDate": "2009"},
        ],
        "skills": [{"name": "Languages", "keywords": ["C", "C++", ".NET"]}],
    }
    cv = read_cv(json.dumps(resume).encode(), "resume.json")
    assert cv.person.name == "Sam Rivera"
    assert [(e.employer, e.start, e.end, e.is_current) for e in cv.experience] == [
        ("Northwind", cv.experience[0].start, None, True),
        ("Contoso", cv.experience[1].start, cv.experience[1].end, False),
        ("Fabrikam", cv.experience[2].start, None, True),
    ]
    assert [(e.start.year, e.start.month) for e in cv.experience if e.start] == [(2013, 4), (2010, None), (2009, None)]
    assert cv.experience[1].end is not None
    assert (cv.experience[1].end.year, cv.experience[1].end.month) == (2013, 3)
    assert cv.skills == ["Languages", "C", "C++", ".NET"]
