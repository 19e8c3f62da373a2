"""Results of pure functions of models, remembered by the content of their arguments.

A user generates several letters from one CV and one posting (another tone, another try, a regeneration): what is
derived from the pair alone (the evidence map) is the same every time. It is kept for a few recent pairs, keyed by
what the arguments say (a model by its JSON, which is cheap next to the work), so a CV changed or read again by a
newer reader is a new key, and handed out as a fresh copy, so no caller can change another's answer.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import wraps
from typing import Generic, ParamSpec, TypeVar

from pydantic import BaseModel

P = ParamSpec("P")
M = TypeVar("M", bound=BaseModel)
V = TypeVar("V")


class _NoKey(Exception):
    """An argument whose content has no key here (a set, a generator): the call is simply not remembered."""


_HELD = threading.local()


@contextmanager
def keys_held(*models: BaseModel) -> Iterator[None]:
    """While open, `models` stand still (the caller changes none of them): in this thread their content keys are
    worked out once, not once per remembered call that takes them (a letter's writer asks a dozen questions of one
    evidence map)."""
    outer: dict[int, tuple[BaseModel, Hashable]] | None = getattr(_HELD, "keys", None)
    held = dict(outer or {})
    for model in models:
        held[id(model)] = (model, _model_key(model))  # the model itself is kept, so its id is not reused meanwhile
    _HELD.keys = held
    try:
        yield
    finally:
        _HELD.keys = outer


def _model_key(model: BaseModel) -> Hashable:
    return (type(model).__qualname__, model.model_dump_json())


def _key(value: object) -> Hashable:
    if isinstance(value, BaseModel):
        held: dict[int, tuple[BaseModel, Hashable]] | None = getattr(_HELD, "keys", None)
        known = held.get(id(value)) if held else None
        return known[1] if known is not None and known[0] is value else _model_key(value)
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

    def get(self, key: Hashable) -> tuple[V] | None:
        """The answer kept for `key`, boxed (an answer may itself be None: "no years to state"); None when none is."""
        with self._lock:
            if key not in self._answers:
                return None
            self._answers.move_to_end(key)
            return (self._answers[key],)

    def put(self, key: Hashable, answer: V) -> None:
        with self._lock:
            self._answers[key] = answer
            self._answers.move_to_end(key)
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)


def _call_key(args: tuple[object, ...], kwargs: dict[str, object]) -> Hashable:
    """What a call's arguments say, and today's date (raises `_NoKey` for an argument with no content key)."""
    return (_key(args), tuple(sorted((name, _key(value)) for name, value in kwargs.items())), date.today())


def remembered_frozen(size: int) -> Callable[[Callable[P, V]], Callable[P, V]]:
    """Remember the last `size` answers of a pure function whose arguments are models, strings, numbers, dates,
    None or sequences of these, and whose answer nobody changes (a frozen dataclass of frozen parts and models
    that are only read): the answer itself is handed out again. Today's date is part of every key: a function that
    defaults to it stays right across midnight."""

    def decorate(function: Callable[P, V]) -> Callable[P, V]:
        recent: _Recent[V] = _Recent(size)

        @wraps(function)
        def remembering(*args: P.args, **kwargs: P.kwargs) -> V:
            try:
                key = _call_key(args, kwargs)
            except _NoKey:
                return function(*args, **kwargs)
            kept = recent.get(key)
            if kept is not None:
                return kept[0]
            answer = function(*args, **kwargs)
            recent.put(key, answer)
            return answer

        return remembering

    return decorate


def remembered(size: int) -> Callable[[Callable[P, M]], Callable[P, M]]:
    """`remembered_frozen` for a function whose answer is a model a caller may change: the answer is kept as JSON
    and every caller gets a fresh copy of it."""

    def decorate(function: Callable[P, M]) -> Callable[P, M]:
        @remembered_frozen(size)
        def as_json(*args: P.args, **kwargs: P.kwargs) -> tuple[type[M], str]:
            answer = function(*args, **kwargs)
            return type(answer), answer.model_dump_json()

        @wraps(function)
        def remembering(*args: P.args, **kwargs: P.kwargs) -> M:
            answer_type, content = as_json(*args, **kwargs)
            return answer_type.model_validate_json(content)

        return remembering

    return decorate
