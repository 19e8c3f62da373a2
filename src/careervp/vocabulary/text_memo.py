"""What a pure reading of a text found, remembered: computed answers for recent texts, answers stored elsewhere handed
in, and a way to note every answer given while some derivation runs.

A CV is read for its figures and skills by every letter written from it. Those readings are pure functions of the
text, so they are worked out once, when the CV is uploaded (noted while the engine reads the CV on its own), stored
with it, and handed back in (`prime`) before a letter is checked: the letter then pays only for its own text.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import Generic, TypeVar

V = TypeVar("V")


class TextMemo(Generic[V]):
    """`compute(text)` remembered for the last `size` texts, plus up to `size` answers handed in by `prime`.

    Answers must be immutable (tuples, frozen values): the same object goes to every caller."""

    def __init__(self, compute: Callable[[str], V], size: int) -> None:
        self._compute = lru_cache(maxsize=size)(compute)
        self._size = size
        self._primed: OrderedDict[str, V] = OrderedDict()
        self._lock = threading.Lock()
        self._local = threading.local()

    def __call__(self, text: str) -> V:
        answer = self._primed.get(text) if self._primed else None
        if answer is None:
            answer = self._compute(text)
        notes: dict[str, V] | None = getattr(self._local, "notes", None)
        if notes is not None:
            notes[text] = answer
        return answer

    def prime(self, answers: Mapping[str, V]) -> None:
        """Hand in answers worked out before (the newest kept when there are more than `size`)."""
        with self._lock:
            for text, answer in answers.items():
                self._primed[text] = answer
                self._primed.move_to_end(text)
            while len(self._primed) > self._size:
                self._primed.popitem(last=False)

    @contextmanager
    def noting(self) -> Iterator[dict[str, V]]:
        """While open, every answer this thread is given is noted in the yielded dict (text -> answer)."""
        notes: dict[str, V] = {}
        outer = getattr(self._local, "notes", None)
        self._local.notes = notes
        try:
            yield notes
        finally:
            self._local.notes = outer
            if outer is not None:
                outer.update(notes)

    @property
    def computed(self) -> int:
        """How many answers were worked out here rather than remembered or handed in."""
        return self._compute.cache_info().misses

    def forget(self) -> None:
        """Drop every answer, computed or handed in (for tests that measure what a cold process does)."""
        with self._lock:
            self._primed.clear()
        self._compute.cache_clear()
