"""A local OpenAI-compatible chat server on 127.0.0.1 whose behaviour the test sets: answer, fail with a status,
stall, or hold every request until N of them are in flight at once (proof that the API does not serialise them)."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class StubBehaviour:
    reply: str = "Dear Hiring Manager,\n\nThank you.\n\nSincerely,\nA. Candidate"
    status: int = 200
    delay_s: float = 0.0
    hold_until_in_flight: int = 0  # 0: answer at once
    hold_timeout_s: float = 60.0
    calls: int = 0
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Condition = field(default_factory=threading.Condition)


class ModelStub:
    def __init__(self) -> None:
        self.behaviour = StubBehaviour()
        behaviour_of = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                self.rfile.read(length)
                behaviour_of.handle(self)

        class Server(ThreadingHTTPServer):
            request_queue_size = 256  # the default backlog of 5 would refuse a burst of connections
            daemon_threads = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> ModelStub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reset(self, **changes: Any) -> StubBehaviour:
        self.behaviour = StubBehaviour(**changes)
        return self.behaviour

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        b = self.behaviour
        with b.lock:
            b.calls += 1
            b.in_flight += 1
            b.max_in_flight = max(b.max_in_flight, b.in_flight)
            b.lock.notify_all()
            if b.hold_until_in_flight:
                b.lock.wait_for(lambda: b.max_in_flight >= b.hold_until_in_flight, timeout=b.hold_timeout_s)
        try:
            if b.delay_s:
                time.sleep(b.delay_s)
            if b.status != 200:
                payload = json.dumps({"error": {"message": "stubbed failure"}}).encode()
                handler.send_response(b.status)
                if b.status == 429:
                    handler.send_header("Retry-After", "0")
            else:
                payload = json.dumps(
                    {
                        "model": "stub-model",
                        "choices": [{"message": {"role": "assistant", "content": b.reply}}],
                        "usage": {"prompt_tokens": 900, "completion_tokens": 400},
                    }
                ).encode()
                handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with b.lock:
                b.in_flight -= 1
