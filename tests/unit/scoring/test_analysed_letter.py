"""The checker and the scorer read a letter once between them: one `AnalysedLetter` per text, whose parts are what
the text helpers give for that text."""

from __future__ import annotations

import asyncio

from evidence.samples import TODAY, backend_cv, backend_job

from careervp.logic.analysed_letter import AnalysedLetter, analyse_letter
from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.fvs.letter import Letter
from careervp.logic.scoring import score_letter
from careervp.logic.text import content_term_set, quantities_in, skills_in, split_sentences, word_count
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences
from careervp.vocabulary import company_tokens, normalize_title


def _letter() -> tuple[str, Preferences]:
    evidence = build_evidence_map(backend_cv(), backend_job(), today=TODAY)
    prefs = Preferences()
    brief = WritingBrief(evidence=evidence, preferences=prefs, candidate=backend_cv().person)
    return asyncio.run(TemplateWriter().write(brief)).text, prefs


def test_one_reading_per_text() -> None:
    text, _ = _letter()
    assert analyse_letter(text) is analyse_letter(text)
    assert analyse_letter(text) is not analyse_letter(text + " ")


def test_the_parts_are_what_the_text_helpers_give() -> None:
    text, _ = _letter()
    fresh = AnalysedLetter(text)
    sentences = split_sentences(text)
    assert list(fresh.sentences) == sentences
    assert list(fresh.sentence_words) == [word_count(s) for s in sentences]
    assert list(fresh.sentence_terms) == [content_term_set(s) for s in sentences]
    assert list(fresh.sentence_quantities) == [quantities_in(s) for s in sentences]
    assert list(fresh.sentence_title_words) == [normalize_title(s).split() for s in sentences]
    assert fresh.words == word_count(text)
    assert fresh.quantities == quantities_in(text)
    assert fresh.skills == skills_in(text)
    assert fresh.company_tokens == company_tokens(text)
    assert fresh.title_words == normalize_title(text).split()
    assert fresh.reading.sentences == Letter(text).sentences


def test_checker_and_scorer_share_the_reading() -> None:
    text, prefs = _letter()
    cv, job = backend_cv(), backend_job()
    verify_letter(text, cv=cv, job=job, company_name=job.company_name, job_title=job.job_title, today=TODAY)
    shared = analyse_letter(text)
    assert "sentences" in shared.reading.__dict__  # the checker split the shared reading, not a copy of its own
    score_letter(text, evidence=build_evidence_map(cv, job, today=TODAY), preferences=prefs)
    assert {"sentences", "sentence_words", "sentence_terms", "words", "company_tokens"} <= shared.__dict__.keys()
