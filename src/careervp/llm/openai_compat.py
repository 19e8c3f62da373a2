"""LLM adapter for any OpenAI-compatible chat endpoint: Ollama, vLLM, llama.cpp server, hosted OpenAI-style APIs.

One POST to `{base_url}/chat/completions` per attempt. Errors map onto the port's exceptions:
- 429 (and 529, "overloaded"), retried with backoff, then LLMThrottled;
- 503 and network failures (refused, reset, closed early, DNS, connect timeout), retried, then LLMError;
- a read/write/pool timeout, or the whole call running past `timeout_s`: LLMTimeout, not retried (another
  five-minute wait would only double the user's);
- any other status, or a body without a reply: LLMError at once.

One httpx.AsyncClient per event loop, kept for the adapter's life: the server's loop reuses its connections (and its
TLS context and CA bundle, which take tens of milliseconds of the loop's time to build) for every call, and `aclose`
closes it at shutdown. A caller that runs each request in its own loop (the CLI) gets a client for that loop; the one
of a loop that has ended is dropped, never used from another loop.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from careervp.llm.retry import Backoff, Retryable, parse_retry_after, with_retries
from careervp.logic.ports import LLMError, LLMReply, LLMThrottled, LLMTimeout
from careervp.logic.pricing import estimate_tokens

_THROTTLED = {429, 529}
_UNAVAILABLE = {503}


class OpenAICompatLLM:
    """Chat completions over HTTP.

    base_url: the API root including the version, e.g. "http://127.0.0.1:11434/v1" (settings.openai_base_url).
    model / strong_model: model names; `stronger=True` uses strong_model, or model when none is set.
    api_key: sent as a Bearer token when given (local servers need none).
    timeout_s: deadline for one whole call, retries included (settings.llm_timeout_s).
    max_retries, backoff_initial_s, backoff_max_s: retry policy for throttling and connection failures.
    temperature: sampling temperature sent with every request.
    json_mode: ask for `response_format={"type": "json_object"}`; off by default because not every server has it.
    transport: an httpx transport, for callers that need one (proxies, tests); the default is the network.
    """

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        strong_model: str | None = None,
        api_key: str | None = None,
        timeout_s: float = 300.0,
        max_retries: int = 3,
        backoff_initial_s: float = 1.0,
        backoff_max_s: float = 20.0,
        temperature: float = 0.4,
        json_mode: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._url = base_url.rstrip("/") + "/chat/completions"
        self._model = model
        self._strong_model = strong_model or model
        self._api_key = api_key
        self._timeout_s = timeout_s
        self._backoff = Backoff(max_retries=max_retries, initial_s=backoff_initial_s, max_s=backoff_max_s)
        self._temperature = temperature
        self._json_mode = json_mode
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._client_loop: asyncio.AbstractEventLoop | None = None

    @property
    def name(self) -> str:
        return "openai"

    async def complete(self, system: str, user: str, *, max_tokens: int, stronger: bool = False) -> LLMReply:
        model = self._strong_model if stronger else self._model
        body: dict[str, Any] = {
            "model": model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
            "max_tokens": max_tokens,
            "temperature": self._temperature,
            "stream": False,
        }
        if self._json_mode:
            body["response_format"] = {"type": "json_object"}
        client = self._client_for_this_loop()
        try:
            async with asyncio.timeout(self._timeout_s):
                data = await with_retries(lambda: self._attempt(client, body), self._backoff)
        except TimeoutError as exc:
            raise LLMTimeout(f"{model} did not answer within {self._timeout_s:g} s") from exc
        return _reply(data, model, prompt_tokens=estimate_tokens(system) + estimate_tokens(user))

    def _client_for_this_loop(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop or self._client.is_closed:
            headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
            timeout = httpx.Timeout(self._timeout_s, connect=min(10.0, self._timeout_s))
            # Enough connections for a burst of generations at once; httpx's default of 100 would queue the rest.
            limits = httpx.Limits(max_connections=None, max_keepalive_connections=64)
            self._client = httpx.AsyncClient(timeout=timeout, headers=headers, limits=limits, transport=self._transport)
            self._client_loop = loop
        return self._client

    async def aclose(self) -> None:
        """Close the pooled client (server shutdown); a later call opens a new one."""
        client, loop = self._client, self._client_loop
        self._client = self._client_loop = None
        if client is not None and loop is asyncio.get_running_loop():
            await client.aclose()

    async def _attempt(self, client: httpx.AsyncClient, body: dict[str, Any]) -> dict[str, Any]:
        model = body["model"]
        try:
            response = await client.post(self._url, json=body)
        except (httpx.NetworkError, httpx.ConnectTimeout, httpx.RemoteProtocolError) as exc:
            raise Retryable(LLMError(f"cannot reach {self._url}: {exc!r}")) from exc
        except httpx.TimeoutException as exc:
            raise LLMTimeout(f"{model} did not answer within {self._timeout_s:g} s") from exc
        except httpx.HTTPError as exc:
            raise LLMError(f"request to {self._url} failed: {exc!r}") from exc
        status = response.status_code
        if status in _THROTTLED:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise Retryable(LLMThrottled(f"{model} throttled us (HTTP {status})"), retry_after_s=retry_after)
        if status in _UNAVAILABLE:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise Retryable(LLMError(f"{model} is unavailable (HTTP {status})"), retry_after_s=retry_after)
        if status >= 400:
            raise LLMError(f"{model} failed with HTTP {status}: {response.text[:300]}")
        try:
            data = response.json()
        except ValueError as exc:
            raise LLMError(f"{model} answered with something that is not JSON: {response.text[:200]!r}") from exc
        if not isinstance(data, dict):
            raise LLMError(f"{model} answered with unexpected JSON: {str(data)[:200]}")
        return data


def _reply(data: dict[str, Any], requested_model: str, *, prompt_tokens: int) -> LLMReply:
    """The text and token counts; counts a server leaves out are estimated (characters / 4)."""
    try:
        message = data["choices"][0]["message"]
    except (KeyError, IndexError, TypeError) as exc:
        raise LLMError(f"{requested_model} answered without a message: {str(data)[:200]}") from exc
    text = _content_text(message.get("content") if isinstance(message, dict) else None)
    if text is None:
        raise LLMError(f"{requested_model} answered without text content")
    usage = data.get("usage")
    if not isinstance(usage, dict):
        usage = {}
    input_tokens = _count(usage.get("prompt_tokens"), fallback=prompt_tokens)
    output_tokens = _count(usage.get("completion_tokens"), fallback=estimate_tokens(text))
    model = data.get("model")
    return LLMReply(
        text=text,
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        model_id=model if isinstance(model, str) and model else requested_model,
    )


def _content_text(content: object) -> str | None:
    """Message content is a string, or (newer servers) a list of typed parts of which we keep the text ones."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [p.get("text") for p in content if isinstance(p, dict) and p.get("type") == "text"]
        texts = [p for p in parts if isinstance(p, str)]
        return "".join(texts) if texts else None
    return None


def _count(value: object, *, fallback: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else fallback
