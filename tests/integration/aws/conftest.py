"""A moto server on 127.0.0.1 (one per test session) standing in for DynamoDB and S3; a fresh table and bucket per test.

The adapters talk to it over real HTTP through boto3, exactly as they talk to AWS; nothing is patched.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import boto3
import pytest
from moto.server import ThreadedMotoServer

from careervp.dal.dynamodb import DynamoRepository
from careervp.dal.s3 import S3BlobStore

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
