"""In-process figures over the corpus: stage costs, prompt tokens and cost, FVS accuracy, letter quality.

Nothing here goes over HTTP. Each stage is called exactly as the service calls it, on the real adapters from
`bootstrap.build` (SQLite and files in a temporary data dir), so "storage" is a real WAL write and "render" the real
PDF and DOCX renderers.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from bench.corpus import LabelledLetter, Pair
from careervp.core.bootstrap import build
from careervp.core.settings import Settings
from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.pricing import HAIKU_45, SONNET_45, estimate_tokens
from careervp.logic.prompts import build_prompt
from careervp.logic.scoring import score_letter
from careervp.logic.text import word_count
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import CoverLetterCreate, CoverLetterPublic, FVSValidation
from careervp.models.records import RETENTION_DAYS, CVRecord, JobRecord, LetterRecord
from careervp.models.results import UserContext

T = TypeVar("T")
STAGES = ("evidence", "write", "fvs", "scoring", "storage", "render")


def _timed(fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, float]:
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, (time.perf_counter() - started) * 1000


def stage_costs(pairs: list[Pair], *, repeats: int = 5) -> dict[str, Any]:
    """Median ms per stage per letter, then the mean of those medians over the pairs."""
    writer = TemplateWriter()
    per_stage: dict[str, list[float]] = defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="careervp-bench-") as tmp:
        container = build(Settings(data_dir=Path(tmp), rate_limits="off"))
        repo, service = container.repository, container.service
        for pair in pairs:
            samples: dict[str, list[float]] = defaultdict(list)
            emphasis = pair.preferences.emphasis_areas or ()
            for _ in range(repeats):
                evidence, ms = _timed(build_evidence_map, pair.cv, pair.posting, emphasis_areas=emphasis)
                samples["evidence"].append(ms)
                brief = WritingBrief(evidence=evidence, preferences=pair.preferences, candidate=pair.cv.person)
                draft, ms = _timed(asyncio.run, writer.write(brief))
                samples["write"].append(ms)
                fvs, ms = _timed(_verify, draft.text, pair)
                samples["fvs"].append(ms)
                quality, ms = _timed(score_letter, draft.text, evidence=evidence, preferences=pair.preferences)
                samples["scoring"].append(ms)
                stored, ms = _timed(repo.add_letter, _letter_record(pair, draft.text, fvs, quality.overall))
                samples["storage"].append(ms)
                _, ms = _timed(service.files.render_all, stored, pair.cv.person)
                samples["render"].append(ms)
            for stage, values in samples.items():
                per_stage[stage].append(statistics.median(values))
    means = {stage: round(statistics.fmean(per_stage[stage]), 2) for stage in STAGES}
    return {
        "ms_per_letter": means,
        "total_ms": round(sum(means.values()), 2),
        "pairs": len(pairs),
        "repeats": repeats,
        "note": "median of repeats per pair, mean over pairs; storage = one SQLite version write, "
        "render = pdf+docx+md+txt rendered and written to the blob store",
    }


def _verify(text: str, pair: Pair) -> FVSValidation:
    return verify_letter(text, cv=pair.cv, job=pair.posting, company_name=pair.company_name, job_title=pair.job_title)


def _letter_record(pair: Pair, text: str, fvs: FVSValidation, quality: float) -> LetterRecord:
    now = datetime.now(UTC)
    return LetterRecord(
        user_id="bench",
        cv_id=pair.id,
        job_id=pair.id,
        version=1,
        cover_letter_id=str(uuid.uuid4()),
        company_name=pair.company_name,
        job_title=pair.job_title,
        content=text,
        word_count=word_count(text),
        personalization_score=quality,
        relevance_score=quality,
        tone_score=quality,
        quality_score=quality,
        preferences=pair.preferences,
        fvs_validation=fvs,
        code="COVER_LETTER_GENERATED_SUCCESS",
        created_at=now,
        expires_at=now + timedelta(days=RETENTION_DAYS),
    )


def prompt_costs(pairs: list[Pair]) -> dict[str, Any]:
    """Tokens of the LLM writer's prompt for each pair, and the cost of a letter at Haiku 4.5 and Sonnet 4.5 prices.

    Input tokens: the prompt the LLM writer would send (characters / 4, the planning estimate). Output tokens: the
    reply a model would send for this pair, sized as the template letter for the same pair wrapped in the JSON the
    prompt asks for. A letter of up to 350 words is budgeted at $0.004 at Haiku (longer ones add their extra output);
    the cap (max_tokens) gives the worst case, which the prompt builder keeps under $0.006.
    """
    writer = TemplateWriter()
    rows = []
    for pair in pairs:
        evidence = build_evidence_map(pair.cv, pair.posting, emphasis_areas=pair.preferences.emphasis_areas or ())
        brief = WritingBrief(evidence=evidence, preferences=pair.preferences, candidate=pair.cv.person)
        prompt = build_prompt(brief)
        letter = asyncio.run(writer.write(brief)).text
        reply = json.dumps({"cover_letter": letter, "evidence_used": list(prompt.fact_ids[:6])})
        tokens_in, tokens_out = prompt.estimated_input_tokens, estimate_tokens(reply)
        rows.append(
            {
                "id": pair.id,
                "input_tokens": tokens_in,
                "output_tokens": tokens_out,
                "max_tokens": prompt.max_tokens,
                "haiku_usd": HAIKU_45.cost(tokens_in, tokens_out),
                "sonnet_usd": SONNET_45.cost(tokens_in, tokens_out),
                "haiku_worst_usd": prompt.worst_case_cost_usd(HAIKU_45),
            }
        )

    def mean(key: str) -> float:
        return statistics.fmean(float(r[key]) for r in rows)

    return {
        "input_tokens_mean": round(mean("input_tokens"), 1),
        "input_tokens_max": max(int(r["input_tokens"]) for r in rows),
        "output_tokens_mean": round(mean("output_tokens"), 1),
        "haiku_usd_mean": round(mean("haiku_usd"), 6),
        "haiku_usd_max": round(max(float(r["haiku_usd"]) for r in rows), 6),
        "haiku_worst_case_usd_max": round(max(float(r["haiku_worst_usd"]) for r in rows), 6),
        "sonnet_usd_mean": round(mean("sonnet_usd"), 6),
        "sonnet_usd_max": round(max(float(r["sonnet_usd"]) for r in rows), 6),
        "per_pair": rows,
    }


def _flagged(fabrication: dict[str, str], letter: str, result: FVSValidation) -> bool:
    """True when some violation points at this fabrication: its span overlaps it, its `found` text sits inside
    it (or contains it), or, for a misnamed or missing company/title, the matching verified flag is down."""
    kind, text = fabrication.get("kind", ""), fabrication.get("text", "")
    if kind == "company_name" and not result.company_name_verified:
        return True
    if kind == "job_title" and not result.job_title_verified:
        return True
    start = letter.find(text) if text else -1
    end = start + len(text)
    for violation in result.violations:
        spans = start >= 0 and violation.span_start is not None and violation.span_end is not None
        if spans and violation.span_start < end and start < violation.span_end:  # type: ignore[operator]
            return True
        found = (violation.found or "").strip().lower()
        if found and text and (found in text.lower() or text.lower() in found):
            return True
    return False


def fvs_accuracy(letters: list[LabelledLetter]) -> dict[str, Any]:
    """Recall per fabrication kind (letter flagged invalid, and the fabrication itself pointed at) and the false
    alarm rate (faithful letters flagged invalid)."""
    caught: dict[str, int] = defaultdict(int)
    located: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    faithful = false_alarms = 0
    false_alarm_ids = []
    missed = []
    for item in letters:
        result = verify_letter(
            item.letter, cv=item.cv, job=item.posting, company_name=item.company_name, job_title=item.job_title
        )
        if item.label == "faithful":
            faithful += 1
            if not result.is_valid:
                false_alarms += 1
                false_alarm_ids.append(item.id)
            continue
        for fab in item.fabrications:
            kind = fab.get("kind", "unknown")
            total[kind] += 1
            if not result.is_valid:
                caught[kind] += 1
                if _flagged(fab, item.letter, result):
                    located[kind] += 1
            else:
                missed.append(f"{item.id}:{kind}")
    recall = {k: round(caught[k] / total[k], 3) for k in sorted(total)}
    return {
        "recall": recall,
        "recall_located": {k: round(located[k] / total[k], 3) for k in sorted(total)},
        "cases": dict(sorted(total.items())),
        "false_alarm_rate": round(false_alarms / faithful, 3) if faithful else 0.0,
        "faithful": faithful,
        "false_alarms": false_alarm_ids,
        "missed": missed,
    }


def corpus_quality(pairs: list[Pair]) -> dict[str, Any]:
    """Every pair through the real service (template writer, SQLite): quality, FVS verdict, length, code."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="careervp-bench-") as tmp:
        container = build(Settings(data_dir=Path(tmp), rate_limits="off"))
        repo, service = container.repository, container.service
        now = datetime.now(UTC)
        user = UserContext(user_id="bench-quality")
        for pair in pairs:
            repo.put_cv(
                CVRecord(
                    user_id=user.user_id,
                    cv_id=pair.id,
                    filename=pair.cv_path.name,
                    content_type="text/markdown",
                    cv=pair.cv,
                    created_at=now,
                    expires_at=now + timedelta(days=RETENTION_DAYS),
                )
            )
            repo.put_job(
                JobRecord(
                    user_id=user.user_id,
                    job_id=pair.id,
                    company_name=pair.company_name,
                    job_title=pair.job_title,
                    description=pair.posting_text,
                    posting=pair.posting,
                    created_at=now,
                    expires_at=now + timedelta(days=RETENTION_DAYS),
                )
            )
            request = CoverLetterCreate(
                cv_id=pair.id,
                job_id=pair.id,
                company_name=pair.company_name,
                job_title=pair.job_title,
                preferences=pair.preferences,
            )
            result = asyncio.run(service.generate(request, user))
            body = result.body
            row: dict[str, Any] = {"id": pair.id, "code": result.code.value}
            if isinstance(body, CoverLetterPublic):
                target = pair.preferences.word_count_target
                row.update(
                    quality=body.quality_score,
                    fvs_valid=body.fvs_validation.is_valid,
                    words=body.cover_letter.word_count,
                    length_ok=abs(body.cover_letter.word_count - target) <= 0.2 * target,
                )
            rows.append(row)
    scored = [float(r["quality"]) for r in rows if "quality" in r]
    return {
        "mean_quality": round(statistics.fmean(scored), 3) if scored else 0.0,
        "min_quality": round(min(scored), 3) if scored else 0.0,
        "fvs_pass": sum(1 for r in rows if r.get("fvs_valid")),
        "length_ok": sum(1 for r in rows if r.get("length_ok")),
        "pairs": len(rows),
        "per_pair": rows,
    }
