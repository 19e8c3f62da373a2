from __future__ import annotations

import io

import pytest
from docx import Document
from pypdf import PdfReader

from careervp.models.cv import Person
from careervp.models.records import LetterRecord
from careervp.render import FORMATS, UnknownFormat, download_filename, pdf_letter, render_letter
from careervp.render.text_letter import escape_markdown

from .conftest import make_letter


def _pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_pdf_is_one_page_with_contact_block_and_unicode(letter: LetterRecord, candidate: Person) -> None:
    data = render_letter(letter, candidate, "pdf")
    assert data.startswith(b"%PDF")
    pages, text = _pdf_text(data)
    assert pages == 1
    for expected in ("zoe@example.org", "14 March 2026", "Dear Hiring Manager", "820 ms", "Kind regards"):
        assert expected in text
    if pdf_letter.unicode_font_paths() is not None:
        assert "Zürich Ledger AG" in text
        assert "Łukasik" in text


def test_pdf_without_unicode_font_transliterates_instead_of_failing(
    letter: LetterRecord, candidate: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_letter, "unicode_font_paths", lambda: None)
    pages, text = _pdf_text(render_letter(letter, candidate, "pdf"))
    assert pages == 1
    assert "Zürich Ledger AG - the payments team" in text
    assert "Lukasik" in text


def test_long_letter_is_shrunk_to_one_page(candidate: Person) -> None:
    body = "\n\n".join(
        " ".join(f"Sentence {p}.{s} describes measurable work with numbers like 42% and $1.2M." for s in range(6))
        for p in range(6)
    )
    pages, _ = _pdf_text(
        render_letter(make_letter(f"Dear Hiring Manager,\n\n{body}\n\nSincerely,\nZoë"), candidate, "pdf")
    )
    assert pages == 1


def test_control_and_bidi_characters_do_not_break_any_format(candidate: Person) -> None:
    hostile = make_letter(
        "Dear Team,\n\nText with \x00 NUL, \x07 bell, \u202e RTL override and 日本語 and 😀.\n\nBest,\nZ"
    )
    for fmt in FORMATS:
        assert render_letter(hostile, candidate, fmt)


def test_docx_opens_and_contains_company_and_body(letter: LetterRecord, candidate: Person) -> None:
    document = Document(io.BytesIO(render_letter(letter, candidate, "docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Zürich Ledger AG" in text
    assert "820 ms to 210 ms" in text
    assert text.count("Dear Hiring Manager") == 1
    assert document.core_properties.author == candidate.name


def test_txt_and_md(letter: LetterRecord, candidate: Person) -> None:
    txt = render_letter(letter, candidate, "txt").decode()
    assert txt.startswith("Zoë Łukasik-Marwick\nSenior Backend Engineer")
    assert txt.count("Kind regards,") == 1
    md = render_letter(letter, candidate, "md").decode()
    assert md.startswith("**Zoë Łukasik-Marwick**")
    assert "Zürich Ledger AG" in md


def test_markdown_escapes_html_and_structure() -> None:
    assert escape_markdown("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>"
    assert escape_markdown("# not a heading") == "\\# not a heading"
    assert escape_markdown("- not a bullet") == "\\- not a bullet"
    assert escape_markdown("1. not a list") == "1\\. not a list"


def test_unknown_format_is_rejected(letter: LetterRecord, candidate: Person) -> None:
    with pytest.raises(UnknownFormat):
        render_letter(letter, candidate, "html")


def test_download_filename_is_ascii_and_versioned(letter: LetterRecord) -> None:
    assert download_filename(letter, "pdf") == "Cover_Letter_Zurich_Ledger_AG_Senior_Backend_Engineer_v2.pdf"
    odd = make_letter(company_name="日本", job_title="/../")
    assert download_filename(odd, "txt") == "Cover_Letter_v2.txt"


def test_latin1_letters_use_the_fast_core_font_and_others_the_unicode_one(candidate: Person) -> None:
    western = Person(name="Zoë Müller", email="zoe@example.org")
    plain = render_letter(make_letter("Dear Team,\n\nI led “Project Ünïcode” – on time…\n\nBest,\nZoë"), western, "pdf")
    assert b"/BaseFont /Helvetica" in plain
    assert pdf_letter.needs_unicode_font("Zoë – “quoted” … São Paulo") is False
    assert pdf_letter.needs_unicode_font("Łukasik") is True
    if pdf_letter.unicode_font_paths() is not None:
        unicode_pdf = render_letter(make_letter("Dear Team,\n\nKraków.\n\nBest,\nZ"), candidate, "pdf")
        assert b"DejaVu" in unicode_pdf


def test_wrap_fits_every_line_and_cuts_words_longer_than_a_line() -> None:
    pdf = pdf_letter._LetterPDF(None)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    width = 60.0
    text = "short words then https://example.org/" + "a" * 120 + " and more short words to finish"
    lines = pdf.wrap(text, width)
    assert all(pdf.get_string_width(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert pdf.wrap("", width) == [""]
