"""Quality scores: a tailored letter scores high; a generic, company-less, off-length or off-tone one clearly lower."""

from __future__ import annotations

import asyncio
import re

import pytest
from evidence.samples import TODAY, accountant_cv, accountant_job, backend_cv, backend_job

from careervp.logic.evidence import build_evidence_map
from careervp.logic.scoring import (
    WEIGHTS,
    band,
    cited_metrics,
    company_named,
    score_letter,
    title_named,
    tone_strengths,
)
from careervp.logic.text import split_sentences, word_count
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone
from careervp.models.evidence import EvidenceMap
from careervp.models.job import JobPosting
from careervp.models.letter import QualityReport

EMPHASIS = ["mentoring", "PostgreSQL performance"]
GENERIC = """Dear Hiring Manager,

I am a motivated professional with many years of experience, and I am confident that my skills make me a strong
candidate for this job. I have worked on many projects, I always deliver good results, and I learn quickly.

I would welcome the chance to discuss my application. Thank you for your consideration.

Sincerely,
Maya Okafor"""


def _evidence() -> EvidenceMap:
    return build_evidence_map(backend_cv(), backend_job(), emphasis_areas=EMPHASIS, today=TODAY)


def _prefs(tone: Tone = Tone.PROFESSIONAL, words: int = 300) -> Preferences:
    return Preferences(tone=tone, word_count_target=words, emphasis_areas=EMPHASIS)


def _letter(tone: Tone = Tone.PROFESSIONAL, words: int = 300) -> str:
    brief = WritingBrief(evidence=_evidence(), preferences=_prefs(tone, words), candidate=backend_cv().person)
    return asyncio.run(TemplateWriter().write(brief)).text


def _score(text: str, tone: Tone = Tone.PROFESSIONAL, words: int = 300) -> QualityReport:
    return score_letter(text, evidence=_evidence(), preferences=_prefs(tone, words))


def test_a_tailored_letter_is_excellent_and_explained() -> None:
    report = _score(_letter())
    assert report.overall >= 0.85
    assert report.details.band == "excellent"
    assert any("Kafka" in r for r in report.details.covered_requirements)
    assert not any("Rust" in r for r in report.details.covered_requirements)  # a gap is never covered...
    assert any("Rust" in r and "acknowledged" in r for r in report.details.missed_requirements)  # ...but admitted
    assert any(n.startswith("acknowledged gaps:") and "Rust" in n for n in report.details.notes)
    assert "27%" in report.details.cited_metrics or "640 ms" in report.details.cited_metrics
    assert any(note.startswith("personalization: company named, title named") for note in report.details.notes)


def test_overall_is_the_contract_weighting() -> None:
    report = _score(_letter())
    expected = (
        WEIGHTS["personalization"] * report.personalization
        + WEIGHTS["relevance"] * report.relevance
        + WEIGHTS["tone"] * report.tone
    )
    assert report.overall == pytest.approx(expected, abs=0.002)
    assert WEIGHTS == {"personalization": 0.40, "relevance": 0.35, "tone": 0.25}


def test_a_generic_letter_is_poor() -> None:
    good, generic = _score(_letter()), _score(GENERIC)
    assert generic.overall < 0.5
    assert generic.details.band == "poor"
    assert good.overall - generic.overall > 0.4
    assert generic.details.cited_metrics == []
    assert len(generic.details.missed_requirements) > len(good.details.missed_requirements)


def test_missing_the_company_costs_clearly() -> None:
    text = _letter()
    without = text.replace("Larchmont Payments", "your company").replace("Larchmont", "your company")
    good, bad = _score(text), _score(without)
    assert bad.personalization <= 0.5
    assert good.overall - bad.overall >= 0.15
    assert any("company NOT named" in note for note in bad.details.notes)


def test_missing_the_title_costs() -> None:
    text = _letter()
    assert _score(text).overall - _score(text.replace("Senior Backend Engineer", "engineering")).overall >= 0.05


def test_off_length_letters_score_lower() -> None:
    text = _letter(words=300)
    words = word_count(text)  # the writer stops short rather than pad: the target here is the letter's own length
    on_target = _score(text, words=words)
    assert _score(text, words=round(words / 0.6)).overall < on_target.overall - 0.05  # 40% short of its target
    paragraphs = text.split("\n\n")
    truncated = "\n\n".join([paragraphs[0], paragraphs[1], paragraphs[-2], paragraphs[-1]])
    assert _score(truncated, words=words).overall < on_target.overall - 0.1
    assert any(note.startswith("length:") for note in on_target.details.notes)


def test_the_requested_tone_is_rewarded() -> None:
    enthusiastic = _letter(Tone.ENTHUSIASTIC)
    professional = _letter(Tone.PROFESSIONAL)
    assert _score(enthusiastic, Tone.ENTHUSIASTIC).tone > _score(enthusiastic, Tone.PROFESSIONAL).tone + 0.15
    assert _score(professional, Tone.PROFESSIONAL).tone > _score(professional, Tone.ENTHUSIASTIC).tone + 0.15
    technical = _letter(Tone.TECHNICAL)
    assert _score(technical, Tone.TECHNICAL).tone > _score(technical, Tone.PROFESSIONAL).tone
    strengths = tone_strengths(enthusiastic)
    assert max(strengths, key=lambda t: strengths[t]) is Tone.ENTHUSIASTIC


def test_stock_phrases_are_penalised_and_named() -> None:
    text = _letter()
    stock = text.replace(
        "Thank you for", "I am a results-driven team player, passionate about synergy. Thank you for", 1
    )
    clean, dirty = _score(text), _score(stock)
    assert dirty.tone < clean.tone - 0.1
    assert any("results-driven" in note and "synergy" in note for note in dirty.details.notes)


def test_metrics_are_recognised_when_paraphrased() -> None:
    evidence = _evidence()
    assert "27%" in cited_metrics("I cut AWS spend by 27 percent.", evidence)
    assert "30 million" in cited_metrics("The pipeline handles 30M events a day.", evidence)
    assert cited_metrics("I cut AWS spend by 72 percent.", evidence) == []


def test_company_and_title_detection() -> None:
    assert company_named("I would love to join Larchmont Payments.", "Larchmont Payments") == 1.0
    assert company_named("I would love to join Larchmont.", "Larchmont Payments") == 0.8
    assert company_named("I would love to join you.", "Larchmont Payments") == 0.0
    assert company_named("at Acme Corp", "Acme Corp, Inc.") == 1.0
    assert title_named("the Sr. Backend Engineer role", "Senior Backend Engineer") == 1.0
    assert title_named("the Senior Data Scientist role", "Senior Data Scientist, Demand Forecasting") == 0.8
    assert title_named("the role", "Senior Data Scientist") == 0.0


@pytest.mark.parametrize(
    ("overall", "expected"), [(0.95, "excellent"), (0.80, "excellent"), (0.75, "good"), (0.6, "fair"), (0.3, "poor")]
)
def test_bands(overall: float, expected: str) -> None:
    assert band(overall) == expected


def test_posting_details_and_honest_gaps_count() -> None:
    base = _letter()
    plain = base.replace("Rust and Elixir", "some newer languages")
    assert _score(base).relevance > _score(plain).relevance  # naming the gap addresses the requirement
    details = ("veterinary clinics", "posting asks for")  # the company's work, and the posting's own words
    without_details = "\n\n".join(p for p in base.split("\n\n") if not any(d in p for d in details))
    assert _details_count(_score(base)) > _details_count(_score(without_details))


def _details_count(report: QualityReport) -> int:
    match = re.search(r"(\d+) posting detail\(s\)", _personalization_note(report))
    assert match is not None
    return int(match.group(1))


def _personalization_note(report: QualityReport) -> str:
    return next(n for n in report.details.notes if n.startswith("personalization:"))


def test_the_explanation_says_in_plain_words_what_was_chosen_and_admitted() -> None:
    notes = _score(_letter()).details.notes
    plain = notes[: notes.index(_personalization_note(_score(_letter())))]
    assert plain[0].startswith("The letter answers 5 of the posting's 6 must-haves")
    assert "from your CV" in plain[0]
    assert plain[1].startswith("It leads with ")
    assert any(n.startswith("It admits one gap plainly:") and "Rust" in n for n in plain)
    assert any(n.startswith("It cites ") and "figure" in n for n in plain)
    assert any(n == "It names Larchmont Payments and the exact job title." for n in plain)
    assert any(n.startswith("It is ") and "you asked for" in n for n in plain)
    assert not any(re.search(r"\d\.\d\d|\d+/\d+", n) for n in plain)  # no internal scores or ratios


def _letter_for(job: JobPosting, tone: Tone = Tone.PROFESSIONAL, words: int = 300) -> tuple[str, EvidenceMap]:
    evidence = build_evidence_map(backend_cv(), job, today=TODAY)
    prefs = Preferences(tone=tone, word_count_target=words)
    brief = WritingBrief(evidence=evidence, preferences=prefs, candidate=backend_cv().person)
    return asyncio.run(TemplateWriter().write(brief)).text, evidence


def test_a_poor_fit_scores_clearly_lower_than_a_good_fit_for_the_same_cv() -> None:
    prefs = Preferences(tone=Tone.PROFESSIONAL, word_count_target=300)
    good_text, good_map = _letter_for(backend_job())
    poor_text, poor_map = _letter_for(accountant_job())  # a backend engineer applying to lead financial reporting
    good = score_letter(good_text, evidence=good_map, preferences=prefs)
    poor = score_letter(poor_text, evidence=poor_map, preferences=prefs)
    assert good.relevance >= 0.65  # one must-have (Rust and Elixir) is a real gap, admitted
    assert poor.relevance <= 0.6
    assert good.relevance - poor.relevance >= 0.4
    assert poor.details.band in ("good", "fair")
    assert good.overall - poor.overall >= 0.15
    assert poor.details.covered_requirements == []  # none of its must-haves has evidence in the CV


def test_a_gap_statement_is_not_coverage() -> None:
    evidence = _evidence()
    prefs = _prefs()
    rust = "Experience with Rust and Elixir."
    claim = _letter().replace("Thank you for", "I have built services in Rust and Elixir. Thank you for", 1)
    honest = _letter()
    gap = next(s for s in split_sentences(honest) if "Rust and Elixir" in s)
    silent = honest.replace(gap, "I am keen to talk.")
    claimed, admitted, quiet = (score_letter(t, evidence=evidence, preferences=prefs) for t in (claim, honest, silent))
    # The CV has no Rust: even a letter claiming it does not cover the requirement (FVS catches the claim itself).
    for report in (claimed, admitted, quiet):
        assert rust not in report.details.covered_requirements
    assert f"{rust} (gap, acknowledged)" in admitted.details.missed_requirements
    assert f"{rust} (gap in the CV)" in quiet.details.missed_requirements
    # An honest admission earns partial credit, more than silence about a missing must-have.
    assert admitted.relevance > quiet.relevance


def test_a_met_requirement_named_only_in_a_negation_is_not_covered() -> None:
    evidence = _evidence()
    text = (
        "Dear Hiring Manager,\n\nI am applying for the Senior Backend Engineer role at Larchmont Payments. "
        "I have not yet worked with Kafka or event streaming in production, and I would learn it quickly.\n\n"
        "Sincerely,\nMaya Okafor"
    )
    report = score_letter(text, evidence=evidence, preferences=_prefs())
    kafka = next(r for r in evidence.requirements if r.requirement.startswith("Production experience with Kafka"))
    assert kafka.requirement not in report.details.covered_requirements
    assert f"{kafka.requirement} (gap, acknowledged)" in report.details.missed_requirements


def test_naming_the_target_title_is_not_evidence() -> None:
    # "Senior Backend Engineer" in "I am applying for the Senior Backend Engineer role" proves no backend experience.
    evidence = build_evidence_map(accountant_cv(), backend_job(), today=TODAY)
    text = (
        "Dear Hiring Manager,\n\nI am applying for the Senior Backend Engineer role at Larchmont Payments, "
        "a backend engineering position.\n\nSincerely,\nJonas Whitfield"
    )
    report = score_letter(text, evidence=evidence, preferences=_prefs())
    assert not any(r.startswith("5+ years") for r in report.details.covered_requirements)


@pytest.mark.parametrize("written", list(Tone))
def test_each_tone_scores_its_own_letters_highest(written: Tone) -> None:
    text = _letter(written)
    scores = {tone: _score(text, tone).tone for tone in Tone}
    for other in Tone:
        if other is not written:
            assert scores[written] >= scores[other] + 0.15, scores


def _grant_writer_job() -> JobPosting:
    return JobPosting(
        company_name="Harrow Lane Trust",
        job_title="Grant Writer, Capital Appeals",
        about=["Harrow Lane Trust restores community gardens."],
        must_have=[
            "4+ years of grant writing experience in a nonprofit or university setting.",
            "Experience with a donor database such as Raiser's Edge.",
        ],
    )


@pytest.mark.parametrize(
    ("sentence", "admits"),
    [
        ("I haven't worked as a Grant Writer yet, so I apply on the strength of related work.", True),
        ("I have not yet held a post as grant writer.", True),
        ("I haven't worked with Raiser's Edge yet.", False),  # another gap, admitted for itself
        ("I have worked as a Grant Writer for six years.", False),  # no gap statement at all
    ],
)
def test_not_having_held_the_role_owns_up_to_the_years_in_its_field(sentence: str, admits: bool) -> None:
    evidence = build_evidence_map(backend_cv(), _grant_writer_job(), today=TODAY)
    years = "4+ years of grant writing experience in a nonprofit or university setting."
    text = f"Dear Hiring Manager,\n\n{sentence}\n\nSincerely,\nMaya Okafor"
    report = score_letter(text, evidence=evidence, preferences=_prefs())
    assert (f"{years} (gap, acknowledged)" in report.details.missed_requirements) is admits
