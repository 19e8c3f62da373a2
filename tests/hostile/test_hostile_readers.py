"""Hostile files straight into the CV reader: each must be refused with CVReadError, in bounded memory and time.

Each file is read in a process of its own (see isolated.py) so the memory figure is that read's alone. The HTTP
suite (test_hostile_http.py) sends the same files through the server; this one pins the damage to the reader.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest

from hostile import generators as g
from hostile.isolated import ReadOutcome, read_all_isolated

# Memory a refused file may cost the reader, on top of a normal process. A real two-page CV costs a few MB; the
# endless stream costs ~130 MB because pypdf inflates up to its own 75 MB cap before giving up.
MEMORY_BUDGET_MIB = 200
# The child is killed past this; a refusal normally comes "within a second or two", which the report shows.
TIME_BOUND_S = 20.0

HOSTILE_FILES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "docx_zip_bomb": ("cv.docx", g.docx_zip_bomb),
    "docx_zip_bomb_named_pdf": ("cv.pdf", g.docx_zip_bomb),
    "pdf_endless_stream": ("cv.pdf", g.pdf_endless_stream),
    # Just past pypdf's 100,000-entry page-tree limit: pypdf refuses it, but only after building the tree.
    "pdf_100k_pages": ("cv.pdf", lambda: g.pdf_many_pages(100_001)),
    "binary_garbage_named_pdf": ("cv.pdf", g.binary_garbage),
    "binary_garbage_named_docx": ("cv.docx", g.binary_garbage),
    "binary_garbage_named_md": ("cv.md", g.binary_garbage),
    "pdf_header_then_garbage": ("cv.pdf", g.pdf_header_then_garbage),
    "json_nested_100k": ("cv.json", g.deeply_nested_json),
    "json_list_nested_100k": ("cv.json", g.deeply_nested_list),
    "json_resume_nested_basics": ("cv.json", g.json_resume_nested),
    "markdown_control_and_rtl": ("cv.md", lambda: g.control_rtl_text().encode()),
    "empty_file": ("cv.pdf", lambda: b""),
}

# Cases still known to fail, as {case: reason}; each becomes a strict xfail.
KNOWN_BUGS: dict[str, str] = {}


@functools.cache
def payload(case: str) -> bytes:
    """Each file is made once per run (the bombs take a second or two to build)."""
    return HOSTILE_FILES[case][1]()


def _cases() -> list[object]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[name]))
        if name in KNOWN_BUGS
        else name
        for name in HOSTILE_FILES
    ]


@pytest.fixture(scope="module")
def outcomes() -> dict[str, ReadOutcome]:
    files = {case: (filename, payload(case)) for case, (filename, _) in HOSTILE_FILES.items()}
    files["json_resume_hostile_fields"] = ("cv.json", g.json_resume_hostile_fields())
    return read_all_isolated(files, time_bound_s=TIME_BOUND_S)


@pytest.mark.parametrize("case", _cases())
def test_reader_refuses_hostile_file_cheaply(outcomes: dict[str, ReadOutcome], case: str) -> None:
    result = outcomes[case]
    assert result.outcome == "refused", f"{case}: {result.outcome}: {result.message}"
    assert result.message.strip(), "the refusal must say why"
    assert result.growth_mib < MEMORY_BUDGET_MIB, f"{case}: {result.growth_mib:.0f} MiB in {result.seconds} s"


def test_hostile_text_fields_in_json_resume_are_read_or_refused_cleanly(outcomes: dict[str, ReadOutcome]) -> None:
    """50,000-character fields full of control characters and bidi marks: legal JSON, so reading may succeed or be
    refused, but it must not crash or balloon."""
    result = outcomes["json_resume_hostile_fields"]
    assert result.outcome in {"read", "refused"}, result.message
    assert result.growth_mib < MEMORY_BUDGET_MIB


def test_generators_stay_under_the_upload_limit() -> None:
    """The bombs are dangerous because they pass the 5 MB size check; a generator that grew past it tests nothing."""
    for name in HOSTILE_FILES:
        assert len(payload(name)) < 5 * 1024 * 1024, name
