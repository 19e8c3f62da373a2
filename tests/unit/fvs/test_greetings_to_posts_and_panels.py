"""A greeting may address a post written as one word ("Dear Headteacher", "Dear Gamewarden") or a group named by
the task it meets for ("Dear Audition Panel", "Dear Tender Board"): neither names a company, so neither is read as
the wrong company addressed. A name in that place still is.

An invented choir director and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting

from .personas import critical_findings

CV = read_cv(
    b"""# Ines Valcourt
## Experience
**Choir Director** | Lanark Cathedral Music Trust | 2017 - Present
- Direct a choir of 30 in weekly services.
""",
    "ines.md",
)
POSTING = read_posting(
    "# Director of Music\nCompany: Eskdale Grammar School\n\n## Requirements\n- Choral direction\n",
    company_name="Eskdale Grammar School",
    job_title="Director of Music",
)
BODY = "I have directed the choir at Lanark Cathedral Music Trust since 2017."


@pytest.mark.parametrize(
    "greeting", ["Dear Headteacher,", "Dear Gamewarden,", "Dear Audition Panel,", "Dear Interview Panel,"]
)
def test_a_post_or_a_panel_named_for_its_task_is_no_company(greeting: str) -> None:
    assert critical_findings(BODY, cv=CV, job=POSTING, greeting=greeting) == []


@pytest.mark.parametrize("greeting", ["Dear Eskvale Grammar School,", "Dear Harrowgate Academy Panel,"])
def test_another_name_in_the_greeting_is_still_caught(greeting: str) -> None:
    assert any(f.startswith("company_name:") for f in critical_findings(BODY, cv=CV, job=POSTING, greeting=greeting))
