"""Adapters that fail on purpose, passed to `bootstrap.build` in place of (or wrapped around) the real ones.

No patching: each class implements the port it stands for. The storage wrappers delegate to the real SQLite
repository and file blob store and raise the port's own StorageError at the call the test arms, so what the service
sees is exactly what a full disk or a dropped connection would show it. The LLM classes implement the LLM port.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from careervp.logic.ports import LLM, LLMReply, LLMThrottled, LLMTimeout, StorageError
from faults.model_stub import faithful_letter


class _Armed:
    """Counts calls per method and fails the ones a test armed: `arm("add_letter", at_call=1)`."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.calls: Counter[str] = Counter()
        self._faults: dict[str, set[int]] = {}

    @property
    def inner(self) -> Any:
        return self._inner

    def arm(self, method: str, *, at_call: int = 1, times: int = 1) -> None:
        """Fail calls number at_call .. at_call + times - 1 of `method`, counted from now."""
        start = self.calls[method] + at_call
        self._faults[method] = set(range(start, start + times))

    def disarm(self) -> None:
        self._faults.clear()

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._inner, name)
        if not callable(target):
            return target

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            if self.calls[name] in self._faults.get(name, set()):
                raise StorageError(f"injected failure: {name} call {self.calls[name]}")
            return target(*args, **kwargs)

        return call


class FaultyRepository(_Armed):
    """The real repository, failing where armed (Repository port).

    `ping` is the one method the port says never raises ("True when the store answers"), so an armed ping answers
    False, as the real adapters do when their backend is down.
    """

    def ping(self) -> bool:
        self.calls["ping"] += 1
        if self.calls["ping"] in self._faults.get("ping", set()):
            return False
        return bool(self._inner.ping())


class FaultyBlobStore(_Armed):
    """The real blob store, failing where armed (BlobStore port)."""


class FaithfulLLM:
    """A model that behaves: answers in the JSON the prompt asks for, with a letter quoting only the prompt's facts."""

    name = "faithful"

    def __init__(self) -> None:
        self.calls = 0

    async def complete(self, system: str, user: str, *, max_tokens: int, stronger: bool = False) -> LLMReply:
        self.calls += 1
        letter, used = faithful_letter(user)
        text = json.dumps({"cover_letter": letter, "evidence_used": used})
        return LLMReply(text=text, input_tokens=len(user) // 4, output_tokens=len(text) // 4, model_id="faithful")


# A fault: an exception to raise, a reply text, or a function of the user prompt that returns the reply text.
Fault = Exception | str | Callable[[str], str]


def fabricated_reply(user_prompt: str) -> str:
    """A well-formed reply whose letter claims a degree the CV does not have: a critical FVS violation."""
    letter, used = faithful_letter(user_prompt)
    letter = letter.replace("Sincerely,", "I also hold a PhD in Astrophysics from Stanford University.\n\nSincerely,")
    return json.dumps({"cover_letter": letter, "evidence_used": used})


class FlakyLLM:
    """Fails its first calls (each item: an exception to raise, or a text to answer with), then is `inner`.

    This is what a transient fault looks like from the service: the request that meets it gets the contract's error,
    and the next request, with the provider recovered, must succeed.
    """

    name = "flaky"

    def __init__(self, faults: Sequence[Fault], inner: LLM | None = None) -> None:
        self._faults = list(faults)
        self._inner = inner or FaithfulLLM()
        self.calls = 0

    def fail_next(self, *faults: Fault) -> None:
        self._faults.extend(faults)

    async def complete(self, system: str, user: str, *, max_tokens: int, stronger: bool = False) -> LLMReply:
        self.calls += 1
        if self._faults:
            fault = self._faults.pop(0)
            if isinstance(fault, Exception):
                raise fault
            if callable(fault):
                fault = fault(user)
            return LLMReply(text=fault, input_tokens=len(user) // 4, output_tokens=len(fault) // 4, model_id="flaky")
        return await self._inner.complete(system, user, max_tokens=max_tokens, stronger=stronger)


class SlowOnceLLM:
    """Hangs on its first call (the service's timeout must end it), then answers like FaithfulLLM."""

    name = "slow-once"

    def __init__(self) -> None:
        self.calls = 0
        self._inner = FaithfulLLM()

    async def complete(self, system: str, user: str, *, max_tokens: int, stronger: bool = False) -> LLMReply:
        self.calls += 1
        if self.calls == 1:
            await asyncio.sleep(3600)
        return await self._inner.complete(system, user, max_tokens=max_tokens, stronger=stronger)


def throttled() -> LLMThrottled:
    return LLMThrottled("provider throttled us after retries (injected)")


def timed_out() -> LLMTimeout:
    return LLMTimeout("provider did not answer in time (injected)")
