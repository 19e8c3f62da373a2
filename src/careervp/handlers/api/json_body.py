"""Strict JSON request bodies: what Python's json module would accept but another reader would read differently is
refused as invalid JSON (400 INVALID_REQUEST, field `body`), before any validation.

- a key twice in one object ({"cv_id": "a", "cv_id": "b"}): Python keeps the last, other parsers the first;
- NaN, Infinity and -Infinity: not JSON at all (RFC 8259), though Python reads them.
Integers beyond Python's digit limit and nesting beyond its recursion limit are refused by FastAPI already.

Routers with JSON bodies use `StrictJSONRoute` as their route class (FastAPI's documented way to change how a
route reads its request).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {key[:60]!r} appears twice in one object")
        out[key] = value
    return out


def loads_strict(body: bytes) -> Any:
    """json.loads that refuses duplicate keys and NaN/Infinity; every refusal is a JSONDecodeError with a reason."""
    try:
        return json.loads(body, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError:
        raise
    except (ValueError, RecursionError) as error:  # ours, an integer beyond the digit limit, or too deep
        raise json.JSONDecodeError(str(error) or error.__class__.__name__, "", 0) from error


class StrictJSONRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = loads_strict(await self.body())
        return self._json


class StrictJSONRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def strict_handler(request: Request) -> Response:
            return await handler(StrictJSONRequest(request.scope, request.receive))

        return strict_handler
