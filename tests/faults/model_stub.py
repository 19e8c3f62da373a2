"""A local OpenAI-compatible chat server that answers after a fixed delay, and the letter it answers with.

It stands in for a real model server (Ollama, vLLM): the fault tests drive the real HTTP adapter against it in its
failing modes (throttle, refuse, garbage, error), and the benchmark uses it as the slow model (bench/stub_llm.py runs
it in its own process) so the figures measure our concurrency, not a GPU. The reply is a faithful letter assembled
from the prompt itself: the company and job title from <job>, the candidate's name from <candidate> and the fact
lines from <facts> turned into first-person sentences (only person and tense change), so neither FVS nor the defect
checks have anything to object to.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from careervp.logic.writers.phrasing import verb_phrase

_SECTION = re.compile(r"<(?P<tag>[a-z]+)>\n(?P<body>.*?)\n</(?P=tag)>", re.DOTALL)
_FACT = re.compile(r"^(?P<id>E\d+) \((?P<source>[^)]*)\): (?P<text>.+)$")

MODES = ("letter", "throttle", "refuse", "garbage", "error", "throttle_then_letter")


@dataclass
class StubState:
    """What the stub does and what it has seen; shared by the handlers and the test or benchmark driving it."""

    delay_s: float = 2.0
    mode: str = "letter"
    throttle_count: int = 2  # for throttle_then_letter: how many 429s before a letter
    calls: int = 0
    in_flight: int = 0
    max_in_flight: int = 0
    started: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def sections(prompt: str) -> dict[str, str]:
    return {m.group("tag"): m.group("body") for m in _SECTION.finditer(prompt)}


def _field(block: str, name: str) -> str:
    for line in block.splitlines():
        if line.startswith(f"{name}:"):
            return line.split(":", 1)[1].strip()
    return ""


def faithful_letter(prompt: str) -> tuple[str, list[str]]:
    """A letter that states only what the prompt's facts state, plus the evidence ids it used."""
    parts = sections(prompt)
    job = parts.get("job", "")
    company, title = _field(job, "Company"), _field(job, "Job title")
    name = _field(parts.get("candidate", ""), "Name") or "the candidate"
    facts = [m for m in (_FACT.match(line) for line in parts.get("facts", "").splitlines()) if m]
    said = [(m.group("id"), _sentence(m.group("text"))) for m in facts]
    said = [(fact_id, sentence) for fact_id, sentence in said if sentence][:6]
    used = [fact_id for fact_id, _ in said]
    body = " ".join(sentence for _, sentence in said)
    letter = (
        f"Dear Hiring Manager,\n\n"
        f"I would like to be considered for the {title} role at {company}. My record speaks for me, so here is what it "
        f"says, in its own words.\n\n"
        f"{body}\n\n"
        f"I would welcome the chance to talk about how this work could help the team at {company}, and about the "
        f"parts of the role I would still have to learn. Thank you for reading my application.\n\n"
        f"Sincerely,\n{name}"
    )
    return letter, used


def _sentence(text: str) -> str | None:
    """A fact line as a first-person sentence, the way a model that follows the prompt writes it ("Led the
    migration." -> "I led the migration."); None for a line that is no result (a role line, a profile)."""
    phrase = verb_phrase(text.strip().rstrip("…").strip(), ongoing=False)
    return f"I {phrase}." if phrase else None


def _completion(model: str, content: str, prompt_chars: int) -> dict[str, Any]:
    return {
        "id": f"stub-{time.monotonic_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": prompt_chars // 4,
            "completion_tokens": len(content) // 4,
            "total_tokens": (prompt_chars + len(content)) // 4,
        },
    }


def build_app(state: StubState) -> Starlette:
    async def chat(request: Request) -> Response:
        body = await request.json()
        with state.lock:
            state.calls += 1
            call_number = state.calls
            state.in_flight += 1
            state.max_in_flight = max(state.max_in_flight, state.in_flight)
            state.started.append(time.monotonic())
        try:
            await asyncio.sleep(state.delay_s)
            messages = body.get("messages", [])
            user = next((m.get("content", "") for m in messages if m.get("role") == "user"), "")
            model = str(body.get("model", "stub"))
            mode = state.mode
            if mode == "throttle_then_letter":
                mode = "throttle" if call_number <= state.throttle_count else "letter"
            if mode == "throttle":
                return JSONResponse({"error": {"message": "slow down"}}, status_code=429, headers={"retry-after": "0"})
            if mode == "error":
                return JSONResponse({"error": {"message": "boom"}}, status_code=500)
            if mode == "garbage":
                return Response(b"\x00\xffnot json at all", media_type="application/json")
            if mode == "refuse":
                content = "I'm sorry, but I can't help with writing this cover letter."
            else:
                letter, used = faithful_letter(user)
                content = json.dumps({"cover_letter": letter, "evidence_used": used})
            return JSONResponse(_completion(model, content, len(user)))
        finally:
            with state.lock:
                state.in_flight -= 1

    async def stats(_: Request) -> Response:
        return JSONResponse({"calls": state.calls, "max_in_flight": state.max_in_flight, "mode": state.mode})

    async def configure(request: Request) -> Response:
        changes = await request.json()
        state.mode = str(changes.get("mode", state.mode))
        state.delay_s = float(changes.get("delay_s", state.delay_s))
        state.throttle_count = int(changes.get("throttle_count", state.throttle_count))
        if changes.get("reset"):
            state.calls = 0
            state.max_in_flight = 0
            state.started.clear()
        return JSONResponse({"mode": state.mode, "delay_s": state.delay_s})

    return Starlette(
        routes=[
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/stats", stats, methods=["GET"]),
            Route("/configure", configure, methods=["POST"]),
        ]
    )


class StubServer:
    """The stub in a background thread of this process, on 127.0.0.1 and a free port (for tests)."""

    def __init__(self, state: StubState | None = None) -> None:
        self.state = state or StubState()
        config = uvicorn.Config(build_app(self.state), host="127.0.0.1", port=0, log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="stub-llm", daemon=True)
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> StubServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the stub LLM server did not start")
            time.sleep(0.02)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def __exit__(self, *_: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
