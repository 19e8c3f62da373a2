"""The offline writer's letter is repaired by taking out flagged sentences, never by hiding a misnamed target."""

from __future__ import annotations

from careervp.logic.fvs import verify_letter
from careervp.logic.repair import repaired, without_flagged_sentences

from .surveyor import COMPANY, CV, POSTING, TITLE, TODAY, letter


def _verify(text: str):  # type: ignore[no-untyped-def]
    return verify_letter(text, cv=CV, job=POSTING, company_name=COMPANY, job_title=TITLE, today=TODAY)


def test_a_flagged_sentence_is_taken_out_and_the_rest_kept() -> None:
    text = letter(
        "At Penhallow I lead a field crew of 4 surveyors. I hold the ICES chartership as well.\n\n"
        "I logged 1,850 field hours on GNSS work."
    )
    assert not _verify(text).is_valid
    fixed, fvs = repaired(text, _verify)
    assert fvs.is_valid
    assert "ICES" not in fixed
    assert "field crew of 4 surveyors" in fixed
    assert "1,850 field hours" in fixed


def test_a_misnamed_company_is_not_repaired() -> None:
    text = letter("I logged 1,850 field hours.").replace(COMPANY, "Tregarthen & Hull Engineers")
    fvs = _verify(text)
    assert not fvs.is_valid
    assert without_flagged_sentences(text, fvs) is None
    assert repaired(text, _verify)[1].is_valid is False


def test_a_valid_letter_is_left_alone() -> None:
    text = letter("I logged 1,850 field hours.")
    assert repaired(text, _verify) == (text, _verify(text))
