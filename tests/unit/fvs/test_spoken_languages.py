"""A language the writer says they speak is a skill: one the CV does not list is caught, even when the posting
asks for it; a language the CV lists (by name, or by its code beside a level: "PT native / EN fluent") passes, and so
does one named after a contrast ("Portuguese rather than Tamil") or as a gap.

An invented sous chef and a posting, outside every corpus.
"""

from __future__ import annotations

import pytest

from careervp.ingest import read_cv, read_posting
from careervp.vocabulary.languages import languages_in

from .personas import critical_findings

CV = read_cv(
    b"""# Joana Falc\xc3\xa3o
Languages: Portuguese (native), English (fluent)

## Experience
**Sous Chef** | Casa Lume, Bristol | 2019 - Present
- Run a brigade of six.
""",
    "joana.md",
)
POSTING = read_posting(
    "# Head Chef\nCompany: Ribeira Group\n\n## Requirements\n- Kitchen leadership\n- Spanish or Italian an advantage\n",
    company_name="Ribeira Group",
    job_title="Head Chef",
)


@pytest.mark.parametrize(
    "body",
    [
        "I am a native Portuguese speaker and work in English every day.",
        "I speak Portuguese rather than Spanish, and I would be glad to learn Italian.",
        "I do not speak Spanish yet.",
    ],
)
def test_languages_the_cv_lists_or_that_are_not_claimed_pass(body: str) -> None:
    assert critical_findings(body, cv=CV, job=POSTING) == []


@pytest.mark.parametrize(
    "body", ["I also have conversational Spanish from evening classes.", "I speak fluent Italian and Portuguese."]
)
def test_a_language_the_cv_does_not_list_is_caught(body: str) -> None:
    assert any(f.startswith("skill:") for f in critical_findings(body, cv=CV, job=POSTING))


def test_languages_given_by_their_codes_beside_a_level_are_read() -> None:
    assert languages_in("PT native / EN fluent / ES conv. \u00b7 DE (B2)") == {
        "portuguese",
        "english",
        "spanish",
        "german",
    }
    assert languages_in("made it basic; no conversational rota") == set()
