"""ScriptedLLM, the test double other suites use for the LLM port: it must behave as documented."""

from __future__ import annotations

import asyncio

import pytest

from careervp.llm.fake import LLMCall, ScriptedLLM, ScriptExhausted
from careervp.logic.ports import LLM, LLMReply, LLMTimeout


def _ask(llm: ScriptedLLM, user: str = "user prompt", *, stronger: bool = False) -> LLMReply:
    return asyncio.run(llm.complete("system prompt", user, max_tokens=500, stronger=stronger))


def test_is_an_llm_port() -> None:
    llm: LLM = ScriptedLLM()
    assert llm.name == "scripted"


def test_replies_in_order_and_records_calls() -> None:
    llm = ScriptedLLM(["first", "second"])
    assert _ask(llm, "a").text == "first"
    assert _ask(llm, "b", stronger=True).text == "second"
    assert llm.calls == [
        LLMCall(system="system prompt", user="a", max_tokens=500, stronger=False),
        LLMCall(system="system prompt", user="b", max_tokens=500, stronger=True),
    ]
    assert llm.remaining == 0


def test_string_replies_get_estimated_tokens_and_the_right_model() -> None:
    llm = ScriptedLLM(["x" * 40, "y"], model_id="m", strong_model_id="strong")
    reply = _ask(llm, "u" * 27)
    assert (reply.input_tokens, reply.output_tokens, reply.model_id) == (4 + 7, 10, "m")
    assert _ask(llm, stronger=True).model_id == "strong"


def test_llm_replies_pass_through_unchanged() -> None:
    exact = LLMReply(text="t", input_tokens=1, output_tokens=2, model_id="id")
    assert _ask(ScriptedLLM([exact])) is exact


def test_exceptions_are_raised_and_the_call_still_recorded() -> None:
    llm = ScriptedLLM([LLMTimeout("too slow"), "after"])
    with pytest.raises(LLMTimeout):
        _ask(llm)
    assert _ask(llm).text == "after"
    assert len(llm.calls) == 2


def test_callables_answer_from_the_call() -> None:
    llm = ScriptedLLM([lambda call: f"echo: {call.user} ({call.max_tokens})"])
    assert _ask(llm, "hello").text == "echo: hello (500)"


def test_queue_adds_replies() -> None:
    llm = ScriptedLLM()
    llm.queue("one", "two")
    assert llm.remaining == 2
    assert _ask(llm).text == "one"


def test_running_out_of_script_fails_loudly() -> None:
    llm = ScriptedLLM(["only"])
    _ask(llm)
    with pytest.raises(ScriptExhausted, match="called 2 times"):
        _ask(llm)
