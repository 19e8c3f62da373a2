"""One place for logs and metrics.

Logs: one JSON object a line, with the request id of the request being served (a context variable, so concurrent
requests on one event loop never mix their ids). Metrics: Prometheus, with the contract's names in namespace
`CareerVP` and the label `service="cover-letter"`; each `Metrics` owns its registry, so several apps (tests) never
collide on global state.
"""

from __future__ import annotations

import json
import logging
import sys
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from careervp.models.codes import ResultCode

SERVICE = "cover-letter"
NAMESPACE = "CareerVP"
METRICS_CONTENT_TYPE = CONTENT_TYPE_LATEST

request_id_var: ContextVar[str] = ContextVar("careervp_request_id", default="-")

_STANDARD_RECORD_KEYS = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {
    "message",
    "asctime",
    "color_message",  # uvicorn's ANSI-coloured copy of the message
}


class JSONFormatter(logging.Formatter):
    """`{"ts", "level", "logger", "message", "request_id", ...extra}`; exceptions as one `error` string, never a
    multi-line traceback in the middle of the stream."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": request_id_var.get(),
            "pid": record.process,  # which worker, when `careervp serve --workers N` runs several
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD_RECORD_KEYS and not key.startswith("_"):
                payload[key] = value
        if record.exc_info and record.exc_info[0] is not None:
            payload["error"] = f"{record.exc_info[0].__name__}: {record.exc_info[1]}"
            payload["traceback"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=str, ensure_ascii=False)


_configured = False


def configure_logging(level: str = "INFO") -> None:
    """Send every logger (ours, uvicorn's, fpdf's) through one JSON handler on stderr. Idempotent."""
    global _configured
    root = logging.getLogger()
    root.setLevel(level.upper())
    if not _configured:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JSONFormatter())
        root.handlers = [handler]
        _configured = True
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = True
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)  # our middleware logs each request once
    logging.getLogger("fpdf").setLevel(logging.ERROR)  # "missing glyph" notes for CJK in a Latin font


_DURATION_BUCKETS_MS = (50, 100, 250, 500, 1000, 2000, 5000, 10_000, 20_000, 30_000, 60_000, 120_000, 300_000)
_SCORE_BUCKETS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
_VIOLATION_BUCKETS = (0, 1, 2, 3, 5, 10, 20)
_COST_BUCKETS = (0.0, 0.0005, 0.001, 0.002, 0.004, 0.006, 0.01, 0.02, 0.05, 0.1)
_HTTP_BUCKETS_S = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300)


class Metrics:
    """The contract's metrics (CoverLetterGenerated, CoverLetterError, CoverLetterDuration, QualityScore,
    FVSViolations, LLMCost) plus HTTP request counts and durations."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        registry, ns = self.registry, NAMESPACE
        self.generated = Counter(
            "CoverLetterGenerated", "Letters generated", ["service", "code"], namespace=ns, registry=registry
        )
        self.errors = Counter(
            "CoverLetterError", "Generation errors by code", ["service", "code"], namespace=ns, registry=registry
        )
        self.duration = Histogram(
            "CoverLetterDuration",
            "Generation duration (ms)",
            ["service"],
            buckets=_DURATION_BUCKETS_MS,
            namespace=ns,
            registry=registry,
        )
        self.quality = Histogram(
            "QualityScore",
            "Overall quality of generated letters",
            ["service"],
            buckets=_SCORE_BUCKETS,
            namespace=ns,
            registry=registry,
        )
        self.fvs_violations = Histogram(
            "FVSViolations",
            "FVS violations per generated letter",
            ["service"],
            buckets=_VIOLATION_BUCKETS,
            namespace=ns,
            registry=registry,
        )
        self.llm_cost = Histogram(
            "LLMCost",
            "Model cost per generation (USD)",
            ["service"],
            buckets=_COST_BUCKETS,
            namespace=ns,
            registry=registry,
        )
        self.http_requests = Counter(
            "http_requests", "HTTP requests", ["method", "route", "status"], namespace=ns, registry=registry
        )
        self.http_duration = Histogram(
            "http_request_duration_seconds",
            "HTTP request duration",
            ["method", "route"],
            buckets=_HTTP_BUCKETS_S,
            namespace=ns,
            registry=registry,
        )

    def record_generation(
        self,
        code: ResultCode,
        *,
        duration_ms: float,
        quality: float | None = None,
        violations: int | None = None,
        cost_usd: float = 0.0,
    ) -> None:
        self.duration.labels(SERVICE).observe(duration_ms)
        self.llm_cost.labels(SERVICE).observe(cost_usd)
        if violations is not None:
            self.fvs_violations.labels(SERVICE).observe(violations)
        if code.is_success:
            self.generated.labels(SERVICE, code.value).inc()
            if quality is not None:
                self.quality.labels(SERVICE).observe(quality)
        else:
            self.errors.labels(SERVICE, code.value).inc()

    def record_error(self, code: ResultCode) -> None:
        """An error answered before the pipeline ran (rate limit, bad idempotency key)."""
        self.errors.labels(SERVICE, code.value).inc()

    def record_http(self, method: str, route: str, status: int, seconds: float) -> None:
        self.http_requests.labels(method, route, str(status)).inc()
        self.http_duration.labels(method, route).observe(seconds)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
