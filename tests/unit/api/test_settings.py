"""Settings check themselves at start: a combination that cannot work is refused by the wiring, naming the setting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from careervp.core.bootstrap import build
from careervp.core.settings import Settings, SettingsError


def test_cognito_mode_without_a_pool_id_names_the_setting(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, auth_mode="cognito", cognito_region="eu-west-1", cognito_client_id="c")
    with pytest.raises(SettingsError, match="CAREERVP_COGNITO_USER_POOL_ID") as raised:
        settings.checked()
    assert raised.value.setting == "CAREERVP_COGNITO_USER_POOL_ID"
    assert "CAREERVP_AUTH_MODE=cognito" in raised.value.problem
    with pytest.raises(SettingsError, match="CAREERVP_COGNITO_USER_POOL_ID"):
        build(settings)


def test_complete_cognito_settings_and_the_defaults_pass(tmp_path: Path) -> None:
    cognito = Settings(
        data_dir=tmp_path,
        auth_mode="cognito",
        cognito_region="eu-west-1",
        cognito_user_pool_id="eu-west-1_Pool",
        cognito_client_id="client",
    )
    assert cognito.checked() is cognito
    plain = Settings(data_dir=tmp_path)
    assert plain.checked() is plain


@pytest.mark.parametrize(
    ("overrides", "setting"),
    [
        ({"trusted_proxies": ["10.0.0.5", "proxy.example"]}, "CAREERVP_TRUSTED_PROXIES"),
        ({"public_base_url": "letters.example.com"}, "CAREERVP_PUBLIC_BASE_URL"),
        ({"rate_limit_tiers": {"free": {"minute": -1}}}, "CAREERVP_RATE_LIMIT_TIERS"),
    ],
)
def test_settings_that_cannot_work_are_named(tmp_path: Path, overrides: dict[str, object], setting: str) -> None:
    with pytest.raises(SettingsError) as raised:
        Settings(data_dir=tmp_path, **overrides).checked()  # type: ignore[arg-type]
    assert raised.value.setting == setting


def test_proxy_ranges_and_the_wildcard_are_accepted(tmp_path: Path) -> None:
    Settings(data_dir=tmp_path, trusted_proxies=["10.0.0.0/8", "::1", "*"]).checked()


def test_the_command_line_refuses_to_start_naming_the_setting(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "CAREERVP_DATA_DIR": str(tmp_path),
        "CAREERVP_AUTH_MODE": "cognito",
        "CAREERVP_COGNITO_REGION": "eu-west-1",
        "CAREERVP_COGNITO_CLIENT_ID": "client",
    }
    env.pop("CAREERVP_COGNITO_USER_POOL_ID", None)
    done = subprocess.run(
        [sys.executable, "-c", "from careervp.handlers.cli import main; main()", "serve", "--port", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2
    assert "invalid setting CAREERVP_COGNITO_USER_POOL_ID" in done.stderr
    assert "Traceback" not in done.stderr
