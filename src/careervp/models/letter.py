"""What a writer returns, and what scoring says about it."""

from __future__ import annotations

from pydantic import BaseModel, Field

from careervp.models.api import QualityDetails


class Draft(BaseModel):
    text: str
    evidence_used: list[str] = Field(default_factory=list, description="Fact ids the writer says it used.")
    writer: str = Field(description="'template' or 'llm'.")
    model_id: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0


class QualityReport(BaseModel):
    personalization: float = Field(ge=0.0, le=1.0)
    relevance: float = Field(ge=0.0, le=1.0)
    tone: float = Field(ge=0.0, le=1.0)
    overall: float = Field(ge=0.0, le=1.0, description="0.40 personalization + 0.35 relevance + 0.25 tone.")
    details: QualityDetails
