"""PDF rendering with fpdf2: a clean one-page business letter.

A Unicode TrueType font (DejaVu Sans, present on most Linux systems) is used when one is installed, so names such as
"Zoë Łukasik" and dashes print as written. Without one, text falls back to the core Helvetica font after a safe
transliteration to Latin-1: a download must never fail because of an en dash.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import datetime
from functools import cache
from pathlib import Path

from fpdf import FPDF

from careervp.render.layout import LetterLayout

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/dejavu-sans-fonts"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
)
# Font sizes tried in turn until the letter fits on one page.
_BODY_SIZES = (11.0, 10.5, 10.0, 9.5, 9.0, 8.5)
_PUNCTUATION = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2026": "...",
        "\u2022": "*",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
        "\u2122": "(TM)",
    }
)
# Letters that NFKD does not decompose into a Latin-1 base (used only when no Unicode font is installed).
_LETTERS = str.maketrans(
    {
        "\u0141": "L",
        "\u0142": "l",
        "\u0110": "D",
        "\u0111": "d",
        "\u0152": "OE",
        "\u0153": "oe",
        "\u0131": "i",
        "\u0126": "H",
        "\u0127": "h",
    }
)


@cache
def unicode_font_paths() -> tuple[Path, Path] | None:
    """(regular, bold) DejaVu Sans files, or None when the system has none."""
    for folder in _FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return regular, bold
    return None


def _printable(text: str) -> str:
    """Drop control and bidi-override characters: they are invisible at best and garble the layout at worst."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in {"Cc", "Cf"} or ch == "\t")


def to_latin1(text: str) -> str:
    """Best-effort Latin-1 for the core fonts: typographic punctuation to ASCII, accents kept where Latin-1 has them,
    stripped (NFKD) where it does not, anything else as '?'."""
    out: list[str] = []
    for ch in _printable(text).translate(_PUNCTUATION).translate(_LETTERS):
        if ord(ch) < 256:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
        out.append(base if base else "?")
    return "".join(out)


def needs_unicode_font(text: str) -> bool:
    """True when the text has letters the core fonts cannot print (beyond Latin-1 and the punctuation we map).

    Core Helvetica is about fifteen times faster than a TrueType font (no font file to parse, no subsetting), so
    the Unicode font is used only when the text needs it.
    """
    return any(ord(ch) > 255 for ch in _printable(text).translate(_PUNCTUATION))


class _LetterPDF(FPDF):
    def __init__(self, fonts: tuple[Path, Path] | None) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.set_margins(left=22, top=20, right=22)
        self.set_auto_page_break(auto=True, margin=18)
        self.letter_font: str
        self.sanitize: Callable[[str], str]
        if fonts is not None:
            self.add_font("Letter", "", str(fonts[0]))
            self.add_font("Letter", "B", str(fonts[1]))
            self.letter_font = "Letter"
            self.sanitize = _printable
        else:
            self.letter_font = "Helvetica"
            self.sanitize = to_latin1

    def wrap(self, text: str, width: float) -> list[str]:
        """Greedy word wrap with the current font. fpdf2's multi_cell does the same at about ten times the cost
        (it measures character by character); here each word is measured once."""
        space = self.get_string_width(" ")
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        for word in text.split():
            size = self.get_string_width(word)
            while size > width:  # a word longer than a line (a URL): cut it where it fills the line
                if current:
                    lines.append(" ".join(current))
                    current, used = [], 0.0
                cut = max(
                    1, next((i for i in range(1, len(word) + 1) if self.get_string_width(word[:i]) > width), 1) - 1
                )
                lines.append(word[:cut])
                word = word[cut:]
                size = self.get_string_width(word)
            if current and used + space + size > width:
                lines.append(" ".join(current))
                current, used = [word], size
            else:
                used += (space if current else 0.0) + size
                current.append(word)
        if current:
            lines.append(" ".join(current))
        return lines or [""]

    def paragraph(
        self, text: str, *, size: float, style: str = "", gap: float = 0.0, grey: bool = False, dry: bool = False
    ) -> float:
        """Write (or, with `dry`, only measure) one block; returns the height it takes, gap included."""
        self.set_font(self.letter_font, style=style, size=size)
        line_height = size * 0.5
        lines = self.wrap(self.sanitize(text), self.w - self.l_margin - self.r_margin)
        if not dry:
            self.set_text_color(90 if grey else 20)
            for line in lines:
                self.cell(w=0, h=line_height, text=line, new_x="LMARGIN", new_y="NEXT")
            if gap:
                self.ln(gap)
        return len(lines) * line_height + gap

    @property
    def usable_height(self) -> float:
        return float(self.h - self.t_margin - self.b_margin)


def _compose(pdf: _LetterPDF, layout: LetterLayout, size: float, *, dry: bool) -> float:
    """Lay the letter out at one font size: draw it, or (dry) return the height it would need."""
    used = pdf.paragraph(layout.sender_name, size=size + 5, style="B", gap=1, dry=dry)
    for line in layout.contact_lines:
        used += pdf.paragraph(line, size=size - 1.5, grey=True, dry=dry)
    if not dry:
        pdf.ln(2)
        pdf.set_draw_color(180)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(size * 0.6)
    used += 2 + size * 0.6
    used += pdf.paragraph(layout.date_line, size=size, gap=size * 0.4, dry=dry)
    for line in layout.recipient_lines:
        used += pdf.paragraph(line, size=size, dry=dry)
    if not dry:
        pdf.ln(size * 0.4)
    used += size * 0.4
    used += pdf.paragraph(layout.greeting, size=size, gap=size * 0.3, dry=dry)
    for text in layout.paragraphs:
        used += pdf.paragraph(text, size=size, gap=size * 0.3, dry=dry)
    used += pdf.paragraph(layout.closing, size=size, gap=size * 0.6, dry=dry)
    used += pdf.paragraph(layout.signature, size=size, style="B", dry=dry)
    return used


def _all_text(layout: LetterLayout) -> str:
    return "\n".join(
        [
            layout.sender_name,
            *layout.contact_lines,
            layout.date_line,
            *layout.recipient_lines,
            layout.greeting,
            *layout.paragraphs,
            layout.closing,
            layout.signature,
            layout.title,
        ]
    )


def _new_document(layout: LetterLayout, fonts: tuple[Path, Path] | None, created_at: datetime) -> _LetterPDF:
    pdf = _LetterPDF(fonts)
    pdf.set_title(pdf.sanitize(layout.title))
    pdf.set_author(pdf.sanitize(layout.sender_name))
    pdf.set_creator("CareerVP")
    pdf.set_creation_date(created_at)
    pdf.add_page()
    return pdf


def render_pdf(layout: LetterLayout, *, created_at: datetime) -> bytes:
    fonts = unicode_font_paths() if needs_unicode_font(_all_text(layout)) else None
    pdf = _new_document(layout, fonts, created_at)
    # The largest size at which the letter fits one page, measured before drawing; the smallest otherwise (a very
    # long letter then runs onto a second page rather than becoming unreadable).
    size = next((s for s in _BODY_SIZES if _compose(pdf, layout, s, dry=True) <= pdf.usable_height), _BODY_SIZES[-1])
    _compose(pdf, layout, size, dry=False)
    return bytes(pdf.output())
