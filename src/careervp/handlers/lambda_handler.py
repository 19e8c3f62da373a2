"""AWS Lambda entry point: `careervp.handlers.lambda_handler.handler`.

The same FastAPI app as `careervp serve`, behind Mangum for API Gateway REST, with Powertools logging, tracing and
EMF metrics. Importing this module loads nothing but the standard library: the wiring (settings, boto3 clients, the
app) is built on the first invocation of a cold container and reused by every later one.
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_handler: Any = None


def _instrumented() -> Any:
    global _handler
    if _handler is None:
        with _lock:
            if _handler is None:
                from careervp.handlers.lambda_runtime import make_handler

                _handler, _ = make_handler()
    return _handler


def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """API Gateway REST proxy event in, proxy response out."""
    response: dict[str, Any] = _instrumented()(event, context)
    return response
