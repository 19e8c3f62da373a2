"""A job posting as structured requirements."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class JobPosting(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    company_name: str
    job_title: str
    about: list[str] = Field(default_factory=list, description="What the company says about itself.")
    responsibilities: list[str] = Field(default_factory=list)
    must_have: list[str] = Field(default_factory=list)
    nice_to_have: list[str] = Field(default_factory=list)
    benefits: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list, description="Skills and tools the posting names.")
    location: str | None = None
    url: str | None = None
    raw_text: str = ""
