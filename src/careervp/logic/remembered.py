"""Results of pure functions of models, remembered by the content of their arguments.

A user generates several letters from one CV and one posting (another tone, another try, a regeneration): what is
derived from the pair alone (the evidence map) is the same every time. It is kept for a few recent pairs, keyed by
what the arguments say (a model by its JSON, which is cheap next to the work), so a CV changed or read again by a
newer reader is a new key, and handed out as a fresh copy, so no caller can change another's answer.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import date
from functools import wraps
from typing import Generic, ParamSpec, TypeVar

from pydantic import BaseModel

P = ParamSpec("P")
M = TypeVar("M", bound=BaseModel)
V = TypeVar("V")


class _NoKey(Exception):
    """An argument whose content has no key here (a set, a generator): the call is simply not remembered."""


def _key(value: object) -> Hashable:
    if isinstance(value, BaseModel):
        return (type(value).__qualname__, value.model_dump_json())
    if isinstance(value, list | tuple):
        return (type(value).__name__, *(_key(item) for item in value))
    if value is None or isinstance(value, str | int | float | date):
        return (type(value).__name__, value)
    raise _NoKey


class _Recent(Generic[V]):
    """The last `size` answers, most recently used last."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._answers: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def put(self, key: Hashable, answer: V) -> None:
        with self._lock:
            self._answers[key] = answer
            self._answers.move_to_end(key)
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)


def remembered(size: int) -> Callable[[Callable[P, M]], Callable[P, M]]:
    """Remember the last `size` answers of a pure function whose arguments are models, strings, numbers, dates,
    None or sequences of these. Today's date is part of every key: a function that defaults to it stays right
    across midnight."""

    def decorate(function: Callable[P, M]) -> Callable[P, M]:
        recent: _Recent[tuple[type[M], str]] = _Recent(size)

        @wraps(function)
        def remembering(*args: P.args, **kwargs: P.kwargs) -> M:
            try:
                key = (_key(args), tuple(sorted((name, _key(value)) for name, value in kwargs.items())), date.today())
            except _NoKey:
                return function(*args, **kwargs)
            known = recent.get(key)
            if known is not None:
                answer_type, content = known
                return answer_type.model_validate_json(content)
            answer = function(*args, **kwargs)
            recent.put(key, (type(answer), answer.model_dump_json()))
            return answer

        return remembering

    return decorate
