"""Properties: verify_letter always returns a verdict, whatever the text, and its spans are exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careervp.logic.fvs.letter import Letter, split_sentences
from careervp.models.api import Severity

from .personas import IDRIS_LETTER, verify_idris

_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of letters, numbers and names, so generated texts exercise the parsers and not only random bytes.
_FRAGMENTS = st.sampled_from(
    [
        "I have", "more than", "ten years", "at Northwind", "as Head of Data", "since 2019", "$1.2M", "40 percent",
        "Kafka", "K8s", "an MBA", "Tidewater", "Principal Data Engineer", "the role", ",", ".", "\n\n", "Dear Team,",
        "Sincerely,", "I'm sorry, but", "(", ")", "—", "3–4", "twenty-five", "PCCN", "Sr.", "B.S. in", "your",
    ]
)  # fmt: skip


def _check(letter: str) -> None:
    result = verify_idris(letter)
    assert result.is_valid == (not any(v.severity is Severity.CRITICAL for v in result.violations))
    for v in result.violations:
        if v.span_start is not None:
            assert v.span_end is not None
            assert 0 <= v.span_start <= v.span_end <= len(letter)
            assert letter[v.span_start : v.span_end] == v.found


@_SETTINGS
@given(st.text(max_size=600))
def test_any_text_gets_a_verdict(text: str) -> None:
    _check(text)


@_SETTINGS
@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=60).map(" ".join))
def test_letter_like_text_gets_a_verdict(text: str) -> None:
    _check(text)


@_SETTINGS
@given(st.integers(min_value=0, max_value=len(IDRIS_LETTER)))
def test_truncated_letters_get_a_verdict(cut: int) -> None:
    _check(IDRIS_LETTER[:cut])


@given(st.text(max_size=400))
def test_sentences_are_windows_into_the_text(text: str) -> None:
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_greeting_and_sign_off_are_outside_the_body() -> None:
    letter = Letter(IDRIS_LETTER)
    assert not letter.body[0].text.startswith("Dear")
    assert letter.body[-1].text.endswith("learn them.")
    assert IDRIS_LETTER[letter.signature_start :].startswith("Kind regards")


def test_abbreviations_do_not_end_sentences() -> None:
    texts = [s.text for s in split_sentences("As a Sr. Data Engineer I hold a B.S. in Maths. Then I moved.")]
    assert texts == ["As a Sr. Data Engineer I hold a B.S. in Maths.", "Then I moved."]
