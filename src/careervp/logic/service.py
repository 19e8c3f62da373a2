"""The one orchestrator: load -> evidence -> write -> verify -> score -> retry/fall back -> store -> render."""

from __future__ import annotations

from dataclasses import dataclass

from careervp.models.api import CoverLetterRequest, CoverLetterResponse, ErrorResponse
from careervp.models.codes import ResultCode
from careervp.models.records import LetterRecord


@dataclass(frozen=True)
class UserContext:
    """Who is asking. Every door (HTTP, Lambda, CLI) turns its credentials into one of these."""

    user_id: str
    tier: str = "free"


@dataclass(frozen=True)
class GenerationResult:
    code: ResultCode
    body: CoverLetterResponse | ErrorResponse
    record: LetterRecord | None = None

    @property
    def http_status(self) -> int:
        return self.code.http_status
