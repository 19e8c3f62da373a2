from __future__ import annotations

from careervp.models.cv import Person
from careervp.models.records import LetterRecord
from careervp.render.layout import DEFAULT_CLOSING, DEFAULT_GREETING, format_date, layout_letter, split_paragraphs

from .conftest import make_letter


def test_greeting_and_sign_off_are_taken_from_the_letter_not_duplicated(
    letter: LetterRecord, candidate: Person
) -> None:
    layout = layout_letter(letter, candidate)
    assert layout.greeting == "Dear Hiring Manager,"
    assert layout.closing == "Kind regards,"
    assert layout.signature == "Zoë Łukasik-Marwick"
    assert all("Dear" not in p and "regards" not in p for p in layout.paragraphs)
    assert len(layout.paragraphs) == 2
    assert layout.paragraphs[0].startswith("I would like to apply")
    assert "At Kelpline" in layout.paragraphs[0]


def test_missing_greeting_and_closing_get_defaults(candidate: Person) -> None:
    layout = layout_letter(make_letter("Just one paragraph of body text."), candidate)
    assert layout.greeting == DEFAULT_GREETING
    assert layout.closing == DEFAULT_CLOSING
    assert layout.signature == candidate.name
    assert layout.paragraphs == ["Just one paragraph of body text."]


def test_sign_off_without_a_name_is_signed_with_the_candidate(candidate: Person) -> None:
    layout = layout_letter(make_letter("Dear Ms Patel,\n\nBody.\n\nSincerely,"), candidate)
    assert layout.greeting == "Dear Ms Patel,"
    assert layout.closing == "Sincerely,"
    assert layout.signature == candidate.name


def test_contact_block_date_and_recipient(letter: LetterRecord, candidate: Person) -> None:
    layout = layout_letter(letter, candidate)
    assert layout.contact_lines[:4] == [
        "Senior Backend Engineer",
        "Edinburgh, UK",
        "zoe@example.org",
        "+44 20 7946 0000",
    ]
    assert layout.date_line == "14 March 2026"
    assert layout.recipient_lines == ["Hiring Team, Zürich Ledger AG", "Re: Senior Backend Engineer"]


def test_split_paragraphs_joins_soft_wraps() -> None:
    assert split_paragraphs("a\nb\r\n\r\n  \nc") == ["a b", "c"]


def test_format_date_has_no_leading_zero() -> None:
    assert format_date(make_letter().created_at.replace(day=5)) == "5 March 2026"
