"""The LLM prompt: what it tells the model, what evidence it carries, and that a letter stays under $0.004."""

from __future__ import annotations

import math
import re

import pytest
from llm_briefs import CANDIDATE, COMPANY, TITLE, make_brief

from careervp.logic.pricing import HAIKU_45, LOCAL, estimate_tokens
from careervp.logic.prompts import (
    AVOID_PHRASES,
    LETTER_COST_CEILING_USD,
    MAX_FACTS,
    MAX_HOOKS,
    SYSTEM_PROMPT,
    build_prompt,
    needed_output_tokens,
    planned_output_tokens,
)
from careervp.logic.text import STOCK_PHRASES
from careervp.models.api import FVSViolation, Severity, Tone
from careervp.models.evidence import EvidenceFact, FactKind


def _section(user: str, tag: str) -> str:
    match = re.search(rf"<{tag}>\n(.*?)\n</{tag}>", user, re.DOTALL)
    return match.group(1) if match else ""


def test_system_prompt_states_the_rules() -> None:
    assert "only facts listed in <facts>" in SYSTEM_PROMPT
    assert "exact job title" in SYSTEM_PROMPT
    assert "<gaps>" in SYSTEM_PROMPT
    assert '{"cover_letter":' in SYSTEM_PROMPT
    assert '"evidence_used"' in SYSTEM_PROMPT
    for phrase in AVOID_PHRASES:
        assert f'"{phrase}"' in SYSTEM_PROMPT


def test_every_shared_stock_phrase_is_covered_by_one_spelling() -> None:
    def stem(phrase: str) -> str:
        return re.sub(r"(?:ies|ing|es|s|e|y)$", "", re.sub(r"[^a-z.]", "", phrase.lower()))

    for phrase in STOCK_PHRASES:
        assert any(stem(kept) in stem(phrase) or stem(phrase) in stem(kept) for kept in AVOID_PHRASES), phrase
    assert {"cutting-edge", "synergy", "leverage", "think outside the box"} <= set(AVOID_PHRASES)
    assert not {"cutting edge", "synergies", "leveraging", "outside-the-box"} & set(AVOID_PHRASES)


def test_user_prompt_names_the_company_title_and_candidate_exactly() -> None:
    job = _section(build_prompt(make_brief()).user, "job")
    assert f"Company: {COMPANY}" in job
    assert f"Job title: {TITLE}" in job
    candidate = _section(build_prompt(make_brief()).user, "candidate")
    assert f"Name: {CANDIDATE}" in candidate
    assert "Current role: Senior Data Engineer at Tidewater Freight Co." in candidate
    assert "Years of experience: 9" in candidate


def test_facts_carry_ids_sources_and_text_from_the_evidence_map_only() -> None:
    brief = make_brief()
    prompt = build_prompt(brief)
    lines = _section(prompt.user, "facts").splitlines()
    skills = [line for line in lines if line.startswith("Skills: ")]
    others = [line for line in lines if not line.startswith("Skills: ")]
    assert set(prompt.fact_ids) == {f.fact_id for f in brief.evidence.facts}
    for line in others:
        fact_id = line.split(" ", 1)[0]
        fact = brief.evidence.fact(fact_id)
        assert fact is not None
        assert line == f"{fact_id} ({fact.source}): {fact.text}"
    # Short skill facts share one line, each with its id.
    assert skills == ["Skills: E6 Python, SQL, Apache Spark, Airflow"]
    assert len(others) + 1 == len(prompt.fact_ids)


def test_short_skills_share_a_line_and_leave_fact_slots_to_achievements() -> None:
    brief = make_brief(extra_facts=20)
    facts = list(brief.evidence.facts)
    facts += [EvidenceFact(fact_id=f"S{n}", kind=FactKind.SKILL, text=f"Tool{n}", source="Skills") for n in range(5)]
    brief = brief.model_copy(update={"evidence": brief.evidence.model_copy(update={"facts": facts})})
    prompt = build_prompt(brief)
    skills_line = next(line for line in _section(prompt.user, "facts").splitlines() if line.startswith("Skills: "))
    assert "S0 Tool0; S1 Tool1" in skills_line
    others = [i for i in prompt.fact_ids if not i.startswith("S") and i != "E6"]
    assert len(others) == MAX_FACTS  # whatever the number of skills


def test_most_relevant_facts_come_first() -> None:
    prompt = build_prompt(make_brief())
    # E2 backs the strongest must-have (0.9) and carries metrics; E3 the next; the unreferenced education fact is last.
    assert prompt.fact_ids[:2] == ("E2", "E3")
    assert prompt.fact_ids[-1] == "E7"


def test_gaps_are_listed_apart_and_never_as_met_requirements() -> None:
    user = build_prompt(make_brief()).user
    assert "Production experience with Apache Flink streaming" in _section(user, "gaps")
    assert "Flink" not in _section(user, "requirements")
    assert "- 5+ years building batch data pipelines with Spark [E2, E6]" in _section(user, "requirements")


@pytest.mark.parametrize("tone", list(Tone))
def test_style_carries_tone_length_and_emphasis(tone: Tone) -> None:
    style = _section(build_prompt(make_brief(tone=tone, words=420, emphasis=["Airflow", "data quality"])).user, "style")
    assert f"Tone: {tone.value}:" in style
    assert "about 420 words" in style
    # The request's emphasis first, the map's after, each once.
    assert "Emphasise: Airflow; data quality" in style


def test_tones_read_differently() -> None:
    styles = {_section(build_prompt(make_brief(tone=t)).user, "style").splitlines()[0] for t in Tone}
    assert len(styles) == len(Tone)


def test_salary_is_only_mentioned_when_asked() -> None:
    assert "do not mention it" in build_prompt(make_brief(salary=False)).user
    assert "happy to discuss it; give no figures" in build_prompt(make_brief(salary=True)).user


def test_company_hooks_are_included_and_capped() -> None:
    hooks = [f"Hook {n}: something the posting says about the company." for n in range(6)]
    company = _section(build_prompt(make_brief(hooks=hooks)).user, "company")
    assert company.splitlines() == [f"- {h}" for h in hooks[:MAX_HOOKS]]
    assert "<company>" not in build_prompt(make_brief(hooks=[])).user


def test_no_feedback_block_without_feedback() -> None:
    assert "<feedback>" not in build_prompt(make_brief()).user
    assert "<feedback>" not in build_prompt(make_brief(), feedback=[]).user


def test_feedback_lists_violations_critical_first() -> None:
    violations = [
        FVSViolation(field="skill", found="Flink", severity=Severity.WARNING, message="Flink is a gap"),
        FVSViolation(
            field="metric",
            found="7 hours",
            expected="6 hours",
            severity=Severity.CRITICAL,
            message="7 hours is not in the CV.",
        ),
    ]
    feedback = _section(build_prompt(make_brief(), feedback=violations).user, "feedback").splitlines()
    assert feedback[0].startswith("Your previous letter was rejected")
    assert feedback[1] == '- [CRITICAL] metric: 7 hours is not in the CV. Found: "7 hours". Expected: "6 hours".'
    assert feedback[2] == '- [WARNING] skill: Flink is a gap. Found: "Flink".'


def test_long_texts_are_clipped_at_a_word_boundary() -> None:
    prompt = build_prompt(make_brief(extra_facts=3, long_text=True))
    long_lines = [line for line in _section(prompt.user, "facts").splitlines() if "Supported project" in line]
    assert long_lines
    for line in long_lines:
        assert line.endswith("…")
        assert len(line.split(": ", 1)[1]) <= 260


# --- Budget -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("words", [200, 300, 400, 500])
@pytest.mark.parametrize("size", ["small", "large"])
def test_every_letter_fits_the_cost_budget_even_at_the_token_cap(words: int, size: str) -> None:
    big = size == "large"
    brief = make_brief(words=words, extra_facts=60 if big else 0, long_text=big, extra_gaps=12 if big else 0)
    feedback = [
        FVSViolation(field="metric", found=f"{n}%", severity=Severity.CRITICAL, message="x " * 100) for n in range(20)
    ]
    for fb in (None, feedback):
        prompt = build_prompt(brief, feedback=fb)
        assert prompt.worst_case_cost_usd() < LETTER_COST_CEILING_USD
        # ... and the cap still leaves room for the longest acceptable letter (+15%).
        assert prompt.max_tokens >= needed_output_tokens(words)


def test_trimming_keeps_the_relevant_and_pinned_facts() -> None:
    prompt = build_prompt(make_brief(words=500, extra_facts=60, long_text=True))
    assert {"E2", "E3", "E5", "E6"} <= set(prompt.fact_ids)  # backed requirements
    assert {"E1", "E4"} <= set(prompt.fact_ids)  # the two most recent roles, so employers are named right
    assert len(prompt.fact_ids) < 67


def test_requirements_cite_only_facts_that_are_in_the_prompt() -> None:
    prompt = build_prompt(make_brief(words=500, extra_facts=60, long_text=True))
    cited = set(re.findall(r"E\d+", _section(prompt.user, "requirements")))
    assert cited <= set(prompt.fact_ids)


def test_a_tighter_budget_gives_a_smaller_prompt() -> None:
    brief = make_brief(words=300, extra_facts=20)
    roomy, tight = build_prompt(brief), build_prompt(brief, budget_usd=0.0036)
    assert tight.estimated_input_tokens < roomy.estimated_input_tokens
    assert HAIKU_45.cost(math.ceil(tight.estimated_input_tokens * 1.15), planned_output_tokens(300)) < 0.0036


def test_a_free_model_gets_room_for_the_letter() -> None:
    prompt = build_prompt(make_brief(words=300), price=LOCAL)
    assert prompt.max_tokens == 2 * needed_output_tokens(300)


def test_input_estimate_is_characters_over_four() -> None:
    prompt = build_prompt(make_brief())
    assert prompt.estimated_input_tokens == estimate_tokens(prompt.system) + estimate_tokens(prompt.user)
    # A typical brief is far below the budget's input share: the letter itself is most of the cost.
    assert HAIKU_45.cost(prompt.estimated_input_tokens, 0) < 0.0015


def test_an_impossible_budget_still_gives_a_usable_prompt() -> None:
    # Too small for even the letter: everything optional is trimmed to its floor, never below.
    brief = make_brief(words=300, extra_facts=20, extra_gaps=6, hooks=["one hook.", "two hook.", "three hook."])
    prompt = build_prompt(brief, budget_usd=0.0031)
    user = prompt.user
    assert len(prompt.fact_ids) >= 3
    assert {"E1", "E4"} <= set(prompt.fact_ids)
    assert len(_section(user, "requirements").splitlines()) == 2
    assert len(_section(user, "company").splitlines()) == 1
    assert len(_section(user, "gaps").splitlines()) == 2
    assert prompt.max_tokens >= 1


def test_a_long_feedback_list_is_cut_before_the_evidence() -> None:
    brief = make_brief(words=500, extra_facts=10)
    feedback = [
        FVSViolation(field="metric", found=f"{n}%", severity=Severity.CRITICAL, message="Not in the CV. " * 8)
        for n in range(20)
    ]
    prompt = build_prompt(brief, feedback=feedback)
    lines = _section(prompt.user, "feedback").splitlines()[1:]
    assert 2 <= len(lines) <= 4
    assert {"E2", "E3", "E5", "E6", "E1", "E4"} <= set(prompt.fact_ids)
    assert prompt.worst_case_cost_usd() < LETTER_COST_CEILING_USD
