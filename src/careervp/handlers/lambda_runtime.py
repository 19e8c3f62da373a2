"""What the Lambda door adds around the shared FastAPI app: the caller from API Gateway's Cognito authorizer, the
stage in the URLs the app builds (download links), and the contract's metrics as CloudWatch EMF through Powertools.
Imported lazily by lambda_handler (on first invocation), so importing the handler module stays cheap.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from typing import Any

import jwt
from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools import Metrics as PowertoolsMetrics
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit, single_metric
from mangum import Mangum
from starlette.types import ASGIApp, Receive, Scope, Send

from careervp.core.auth import AuthError, TokenVerifier, _subject, tier_from_claims, verifier_from_settings
from careervp.core.bootstrap import Container, build
from careervp.core.observability import NAMESPACE, SERVICE, Metrics, configure_logging
from careervp.core.settings import Settings
from careervp.handlers.api.app import create_app
from careervp.models.codes import ResultCode
from careervp.models.results import UserContext

LambdaHandler = Callable[[dict[str, Any], Any], dict[str, Any]]

# The authorizer claims of the invocation being served. Set by the handler before the app runs; the ASGI tasks and
# worker threads the app starts copy the context, so the verifier sees the claims of its own request.
AUTHORIZER_CLAIMS: ContextVar[Mapping[str, Any] | None] = ContextVar("careervp_authorizer_claims", default=None)


def authorizer_claims(event: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """`requestContext.authorizer.claims` of an API Gateway REST event (a Cognito user pool authorizer)."""
    context = event.get("requestContext")
    authorizer = context.get("authorizer") if isinstance(context, Mapping) else None
    claims = authorizer.get("claims") if isinstance(authorizer, Mapping) else None
    return claims if isinstance(claims, Mapping) and claims else None


def _groups(value: Any) -> list[str]:
    """REST API authorizers flatten `cognito:groups` into a string such as "premium,beta" or "[premium beta]"."""
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, str):
        return [g for g in value.strip("[]").replace(",", " ").split() if g]
    return []


class AuthorizerClaimsVerifier:
    """Trusts API Gateway's Cognito authorizer, which has already checked the token's signature, expiry and
    audience: the user comes from the authorizer's claims. The bearer token must still name the same subject (a
    cheap guard against a mismatched header). Without claims (a route with no authorizer, a direct invocation)
    it defers to `fallback`, the settings' own verifier (Cognito JWKS), or refuses."""

    def __init__(self, fallback: TokenVerifier | None = None) -> None:
        self._fallback = fallback

    def verify(self, token: str) -> UserContext:
        claims = AUTHORIZER_CLAIMS.get()
        if claims is None:
            if self._fallback is None:
                raise AuthError("the request did not pass the API Gateway authorizer")
            return self._fallback.verify(token)
        subject = _subject(claims)
        try:
            unverified = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError as error:
            raise AuthError("malformed bearer token") from error
        if unverified.get("sub") != subject:
            raise AuthError("the token does not match the authorized caller")
        normalised = dict(claims)
        normalised["cognito:groups"] = _groups(claims.get("cognito:groups"))
        return UserContext(user_id=subject, tier=tier_from_claims(normalised))


def stage_prefix(event: Mapping[str, Any]) -> str:
    """What the caller's URL has before the path the app routes on: `/dev` for `https://id.execute-api.../dev/x`
    (REST events carry `/x` as `path` and `/dev/x` as `requestContext.path`), a base path mapping's prefix on a
    custom domain, "" when there is none."""
    context = event.get("requestContext")
    public = context.get("path") if isinstance(context, Mapping) else None
    path = event.get("path")
    if isinstance(public, str) and isinstance(path, str) and public.endswith(path) and len(public) > len(path):
        return public[: len(public) - len(path)].rstrip("/")
    return ""


class StageRoot:
    """The stage becomes the ASGI `root_path`, so `request.base_url` (the base of download links) is the address the
    browser used, stage included. Routing is unchanged: the path keeps no prefix."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        event = scope.get("aws.event")
        if scope.get("type") == "http" and isinstance(event, Mapping):
            scope = {**scope, "root_path": stage_prefix(event)}
        await self._app(scope, receive, send)


class EmfMetrics(Metrics):
    """The Prometheus metrics of the shared app plus the same facts as CloudWatch EMF (namespace CareerVP, dimension
    service=cover-letter). `CoverLetterError` goes out twice: by service (what the alarm counts) and by
    service+code (what the dashboard breaks down), since EMF has no per-value dimension."""

    def __init__(self, emf: PowertoolsMetrics) -> None:
        super().__init__()
        self._emf = emf

    def record_generation(
        self,
        code: ResultCode,
        *,
        duration_ms: float,
        quality: float | None = None,
        violations: int | None = None,
        cost_usd: float = 0.0,
    ) -> None:
        super().record_generation(
            code, duration_ms=duration_ms, quality=quality, violations=violations, cost_usd=cost_usd
        )
        self._emf.add_metric(name="CoverLetterDuration", unit=MetricUnit.Milliseconds, value=duration_ms)
        self._emf.add_metric(name="LLMCost", unit=MetricUnit.NoUnit, value=cost_usd)
        if violations is not None:
            self._emf.add_metric(name="FVSViolations", unit=MetricUnit.Count, value=violations)
        if code.is_success:
            self._emf.add_metric(name="CoverLetterGenerated", unit=MetricUnit.Count, value=1)
            if quality is not None:
                self._emf.add_metric(name="QualityScore", unit=MetricUnit.NoUnit, value=quality)
        else:
            self._emf_error(code)

    def record_error(self, code: ResultCode) -> None:
        super().record_error(code)
        self._emf_error(code)

    def _emf_error(self, code: ResultCode) -> None:
        self._emf.add_metric(name="CoverLetterError", unit=MetricUnit.Count, value=1)
        with single_metric(
            name="CoverLetterError",
            unit=MetricUnit.Count,
            value=1,
            namespace=NAMESPACE,
            default_dimensions={"service": SERVICE},
        ) as by_code:
            by_code.add_dimension(name="code", value=code.value)


def make_handler(settings: Settings | None = None, **overrides: Any) -> tuple[LambdaHandler, Container]:
    """Build the wiring once (settings -> adapters -> app -> Mangum) and return the instrumented handler.
    `overrides` go to `bootstrap.build` (tests pass a scripted LLM or a fixed clock)."""
    settings = settings or Settings()
    configure_logging()
    # /health and CRUD calls emit no metric; an empty flush is normal here, not worth a warning per invocation.
    warnings.filterwarnings("ignore", message="No application metrics to publish")
    logger = Logger(service=SERVICE)
    tracer = Tracer(service=SERVICE)
    emf = PowertoolsMetrics(namespace=NAMESPACE, service=SERVICE)
    container = build(settings, **overrides)
    fallback = verifier_from_settings(settings)
    app = create_app(
        container, verifier=AuthorizerClaimsVerifier(fallback), metrics=EmfMetrics(emf), process_lifespan=False
    )
    asgi = Mangum(StageRoot(app), lifespan="auto")

    @tracer.capture_lambda_handler(capture_response=False)  # responses hold letters: keep them out of X-Ray
    @emf.log_metrics(capture_cold_start_metric=True)
    @logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST, clear_state=True)
    def instrumented(event: dict[str, Any], context: Any) -> dict[str, Any]:
        token = AUTHORIZER_CLAIMS.set(authorizer_claims(event))
        try:
            response: dict[str, Any] = asgi(event, context)
            return response
        finally:
            AUTHORIZER_CLAIMS.reset(token)

    return instrumented, container
