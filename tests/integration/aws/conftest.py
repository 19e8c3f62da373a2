"""A moto server on 127.0.0.1 (one per test session) standing in for DynamoDB and S3; a fresh table and bucket per test.

The adapters talk to it over real HTTP through boto3, exactly as they talk to AWS; nothing is patched.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import boto3
import pytest
from moto.server import ThreadedMotoServer

from careervp.dal.dynamodb import DynamoRepository
from careervp.dal.s3 import S3BlobStore
from careervp.models.api import FVSValidation, Preferences
from careervp.models.cv import CV, ExperienceEntry, Person
from careervp.models.job import JobPosting
from careervp.models.records import CVRecord, JobRecord, LetterRecord

REGION = "us-east-1"


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    # Dummy credentials so botocore never looks for real ones (and never reaches beyond 127.0.0.1).
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": REGION,
    }.items():
        os.environ.setdefault(name, value)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def dynamo_repo(moto_endpoint: str) -> DynamoRepository:
    repo = DynamoRepository(f"careervp-test-{uuid.uuid4().hex[:12]}", region=REGION, endpoint_url=moto_endpoint)
    repo.create_table()
    return repo


@pytest.fixture
def s3_store(moto_endpoint: str) -> S3BlobStore:
    bucket = f"careervp-test-{uuid.uuid4().hex[:12]}"
    boto3.client("s3", region_name=REGION, endpoint_url=moto_endpoint).create_bucket(Bucket=bucket)
    return S3BlobStore(bucket, region=REGION, endpoint_url=moto_endpoint)


NOW = datetime.now(UTC).replace(microsecond=0)


def make_cv_record(user_id: str, cv_id: str, *, expires_at: datetime | None = None) -> CVRecord:
    cv = CV(
        person=Person(name="Test Candidate", email="candidate@example.com"),
        experience=[ExperienceEntry(employer="Example Works", title="Engineer", achievements=["Cut costs by 20%"])],
        skills=["Python", "PostgreSQL"],
        raw_text="Test Candidate\nEngineer at Example Works",
    )
    return CVRecord(
        user_id=user_id,
        cv_id=cv_id,
        filename="cv.md",
        content_type="text/markdown",
        cv=cv,
        created_at=NOW,
        expires_at=expires_at or NOW + timedelta(days=90),
    )


def make_job_record(user_id: str, job_id: str, *, expires_at: datetime | None = None) -> JobRecord:
    posting = JobPosting(company_name="Example Corp", job_title="Backend Engineer", must_have=["Python"])
    return JobRecord(
        user_id=user_id,
        job_id=job_id,
        company_name="Example Corp",
        job_title="Backend Engineer",
        description="We need Python.",
        posting=posting,
        created_at=NOW,
        expires_at=expires_at or NOW + timedelta(days=90),
    )


def make_letter(
    user_id: str, cv_id: str, job_id: str, version: int = 1, *, expires_at: datetime | None = None
) -> LetterRecord:
    return LetterRecord(
        user_id=user_id,
        cv_id=cv_id,
        job_id=job_id,
        version=version,
        cover_letter_id=f"cl-{cv_id}-{job_id}",
        company_name="Example Corp",
        job_title="Backend Engineer",
        content="Dear hiring team, ...",
        word_count=4,
        personalization_score=0.8,
        relevance_score=0.7,
        tone_score=0.9,
        quality_score=0.79,
        preferences=Preferences(),
        fvs_validation=FVSValidation(is_valid=True, company_name_verified=True, job_title_verified=True),
        code="COVER_LETTER_GENERATED_SUCCESS",
        created_at=NOW + timedelta(seconds=version),
        expires_at=expires_at or NOW + timedelta(days=90),
    )
