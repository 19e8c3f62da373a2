"""The OpenAI-compatible adapter against a real HTTP server on 127.0.0.1.

The server is a tiny OpenAI-style stub (http.server in a thread): each test scripts its answers (a JSON completion,
an HTTP status, a slow reply, a dropped connection) and reads back the requests it received. Nothing leaves the
machine; backoff is set to milliseconds so the retry tests stay fast.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from careervp.llm import close_model_client
from careervp.llm.openai_compat import OpenAICompatLLM
from careervp.logic.ports import LLM, LLMError, LLMReply, LLMThrottled, LLMTimeout
from careervp.logic.writers.base import WritingBrief
from careervp.logic.writers.llm import LLMWriter
from careervp.models.api import Preferences
from careervp.models.cv import Person
from careervp.models.evidence import EvidenceFact, EvidenceMap, FactKind


@dataclass
class Answer:
    status: int = 200
    body: Any = None  # dict -> JSON; str -> sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    drop: bool = False  # close the connection without answering


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class StubServer:
    """An OpenAI-compatible /v1/chat/completions that answers from a script and records every request."""

    def __init__(self) -> None:
        self.script: deque[Answer] = deque()
        self.received: list[Received] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                stub.received.append(Received(self.path, dict(self.headers), json.loads(raw or b"{}")))
                if self.path != "/v1/chat/completions":
                    self._send(Answer(404, {"error": "not found"}))
                    return
                answer = stub.script.popleft() if stub.script else Answer(500, {"error": "script exhausted"})
                if answer.drop:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                time.sleep(answer.delay_s)
                self._send(answer)

            def _send(self, answer: Answer) -> None:
                payload = answer.body if isinstance(answer.body, str) else json.dumps(answer.body)
                data = payload.encode()
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (timeout tests); nothing to do

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def answer(self, *answers: Answer) -> None:
        self.script.extend(answers)


@pytest.fixture(scope="module")
def running_server() -> Iterator[StubServer]:
    stub = StubServer()
    stub.thread.start()
    yield stub
    stub.server.shutdown()
    stub.server.server_close()


@pytest.fixture
def server(running_server: StubServer) -> StubServer:
    """The module's server with an empty script and no recorded requests."""
    running_server.script.clear()
    running_server.received.clear()
    return running_server


def completion(text: str = "Dear Hiring Manager", *, model: str = "llama3.1", usage: bool = True) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
    }
    if usage:
        body["usage"] = {"prompt_tokens": 812, "completion_tokens": 377, "total_tokens": 1189}
    return body


def make_llm(base_url: str, **kwargs: Any) -> OpenAICompatLLM:
    options: dict[str, Any] = {
        "base_url": base_url,
        "model": "llama3.1",
        "timeout_s": 5.0,
        "max_retries": 2,
        "backoff_initial_s": 0.001,
        "backoff_max_s": 0.005,
    }
    return OpenAICompatLLM(**{**options, **kwargs})


def ask(llm: OpenAICompatLLM, *, stronger: bool = False) -> LLMReply:
    return asyncio.run(llm.complete("system prompt", "user prompt", max_tokens=600, stronger=stronger))


def test_adapter_implements_the_port(server: StubServer) -> None:
    llm: LLM = make_llm(server.base_url)
    assert llm.name == "openai"


def test_chat_completion_request_and_reply(server: StubServer) -> None:
    server.answer(Answer(body=completion("Hello from the model")))
    reply = ask(make_llm(server.base_url + "/", api_key="sk-local", temperature=0.2))
    assert reply == LLMReply(text="Hello from the model", input_tokens=812, output_tokens=377, model_id="llama3.1")
    (request,) = server.received
    assert request.path == "/v1/chat/completions"
    assert request.headers["Authorization"] == "Bearer sk-local"
    assert request.body == {
        "model": "llama3.1",
        "messages": [{"role": "system", "content": "system prompt"}, {"role": "user", "content": "user prompt"}],
        "max_tokens": 600,
        "temperature": 0.2,
        "stream": False,
    }


def test_no_api_key_no_authorization_header(server: StubServer) -> None:
    server.answer(Answer(body=completion()))
    ask(make_llm(server.base_url))
    assert "Authorization" not in server.received[0].headers


def test_stronger_asks_for_the_strong_model(server: StubServer) -> None:
    server.answer(Answer(body=completion(model="qwen2.5:32b")), Answer(body=completion()))
    assert ask(make_llm(server.base_url, strong_model="qwen2.5:32b"), stronger=True).model_id == "qwen2.5:32b"
    ask(make_llm(server.base_url), stronger=True)
    assert [r.body["model"] for r in server.received] == ["qwen2.5:32b", "llama3.1"]


def test_json_mode_asks_for_a_json_object(server: StubServer) -> None:
    server.answer(Answer(body=completion()))
    ask(make_llm(server.base_url, json_mode=True))
    assert server.received[0].body["response_format"] == {"type": "json_object"}


def test_throttled_then_answered(server: StubServer) -> None:
    server.answer(Answer(429, {"error": "rate limited"}, {"Retry-After": "0"}), Answer(body=completion("at last")))
    assert ask(make_llm(server.base_url)).text == "at last"
    assert len(server.received) == 2


def test_throttled_on_every_attempt_is_llm_throttled(server: StubServer) -> None:
    server.answer(*(Answer(429, {"error": "rate limited"}) for _ in range(3)))
    with pytest.raises(LLMThrottled, match="HTTP 429"):
        ask(make_llm(server.base_url, max_retries=2))
    assert len(server.received) == 3


def test_unavailable_then_answered(server: StubServer) -> None:
    server.answer(Answer(503, {"error": "loading model"}), Answer(body=completion("ready")))
    assert ask(make_llm(server.base_url)).text == "ready"


def test_unavailable_on_every_attempt_is_an_api_error(server: StubServer) -> None:
    server.answer(*(Answer(503, {"error": "loading model"}) for _ in range(2)))
    with pytest.raises(LLMError, match="HTTP 503") as caught:
        ask(make_llm(server.base_url, max_retries=1))
    assert not isinstance(caught.value, LLMThrottled)
    assert len(server.received) == 2


@pytest.mark.parametrize("status", [500, 400, 401, 404])
def test_other_statuses_fail_at_once(server: StubServer, status: int) -> None:
    server.answer(Answer(status, {"error": {"message": "model 'llama3.1' not found"}}))
    with pytest.raises(LLMError, match=f"HTTP {status}") as caught:
        ask(make_llm(server.base_url))
    assert type(caught.value) is LLMError
    assert "not found" in str(caught.value)
    assert len(server.received) == 1


def test_wrong_base_url_is_an_api_error(server: StubServer) -> None:
    with pytest.raises(LLMError, match="HTTP 404"):
        ask(make_llm(server.base_url.removesuffix("/v1") + "/api"))


def test_slow_reply_is_a_timeout_and_not_retried(server: StubServer) -> None:
    # The budget leaves a loaded machine time to connect and send (the request must arrive), the reply comes later.
    server.answer(Answer(body=completion(), delay_s=4.0), Answer(body=completion()))
    with pytest.raises(LLMTimeout, match=r"within 1\.5 s"):
        ask(make_llm(server.base_url, timeout_s=1.5))
    assert len(server.received) == 1


def test_dropped_connection_is_retried(server: StubServer) -> None:
    server.answer(Answer(drop=True), Answer(body=completion("second try")))
    assert ask(make_llm(server.base_url)).text == "second try"
    assert len(server.received) == 2


def test_nobody_listening_is_retried_then_an_api_error() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago and now has no listener
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(LLMError, match="cannot reach") as caught:
        ask(make_llm(f"http://127.0.0.1:{port}/v1", max_retries=1))
    assert not isinstance(caught.value, (LLMThrottled, LLMTimeout))


def test_missing_usage_is_estimated(server: StubServer) -> None:
    server.answer(Answer(body=completion("x" * 400, usage=False)))
    reply = ask(make_llm(server.base_url))
    assert reply.output_tokens == 100
    assert reply.input_tokens == len("system prompt") // 4 + 1 + len("user prompt") // 4 + 1


def test_content_given_as_parts(server: StubServer) -> None:
    body = completion()
    body["choices"][0]["message"]["content"] = [
        {"type": "text", "text": "Dear "},
        {"type": "image_url", "image_url": {"url": "x"}},
        {"type": "text", "text": "team"},
    ]
    server.answer(Answer(body=body))
    assert ask(make_llm(server.base_url)).text == "Dear team"


@pytest.mark.parametrize(
    "body",
    ["<html>bad gateway</html>", {"choices": []}, {"choices": [{"message": {"content": None}}]}, ["not", "a", "dict"]],
)
def test_malformed_answers_are_api_errors(server: StubServer, body: Any) -> None:
    server.answer(Answer(body=body))
    with pytest.raises(LLMError):
        ask(make_llm(server.base_url))


def test_llm_writer_end_to_end_over_http(server: StubServer) -> None:
    letter = (
        "Dear Hiring Manager,\n\nI would like to join Fjordline Robotics as a Firmware Engineer. At Kestrel Devices "
        "I cut the boot time of our sensor firmware from 9 seconds to 2 seconds, and I have written embedded C for "
        "seven years. I have not yet shipped Rust to production, though I have studied it closely.\n\n"
        "I would welcome a conversation about your work.\n\nSincerely,\nIo Brandt"
    )
    server.answer(Answer(body=completion(json.dumps({"cover_letter": letter, "evidence_used": ["E1", "E9"]}))))
    evidence = EvidenceMap(
        company_name="Fjordline Robotics",
        job_title="Firmware Engineer",
        candidate_name="Io Brandt",
        facts=[
            EvidenceFact(
                fact_id="E1",
                kind=FactKind.ACHIEVEMENT,
                text="Cut sensor firmware boot time from 9 seconds to 2 seconds.",
                source="Kestrel Devices - Embedded Engineer",
            )
        ],
        requirements=[],
    )
    brief = WritingBrief(evidence=evidence, preferences=Preferences(), candidate=Person(name="Io Brandt"))
    draft = asyncio.run(LLMWriter(make_llm(server.base_url)).write(brief))
    assert draft.text == letter
    assert draft.evidence_used == ["E1"]
    assert (draft.model_id, draft.input_tokens, draft.output_tokens, draft.cost_usd) == ("llama3.1", 812, 377, 0.0)
    sent = server.received[0].body
    assert "Company: Fjordline Robotics" in sent["messages"][1]["content"]
    assert sent["max_tokens"] > 0


class ClosingCounter(httpx.AsyncHTTPTransport):
    """The network transport, counting how often a client closed it (a client closes its transport on exit)."""

    def __init__(self) -> None:
        super().__init__()
        self.closed = 0

    async def aclose(self) -> None:
        self.closed += 1
        await super().aclose()


def test_one_pooled_client_serves_every_call_of_a_loop_until_closed(server: StubServer) -> None:
    transport = ClosingCounter()
    llm = make_llm(server.base_url, transport=transport)
    server.answer(*(Answer(body=completion(f"Reply {i}")) for i in range(3)))

    async def three_calls_then_shutdown() -> tuple[list[str], int]:
        replies = [(await llm.complete("s", "u", max_tokens=10)).text for _ in range(3)]
        closed_between_calls = transport.closed
        await close_model_client(llm)
        return replies, closed_between_calls

    replies, closed_between_calls = asyncio.run(three_calls_then_shutdown())
    assert replies == ["Reply 0", "Reply 1", "Reply 2"]
    assert closed_between_calls == 0  # one client, its connections kept, for every call
    assert transport.closed == 1  # and closed at shutdown


def test_a_call_from_a_new_loop_gets_a_client_of_its_own(server: StubServer) -> None:
    """The CLI runs each request in its own loop: a client from an ended loop is never reused."""
    llm = make_llm(server.base_url)
    server.answer(Answer(body=completion("first")), Answer(body=completion("second")))
    assert ask(llm).text == "first"
    assert ask(llm).text == "second"
