"""LLM adapter for Amazon Bedrock's Converse API (Claude Haiku 4.5 first, Sonnet 4.5 as the stronger model).

boto3 is synchronous, so each attempt runs in a worker thread (asyncio.to_thread). botocore's own retries are off
(`max_attempts: 0`): the shared backoff in `llm.retry` decides, so throttling is retried once, by one policy, and the
time spent is visible to us. Errors map onto the port's exceptions:
- ThrottlingException, ServiceQuotaExceededException, TooManyRequestsException: retried, then LLMThrottled;
- ServiceUnavailableException, InternalServerException, ModelNotReadyException, connection failures: retried, then
  LLMError;
- ReadTimeoutError, ModelTimeoutException, or the whole call running past `timeout_s`: LLMTimeout, not retried;
- AccessDeniedException, ValidationException, ResourceNotFoundException, missing credentials, anything else:
  LLMError at once, with the AWS error code in the message (the runbook keys on it).

The boto3 client is created on first use, not in the constructor, so building the adapter costs nothing at a
Lambda cold start or in a CLI run that never calls the model.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING, Any

import boto3
from botocore.config import Config
from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    ConnectionClosedError,
    ConnectTimeoutError,
    EndpointConnectionError,
    ReadTimeoutError,
)

from careervp.llm.retry import Backoff, Retryable, with_retries
from careervp.logic.ports import LLMError, LLMReply, LLMThrottled, LLMTimeout

if TYPE_CHECKING:
    from mypy_boto3_bedrock_runtime import BedrockRuntimeClient

_THROTTLED = {"ThrottlingException", "ServiceQuotaExceededException", "TooManyRequestsException"}
_UNAVAILABLE = {"ServiceUnavailableException", "InternalServerException", "ModelNotReadyException"}
_TIMED_OUT = {"ModelTimeoutException"}


class BedrockLLM:
    """Bedrock Converse.

    model_id: the primary model or inference profile (settings.bedrock_model_id).
    fallback_model_id: used when `stronger=True` (settings.bedrock_fallback_model_id); the primary when None.
    region: AWS region of the runtime endpoint (settings.aws_region).
    timeout_s: botocore read timeout and the deadline for one whole call, retries included (settings.llm_timeout_s).
    max_retries, backoff_initial_s, backoff_max_s: retry policy for throttling and unavailability.
    temperature: sampling temperature for every request.
    endpoint_url: a non-default runtime endpoint (VPC endpoint, local emulator); None for AWS's own.
    client: a ready bedrock-runtime client (tests pass one wrapped in botocore's Stubber); built lazily when None.
        Configure an injected client with `retries={"max_attempts": 0}`, or botocore retries under ours.
    """

    def __init__(
        self,
        *,
        model_id: str,
        fallback_model_id: str | None = None,
        region: str = "us-east-1",
        timeout_s: float = 300.0,
        max_retries: int = 3,
        backoff_initial_s: float = 1.0,
        backoff_max_s: float = 20.0,
        temperature: float = 0.4,
        endpoint_url: str | None = None,
        client: BedrockRuntimeClient | None = None,
    ) -> None:
        self._model_id = model_id
        self._fallback_model_id = fallback_model_id or model_id
        self._region = region
        self._timeout_s = timeout_s
        self._backoff = Backoff(max_retries=max_retries, initial_s=backoff_initial_s, max_s=backoff_max_s)
        self._temperature = temperature
        self._endpoint_url = endpoint_url
        self._client = client
        self._owns_client = client is None  # an injected client is the caller's to close
        self._client_lock = threading.Lock()

    async def aclose(self) -> None:
        """Close the runtime client's connection pool (server shutdown); a later call builds a new client."""
        if not self._owns_client:
            return
        with self._client_lock:
            client, self._client = self._client, None
        if client is not None:
            await asyncio.to_thread(client.close)

    @property
    def name(self) -> str:
        return "bedrock"

    async def complete(self, system: str, user: str, *, max_tokens: int, stronger: bool = False) -> LLMReply:
        model_id = self._fallback_model_id if stronger else self._model_id
        request: dict[str, Any] = {
            "modelId": model_id,
            "system": [{"text": system}],
            "messages": [{"role": "user", "content": [{"text": user}]}],
            "inferenceConfig": {"maxTokens": max_tokens, "temperature": self._temperature},
        }
        try:
            async with asyncio.timeout(self._timeout_s):
                response = await with_retries(lambda: asyncio.to_thread(self._attempt, request), self._backoff)
        except TimeoutError as exc:
            raise LLMTimeout(f"{model_id} did not answer within {self._timeout_s:g} s") from exc
        return _reply(response, model_id)

    def client(self) -> BedrockRuntimeClient:
        """The bedrock-runtime client, created on first use (thread-safe: attempts run in worker threads)."""
        with self._client_lock:
            if self._client is None:
                config = Config(
                    read_timeout=self._timeout_s,
                    connect_timeout=min(10.0, self._timeout_s),
                    retries={"max_attempts": 0},
                    # One client for the process: room for a burst of calls at once (botocore's default is 10).
                    max_pool_connections=64,
                )
                self._client = boto3.client(
                    "bedrock-runtime", region_name=self._region, endpoint_url=self._endpoint_url, config=config
                )
            return self._client

    def _attempt(self, request: dict[str, Any]) -> dict[str, Any]:
        model_id = request["modelId"]
        try:
            response: dict[str, Any] = dict(self.client().converse(**request))
        except ClientError as exc:
            raise _map_client_error(exc, model_id) from exc
        except ReadTimeoutError as exc:
            raise LLMTimeout(f"{model_id} did not answer within {self._timeout_s:g} s") from exc
        except (EndpointConnectionError, ConnectTimeoutError, ConnectionClosedError) as exc:
            raise Retryable(LLMError(f"cannot reach Bedrock for {model_id}: {exc}")) from exc
        except BotoCoreError as exc:
            raise LLMError(f"Bedrock call for {model_id} failed: {exc}") from exc
        return response


def _map_client_error(exc: ClientError, model_id: str) -> Exception:
    error = exc.response.get("Error", {})
    code = str(error.get("Code", "Unknown"))
    detail = f"Bedrock {code} for {model_id}: {error.get('Message', '')}".rstrip(": ")
    if code in _THROTTLED:
        return Retryable(LLMThrottled(detail))
    if code in _UNAVAILABLE:
        return Retryable(LLMError(detail))
    if code in _TIMED_OUT:
        return LLMTimeout(detail)
    return LLMError(detail)


def _reply(response: dict[str, Any], model_id: str) -> LLMReply:
    try:
        content = response["output"]["message"]["content"]
    except (KeyError, TypeError) as exc:
        raise LLMError(f"Bedrock answered for {model_id} without a message") from exc
    texts = [block["text"] for block in content if isinstance(block, dict) and isinstance(block.get("text"), str)]
    if not texts:
        raise LLMError(f"Bedrock answered for {model_id} without text content")
    usage = response.get("usage") or {}
    return LLMReply(
        text="".join(texts),
        input_tokens=int(usage.get("inputTokens", 0)),
        output_tokens=int(usage.get("outputTokens", 0)),
        model_id=model_id,
    )
