"""LLMWriter: prompt -> model -> Draft, and the reader that turns whatever the model said into a letter or an error."""

from __future__ import annotations

import asyncio
import json

import pytest
from llm_briefs import LETTER, TITLE, make_brief

from careervp.core.settings import HAIKU_45, SONNET_45
from careervp.llm.fake import ScriptedLLM
from careervp.logic.ports import LLMError, LLMReply, LLMThrottled
from careervp.logic.writers.base import Writer
from careervp.logic.writers.llm import LLMOutputError, LLMWriter, parse_reply
from careervp.models.api import FVSViolation, Severity

IDS = [f"E{n}" for n in range(1, 8)]


def _json_reply(letter: str = LETTER, ids: list[str] | None = None) -> str:
    return json.dumps({"cover_letter": letter, "evidence_used": ids if ids is not None else ["E2", "E3"]})


# --- Parsing ----------------------------------------------------------------------------------------------------


def test_json_reply() -> None:
    parsed = parse_reply(_json_reply(), known_ids=IDS)
    assert parsed.letter == LETTER
    assert parsed.evidence_used == ["E2", "E3"]


def test_fenced_json_with_chatter_around_it() -> None:
    raw = f"Here is the JSON you asked for:\n```json\n{_json_reply()}\n```\nLet me know if you need changes."
    assert parse_reply(raw, known_ids=IDS).letter == LETTER


def test_json_followed_by_chatter_without_fence() -> None:
    raw = _json_reply() + "\n\nI kept it to about 150 words {as requested}."
    assert parse_reply(raw, known_ids=IDS).letter == LETTER


def test_json_with_raw_newlines_inside_the_string() -> None:
    raw = '{"cover_letter": "' + LETTER.replace('"', '\\"') + '", "evidence_used": ["E5"]}'
    assert "\n" in raw
    parsed = parse_reply(raw, known_ids=IDS)
    assert parsed.letter == LETTER
    assert parsed.evidence_used == ["E5"]


def test_json_with_unescaped_quotes_is_salvaged() -> None:
    letter = LETTER.replace("solid footing", 'solid "footing"')
    raw = '{"cover_letter": "' + letter.replace("\n", "\\n") + '", "evidence_used": ["E2"]}'
    assert parse_reply(raw).letter == letter


def test_json_cut_off_at_max_tokens_is_rejected() -> None:
    raw = '{"cover_letter": "' + LETTER[:200].replace("\n", "\\n")
    with pytest.raises(LLMOutputError) as caught:
        parse_reply(raw)
    assert caught.value.reason == "cut_off"


def test_alternative_letter_key_and_missing_evidence_list() -> None:
    parsed = parse_reply(json.dumps({"letter": LETTER}))
    assert parsed.letter == LETTER
    assert parsed.evidence_used == []


def test_unknown_fact_ids_are_dropped_and_duplicates_merged() -> None:
    parsed = parse_reply(_json_reply(ids=["E2", "E99", "E2", "E3"]), known_ids=IDS)
    assert parsed.evidence_used == ["E2", "E3"]


def test_plain_text_letter() -> None:
    parsed = parse_reply(LETTER)
    assert parsed.letter == LETTER
    assert parsed.evidence_used == []


@pytest.mark.parametrize(
    "preamble",
    [
        "Here is your cover letter:\n\n",
        "Sure! Here's a tailored cover letter for the Staff Data Engineer role:\n\n",
        "**Cover Letter**\n\n",
        "Certainly.\n\nCover letter for Harbor Analytics\n\n",
    ],
)
def test_plain_text_preambles_are_removed(preamble: str) -> None:
    assert parse_reply(preamble + LETTER).letter == LETTER


@pytest.mark.parametrize(
    "trailer",
    [
        "\n\n---\n\nThis letter highlights your Spark work and stays honest about Flink.",
        "\n\nNote: I did not mention salary, as requested.",
        "\n\n(Word count: 151)",
        "\n\nI hope this helps! Let me know if you would like a different tone.",
        "\n\nFeel free to adjust the closing paragraph.",
    ],
)
def test_plain_text_trailing_notes_are_removed(trailer: str) -> None:
    assert parse_reply(LETTER + trailer).letter == LETTER


def test_code_fenced_plain_text() -> None:
    assert parse_reply(f"```\n{LETTER}\n```").letter == LETTER


def test_a_closing_paragraph_that_sounds_like_a_note_is_kept_before_the_sign_off() -> None:
    letter = LETTER.replace(
        "I would welcome the chance", "I hope this letter shows my fit. Let me know when we can talk. I would welcome"
    )
    assert parse_reply(letter).letter == letter


def test_inline_fact_citations_leave_the_letter_and_join_evidence_used() -> None:
    cited = LETTER.replace("50 minutes.", "50 minutes (E2).").replace("Snowflake,", "Snowflake [E3, E6],")
    parsed = parse_reply(_json_reply(cited, ids=["E2"]), known_ids=IDS)
    assert parsed.letter == LETTER
    assert parsed.evidence_used == ["E2", "E3", "E6"]


@pytest.mark.parametrize(
    "reply",
    [
        "I'm sorry, but I can't help with writing this cover letter.",
        "I cannot assist with that request because it involves a real person.",
        "Sorry, I am unable to create a cover letter from this information.",
        '{"cover_letter": "I can\'t help with that.", "evidence_used": []}',
        "As an AI, I do not have personal experience, so I cannot write about yours.",
        LETTER.replace("Sincerely,", "As an AI language model, I cannot sign letters.\n\nSincerely,"),
    ],
)
def test_refusals_and_disclaimers_are_rejected(reply: str) -> None:
    with pytest.raises(LLMOutputError) as caught:
        parse_reply(reply)
    assert caught.value.reason == "refusal"
    assert isinstance(caught.value, LLMError)


def test_a_disclaimer_before_the_salutation_is_chatter_and_goes_with_it() -> None:
    # Everything before "Dear ..." is the assistant talking; the letter after it is judged on its own (and by FVS).
    reply = "As an AI, I cannot know your plans, but here is a draft.\n\n" + LETTER
    assert parse_reply(reply).letter == LETTER


def test_an_ai_engineer_is_not_a_refusal() -> None:
    letter = LETTER.replace("For the past several years", "As an AI engineer and, for the past several years,")
    assert parse_reply(letter).letter == letter


@pytest.mark.parametrize(
    "leftover",
    [
        "[Your Name]",
        "[Company Name]",
        "[Hiring Manager's Name]",
        "<facts>",
        "</evidence>",
        "{company}",
        "cover_letter:",
    ],
)
def test_prompt_leftovers_are_rejected(leftover: str) -> None:
    with pytest.raises(LLMOutputError) as caught:
        parse_reply(LETTER.replace("Dear Hiring Manager,", f"Dear Hiring Manager, {leftover}"))
    assert caught.value.reason == "leftover"
    assert leftover in str(caught.value)


@pytest.mark.parametrize(
    ("reply", "reason"), [("", "empty"), ("   \n ", "empty"), ("Dear team, hire me.", "too_short")]
)
def test_empty_and_tiny_replies_are_rejected(reply: str, reason: str) -> None:
    with pytest.raises(LLMOutputError) as caught:
        parse_reply(reply)
    assert caught.value.reason == reason


# --- The writer -------------------------------------------------------------------------------------------------


def test_writer_implements_the_port_and_is_named_llm() -> None:
    writer: Writer = LLMWriter(ScriptedLLM())
    assert writer.name == "llm"


def test_writer_returns_a_priced_draft() -> None:
    llm = ScriptedLLM([LLMReply(text=_json_reply(), input_tokens=1200, output_tokens=600, model_id=HAIKU_45)])
    draft = asyncio.run(LLMWriter(llm).write(make_brief()))
    assert draft.text == LETTER
    assert draft.writer == "llm"
    assert draft.model_id == HAIKU_45
    assert (draft.input_tokens, draft.output_tokens) == (1200, 600)
    assert draft.cost_usd == pytest.approx(0.0012 + 0.003)
    assert draft.evidence_used == ["E2", "E3"]


def test_writer_sends_the_prompt_and_a_budgeted_token_cap() -> None:
    llm = ScriptedLLM([_json_reply()])
    asyncio.run(LLMWriter(llm).write(make_brief(words=250)))
    (call,) = llm.calls
    assert call.system.startswith("You write one cover letter")
    assert f"Job title: {TITLE}" in call.user
    assert 350 < call.max_tokens < 1200
    assert call.stronger is False


def test_writer_passes_stronger_feedback_and_an_explicit_cap() -> None:
    llm = ScriptedLLM([_json_reply()], strong_model_id=SONNET_45)
    violation = FVSViolation(field="employer", found="Globex", severity=Severity.CRITICAL, message="Not in the CV.")
    draft = asyncio.run(LLMWriter(llm, max_tokens=700).write(make_brief(), feedback=[violation], stronger=True))
    (call,) = llm.calls
    assert call.stronger is True
    assert call.max_tokens == 700
    assert "<feedback>" in call.user
    assert 'Found: "Globex"' in call.user
    assert draft.model_id == SONNET_45
    assert draft.cost_usd > 0


def test_writer_lets_provider_errors_through() -> None:
    llm = ScriptedLLM([LLMThrottled("slow down")])
    with pytest.raises(LLMThrottled):
        asyncio.run(LLMWriter(llm).write(make_brief()))


def test_writer_rejects_a_refusal() -> None:
    llm = ScriptedLLM(["I'm sorry, but I can't help with that."])
    with pytest.raises(LLMOutputError):
        asyncio.run(LLMWriter(llm).write(make_brief()))


def test_local_models_cost_nothing() -> None:
    llm = ScriptedLLM([_json_reply()], model_id="llama3.1")
    assert asyncio.run(LLMWriter(llm).write(make_brief())).cost_usd == 0.0


def test_chatter_inside_the_json_string_is_removed_too() -> None:
    wrapped = "Here is a tailored letter:\n\n" + LETTER + "\n\nNote: I kept it under 200 words."
    assert parse_reply(_json_reply(wrapped), known_ids=IDS).letter == LETTER


@pytest.mark.parametrize("sign_off", ["Best regards,", "Kind regards", "Yours sincerely,", "Thank you,"])
def test_trailing_notes_go_after_any_sign_off(sign_off: str) -> None:
    letter = LETTER.replace("Sincerely,", sign_off)
    assert parse_reply(letter + "\n\nThis draft emphasises your Spark work.").letter == letter


def test_a_paragraph_opening_with_a_sign_off_word_is_not_a_sign_off() -> None:
    letter = LETTER.replace(
        "I would welcome", "Truly, the chance to work on port forecasting matters to me.\n\nI would welcome"
    )
    assert parse_reply(letter).letter == letter


def test_name_on_its_own_paragraph_after_the_sign_off_is_kept() -> None:
    letter = LETTER.replace("Sincerely,\n", "Sincerely,\n\n")
    assert parse_reply(letter + "\n\n(Word count: 150)").letter == letter
