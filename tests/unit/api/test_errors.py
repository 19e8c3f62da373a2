from __future__ import annotations

from typing import Any

import pytest

from careervp.handlers.api.errors import RATE_HEADERS, error_responses, validation_message


@pytest.mark.parametrize(
    ("error", "field", "message"),
    [
        ({"loc": ("body", "cv_id"), "type": "missing", "msg": "Field required"}, "cv_id", "cv_id: is required"),
        (
            {"loc": ("body", "preferences", "tone"), "type": "enum", "msg": "Input should be 'a' or 'b'"},
            "preferences.tone",
            "preferences.tone: Input should be 'a' or 'b'",
        ),
        ({"loc": ("body", "x"), "type": "extra_forbidden", "msg": "Extra"}, "x", "x: is not a known field"),
        ({"loc": ("body", 12), "type": "json_invalid", "msg": "JSON decode error"}, "body", "body: is not valid JSON"),
        (
            {"loc": ("header", "idempotency-key"), "type": "string_too_long", "msg": "too long"},
            "Idempotency-Key",
            "Idempotency-Key: too long",
        ),
        ({"loc": ("query", "version"), "type": "int_parsing", "msg": "bad"}, "version", "version: bad"),
        (
            {"loc": ("body", "company_name"), "type": "value_error", "msg": "Value error, may contain only letters"},
            "company_name",
            "company_name: may contain only letters",
        ),
        ({"loc": ("body",), "type": "missing", "msg": "Field required"}, "body", "body: is required"),
    ],
)
def test_validation_message_names_the_field(error: dict[str, Any], field: str, message: str) -> None:
    assert validation_message([error]) == (field, message)


def test_validation_message_without_errors() -> None:
    assert validation_message([]) == ("body", "body: the request is invalid")


def test_error_responses_declare_the_model_and_rate_headers() -> None:
    responses = error_responses(400, 429, rate_headers=True)
    assert set(responses) == {400, 429}
    assert responses[400]["model"].__name__ == "ErrorPublic"
    assert set(responses[400]["headers"]) == set(RATE_HEADERS)
    assert "Retry-After" in responses[429]["headers"]
    assert "headers" not in error_responses(404)[404]
    assert set(error_responses(429)[429]["headers"]) == {"Retry-After"}
