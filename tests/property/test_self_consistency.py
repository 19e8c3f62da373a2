"""Self-consistency: for every CV and posting the readers accept, the offline writer's letter passes FVS.

A letter our own writer builds from the evidence map and our own checker rejects is a bug in one of the two. The
property runs over 500 generated CV/posting pairs in six fields (tests/property/generated.py), every tone, with a
fixed seed so a failure is reproducible; the evidence map obeys the same rule for the years a requirement asks for.
"""

from __future__ import annotations

import asyncio
from datetime import date

from hypothesis import HealthCheck, given, settings

from careervp.ingest import read_cv, read_posting
from careervp.logic.evidence import build_evidence_map
from careervp.logic.fvs import verify_letter
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone

from .generated import Case, cases

TODAY = date(2026, 11, 15)


@settings(
    max_examples=500, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(case=cases())
def test_the_offline_letter_passes_its_own_checker(case: Case) -> None:
    cv = read_cv(case.cv.encode(), "cv.md")
    job = read_posting(case.posting, company_name=case.company, job_title=case.title)
    evidence = build_evidence_map(cv, job)
    tone = list(Tone)[len(case.cv) % len(Tone)]
    brief = WritingBrief(
        evidence=evidence, preferences=Preferences(tone=tone, word_count_target=280), candidate=cv.person
    )
    draft = asyncio.run(TemplateWriter().write(brief))
    fvs = verify_letter(draft.text, cv=cv, job=job, company_name=case.company, job_title=case.title, today=TODAY)
    assert fvs.is_valid, [f"{v.field} {v.found!r}: {v.message}" for v in fvs.critical]
