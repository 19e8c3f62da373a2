"""A second field (critical-care nursing): tenure tied to a job, years tied to a credential, posting-only claims."""

from __future__ import annotations

import pytest

from .personas import HANA_LETTER, critical_fields, mutate, verify_hana


def test_faithful_nursing_letter_passes() -> None:
    result = verify_hana(HANA_LETTER)
    assert result.is_valid, result.violations
    assert result.company_name_verified
    assert result.job_title_verified


@pytest.mark.parametrize(
    ("kind", "old", "new", "covered"),
    [
        ("company_name", "on nights at Bayview.", "on nights at Bayside Health.", "Bayside Health"),
        ("company_name", "Dear Bayview University Health Nurse", "Dear Baywood University Health Nurse", "Baywood"),
        ("job_title", "the ICU Registered Nurse (Nights) position", "the ICU Charge Nurse (Nights) position", "Charge"),
        ("employer", "at St. Brigid Medical Center,", "at St. Brigid Medical Center and Hennepin Healthcare,",
         "Hennepin Healthcare"),
        ("role", "I work as a staff nurse", "I work as the nurse manager", "nurse manager"),
        ("role", "I work as a staff nurse", "I work as a clinical nurse specialist", "clinical nurse specialist"),
        ("date_or_duration", "a registered nurse since 2018", "a registered nurse since 2014", "2014"),
        ("date_or_duration", "more than five years of critical care", "more than twelve years of critical care",
         "twelve years"),
        ("date_or_duration", "I spent three years on", "I spent eight years on", "eight years"),
        ("metric", "by 45 percent", "by 65 percent", "65 percent"),
        ("metric", "caring for one to two critically ill adults", "caring for three to four critically ill adults",
         "three"),
        ("metric", "I trained 25 colleagues", "I trained 250 colleagues", "250"),
        ("credential", "BLS, ACLS and CCRN certifications", "BLS, ACLS, PALS and CCRN certifications", "PALS"),
        ("credential", "I hold a BSN from", "I hold an MSN from", "MSN"),
        ("credential", "and BLS, ACLS and CCRN", "and BLS, ACLS and CCRN, and I earned my TNCC", "TNCC"),
        ("credential", "an active Minnesota RN license",
         "an active Minnesota RN license and a wound care certification", "wound care certification"),
        ("skill", "including ventilated and CRRT patients", "including ventilated, ECMO and CRRT patients", "ECMO"),
        ("skill", "managing three to four telemetry patients", "managing three to four telemetry patients with Alaris "
         "pumps", "Alaris"),
    ],
)  # fmt: skip
def test_nursing_fabrications_are_caught(kind: str, old: str, new: str, covered: str) -> None:
    letter = mutate(old, new, HANA_LETTER)
    result = verify_hana(letter)
    start = letter.index(covered, letter.index(new))
    end = start + len(covered)
    hits = [v for v in result.critical if v.span_start is not None and v.span_start < end and start < v.span_end]
    flag_missed = (kind == "company_name" and not result.company_name_verified) or (
        kind == "job_title" and not result.job_title_verified
    )
    assert hits or flag_missed, result.violations
    assert not result.is_valid


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("more than five years of critical care", "over five years of critical care"),
        ("I spent three years on", "I spent nearly three years on"),
        ("a registered nurse since 2018", "an RN since 2018"),
        ("I work as a staff nurse in", "I work as an ICU staff nurse in"),
        ("by 45 percent", "by 45%"),
        ("I have not yet cared for ECMO patients", "ECMO would be new to me"),
    ],
)
def test_nursing_paraphrases_pass(old: str, new: str) -> None:
    result = verify_hana(mutate(old, new, HANA_LETTER))
    assert result.is_valid, result.violations


def test_posting_credential_claimed_as_held_is_critical() -> None:
    letter = mutate("and BLS, ACLS and CCRN", "and BLS, ACLS and CCRN, and I am TNCC certified", HANA_LETTER)
    assert "credential" in critical_fields(verify_hana(letter))
