"""The cost budget on real pairs: every corpus pair's letter costs under $0.004 at Haiku 4.5 prices (under $0.006 even
when the reply runs to its cap).

Runs on the corpus in CAREERVP_CORPUS_DIR when set (to check another corpus of the same format), else the shared
corpus beside the repository, else the sample under tests/fixtures.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from careervp.ingest import read_cv_file, read_posting
from careervp.logic.evidence import build_evidence_map
from careervp.logic.pricing import HAIKU_45
from careervp.logic.prompts import (
    BUDGET_WORDS,
    LETTER_COST_BUDGET_USD,
    LETTER_COST_CEILING_USD,
    build_prompt,
    letter_budget_usd,
    needed_output_tokens,
    planned_output_tokens,
)
from careervp.logic.writers.base import WritingBrief
from careervp.models.api import FVSViolation, Preferences, Severity

REPO = Path(__file__).resolve().parents[3]


def _corpus_dir() -> Path | None:
    candidates = [os.environ.get("CAREERVP_CORPUS_DIR"), REPO.parent / "shared/data/corpus"]
    candidates.append(REPO / "tests/fixtures/corpus_sample")
    for candidate in candidates:
        if candidate and (Path(candidate) / "pairs.jsonl").is_file():
            return Path(candidate)
    return None


def _pairs() -> list[dict[str, Any]]:
    corpus = _corpus_dir()
    if corpus is None:
        return []
    lines = (corpus / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
    return [{**json.loads(line), "_root": corpus} for line in lines if line.strip()]


def _brief(pair: dict[str, Any]) -> WritingBrief:
    root: Path = pair["_root"]
    cv = read_cv_file(root / pair["cv"])
    job = read_posting(
        (root / pair["job"]).read_text(encoding="utf-8"), company_name=pair["company_name"], job_title=pair["job_title"]
    )
    evidence = build_evidence_map(cv, job, emphasis_areas=pair.get("emphasis_areas", []), today=date(2026, 11, 28))
    prefs = Preferences(
        tone=pair["tone"], word_count_target=pair["word_count_target"], emphasis_areas=pair.get("emphasis_areas")
    )
    return WritingBrief(evidence=evidence, preferences=prefs, candidate=cv.person)


PAIRS = _pairs()


@pytest.mark.skipif(not PAIRS, reason="no corpus found")
@pytest.mark.parametrize("pair", PAIRS, ids=[p["id"] for p in PAIRS])
def test_corpus_pair_prompt_fits_the_budget(pair: dict[str, Any]) -> None:
    brief = _brief(pair)
    retry_feedback = [
        FVSViolation(field="metric", found="70%", expected="50%", severity=Severity.CRITICAL, message="Not in the CV.")
    ]
    for feedback in (None, retry_feedback):
        prompt = build_prompt(brief, feedback=feedback)
        assert prompt.worst_case_cost_usd() < LETTER_COST_CEILING_USD
        assert prompt.max_tokens >= needed_output_tokens(pair["word_count_target"])
        # A letter of the asked length costs under the budget.
        expected = HAIKU_45.cost(prompt.estimated_input_tokens, planned_output_tokens(pair["word_count_target"]))
        assert expected < letter_budget_usd(pair["word_count_target"])
        if pair["word_count_target"] <= BUDGET_WORDS:
            assert expected < LETTER_COST_BUDGET_USD
        assert f"Company: {pair['company_name']}" in prompt.user
        assert f"Job title: {pair['job_title']}" in prompt.user
        assert len(prompt.fact_ids) >= 3
