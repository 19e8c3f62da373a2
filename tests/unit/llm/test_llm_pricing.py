"""Pricing: the table, model ids in every spelling Bedrock and local servers use, token estimates."""

from __future__ import annotations

import pytest

from careervp.core.settings import HAIKU_45 as HAIKU_ID
from careervp.core.settings import SONNET_45 as SONNET_ID
from careervp.logic.pricing import (
    HAIKU_45,
    LOCAL,
    SONNET_45,
    ModelPrice,
    estimate_cost,
    estimate_tokens,
    normalise_model_id,
    price_for,
)


@pytest.mark.parametrize(
    "model_id",
    [
        HAIKU_ID,
        "us.anthropic.claude-haiku-4-5-20251001-v1:0",
        "eu.anthropic.claude-haiku-4-5-20251001-v1:0",
        "apac.anthropic.claude-haiku-4-5-20251001-v1:0",
        "global.anthropic.claude-haiku-4-5-20251001-v1:0",
        "anthropic.claude-haiku-4-5-20251001-v1:0",
        "claude-haiku-4-5",
        "claude-haiku-4-5@20251001",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0",
        "US.Anthropic.Claude-Haiku-4-5-20251001-v1:0",
    ],
)
def test_haiku_ids_in_any_spelling_price_as_haiku(model_id: str) -> None:
    assert price_for(model_id) is HAIKU_45


@pytest.mark.parametrize(
    "model_id", [SONNET_ID, "anthropic.claude-sonnet-4-5-20250929-v1:0", "eu.anthropic.claude-sonnet-4-5-v1:0"]
)
def test_sonnet_ids_price_as_sonnet(model_id: str) -> None:
    assert price_for(model_id) is SONNET_45


@pytest.mark.parametrize(
    "model_id", ["llama3.1", "qwen2.5:7b-instruct", "mistral.mistral-7b", "claude-haiku-4-50", "", None]
)
def test_local_unknown_or_missing_models_cost_nothing(model_id: str | None) -> None:
    assert price_for(model_id) is LOCAL
    assert estimate_cost(model_id, 10_000, 10_000) == 0.0


def test_normalise_strips_arn_region_and_provider() -> None:
    assert normalise_model_id("arn:aws:bedrock:eu-west-1:1:inference-profile/eu.anthropic.claude-x") == "claude-x"
    assert normalise_model_id("  anthropic.claude-y ") == "claude-y"


def test_costs_follow_the_published_prices() -> None:
    # $1 / $5 per million for Haiku 4.5, $3 / $15 for Sonnet 4.5.
    assert estimate_cost(HAIKU_ID, 1_000_000, 0) == pytest.approx(1.0)
    assert estimate_cost(HAIKU_ID, 0, 1_000_000) == pytest.approx(5.0)
    assert estimate_cost(HAIKU_ID, 1_200, 600) == pytest.approx(0.0012 + 0.003)
    assert estimate_cost(SONNET_ID, 1_200, 600) == pytest.approx(0.0036 + 0.009)


def test_negative_counts_are_treated_as_zero() -> None:
    assert HAIKU_45.cost(-5, -5) == 0.0


def test_a_custom_table_can_price_other_models() -> None:
    table = (ModelPrice("gpt-4o-mini", 0.15, 0.6),)
    assert estimate_cost("gpt-4o-mini-2024-07-18", 1_000_000, 1_000_000, table) == pytest.approx(0.75)
    assert estimate_cost(HAIKU_ID, 1_000, 1_000, table) == 0.0


@pytest.mark.parametrize(("text", "tokens"), [("", 0), ("abc", 1), ("abcd", 1), ("abcde", 2), ("x" * 4000, 1000)])
def test_token_estimate_is_characters_over_four_rounded_up(text: str, tokens: int) -> None:
    assert estimate_tokens(text) == tokens
