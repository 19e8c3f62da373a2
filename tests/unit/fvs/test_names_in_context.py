"""Names read by what the letter does with them: a department greeted, a place, an acronym in lower case, a
slashed compound, a credential that opens a title."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting
from careervp.logic.fvs import verify_letter
from careervp.logic.fvs.title_fit import fits_titles
from careervp.vocabulary import find_skills

from .surveyor import COMPANY, CV, CV_TEXT, POSTING, POSTING_TEXT, TITLE, TODAY, flagged


def _verify_whole(text: str) -> list[str]:
    result = verify_letter(text, cv=CV, job=POSTING, company_name=COMPANY, job_title=TITLE, today=TODAY)
    return [f"{v.field}:{v.found}" for v in result.critical]


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Tregarthen & Hale Geomatics Team,",  # the company's own unit, named by the posting
        "Dear Tregarthen & Hale Coastal Operations,",  # a department after the company's name
    ],
)
def test_greeting_a_department_of_the_company_names_the_company(greeting: str) -> None:
    text = f"{greeting}\n\nI am applying for the {TITLE} role at Tregarthen & Hale.\n\nKind regards,\nMarisol\n"
    assert _verify_whole(text) == []


def test_a_possessive_short_form_opening_the_letter_names_the_company() -> None:
    text = (
        f"Dear Hiring Manager,\n\nTregarthen's coastal schemes are why I am applying for the {TITLE} role.\n\n"
        "Kind regards,\nMarisol\n"
    )
    assert not any(f.startswith("company_name") for f in _verify_whole(text))


def test_a_misspelt_department_greeting_is_still_caught() -> None:
    text = f"Dear Tregarthen & Hull Engineers,\n\nI am applying for the {TITLE} role.\n\nKind regards,\nMarisol\n"
    assert any(f.startswith("company_name") for f in _verify_whole(text))


def test_a_place_the_posting_names_is_not_a_skill() -> None:
    posting = read_posting(POSTING_TEXT + "\nThe post is based in Falmouth, with site work across Penwith.\n",
                           company_name=COMPANY, job_title=TITLE)  # fmt: skip
    body = "I would relocate happily, and I have surveyed sites not far from Penwith and Falmouth with my crew."
    letter = f"Dear Hiring Manager,\n\nI am applying for the {TITLE} role at {COMPANY}. {body}\n\nBest,\nMarisol\n"
    result = verify_letter(letter, cv=CV, job=posting, company_name=COMPANY, job_title=TITLE, today=TODAY)
    assert result.critical == []


def test_a_posting_tool_claimed_with_a_verb_of_use_is_a_skill_claim() -> None:
    assert any(f.startswith("skill:") for f in flagged("I processed every scheme in Trimble Business Center."))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the rest of your list", []),
        ("REST APIs", ["REST"]),
        ("GDVs and C-sections", []),
    ],
)
def test_acronyms_are_read_by_how_they_are_written(text: str, found: list[str]) -> None:
    assert [name for name, _ in find_skills(text)] == found


def test_each_part_of_a_slashed_compound_in_the_cv_is_a_skill() -> None:
    assert flagged("I build survey reports in Excel and automate them with VBA.") == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("As a chartered land surveyor, I lead a field crew of 4.", None),  # MRICS: "Chartered Surveyor"
        ("As an incorporated land surveyor, I lead a field crew of 4.", "credential"),
        ("I am a GVC-certified drone operator and land surveyor.", None),
        ("I am a PCP-certified drone operator and land surveyor.", "credential"),
    ],
)
def test_a_credential_opening_a_title_is_checked_as_a_credential(body: str, field: str | None) -> None:
    found = flagged(body)
    assert any(f.startswith(f"{field}:") for f in found) if field else found == [], found


def test_initials_with_a_lower_case_connector_match_the_cv() -> None:
    cv = read_cv((CV_TEXT + "\n## Volunteering\n- Duke of Edinburgh's Award expedition assessor\n").encode(), "c.md")
    letter = f"Dear Hiring Manager,\n\nI am applying for the {TITLE} role at {COMPANY}. I assess DofE expeditions.\n"
    result = verify_letter(letter, cv=cv, job=POSTING, company_name=COMPANY, job_title=TITLE, today=TODAY)
    assert result.critical == []


@pytest.mark.parametrize(
    ("body", "ok"),
    [
        ("I'm a surveyor by training, and a careful one.", True),  # the CV's titles say "Land Surveyor"
        ("I'm a geomatician by training.", True),  # an agent noun whose field the CV shows ("Geomatics")
        ("I'm a hydrographer by training.", False),  # an agent noun whose field the CV never names
        ("I was a chief surveyor at Kernow Mapping Partners.", False),  # a rank the CV never gives there
    ],
)
def test_a_lone_job_noun_names_a_field_but_a_rank_must_be_held(body: str, ok: bool) -> None:
    assert (flagged(body) == []) is ok, flagged(body)


@pytest.mark.parametrize(
    ("claim", "held", "ok"),
    [
        ("assistant FOM", "Assistant Front Office Manager", True),
        ("senior FOM", "Assistant Front Office Manager", False),
        ("assistant FOM", "Assistant Food Operations Lead", False),
    ],
)
def test_an_acronym_of_the_held_title_is_the_title(claim: str, held: str, ok: bool) -> None:
    assert fits_titles(claim, [held]) is ok


def test_as_well_as_introduces_no_role() -> None:
    assert flagged("I hold MRICS membership as well as the CAA drone operator certificate (GVC).") == []


def test_a_sentence_ends_after_a_company_suffix_before_a_verb() -> None:
    from careervp.logic.fvs.letter import split_sentences

    text = "I am applying to Penhallow Geomatics Ltd. Keeping surveys accurate is my work."
    assert [s.text for s in split_sentences(text)][-1] == "Keeping surveys accurate is my work."


@pytest.mark.parametrize(
    ("body", "ok"),
    [
        (
            "I worked at Kernow Mapping Partners in Bodmin, first as a Survey Technician and from 2016 as Land "
            "Surveyor.",
            True,
        ),
        (
            "I worked at Kernow Mapping Partners in Bodmin, first as a Survey Technician and from 2016 as Senior Land "
            "Surveyor.",
            False,
        ),
    ],
)
def test_roles_after_the_employer_a_sentence_opens_with_were_held_there(body: str, ok: bool) -> None:
    assert (flagged(body) == []) is ok, flagged(body)
