"""The model path held to the offline writer's bar, on recorded fixtures (tests/fixtures/model_path).

Each of three pairs outside software (veterinary nursing, hospitality, social work) has the prompt the model gets and
the reply the local model stub gives to it, labelled as recorded from the stub. The reply goes through the same FVS
and defect checks as the offline writer's letters and, passing them, is the letter the service returns. A careless
reply that pastes the prompt's fact lines as sentences is not: its quality falls, the stronger retry is told what
reads assembled, and a letter without those defects is returned instead.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from bench.letters import (
    DEFAULT_CORPUS,
    MODEL_PATH_LABEL,
    MODEL_PATH_PAIRS,
    PROMPT_SEPARATOR,
    REPLY_SEPARATOR,
    brief_for,
)
from bench.truth import _records

from careervp.core.bootstrap import build
from careervp.core.settings import Settings
from careervp.ingest import read_cv_file, read_posting
from careervp.llm.fake import ScriptedLLM
from careervp.logic.prompts import build_prompt
from careervp.logic.scoring import score_letter
from careervp.logic.writers.defects import letter_defects
from careervp.logic.writers.llm import LLMWriter
from careervp.models.api import CoverLetterCreate
from careervp.models.records import CVRecord, JobRecord
from careervp.models.results import UserContext

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "model_path"
PAIRS = {p["id"]: p for p in _records(DEFAULT_CORPUS, "pairs.jsonl") if p["id"] in MODEL_PATH_PAIRS}


def _recorded(pair_id: str) -> tuple[str, str, str]:
    """(system prompt, user prompt, reply) as recorded."""
    prompt = (FIXTURES / f"{pair_id}.prompt.txt").read_text(encoding="utf-8")
    system, _, user = prompt.partition(f"\n{PROMPT_SEPARATOR}\n")
    label, _, reply = (FIXTURES / f"{pair_id}.reply.txt").read_text(encoding="utf-8").partition(f"{REPLY_SEPARATOR}\n")
    assert label == MODEL_PATH_LABEL  # every reply says where it came from
    return system, user.rstrip("\n"), reply.rstrip("\n")


@pytest.mark.parametrize("pair_id", MODEL_PATH_PAIRS)
def test_the_prompt_is_the_recorded_one(pair_id: str) -> None:
    """A change to the prompt shows here as a diff; `python -m bench.letters --record-model-path` re-records."""
    brief, _ = brief_for(DEFAULT_CORPUS, PAIRS[pair_id])
    prompt = build_prompt(brief)
    system, user, _ = _recorded(pair_id)
    assert (prompt.system, prompt.user) == (system, user)
    for asked in ("Plan silently", "at most one gap", "in your own words", "no list connectors", "within 15%"):
        assert asked in prompt.system


@pytest.mark.parametrize("pair_id", MODEL_PATH_PAIRS)
def test_the_recorded_reply_goes_through_the_same_checks(pair_id: str) -> None:
    brief, posting = brief_for(DEFAULT_CORPUS, PAIRS[pair_id])
    _, _, reply = _recorded(pair_id)
    draft = asyncio.run(LLMWriter(ScriptedLLM([reply])).write(brief))
    assert letter_defects(draft.text, posting=posting) == [], draft.text
    quality = score_letter(draft.text, evidence=brief.evidence, preferences=brief.preferences)
    assert not any("a reader would notice" in note for note in quality.details.notes)


def _assembled(user_prompt: str) -> str:
    """What a careless model writes: the prompt's fact lines pasted as sentences ("Lead the overnight team ...")."""
    job = user_prompt.partition("<job>\n")[2].partition("\n</job>")[0].splitlines()
    company, title = (line.partition(": ")[2] for line in job[:2])
    facts = user_prompt.partition("<facts>\n")[2].partition("\n</facts>")[0]
    lines = [line.partition("): ")[2].rstrip(".") + "." for line in facts.splitlines() if "): " in line][:6]
    opening = f"I am applying for the {title} role at {company}."
    return f"Dear Hiring Manager,\n\n{opening}\n\n{' '.join(lines)}\n\nSincerely,\nA. Candidate"


def test_a_letter_of_pasted_fact_lines_reads_assembled() -> None:
    brief, posting = brief_for(DEFAULT_CORPUS, PAIRS[MODEL_PATH_PAIRS[0]])
    _, user, _ = _recorded(MODEL_PATH_PAIRS[0])
    text = _assembled(user)
    assert letter_defects(text, posting=posting)
    quality = score_letter(text, evidence=brief.evidence, preferences=brief.preferences)
    assert any(note.startswith("It has ") and "a reader would notice" in note for note in quality.details.notes)
    assert any(note.startswith("defects: ") for note in quality.details.notes)


def _register(container: Any, pair: dict[str, Any]) -> JobRecord:
    now, later = datetime.now(UTC), datetime.now(UTC) + timedelta(days=90)
    cv = read_cv_file(DEFAULT_CORPUS / pair["cv"])
    text = (DEFAULT_CORPUS / pair["job"]).read_text(encoding="utf-8")
    posting = read_posting(text, company_name=pair["company_name"], job_title=pair["job_title"])
    container.repository.put_cv(CVRecord(user_id="u", cv_id="cv", filename="cv.md", content_type="text/markdown",
                                         cv=cv, created_at=now, expires_at=later))  # fmt: skip
    job = JobRecord(user_id="u", job_id="job", company_name=pair["company_name"], job_title=pair["job_title"],
                    description=text, posting=posting, created_at=now, expires_at=later)  # fmt: skip
    container.repository.put_job(job)
    return job


def _generate(pair_id: str, replies: list[Any], tmp_path: Path) -> tuple[Any, ScriptedLLM, JobRecord]:
    pair = PAIRS[pair_id]
    llm = ScriptedLLM(replies)
    container = build(Settings(data_dir=tmp_path), llm=llm)
    job = _register(container, pair)
    request = CoverLetterCreate.model_validate({
        "cv_id": "cv", "job_id": job.job_id, "company_name": pair["company_name"], "job_title": pair["job_title"],
        "preferences": {"tone": pair["tone"], "word_count_target": pair["word_count_target"],
                        "emphasis_areas": pair.get("emphasis_areas") or []},
    })  # fmt: skip
    return asyncio.run(container.service.generate(request, UserContext("u"))), llm, job


@pytest.mark.parametrize("pair_id", MODEL_PATH_PAIRS)
def test_the_service_checks_the_recorded_letter_like_its_own(pair_id: str, tmp_path: Path) -> None:
    """The stub's letter is truthful and reads as written; it scores just under "good" (it answers few requirements),
    so the policy asks the stronger model once more and keeps the best letter, which has no defects either."""
    _, _, reply = _recorded(pair_id)
    result, llm, job = _generate(pair_id, [reply, reply], tmp_path)
    assert result.code.is_success
    assert result.record is not None
    assert letter_defects(result.record.content, posting=job.description) == []
    assert all("style:" not in call.user for call in llm.calls)  # nothing in it read assembled


@pytest.mark.parametrize("pair_id", MODEL_PATH_PAIRS)
def test_the_service_returns_no_letter_that_reads_assembled(pair_id: str, tmp_path: Path) -> None:
    careless = lambda call: _assembled(call.user)  # noqa: E731 - the same careless answer to each prompt
    result, llm, job = _generate(pair_id, [careless, careless], tmp_path)
    assert result.code.is_success
    assert result.record is not None
    assert letter_defects(result.record.content, posting=job.description) == []
    assert [call.stronger for call in llm.calls] == [False, True]
    assert "[WARNING] style: no verb." in llm.calls[1].user  # the retry is told what reads assembled
