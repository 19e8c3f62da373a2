"""Per-environment settings of the stack, read from `cdk.json` (context key `careervp:environments`) and checked by a
typed model at synthesis. Everything that differs between dev, staging and prod lives in that file, so the constructs
stay free of `if env == "prod"` branches and no deploy needs a `-c` flag for a setting that must persist.

No CDK import here: `make rollback` and `make deploy` read the same settings in well under a second.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

EnvName = Literal["dev", "staging", "prod"]
ENVIRONMENTS: tuple[EnvName, ...] = ("dev", "staging", "prod")
CDK_JSON = Path(__file__).resolve().parents[2] / "cdk.json"
CONTEXT_KEY = "careervp:environments"

# Keep in step with careervp.core.settings (a test checks they agree).
PRIMARY_MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
FALLBACK_MODEL_ID = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"
# Regions a "us." cross-region inference profile may route to; the function may invoke the foundation model there.
US_PROFILE_REGIONS = ("us-east-1", "us-east-2", "us-west-1", "us-west-2")

# Keep in step with careervp.dal.dynamodb_table (a test checks they agree).
TABLE_PARTITION_KEY = "user_id"
TABLE_SORT_KEY = "sk"
TABLE_TTL_ATTRIBUTE = "expires_at"

# The Lambda runtime and what the asset is built for. python3.13 runs on Amazon Linux 2023 (glibc 2.34); wheels
# are taken for manylinux_2_28 or older, and every ELF file of the asset is checked against that glibc
# (infra/asset_check.py). The Makefile's LAMBDA_PYTHON and LAMBDA_PLATFORM repeat these (a test keeps them equal).
LAMBDA_RUNTIME = "python3.13"
LAMBDA_PYTHON_VERSION = "3.13"
LAMBDA_WHEEL_PLATFORM = "x86_64-manylinux_2_28"
RUNTIME_GLIBC = (2, 34)

# API Gateway invokes this alias of the function; CodeDeploy shifts it between versions and `make rollback` moves it.
ALIAS_NAME = "live"

METRICS_NAMESPACE = "CareerVP"
METRICS_SERVICE = "cover-letter"

# `cdk deploy --require-approval` takes never | any-change | broadening | destructive. Prod asks on every change, and
# `make deploy ENV=prod` also prints the diff and has the change set reviewed before it is executed (infra/deploy.py).
APPROVALS: dict[EnvName, str] = {"dev": "never", "staging": "broadening", "prod": "any-change"}

# The retention periods CloudWatch Logs accepts.
LOG_RETENTION_DAYS = frozenset({1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 3653})
# CodeDeploy's predefined Lambda configurations, by their CDK names.
TrafficShifting = Literal[
    "ALL_AT_ONCE",
    "CANARY_10_PERCENT_5_MINUTES",
    "CANARY_10_PERCENT_10_MINUTES",
    "CANARY_10_PERCENT_15_MINUTES",
    "CANARY_10_PERCENT_30_MINUTES",
    "LINEAR_10_PERCENT_EVERY_1_MINUTE",
    "LINEAR_10_PERCENT_EVERY_2_MINUTES",
    "LINEAR_10_PERCENT_EVERY_3_MINUTES",
    "LINEAR_10_PERCENT_EVERY_10_MINUTES",
]
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.\-]+(:\d{1,5})?$")


class EnvironmentConfig(BaseModel):
    """One environment's settings. Unknown keys are an error, so a typo in cdk.json fails synthesis."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: EnvName
    account: Annotated[str | None, Field(pattern=r"^\d{12}$")] = None
    region: Annotated[str, Field(pattern=r"^[a-z]{2}(-[a-z]+)+-\d$")] = "us-east-1"
    # API Gateway REST caps an integration at 29 s unless the account's quota was raised (then up to the contract's
    # 299 s): a per-environment setting, since the quota is per account.
    integration_timeout_s: Annotated[int, Field(ge=1, le=299)] = 29
    cors_origins: tuple[str, ...] = ("http://localhost:3000",)
    throttle_rate_limit: Annotated[float, Field(gt=0)] = 10.0
    throttle_burst_limit: Annotated[int, Field(ge=1)] = 20
    retain_data: bool = False
    point_in_time_recovery: bool = False
    provisioned_concurrency: Annotated[int, Field(ge=0, le=100)] = 0
    log_retention_days: int = 30
    alarm_email: str | None = None
    monthly_budget_usd: Annotated[float, Field(gt=0)] = 50.0
    traffic_shifting: TrafficShifting = "ALL_AT_ONCE"
    # A custom domain in front of the API (e.g. https://api.careervp.example); download links use it when set,
    # otherwise the address the caller used, stage included.
    public_base_url: Annotated[str | None, Field(pattern=r"^https://[A-Za-z0-9.\-]+(/[A-Za-z0-9._\-]+)*$")] = None
    model_id: str = PRIMARY_MODEL_ID
    fallback_model_id: str = FALLBACK_MODEL_ID
    model_regions: tuple[str, ...] = US_PROFILE_REGIONS
    memory_mb: Annotated[int, Field(ge=128, le=10240)] = 2048
    function_timeout_s: Annotated[int, Field(ge=1, le=900)] = 300
    data_retention_days: Annotated[int, Field(ge=1)] = 90
    lambda_asset_dir: str = "build/lambda"
    extra_tags: dict[str, str] = Field(default_factory=dict)

    @field_validator("cors_origins")
    @classmethod
    def _explicit_origins(cls, origins: tuple[str, ...]) -> tuple[str, ...]:
        if not origins or any(not _ORIGIN.match(origin) for origin in origins):
            raise ValueError("cors_origins must list explicit origins such as https://app.example (no wildcard)")
        return origins

    @field_validator("log_retention_days")
    @classmethod
    def _known_retention(cls, days: int) -> int:
        if days not in LOG_RETENTION_DAYS:
            raise ValueError(f"log_retention_days must be one of {sorted(LOG_RETENTION_DAYS)}")
        return days

    @field_validator("alarm_email")
    @classmethod
    def _email(cls, email: str | None) -> str | None:
        if email is not None and not _EMAIL.match(email):
            raise ValueError("alarm_email must be an e-mail address")
        return email

    @model_validator(mode="after")
    def _timeouts_fit(self) -> EnvironmentConfig:
        if self.integration_timeout_s > self.function_timeout_s:
            raise ValueError("integration_timeout_s cannot exceed function_timeout_s")
        return self

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
        return APPROVALS[self.name]


def read_cdk_json(path: Path = CDK_JSON) -> dict[str, dict[str, Any]]:
    """The `careervp:environments` context of cdk.json: one mapping of settings per environment."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"cannot read {path}: {error}") from error
    environments = document.get("context", {}).get(CONTEXT_KEY)
    if not isinstance(environments, dict) or set(environments) != set(ENVIRONMENTS):
        raise ValueError(f"{path}: context.{CONTEXT_KEY} must hold exactly {', '.join(ENVIRONMENTS)}")
    return environments


def load_config(
    name: str, overrides: dict[str, Any] | None = None, *, settings: dict[str, dict[str, Any]] | None = None
) -> EnvironmentConfig:
    """The environment's settings from cdk.json (or `settings`), with `overrides` on top (tests, one-off synths).
    Raises ValueError naming the environment and the field for anything invalid."""
    if name not in ENVIRONMENTS:
        raise ValueError(f"unknown environment {name!r}; use one of {', '.join(ENVIRONMENTS)}")
    values = dict((settings if settings is not None else read_cdk_json())[name])
    values.update({key: value for key, value in (overrides or {}).items() if value is not None})
    try:
        return EnvironmentConfig(name=name, **values)  # type: ignore[arg-type]
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
        raise ValueError(f"cdk.json environment {name!r} is invalid: {problems}") from error


def load_all(overrides: dict[str, Any] | None = None) -> dict[EnvName, EnvironmentConfig]:
    """Every environment, validated together: a bad prod entry fails the synthesis of dev too."""
    settings = read_cdk_json()
    return {name: load_config(name, overrides, settings=settings) for name in ENVIRONMENTS}
