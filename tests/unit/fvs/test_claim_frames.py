"""Only what a letter asserts about the candidate needs the CV: gaps, intentions and talk of the posting do not."""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv
from careervp.logic.fvs import verify_letter
from careervp.logic.fvs.claims import Frame, frame_of
from careervp.logic.fvs.letter import split_sentences

from .surveyor import COMPANY, CV_TEXT, POSTING, TITLE, TODAY, flagged, letter, verify


def _frame(sentence: str, target: str) -> Frame:
    parsed = split_sentences(sentence)[0]
    start = sentence.index(target)
    return frame_of(parsed, start, start + len(target))


@pytest.mark.parametrize(
    ("sentence", "target", "frame"),
    [
        ("I have not used multibeam sonar on a live scheme.", "multibeam sonar", Frame.NEGATED),
        ("I don't hold the ICES chartership yet.", "ICES", Frame.NEGATED),
        ("Bathymetry would be new to me.", "Bathymetry", Frame.NEGATED),
        ("I hold MRICS status, but I have never run a bathymetric survey.", "MRICS", Frame.ASSERTED),
        (
            "I'd be glad to take the Trimble Business Center course you offer.",
            "Trimble Business Center",
            Frame.INTENDED,
        ),
        ("I am preparing for the ICES membership exam in spring.", "ICES", Frame.INTENDED),
        ("I would be comfortable as a coastal team lead.", "coastal team lead", Frame.INTENDED),
        ("You ask for 3,000 field hours on GNSS.", "3,000", Frame.ABOUT_POSTING),
        ("Your team of 18 supports 40 schemes a year.", "18", Frame.ABOUT_POSTING),
        ("That covers three of your five requirements.", "three", Frame.ABOUT_POSTING),
        ("I logged 1,850 field hours at Penhallow.", "1,850", Frame.ASSERTED),
        ("The gaps: no confined-space ticket and no rope access yet.", "no confined-space ticket", Frame.NEGATED),
        ("I am not a chartered surveyor.", "not a chartered surveyor", Frame.NEGATED),
        ("No more than 12 surveys ran late.", "No more than 12", Frame.ASSERTED),
    ],
)
def test_the_frame_of_a_span_is_read_from_its_clause(sentence: str, target: str, frame: Frame) -> None:
    assert _frame(sentence, target) is frame


@pytest.mark.parametrize(
    "body",
    [
        "I have not used multibeam sonar, and I don't hold the ICES chartership.",
        "I'd be glad to learn Trimble Business Center, and I am preparing for the Python course you mention.",
        "Your geomatics team of 18 and its 40 coastal schemes a year are why I applied.",
        "My record meets four of your five requirements; the bathymetry is the one I lack.",
    ],
)
def test_gaps_intentions_and_the_posting_are_not_claims(body: str) -> None:
    assert flagged(body) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("I have run surveys in Trimble Business Center for six harbour schemes.", "skill"),
        ("I hold the ICES chartership and I have never missed a deadline.", "credential"),
        ("At Penhallow I lead a field crew of 7 surveyors.", "metric"),
    ],
)
def test_the_same_facts_asserted_are_still_caught(body: str, field: str) -> None:
    assert any(f.startswith(f"{field}:") for f in flagged(body)), flagged(body)


def test_every_violation_carries_the_claim_it_read() -> None:
    result = verify("At Penhallow I lead a field crew of 7 surveyors, and I like the work.")
    violation = next(v for v in result.violations if v.field == "metric")
    assert violation.claim is not None
    assert "field crew of 7 surveyors" in violation.claim


@pytest.mark.parametrize(
    "body",
    [
        "In 2023 I was named Cornwall Surveyor of the Year.",
        "My drone work won the Penhallow Innovation Award last spring.",
    ],
)
def test_an_award_the_cv_does_not_give_is_a_credential_claim(body: str) -> None:
    assert any(f.startswith("credential:") for f in flagged(body)), flagged(body)


@pytest.mark.parametrize(
    "body",
    [
        "I don't know Python or Trimble Business Center yet.",
        "My processing has been in Leica Cyclone rather than Trimble Business Center.",
        "The gap I would need to close is bathymetry and multibeam sonar.",
        "I have not yet run bathymetric surveys, multibeam sonar or Trimble Business Center.",
    ],
)
def test_a_negator_governs_the_list_that_follows_it(body: str) -> None:
    assert flagged(body) == []


def test_a_negator_does_not_reach_past_a_new_subject() -> None:
    assert any(
        f.startswith("skill:") for f in flagged("I never stop learning, and I run Trimble Business Center daily.")
    )


def test_an_award_the_cv_only_shortlists_is_not_won() -> None:
    cv = read_cv((CV_TEXT + "\n## Awards\n- Shortlisted, Cornwall Surveyor of the Year (2024)\n").encode(), "cv.md")

    def check(body: str) -> list[str]:
        result = verify_letter(letter(body), cv=cv, job=POSTING, company_name=COMPANY, job_title=TITLE, today=TODAY)
        return [v.field for v in result.critical]

    assert check("In 2024 I was named Cornwall Surveyor of the Year.") == ["credential"]
    assert check("In 2024 I was shortlisted for Cornwall Surveyor of the Year.") == []
