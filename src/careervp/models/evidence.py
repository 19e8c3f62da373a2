"""The evidence map (the "value proposition report"): posting requirements paired with CV facts."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field


class FactKind(StrEnum):
    ACHIEVEMENT = "achievement"
    ROLE = "role"
    SKILL = "skill"
    EDUCATION = "education"
    CERTIFICATION = "certification"
    SUMMARY = "summary"
    GAP_RESPONSE = "gap_response"


class RequirementCategory(StrEnum):
    MUST_HAVE = "must_have"
    NICE_TO_HAVE = "nice_to_have"
    RESPONSIBILITY = "responsibility"
    EMPHASIS = "emphasis"


class EvidenceFact(BaseModel):
    """One verifiable statement from the CV (or a gap answer), with where it came from."""

    fact_id: str = Field(description="Stable id within one map, e.g. 'E3'.")
    kind: FactKind
    text: str
    source: str = Field(description="Human-readable origin, e.g. 'Kelpline Logistics, Inc. - Senior Backend Engineer'.")
    employer: str | None = None
    role: str | None = None
    metrics: list[str] = Field(default_factory=list, description="Numbers in the fact, as written.")


class RequirementMatch(BaseModel):
    requirement: str
    category: RequirementCategory
    fact_ids: list[str] = Field(default_factory=list)
    matched_terms: list[str] = Field(default_factory=list)
    score: float = Field(ge=0.0, le=1.0)
    is_gap: bool


class EvidenceMap(BaseModel):
    company_name: str
    job_title: str
    candidate_name: str
    facts: list[EvidenceFact] = Field(description="Every usable fact, best first.")
    requirements: list[RequirementMatch]
    emphasis_areas: list[str] = Field(default_factory=list)
    years_of_experience: int | None = Field(default=None, description="Whole years from earliest start to latest end.")
    current_role: str | None = None
    current_employer: str | None = None
    company_hooks: list[str] = Field(default_factory=list, description="What the posting says about the company.")

    def fact(self, fact_id: str) -> EvidenceFact | None:
        return next((f for f in self.facts if f.fact_id == fact_id), None)

    @property
    def gaps(self) -> list[RequirementMatch]:
        return [r for r in self.requirements if r.is_gap]
