"""The model failing in every way a provider can: the contract's code, nothing stored, and the next request works.

Each fault is transient (FlakyLLM fails its first calls, then behaves), because what matters besides the error code
is that the service is not left in a bad state: no letter, no job, no file, no idempotency claim in the way. The
throttling and provider-error cases also run through the real OpenAI-compatible HTTP adapter against the local stub
server, so the adapter's own retries with backoff are part of what is tested.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from careervp.llm.openai_compat import OpenAICompatLLM
from careervp.logic.ports import LLMError
from faults.adapters import FlakyLLM, SlowOnceLLM, fabricated_reply, throttled, timed_out
from faults.harness import Harness, harness
from faults.model_stub import StubServer, StubState

REFUSAL = "I'm sorry, but I can't help with writing this cover letter."
CUT_OFF = '{"cover_letter": "Dear Hiring Manager,\\n\\nI would like to apply for the role because'
LEFTOVER = (
    "Dear Hiring Manager,\n\nI am excited to apply for the [Job Title] role at [Company Name]. "
    + "My experience makes me a strong fit for this position and its challenges. " * 6
    + "\n\nSincerely,\n[Your Name]"
)
NOT_A_LETTER = "\x00\x01 {][ 42"


def _assert_error_body(response: Any, status: int, code: str) -> dict[str, Any]:
    body: dict[str, Any] = response.json()
    assert response.status_code == status, body
    assert body["code"] == code
    assert body["success"] is False
    assert body["cover_letter"] is None
    assert isinstance(body["error"], str)
    assert body["error"]
    assert isinstance(body["processing_time_ms"], int)
    assert body["processing_time_ms"] >= 0
    assert body["cost_estimate"] >= 0
    return body


def _assert_nothing_stored(h: Harness) -> None:
    assert h.repo.inner.list_letters("alice") == []
    assert h.repo.inner.get_job("alice", "job-fault-1") is None
    assert h.blob_files() == []


def _assert_next_request_succeeds(h: Harness, body: dict[str, Any], key: str) -> dict[str, Any]:
    retry = h.generate(body, key=key)
    assert retry.status_code == 200, retry.text
    result: dict[str, Any] = retry.json()
    assert result["fvs_validation"]["is_valid"] is True
    assert len(h.repo.inner.list_letters("alice")) == 1
    return result


@pytest.mark.parametrize(
    ("fault", "status", "code"),
    [
        pytest.param(timed_out(), 504, "CV_LETTER_GENERATION_TIMEOUT", id="adapter-timeout"),
        pytest.param(throttled(), 429, "LLM_RATE_LIMITED", id="throttled"),
        pytest.param(LLMError("HTTP 500 from the provider (injected)"), 502, "LLM_API_ERROR", id="provider-error"),
    ],
)
def test_provider_failures_map_to_the_contract_code(tmp_path: Path, fault: Exception, status: int, code: str) -> None:
    with harness(tmp_path, llm=FlakyLLM([fault])) as h:
        body = h.letter_request(h.upload_cv())
        response = h.generate(body, key="k")
        error = _assert_error_body(response, status, code)
        if status == 429:
            assert int(response.headers["Retry-After"]) > 0
            assert error["retry_after"]
            assert error["retry_after"] > 0
        _assert_nothing_stored(h)
        _assert_next_request_succeeds(h, body, key="k")


def test_a_model_that_never_answers_is_cut_off_by_the_service_timeout(tmp_path: Path) -> None:
    llm = SlowOnceLLM()
    with harness(tmp_path, llm=llm, llm_timeout_s=3.0) as h:
        body = h.letter_request(h.upload_cv())
        _assert_error_body(h.generate(body, key="k"), 504, "CV_LETTER_GENERATION_TIMEOUT")
        _assert_nothing_stored(h)
        _assert_next_request_succeeds(h, body, key="k")
        assert llm.calls == 2


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(REFUSAL, id="refusal"),
        pytest.param(CUT_OFF, id="cut-off-json"),
        pytest.param(LEFTOVER, id="prompt-leftovers"),
        pytest.param(NOT_A_LETTER, id="garbage"),
    ],
)
def test_unusable_model_output_is_retried_with_the_stronger_model(tmp_path: Path, reply: str) -> None:
    """The model answered, but not with a letter: that attempt is a failure to correct, not a provider error. The
    stronger model gets the next turn; its letter is the answer, and the unusable text is never stored."""
    llm = FlakyLLM([reply])
    with harness(tmp_path, llm=llm) as h:
        response = h.generate(h.letter_request(h.upload_cv()))
        assert response.status_code == 200, response.text
        result = response.json()
        assert result["fvs_validation"]["is_valid"] is True
        assert result["model_used"] == "faithful"
        assert reply not in result["cover_letter"]["content"]
        assert llm.calls == 2
        stored = h.repo.inner.list_letters("alice")
        assert [letter.content for letter in stored] == [result["cover_letter"]["content"]]


@pytest.mark.parametrize("reply", [pytest.param(REFUSAL, id="refusal"), pytest.param(NOT_A_LETTER, id="garbage")])
def test_unusable_output_twice_falls_back_to_the_template(tmp_path: Path, reply: str) -> None:
    llm = FlakyLLM([reply, reply])
    with harness(tmp_path, llm=llm) as h:
        response = h.generate(h.letter_request(h.upload_cv()))
        assert response.status_code == 200, response.text
        result = response.json()
        assert result["model_used"] == "template"
        assert result["fvs_validation"]["is_valid"] is True
        assert "[Your Name]" not in result["cover_letter"]["content"]
        assert llm.calls == 2


def test_a_fabricating_model_then_a_refusal_falls_back_to_the_template(tmp_path: Path) -> None:
    """First letter invents a degree (critical FVS), the stronger retry refuses: the template writes the letter."""
    llm = FlakyLLM([fabricated_reply, REFUSAL])
    with harness(tmp_path, llm=llm) as h:
        body = h.letter_request(h.upload_cv())
        response = h.generate(body)
        assert response.status_code == 200, response.text
        result = response.json()
        assert result["fvs_validation"]["is_valid"] is True
        assert "PhD" not in result["cover_letter"]["content"]
        assert result["model_used"] == "template"
        assert llm.calls == 2


def test_a_fabricating_model_is_corrected_or_replaced_never_believed(tmp_path: Path) -> None:
    llm = FlakyLLM([fabricated_reply, fabricated_reply])
    with harness(tmp_path, llm=llm) as h:
        body = h.letter_request(h.upload_cv())
        response = h.generate(body)
        assert response.status_code == 200, response.text
        assert "Astrophysics" not in response.json()["cover_letter"]["content"]
        stored = h.repo.inner.list_letters("alice")
        assert len(stored) == 1
        assert "Astrophysics" not in stored[0].content


def _stub_llm(stub: StubServer, *, max_retries: int = 2) -> OpenAICompatLLM:
    return OpenAICompatLLM(
        base_url=stub.base_url,
        model="stub-model",
        timeout_s=30,
        max_retries=max_retries,
        backoff_initial_s=0.01,
        backoff_max_s=0.05,
    )


def test_throttling_is_retried_with_backoff_then_answered_429(tmp_path: Path) -> None:
    with StubServer(StubState(delay_s=0, mode="throttle")) as stub, harness(tmp_path, llm=_stub_llm(stub)) as h:
        body = h.letter_request(h.upload_cv())
        response = h.generate(body, key="k")
        _assert_error_body(response, 429, "LLM_RATE_LIMITED")
        assert "Retry-After" in response.headers
        assert stub.state.calls == 3, "one call and two retries"
        _assert_nothing_stored(h)
        stub.state.mode = "letter"
        _assert_next_request_succeeds(h, body, key="k")


def test_throttling_that_clears_within_the_retries_is_invisible(tmp_path: Path) -> None:
    state = StubState(delay_s=0, mode="throttle_then_letter", throttle_count=2)
    with StubServer(state) as stub, harness(tmp_path, llm=_stub_llm(stub, max_retries=3)) as h:
        response = h.generate(h.letter_request(h.upload_cv()))
        assert response.status_code == 200, response.text
        assert stub.state.calls >= 3


@pytest.mark.parametrize("mode", ["error", "garbage"])
def test_provider_http_failures_through_the_real_adapter(tmp_path: Path, mode: str) -> None:
    with StubServer(StubState(delay_s=0, mode=mode)) as stub, harness(tmp_path, llm=_stub_llm(stub)) as h:
        body = h.letter_request(h.upload_cv())
        _assert_error_body(h.generate(body, key="k"), 502, "LLM_API_ERROR")
        _assert_nothing_stored(h)
        stub.state.mode = "letter"
        _assert_next_request_succeeds(h, body, key="k")
