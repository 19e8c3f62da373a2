"""Bedrock Converse adapter, driven through botocore's Stubber and event hooks: real client, no network.

The Stubber answers at the point where botocore would send the request; `before-send` hooks raise exactly what
botocore's HTTP layer raises on a read timeout or an unreachable endpoint.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import EndpointConnectionError, NoCredentialsError, ReadTimeoutError
from botocore.stub import Stubber

from careervp.core.settings import HAIKU_45, SONNET_45
from careervp.llm.bedrock import BedrockLLM
from careervp.logic.ports import LLM, LLMError, LLMThrottled, LLMTimeout


@pytest.fixture
def client() -> Any:
    # Configured as BedrockLLM configures its own client: botocore's retries off, so ours are the only ones.
    return boto3.client(
        "bedrock-runtime",
        region_name="us-east-1",
        config=Config(retries={"max_attempts": 0}),
        aws_access_key_id="testing",
        aws_secret_access_key="testing",  # a stub credential, never sent anywhere
    )


@pytest.fixture
def stub(client: Any) -> Iterator[Stubber]:
    with Stubber(client) as stubber:
        yield stubber
        stubber.assert_no_pending_responses()


def _llm(client: Any, **kwargs: Any) -> BedrockLLM:
    options: dict[str, Any] = {
        "model_id": HAIKU_45,
        "fallback_model_id": SONNET_45,
        "backoff_initial_s": 0.001,
        "backoff_max_s": 0.002,
        "client": client,
    }
    return BedrockLLM(**{**options, **kwargs})


def _response(
    text: str = "Dear Hiring Manager, ...", input_tokens: int = 900, output_tokens: int = 400
) -> dict[str, Any]:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
        "stopReason": "end_turn",
        "usage": {
            "inputTokens": input_tokens,
            "outputTokens": output_tokens,
            "totalTokens": input_tokens + output_tokens,
        },
        "metrics": {"latencyMs": 1234},
    }


def _expected(model_id: str, max_tokens: int = 800) -> dict[str, Any]:
    return {
        "modelId": model_id,
        "system": [{"text": "system prompt"}],
        "messages": [{"role": "user", "content": [{"text": "user prompt"}]}],
        "inferenceConfig": {"maxTokens": max_tokens, "temperature": 0.4},
    }


def _complete(llm: BedrockLLM, *, stronger: bool = False, max_tokens: int = 800) -> Any:
    return asyncio.run(llm.complete("system prompt", "user prompt", max_tokens=max_tokens, stronger=stronger))


def test_adapter_implements_the_port(client: Any) -> None:
    llm: LLM = _llm(client)
    assert llm.name == "bedrock"


def test_converse_request_and_reply(client: Any, stub: Stubber) -> None:
    stub.add_response("converse", _response("Hello there", 912, 433), _expected(HAIKU_45))
    reply = _complete(_llm(client))
    assert reply.text == "Hello there"
    assert (reply.input_tokens, reply.output_tokens) == (912, 433)
    assert reply.model_id == HAIKU_45


def test_stronger_uses_the_fallback_model(client: Any, stub: Stubber) -> None:
    stub.add_response("converse", _response(), _expected(SONNET_45, 1000))
    assert _complete(_llm(client), stronger=True, max_tokens=1000).model_id == SONNET_45


def test_stronger_without_a_fallback_uses_the_primary(client: Any, stub: Stubber) -> None:
    stub.add_response("converse", _response(), _expected(HAIKU_45))
    assert _complete(_llm(client, fallback_model_id=None), stronger=True).model_id == HAIKU_45


def test_several_text_blocks_are_joined(client: Any, stub: Stubber) -> None:
    response = _response()
    response["output"]["message"]["content"] = [{"text": "Dear "}, {"text": "team"}]
    stub.add_response("converse", response)
    assert _complete(_llm(client)).text == "Dear team"


def test_a_reply_without_text_is_an_error(client: Any, stub: Stubber) -> None:
    response = _response()
    response["output"]["message"]["content"] = []
    stub.add_response("converse", response)
    with pytest.raises(LLMError, match="without text"):
        _complete(_llm(client))


@pytest.mark.parametrize("code", ["ThrottlingException", "ServiceQuotaExceededException"])
def test_throttling_is_retried_then_succeeds(client: Any, stub: Stubber, code: str) -> None:
    stub.add_client_error("converse", service_error_code=code, http_status_code=429)
    stub.add_client_error("converse", service_error_code=code, http_status_code=429)
    stub.add_response("converse", _response("finally"))
    assert _complete(_llm(client, max_retries=3)).text == "finally"


def test_throttling_after_every_retry_is_llm_throttled(client: Any, stub: Stubber) -> None:
    for _ in range(3):  # the first attempt and two retries
        stub.add_client_error("converse", service_error_code="ThrottlingException", http_status_code=429)
    with pytest.raises(LLMThrottled, match="ThrottlingException"):
        _complete(_llm(client, max_retries=2))


def test_service_unavailable_is_retried_then_an_api_error(client: Any, stub: Stubber) -> None:
    for _ in range(2):
        stub.add_client_error("converse", service_error_code="ServiceUnavailableException", http_status_code=503)
    with pytest.raises(LLMError, match="ServiceUnavailableException") as caught:
        _complete(_llm(client, max_retries=1))
    assert not isinstance(caught.value, LLMThrottled)


@pytest.mark.parametrize(
    ("code", "status"),
    [("AccessDeniedException", 403), ("ValidationException", 400), ("ResourceNotFoundException", 404)],
)
def test_client_errors_fail_at_once_with_the_aws_code(client: Any, stub: Stubber, code: str, status: int) -> None:
    stub.add_client_error("converse", service_error_code=code, service_message="nope", http_status_code=status)
    with pytest.raises(LLMError, match=code) as caught:
        _complete(_llm(client))  # one queued error, and the fixture checks it was the only call
    assert type(caught.value) is LLMError


def test_model_timeout_is_llm_timeout(client: Any, stub: Stubber) -> None:
    stub.add_client_error("converse", service_error_code="ModelTimeoutException", http_status_code=408)
    with pytest.raises(LLMTimeout):
        _complete(_llm(client))


def test_read_timeout_is_llm_timeout_and_not_retried(client: Any) -> None:
    sent: list[str] = []

    def time_out(**kwargs: Any) -> None:
        sent.append("converse")
        raise ReadTimeoutError(endpoint_url="https://bedrock-runtime.us-east-1.amazonaws.com")

    client.meta.events.register("before-send.bedrock-runtime.Converse", time_out)
    with pytest.raises(LLMTimeout):
        _complete(_llm(client))
    assert sent == ["converse"]


def test_unreachable_endpoint_is_retried_then_an_api_error(client: Any) -> None:
    sent: list[str] = []

    def unreachable(**kwargs: Any) -> None:
        sent.append("converse")
        raise EndpointConnectionError(endpoint_url="https://bedrock-runtime.us-east-1.amazonaws.com")

    client.meta.events.register("before-send.bedrock-runtime.Converse", unreachable)
    with pytest.raises(LLMError, match="cannot reach Bedrock"):
        _complete(_llm(client, max_retries=2))
    assert len(sent) == 3


def test_the_whole_call_has_a_deadline(client: Any) -> None:
    def slow(**kwargs: Any) -> None:
        time.sleep(0.3)
        raise ReadTimeoutError(endpoint_url="https://bedrock-runtime.us-east-1.amazonaws.com")

    client.meta.events.register("before-send.bedrock-runtime.Converse", slow)
    with pytest.raises(LLMTimeout, match=r"within 0\.05 s"):
        _complete(_llm(client, timeout_s=0.05))


def test_client_is_created_lazily_with_our_timeout_and_no_botocore_retries() -> None:
    llm = BedrockLLM(model_id=HAIKU_45, region="eu-west-1", timeout_s=42.0)
    assert llm._client is None  # building the adapter creates nothing (cold starts, CLI runs without the model)
    client = llm.client()
    assert client is llm.client()
    assert client.meta.region_name == "eu-west-1"
    assert client.meta.config.read_timeout == 42.0
    assert client.meta.config.retries["total_max_attempts"] == 1


def test_a_custom_endpoint_is_used() -> None:
    llm = BedrockLLM(model_id=HAIKU_45, endpoint_url="http://127.0.0.1:9")
    assert llm.client().meta.endpoint_url == "http://127.0.0.1:9"


def test_missing_credentials_are_an_api_error(client: Any) -> None:
    def no_credentials(**kwargs: Any) -> None:
        raise NoCredentialsError()

    client.meta.events.register("before-send.bedrock-runtime.Converse", no_credentials)
    with pytest.raises(LLMError, match="Unable to locate credentials") as caught:
        _complete(_llm(client))
    assert type(caught.value) is LLMError
