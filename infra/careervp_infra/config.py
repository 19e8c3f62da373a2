"""Per-environment settings of the stack. Everything that differs between dev, staging and prod lives here, so the
constructs stay free of `if env == "prod"` branches; CDK context (`-c key=value`) overrides a few for one deploy."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Literal

EnvName = Literal["dev", "staging", "prod"]
ENVIRONMENTS: tuple[EnvName, ...] = ("dev", "staging", "prod")

# Keep in step with careervp.core.settings (a test checks they agree).
PRIMARY_MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
FALLBACK_MODEL_ID = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"
# Regions a "us." cross-region inference profile may route to; the function may invoke the foundation model there.
US_PROFILE_REGIONS = ("us-east-1", "us-east-2", "us-west-1", "us-west-2")

# Keep in step with careervp.dal.dynamodb_table (a test checks they agree).
TABLE_PARTITION_KEY = "user_id"
TABLE_SORT_KEY = "sk"
TABLE_TTL_ATTRIBUTE = "expires_at"

# API Gateway invokes this alias of the function; `make rollback` moves it to an earlier version.
ALIAS_NAME = "live"

METRICS_NAMESPACE = "CareerVP"
METRICS_SERVICE = "cover-letter"


@dataclass(frozen=True)
class EnvironmentConfig:
    name: EnvName
    # API Gateway REST caps an integration at 29 s unless the account's quota was raised (then up to the contract's
    # 299 s): the default stays safe, `-c integration_timeout_s=299` uses the raised quota.
    integration_timeout_s: int = 29
    cors_origins: tuple[str, ...] = ("http://localhost:3000", "http://127.0.0.1:8000")
    throttle_rate_limit: float = 10.0
    throttle_burst_limit: int = 20
    retain_data: bool = False
    point_in_time_recovery: bool = False
    provisioned_concurrency: int = 0
    log_retention_days: int = 30
    model_id: str = PRIMARY_MODEL_ID
    fallback_model_id: str = FALLBACK_MODEL_ID
    model_regions: tuple[str, ...] = US_PROFILE_REGIONS
    alarm_email: str | None = None
    memory_mb: int = 2048
    function_timeout_s: int = 300
    data_retention_days: int = 90
    lambda_asset_dir: str = "build/lambda"
    extra_tags: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return {"dev": "Dev", "staging": "Staging", "prod": "Prod"}[self.name]

    @property
    def stack_name(self) -> str:
        return f"CareervpStack-{self.title}"

    @property
    def function_name(self) -> str:
        return f"careervp-cover-letter-handler-{self.name}"

    @property
    def dashboard_name(self) -> str:
        """The contract's `CoverLetter-Metrics` in prod; suffixed elsewhere because names are unique per account."""
        return "CoverLetter-Metrics" if self.name == "prod" else f"CoverLetter-Metrics-{self.name}"

    @property
    def approval(self) -> str:
        """`cdk deploy --require-approval` per environment: dev never, staging on broadened permissions, prod always."""
        return {"dev": "never", "staging": "broadening", "prod": "always"}[self.name]


BASE: dict[str, EnvironmentConfig] = {
    "dev": EnvironmentConfig(name="dev"),
    "staging": EnvironmentConfig(
        name="staging",
        cors_origins=("https://staging.careervp.example",),
        throttle_rate_limit=20.0,
        throttle_burst_limit=40,
        log_retention_days=90,
    ),
    "prod": EnvironmentConfig(
        name="prod",
        cors_origins=("https://app.careervp.example",),
        throttle_rate_limit=100.0,
        throttle_burst_limit=200,
        retain_data=True,
        point_in_time_recovery=True,
        log_retention_days=365,
    ),
}


def _origins(value: Any) -> tuple[str, ...]:
    """Context gives a JSON list or a comma-separated string (`-c cors_origins=https://a,https://b`)."""
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    text = str(value).strip()
    if text.startswith("["):
        return tuple(str(v) for v in json.loads(text))
    return tuple(part.strip() for part in text.split(",") if part.strip())


def load_config(name: str, context: dict[str, Any] | None = None) -> EnvironmentConfig:
    """The environment's base settings with the CDK context overrides applied (unknown names are an error)."""
    config = BASE.get(name)
    if config is None:
        raise ValueError(f"unknown environment {name!r}; use one of {', '.join(ENVIRONMENTS)}")
    ctx = {k: v for k, v in (context or {}).items() if v is not None}
    overrides: dict[str, Any] = {}
    if "integration_timeout_s" in ctx:
        overrides["integration_timeout_s"] = int(ctx["integration_timeout_s"])
    if "cors_origins" in ctx:
        overrides["cors_origins"] = _origins(ctx["cors_origins"])
    if "provisioned_concurrency" in ctx:
        overrides["provisioned_concurrency"] = int(ctx["provisioned_concurrency"])
    if "alarm_email" in ctx:
        overrides["alarm_email"] = str(ctx["alarm_email"]) or None
    for key in ("model_id", "fallback_model_id", "lambda_asset_dir"):
        if key in ctx:
            overrides[key] = str(ctx[key])
    if "model_regions" in ctx:
        overrides["model_regions"] = _origins(ctx["model_regions"])
    config = replace(config, **overrides)
    if not 1 <= config.integration_timeout_s <= 299:
        raise ValueError("integration_timeout_s must be within 1..299 seconds")
    if config.integration_timeout_s > config.function_timeout_s:
        raise ValueError("the integration timeout cannot exceed the function timeout")
    if not config.cors_origins or "*" in config.cors_origins:
        raise ValueError("cors_origins must list explicit origins (no wildcard with credentials)")
    return config
