"""The registers a letter can be written in. A plain enum, apart from the Pydantic models, so the command line can
offer the choices without loading them."""

from __future__ import annotations

from enum import StrEnum


class Tone(StrEnum):
    PROFESSIONAL = "professional"
    ENTHUSIASTIC = "enthusiastic"
    TECHNICAL = "technical"
