"""A career that began in another line of work: the letter counts only the years in this work, never the whole
span, and a career that stayed in one line still says how long. Invented: a warehouse supervisor turned rowing
coach."""

from __future__ import annotations

import asyncio
import re
from datetime import date

from careervp.ingest import read_cv, read_posting
from careervp.logic.evidence import build_evidence_map
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone

TODAY = date(2026, 11, 28)
POSTING = """# Head Rowing Coach
Company: Tamesis Rowing Club

## Requirements
- Coaching crews to regatta level.
"""


def _opening(cv_text: bytes) -> str:
    cv = read_cv(cv_text, "cv.md")
    job = read_posting(POSTING, company_name="Tamesis Rowing Club", job_title="Head Rowing Coach")
    evidence = build_evidence_map(cv, job, emphasis_areas=[], today=TODAY)
    brief = WritingBrief(evidence=evidence, preferences=Preferences(tone=Tone.PROFESSIONAL), candidate=cv.person)
    return asyncio.run(TemplateWriter().write(brief)).text.split("\n\n")[1]


def test_a_career_begun_in_another_line_is_not_counted_as_years_of_this_work() -> None:
    opening = _opening(
        b"""# Odile Mensah-Park

## Experience
Assistant Rowing Coach | Kingsmere University | 2021-09 - Present
- Coach 3 eights to regatta level.

Rowing Coach | Hollins School | 2018-09 - 2021-08
- Built the junior squad from 12 to 40 rowers.

Warehouse Shift Supervisor | Dunmore Freight | 2010-01 - 2018-06
- Ran a night shift of 20 pickers.
"""
    )
    stated = [int(n) for n in re.findall(r"(\d+) years", opening)]
    assert stated, opening  # eight years of coaching are worth saying
    assert all(n < 8 for n in stated), opening  # the warehouse years are not coaching
    assert "more than" in opening, opening


def test_a_career_in_one_line_says_how_long() -> None:
    opening = _opening(
        b"""# Odile Mensah-Park

## Experience
Assistant Rowing Coach | Kingsmere University | 2021-09 - Present
- Coach 3 eights to regatta level.

Junior Rowing Coach | Hollins School | 2014-09 - 2021-08
- Built the junior squad from 12 to 40 rowers.
"""
    )
    assert "12 years" in opening, opening
