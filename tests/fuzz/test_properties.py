"""Property tests that complete the engineers' own: numbers, FVS on any target, evidence and scores.

Already covered elsewhere, so not repeated here: the readers on arbitrary bytes, text, CV-shaped text and JSON
Resume shapes, and read_posting (tests/unit/ingest/test_properties.py); FVS giving a verdict with exact spans for any
letter text against one persona (tests/unit/fvs/test_fvs_properties.py); numbers round-tripping and extraction never
raising (tests/unit/test_numbers.py). Added here:
- parse_number never raises; same_value is reflexive and symmetric; a fact supports itself;
- verify_letter, with any company name and job title (not only the persona's), returns a verdict in which a target
  that could not be verified always makes the letter invalid; it also answers without a posting;
- for any posting text that reads, the evidence map's scores and the letter scores stay within 0..1.
The profile is bounded (derandomized, no example database) so `make test` stays fast and repeatable.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careervp.ingest import PostingReadError, read_cv_file, read_posting
from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.numbers import extract_quantities, parse_number, same_value, supports
from careervp.logic.scoring import score_letter
from careervp.models.api import FVSValidation, Preferences, Severity, Tone
from careervp.models.cv import CV
from careervp.models.job import JobPosting

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus_sample"

BOUNDED = settings(
    max_examples=60,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Text that looks like CVs and letters, not just noise: section words, dates, numbers, names, bullets, bidi marks.
CV_WORDS = [
    "# Experience",
    "## Work History",
    "Senior Engineer",
    "| Acme Corp.",
    "Jan 2020 – Present",
    "2016–2019",
    "03/2015 - 06/2018",
    "2021 to date",
    "• Cut latency by 40%",
    "- Led a team of 12",
    "$1.2M",
    "six years",
    "Kubernetes",
    "Postgres",
    "BSc Computer Science",
    "AWS Certified",
    "Education",
    "Skills:",
    "\n",
    "\n\n",
    "\u202e",
    "\x00",
    "🙂",
    "{",
    '"work": [',
]
cv_like_text = st.lists(st.one_of(st.sampled_from(CV_WORDS), st.text(max_size=30)), max_size=60).map(" ".join)


@functools.cache
def sample_cv() -> CV:
    return read_cv_file(SAMPLE / "cvs" / "lena_marwick.md")


@functools.cache
def sample_posting() -> JobPosting:
    text = (SAMPLE / "jobs" / "ledgerwell_senior_backend_engineer.md").read_text(encoding="utf-8")
    return read_posting(text)


# ---------------------------------------------------------------- numbers


@BOUNDED
@given(text=st.text(max_size=60))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, int | float)


number_phrases = st.builds(
    lambda n, fmt: fmt.format(n=n),
    st.integers(min_value=0, max_value=10**7),
    st.sampled_from(["{n}%", "{n} percent", "${n:,}", "{n:,} users", "{n} years", "over {n} years", "about {n}"]),
)


@BOUNDED
@given(phrase=number_phrases, other=number_phrases)
def test_same_value_is_reflexive_and_symmetric_and_facts_support_themselves(phrase: str, other: str) -> None:
    ours, theirs = extract_quantities(phrase), extract_quantities(other)
    for q in ours:
        assert same_value(q, q)
        assert supports(q, q)
        for r in theirs:
            assert same_value(q, r) == same_value(r, q)


# ---------------------------------------------------------------- FVS, evidence, scoring

letter_text = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "Dear Hiring Manager,",
                "Ledgerwell Payments",
                "Senior Backend Engineer",
                "I led a team of 40 engineers at Globex.",
                "I cut costs by 97%.",
                "I hold a PhD in physics and a CPA licence.",
                "I have ten years of Rust and Haskell.",
                "As an AI language model, I cannot",
                "Sincerely,",
                "\u202e\u200f",
                "\x00\x1b",
            ]
        ),
        st.text(max_size=40),
    ),
    max_size=30,
).map(" ".join)


@BOUNDED
@given(letter=letter_text, company=st.text(min_size=1, max_size=40), title=st.text(min_size=1, max_size=40))
def test_verify_letter_always_returns_a_consistent_verdict(letter: str, company: str, title: str) -> None:
    result = verify_letter(letter, cv=sample_cv(), job=sample_posting(), company_name=company, job_title=title)
    assert isinstance(result, FVSValidation)
    has_critical = any(v.severity is Severity.CRITICAL for v in result.violations)
    assert result.is_valid == (not has_critical)
    if not result.company_name_verified or not result.job_title_verified:
        assert not result.is_valid, "a letter with the wrong company or title is never valid"
    for violation in result.violations:
        assert violation.message.strip()
        if violation.span_start is not None and violation.span_end is not None:
            assert 0 <= violation.span_start <= violation.span_end <= len(letter)


@BOUNDED
@given(letter=letter_text)
def test_verify_letter_without_a_posting_still_returns_a_verdict(letter: str) -> None:
    result = verify_letter(
        letter, cv=sample_cv(), job=None, company_name="Ledgerwell Payments", job_title="Senior Backend Engineer"
    )
    assert isinstance(result, FVSValidation)


@BOUNDED
@given(
    posting_text=cv_like_text.filter(lambda t: t.strip()),
    letter=letter_text,
    tone=st.sampled_from(list(Tone)),
    words=st.integers(min_value=200, max_value=500),
    emphasis=st.lists(st.text(max_size=30), max_size=3),
)
def test_evidence_and_scores_stay_in_range_for_any_posting(
    posting_text: str, letter: str, tone: Tone, words: int, emphasis: list[str]
) -> None:
    try:
        posting = read_posting(posting_text, company_name="Acme", job_title="Engineer")
    except PostingReadError:
        return
    evidence = build_evidence_map(sample_cv(), posting, emphasis_areas=emphasis)
    for requirement in evidence.requirements:
        assert 0.0 <= requirement.score <= 1.0
    report = score_letter(
        letter, evidence=evidence, preferences=Preferences(tone=tone, word_count_target=words, emphasis_areas=emphasis)
    )
    for value in (report.personalization, report.relevance, report.tone, report.overall):
        assert 0.0 <= value <= 1.0


def test_the_sample_inputs_are_real() -> None:
    """The properties above are only as good as their fixtures: a CV with experience, a posting with requirements."""
    assert sample_cv().experience
    assert sample_posting().must_have or sample_posting().responsibilities


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
