"""Plain-text and Markdown renderings of a letter."""

from __future__ import annotations

import re

from careervp.render.layout import LetterLayout

# Characters that change the meaning of Markdown (or smuggle in HTML) when a letter is shown by a Markdown viewer.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")
_MD_BULLET_START = re.compile(r"^(\s*)([-+=])(\s)", re.MULTILINE)
_MD_NUMBER_START = re.compile(r"^(\s*\d+)([.)])(\s)", re.MULTILINE)


def escape_markdown(text: str) -> str:
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    escaped = _MD_BULLET_START.sub(r"\1\\\2\3", escaped)
    return _MD_NUMBER_START.sub(r"\1\\\2\3", escaped)


def render_txt(layout: LetterLayout) -> bytes:
    blocks = [
        "\n".join([layout.sender_name, *layout.contact_lines]),
        layout.date_line,
        "\n".join(layout.recipient_lines),
        layout.greeting,
        *layout.paragraphs,
        f"{layout.closing}\n{layout.signature}",
    ]
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def render_md(layout: LetterLayout) -> bytes:
    contact = "  \n".join(escape_markdown(line) for line in layout.contact_lines)
    header = f"**{escape_markdown(layout.sender_name)}**" + (f"  \n{contact}" if contact else "")
    blocks = [
        header,
        escape_markdown(layout.date_line),
        "  \n".join(escape_markdown(line) for line in layout.recipient_lines),
        escape_markdown(layout.greeting),
        *(escape_markdown(p) for p in layout.paragraphs),
        f"{escape_markdown(layout.closing)}  \n{escape_markdown(layout.signature)}",
    ]
    return ("\n\n".join(blocks) + "\n").encode("utf-8")
