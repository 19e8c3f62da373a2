"""The candidate's CV as structured facts. Readers in `careervp.ingest` produce it; nothing else invents it."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class YearMonth(_Model):
    """A CV date: CVs give a year, or a month and a year, rarely a day."""

    year: int = Field(ge=1900, le=2200)
    month: int | None = Field(default=None, ge=1, le=12)

    def as_date(self, *, end: bool = False) -> date:
        """First day of the period, or (end=True) a day inside its last month."""
        if self.month is not None:
            return date(self.year, self.month, 28 if end else 1)
        return date(self.year, 12 if end else 1, 28 if end else 1)


class Person(_Model):
    name: str
    headline: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: list[str] = Field(default_factory=list)


class ExperienceEntry(_Model):
    employer: str
    title: str
    location: str | None = None
    start: YearMonth | None = None
    end: YearMonth | None = None
    is_current: bool = False
    description: str | None = None
    achievements: list[str] = Field(default_factory=list)


class Education(_Model):
    institution: str
    degree: str | None = None
    field: str | None = None
    year: int | None = None
    details: list[str] = Field(default_factory=list)


class Certification(_Model):
    name: str
    issuer: str | None = None
    year: int | None = None


class CV(_Model):
    """Structured CV plus the normalised source text it came from.

    `raw_text` is kept because verification must accept any fact the candidate wrote, even in a section the
    structured fields do not model (awards, projects, volunteering).
    """

    person: Person
    summary: str | None = None
    experience: list[ExperienceEntry] = Field(min_length=1)
    education: list[Education] = Field(default_factory=list)
    certifications: list[Certification] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    other_sections: dict[str, list[str]] = Field(default_factory=dict)
    raw_text: str = ""
