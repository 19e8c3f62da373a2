"""Request and response bodies of the cover-letter API, with the fields the contract names.

Bodies are named by role: XCreate (a request that creates an X), XCheck (a request to check one), XPublic (one X
as the API shows it), XSummary (an X in a list), XList (a list with its count). tests/architecture/test_names.py
holds every route to it."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr, field_validator

from careervp.models.codes import ResultCode
from careervp.models.tone import Tone as Tone  # re-exported: the requests and responses name it

MAX_JOB_DESCRIPTION_CHARS = 50_000

# The contract's characters for company names and job titles: letters and digits of any script, spaces, and this
# punctuation. Typographic dashes and the curly apostrophe are what people paste from postings ("Lead Engineer –
# Battery Enclosures", "Rosa’s Kitchen"); "C# Developer: Payments" and "Yahoo!" are names too.
NAME_PUNCTUATION = "-–—.&,'’()/+:#!"
NAME_RULE = "may contain only letters, digits, spaces and " + " ".join(NAME_PUNCTUATION)
# Letters (L*), digits and other numbers (N*), and marks (M*: the vowel signs of Devanagari or Thai, a combining
# accent), so a name in any script passes; symbols, controls, format characters and markup (< > " ; = `) do not.
_NAME_CATEGORIES = frozenset("LNM")


def checked_name(value: str) -> str:
    """A company name or job title as the contract allows it, with pasted no-break spaces made plain; ValueError
    (naming the allowed characters) otherwise."""
    plain = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in value)
    allowed = all(
        ch == " " or ch in NAME_PUNCTUATION or unicodedata.category(ch)[0] in _NAME_CATEGORIES for ch in plain
    )
    if not plain.strip() or not allowed:
        raise ValueError(NAME_RULE)
    return plain.strip()


Id = Annotated[StrictStr, Field(min_length=1, max_length=255)]
Score = Annotated[float, Field(ge=0.0, le=1.0)]


class Severity(StrEnum):
    CRITICAL = "CRITICAL"
    WARNING = "WARNING"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GapResponse(_Strict):
    question_id: Annotated[StrictStr, Field(min_length=1, max_length=255)]
    question_text: Annotated[StrictStr, Field(max_length=2_000)] = ""
    response_text: Annotated[StrictStr, Field(max_length=10_000)]
    skills_mentioned: Annotated[list[Annotated[StrictStr, Field(max_length=200)]], Field(max_length=100)] = []


class GapResponses(_Strict):
    responses: Annotated[list[GapResponse], Field(max_length=50)] = []


class Preferences(_Strict):
    tone: Tone = Tone.PROFESSIONAL
    word_count_target: Annotated[StrictInt, Field(ge=200, le=500)] = 300
    emphasis_areas: Annotated[list[Annotated[StrictStr, Field(max_length=200)]], Field(max_length=20)] | None = None
    include_salary_expectations: StrictBool = False


class CoverLetterCreate(_Strict):
    cv_id: Id
    job_id: Id
    company_name: Annotated[StrictStr, Field(min_length=1, max_length=255)]
    job_title: Annotated[StrictStr, Field(min_length=1, max_length=255)]
    job_description: Annotated[StrictStr, Field(max_length=MAX_JOB_DESCRIPTION_CHARS)] | None = None
    gap_responses: GapResponses | None = None
    preferences: Preferences = Preferences()

    @field_validator("cv_id", "job_id")
    @classmethod
    def _addressable_id(cls, value: str) -> str:
        # Ids become URL path segments (GET /api/jobs/{job_id}); one that cannot be a segment could be created
        # but never read back or deleted on its own.
        if value in {".", ".."} or any(ch in "/\\" or unicodedata.category(ch) == "Cc" for ch in value):
            raise ValueError("may not contain '/', '\\' or control characters, nor be '.' or '..'")
        return value

    @field_validator("company_name", "job_title")
    @classmethod
    def _name_chars(cls, value: str) -> str:
        return checked_name(value)


class CoverLetter(BaseModel):
    cover_letter_id: str
    cv_id: str
    job_id: str
    user_id: str
    company_name: str
    job_title: str
    content: str
    word_count: Annotated[int, Field(ge=0)]
    personalization_score: Score
    relevance_score: Score
    tone_score: Score
    generated_at: datetime
    version: Annotated[int, Field(ge=1)]


class FVSViolation(BaseModel):
    field: str = Field(
        description="What kind of fact: company_name, job_title, employer, role, date_or_duration, "
        "metric, credential, skill, company_fact, contamination, refusal."
    )
    expected: str | None = None
    found: str | None = None
    severity: Severity
    message: str
    span_start: int | None = Field(default=None, description="Offset of `found` in the letter, when it is there.")
    span_end: int | None = None
    claim: str | None = Field(
        default=None, description="The clause of the letter the checker read as a claim about the candidate."
    )


class FVSValidation(BaseModel):
    is_valid: bool
    company_name_verified: bool
    job_title_verified: bool
    violations: list[FVSViolation] = []

    @property
    def critical(self) -> list[FVSViolation]:
        return [v for v in self.violations if v.severity is Severity.CRITICAL]


class RequirementCoverage(BaseModel):
    requirement: str
    category: str
    met: bool
    score: Score
    evidence: list[str] = []


class QualityDetails(BaseModel):
    """Why the scores are what they are: the contract asks for explainable scores."""

    band: Literal["excellent", "good", "fair", "poor"]
    covered_requirements: list[str] = []
    missed_requirements: list[str] = []
    cited_metrics: list[str] = []
    notes: list[str] = []


class CoverLetterPublic(BaseModel):
    success: Literal[True] = True
    cover_letter: CoverLetter
    fvs_validation: FVSValidation
    quality_score: Score
    code: Literal[ResultCode.COVER_LETTER_GENERATED_SUCCESS, ResultCode.COVER_LETTER_GENERATED_WITH_WARNINGS]
    processing_time_ms: Annotated[int, Field(ge=0)]
    cost_estimate: Annotated[float, Field(ge=0.0)]
    download_url: str | None = None
    # Extras the contract welcomes.
    download_urls: dict[str, str] = {}
    quality: QualityDetails | None = None
    requirement_coverage: list[RequirementCoverage] = []
    model_used: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    attempts: int = 1


class ErrorPublic(BaseModel):
    success: Literal[False] = False
    cover_letter: None = None
    error: str
    code: ResultCode
    processing_time_ms: Annotated[int, Field(ge=0)] = 0
    cost_estimate: Annotated[float, Field(ge=0.0)] = 0.0
    fvs_validation: FVSValidation | None = None
    retry_after: int | None = None
    field: str | None = Field(default=None, description="The request field the error concerns, when there is one.")
