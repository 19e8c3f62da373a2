"""CV lines whose first word is no verb never become "I ..." sentences; languages and credentials keep their names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from careervp.logic.writers.held import held_sentence
from careervp.logic.writers.noun_phrases import languages_sentence
from careervp.logic.writers.phrasing import verb_phrase
from careervp.logic.writers.realise import misread_as_verb, with_languages_capitalised
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "March", "June"]


@given(st.sampled_from(MONTHS), st.integers(1990, 2026), st.sampled_from(["Present", "present", "2027", "Now"]))
def test_a_date_line_is_never_a_sentence(month: str, year: int, end: str) -> None:
    line = f"{month} {year} – {end}"
    vp = verb_phrase(line, ongoing=True, in_job=True)
    assert vp is None or misread_as_verb(line, vp)


@given(st.sampled_from(["Contact lens", "Frame adjustment", "Face mask", "Light rail", "Stock room"]),
       st.sampled_from(["insertion and removal training", "fitting and repairs", "records and audits"]))  # fmt: skip
def test_a_noun_compound_is_never_conjugated(compound: str, tail: str) -> None:
    line = f"{compound} {tail}"
    vp = verb_phrase(line, ongoing=False, in_job=True)
    conjugated = (
        vp is not None
        and vp.split()[0].casefold() != compound.split()[0].casefold()
        and vp.casefold().startswith(compound.split()[0].casefold()[:3])
    )  # "contacted lens", "framed adjustment"
    assert not conjugated or misread_as_verb(line, vp or ""), vp


@given(st.sampled_from(["Collect samples for the state survey", "Coordinate daily with 6 subcontractors",
                        "Led the migration of 40 services", "Run jar tests during turbidity events"]))  # fmt: skip
def test_a_verb_led_line_still_reads_as_one(line: str) -> None:
    vp = verb_phrase(line, ongoing=True, in_job=True)
    assert vp is not None
    assert not misread_as_verb(line, vp)


@given(st.sampled_from(["LICENSES, BOARDS & FELLOWSHIP", "SKILLS AND TRAINING", "Relevant courses:"]))
def test_a_header_is_never_a_sentence(line: str) -> None:
    vp = verb_phrase(line, ongoing=True, in_job=True)
    assert vp is None or misread_as_verb(line, vp)


def test_an_adjective_is_not_turned_into_a_duty_of_itself() -> None:
    line = "Responsible person for signalling works"
    vp = verb_phrase(line, ongoing=False, in_job=True)
    assert vp is None or misread_as_verb(line, vp)


@given(st.sampled_from(["spanish", "vietnamese", "french", "mandarin"]))
def test_languages_are_capitalised(language: str) -> None:
    assert f"I speak {language.capitalize()} at home." == with_languages_capitalised(f"I speak {language} at home.")


def _map(*facts: EvidenceFact) -> EvidenceMap:
    return EvidenceMap(company_name="Acme", job_title="Optician", candidate_name="A. B.", facts=list(facts),
                       requirements=[])  # fmt: skip


def test_a_language_level_cut_off_is_left_out() -> None:
    text = "English (native) · Spanish (language grief group in) · Norwegian (conversational)"
    fact = EvidenceFact(fact_id="E1", kind=FactKind.ACHIEVEMENT, source="cv", text=text)
    said = languages_sentence(_map(fact)) or ""
    assert "grief group in)" not in said
    assert "Norwegian (conversational)" in said


def test_a_name_that_is_no_credential_is_not_held() -> None:
    facts = [EvidenceFact(fact_id="E1", kind=FactKind.CERTIFICATION, source="cv", text=text)
             for text in ("LIVE Certified Vineyard", "Advantage Play Detection course", "IRSE Licence")]  # fmt: skip
    said = held_sentence(facts)
    assert "Vineyard" not in said
    assert "course" not in said
    assert "IRSE Licence" in said
