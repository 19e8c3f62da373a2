"""All configuration, from environment variables (prefix CAREERVP_), checked once at start-up.

Each field checks its own type and range as it is read; `Settings.checked()` then checks what only the fields
together can say (Cognito mode needs its pool, a proxy list needs addresses) and is called by the one wiring point,
so every door refuses to start on a setting that would only fail later, with a message naming the setting.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from careervp.models.records import RateWindow

TierTable = dict[str, dict[RateWindow, int]]

DEFAULT_TIERS: TierTable = {
    "free": {RateWindow.MINUTE: 5, RateWindow.HOUR: 30, RateWindow.DAY: 200},
    "premium": {RateWindow.MINUTE: 15, RateWindow.HOUR: 100, RateWindow.DAY: 1000},
    "enterprise": {RateWindow.MINUTE: 50, RateWindow.HOUR: 500, RateWindow.DAY: 5000},
}

HAIKU_45 = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
SONNET_45 = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"


class SettingsError(ValueError):
    """A setting that cannot work; `setting` is its environment variable, `problem` what is wrong with it."""

    def __init__(self, setting: str, problem: str) -> None:
        super().__init__(f"{setting}: {problem}")
        self.setting = setting
        self.problem = problem


def env_name(field: str) -> str:
    return f"CAREERVP_{field.upper()}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CAREERVP_", extra="ignore", populate_by_name=True)

    # Where embedded state lives: SQLite file, rendered letters, the local signing secret.
    data_dir: Path = Path(".careervp")

    # Writers.
    llm_provider: Literal["template", "bedrock", "openai"] = "template"
    llm_timeout_s: float = Field(default=300.0, gt=0)
    llm_max_retries: int = Field(default=3, ge=0, le=10)
    cpu_processes: int | None = Field(
        default=None,
        ge=0,
        le=64,
        description="Worker processes for generation's CPU stages in `careervp serve`, per server process: None for "
        "the cores shared among the server processes (threads when that is under two each), 0 for worker threads.",
    )
    openai_base_url: str = "http://127.0.0.1:11434/v1"
    openai_model: str = "llama3.1"
    openai_strong_model: str | None = None
    openai_api_key: str | None = None
    bedrock_model_id: str = Field(
        default=HAIKU_45, validation_alias=AliasChoices("CAREERVP_BEDROCK_MODEL_ID", "BEDROCK_MODEL_ID")
    )
    bedrock_fallback_model_id: str = SONNET_45
    aws_region: str = Field(default="us-east-1", validation_alias=AliasChoices("CAREERVP_AWS_REGION", "AWS_REGION"))
    aws_endpoint_url: str | None = Field(default=None, description="Local endpoint (moto) for DynamoDB and S3.")

    # Storage.
    storage: Literal["sqlite", "dynamodb"] = "sqlite"
    table_name: str = Field(default="careervp", validation_alias=AliasChoices("CAREERVP_TABLE_NAME", "TABLE_NAME"))
    blob_store: Literal["files", "s3"] = "files"
    bucket_name: str = Field(
        default="careervp-letters", validation_alias=AliasChoices("CAREERVP_BUCKET_NAME", "BUCKET_NAME")
    )
    download_secret: str | None = Field(
        default=None, description="HMAC key for download links when letters live in S3 (shared by every instance)."
    )
    download_secret_arn: str | None = Field(
        default=None, description="Secrets Manager ARN holding `download_secret` (read once per cold start)."
    )
    require_vpr: bool = Field(default=False, description="Fail with VPR_NOT_FOUND when no evidence can be built.")

    # Auth.
    auth_mode: Literal["local", "cognito"] = "local"
    jwt_secret: str | None = Field(default=None, description="HS256 secret for local mode; generated when unset.")
    jwt_issuer: str = "careervp-local"
    cognito_region: str | None = None
    cognito_user_pool_id: str | None = None
    cognito_client_id: str | None = None
    cognito_jwks_url: str | None = Field(default=None, description="Override of the pool's JWKS URL (tests).")

    # HTTP.
    public_base_url: str | None = Field(
        default=None,
        description="Base of download URLs; unset: the address the server is bound to (never the request's Host).",
    )
    trusted_proxies: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Addresses (or CIDR ranges) of reverse proxies whose X-Forwarded-* headers are believed; none "
        "by default, so a caller on this machine cannot pose as a proxy.",
    )
    cors_origins: list[str] = Field(default_factory=lambda: ["http://127.0.0.1:8000", "http://localhost:8000"])
    download_ttl_s: int = Field(default=86_400, gt=0)
    max_upload_bytes: int = Field(default=5 * 1024 * 1024, gt=0)
    rate_limits: Literal["on", "off"] = "on"
    rate_limit_tiers: TierTable = Field(default_factory=lambda: {k: dict(v) for k, v in DEFAULT_TIERS.items()})

    @field_validator("rate_limits", mode="before")
    @classmethod
    def _on_off(cls, value: object) -> object:
        if isinstance(value, str):
            lowered = value.strip().lower()
            if lowered in {"0", "false", "no", "disabled"}:
                return "off"
            if lowered in {"1", "true", "yes", "enabled"}:
                return "on"
            return lowered
        return value

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        """`CAREERVP_TRUSTED_PROXIES=10.0.0.5,10.0.1.0/24` as well as a JSON list."""
        if isinstance(value, str):
            if value.lstrip().startswith("["):
                return json.loads(value)
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "careervp.sqlite3"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "letters"

    def checked(self) -> Settings:
        """These settings, when they can work together; else a `SettingsError` naming the first that cannot."""
        problem = next(self._problems(), None)
        if problem is not None:
            raise SettingsError(*problem)
        return self

    def _problems(self) -> Iterator[tuple[str, str]]:
        if self.auth_mode == "cognito":
            for field in ("cognito_user_pool_id", "cognito_region", "cognito_client_id"):
                if not getattr(self, field):
                    yield env_name(field), f"is required when {env_name('auth_mode')}=cognito"
        for proxy in self.trusted_proxies:
            if proxy != "*" and not _is_network(proxy):
                yield env_name("trusted_proxies"), f"{proxy!r} is not an IP address or CIDR range"
        if self.public_base_url and not self.public_base_url.startswith(("http://", "https://")):
            yield env_name("public_base_url"), "must start with http:// or https://"
        for tier, limits in self.rate_limit_tiers.items():
            if any(limit < 0 for limit in limits.values()):
                yield env_name("rate_limit_tiers"), f"the {tier!r} tier has a negative limit"


def _is_network(text: str) -> bool:
    try:
        ipaddress.ip_network(text, strict=False)
    except ValueError:
        return False
    return True
