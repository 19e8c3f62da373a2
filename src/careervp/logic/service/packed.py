"""A value that crosses between processes as one pickled blob and is unpickled only where it is read.

The CPU stages hand large models (the evidence map, the posting) back to the server only for the server to hand them
to the next stage. Unpickling a pydantic model in the server costs as much as pickling it in the worker, and the
server is the process every request shares; wrapped in `Packed`, the server holds the blob as bytes, sends those same
bytes on, and the stage that reads `.value` unpickles it where it runs. In one process nothing is pickled at all.
"""

from __future__ import annotations

import pickle
from typing import Generic, TypeVar

T = TypeVar("T")


class Packed(Generic[T]):
    __slots__ = ("_blob", "_has_value", "_value")

    def __init__(self, value: T) -> None:
        self._value: T | None = value
        self._has_value = True
        self._blob: bytes | None = None

    @classmethod
    def from_blob(cls, blob: bytes) -> Packed[T]:
        """As unpickled in another process: the bytes only, read on first use of `value`."""
        packed: Packed[T] = cls.__new__(cls)
        packed._value, packed._has_value, packed._blob = None, False, blob
        return packed

    @property
    def value(self) -> T:
        if not self._has_value:
            assert self._blob is not None
            self._value, self._has_value = pickle.loads(self._blob), True  # noqa: S301 - our own worker's bytes
        return self._value  # type: ignore[return-value]

    @property
    def unpacked(self) -> bool:
        """Whether `value` has been read (or was given) in this process."""
        return self._has_value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Packed):
            return NotImplemented
        return bool(self.value == other.value)

    __hash__ = None  # type: ignore[assignment]  # equal by value, which may change

    def __repr__(self) -> str:
        return f"Packed({self.value!r})" if self._has_value else f"Packed(<{len(self._blob or b'')} bytes>)"

    def __reduce__(self) -> tuple[object, tuple[bytes]]:
        if self._blob is None:
            self._blob = pickle.dumps(self._value, protocol=pickle.HIGHEST_PROTOCOL)
        return (Packed.from_blob, (self._blob,))
