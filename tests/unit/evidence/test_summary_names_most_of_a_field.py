"""Years in a field of several words the CV's summary names by most of them, its head noun among them ("eleven
years in one university library bindery" for "an academic library bindery"), judged against an invented bookbinder:
met; a field whose head the summary does not name, or a requirement that also counts years of a part of the work
("including 2 years supervising"), which no summary answers, stays a gap."""

from __future__ import annotations

from .samples import shown_as_gap

BINDER = """# Maren Holloway
## Summary
Conservation bookbinder with eleven years in one university library bindery, repairing rare bindings.
## Experience
**Senior Bookbinder** | Whitlow University | Jan 2020 – Present
- Rebacked 140 leather bindings for the special collections reading room.
- Trained two apprentices in sewing and board attachment.

**Bookbinder** | Whitlow University | Sep 2015 – Dec 2019
- Made 600 archival boxes a year to conservation standards.
"""


def test_the_summary_naming_most_of_a_field_and_its_head_meets_its_years() -> None:
    assert shown_as_gap(BINDER, "At least 5 years' experience in an academic library bindery") is False
    assert shown_as_gap(BINDER, "At least 5 years of library bindery supervision") is True  # the head is not named
    assert shown_as_gap(BINDER, "5+ years of university archive digitisation") is True
    assert (
        shown_as_gap(BINDER, "At least 5 years in an academic library bindery, including 2 years supervising staff")
        is True
    )
