"""ScriptedLLM: a test double for the LLM port that answers from a script and records what it was asked.

It is a real implementation of the port, not a mock: service and writer tests hand it to LLMWriter (or to
bootstrap.build as an override) and then assert on the letters produced and on `calls` (how many attempts, whether
the retry asked for the stronger model, whether the feedback block reached the prompt).

The script is a queue. Each `complete` call takes the next item:
- a str: returned as the reply text, with token counts estimated (characters / 4);
- an LLMReply: returned as is (to control token counts or the model id);
- an exception instance: raised (LLMThrottled, LLMTimeout, LLMError... to drive the service's error paths);
- a callable taking the LLMCall: called, and its result (str or LLMReply) used, for replies that depend on the
  prompt.
An empty queue raises ScriptExhausted, so a test that makes more calls than it scripted fails loudly instead of
being mapped to an ordinary provider error.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from careervp.logic.ports import LLMReply
from careervp.logic.pricing import estimate_tokens


@dataclass(frozen=True)
class LLMCall:
    system: str
    user: str
    max_tokens: int
    stronger: bool


ScriptItem = str | LLMReply | BaseException | Callable[[LLMCall], "str | LLMReply"]


class ScriptExhausted(AssertionError):
    """The code under test called the model more often than the test scripted."""


class ScriptedLLM:
    """model_id / strong_model_id: reported in replies made from strings (the latter when `stronger=True`)."""

    def __init__(
        self,
        script: Iterable[ScriptItem] = (),
        *,
        model_id: str = "scripted-model",
        strong_model_id: str = "scripted-strong-model",
        name: str = "scripted",
    ) -> None:
        self._script: deque[ScriptItem] = deque(script)
        self._model_id = model_id
        self._strong_model_id = strong_model_id
        self._name = name
        self.calls: list[LLMCall] = []

    @property
    def name(self) -> str:
        return self._name

    @property
    def remaining(self) -> int:
        """Script items not used yet."""
        return len(self._script)

    def queue(self, *items: ScriptItem) -> None:
        self._script.extend(items)

    async def complete(self, system: str, user: str, *, max_tokens: int, stronger: bool = False) -> LLMReply:
        call = LLMCall(system=system, user=user, max_tokens=max_tokens, stronger=stronger)
        self.calls.append(call)
        if not self._script:
            raise ScriptExhausted(f"ScriptedLLM was called {len(self.calls)} times; the script had fewer replies")
        item = self._script.popleft()
        if isinstance(item, BaseException):
            raise item
        if callable(item):
            item = item(call)
        if isinstance(item, LLMReply):
            return item
        return LLMReply(
            text=item,
            input_tokens=estimate_tokens(system) + estimate_tokens(user),
            output_tokens=estimate_tokens(item),
            model_id=self._strong_model_id if stronger else self._model_id,
        )
