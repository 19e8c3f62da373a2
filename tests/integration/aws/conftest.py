"""A moto server on 127.0.0.1 (one per test session) standing in for DynamoDB and S3; a fresh table and bucket per test.

The adapters talk to it over real HTTP through boto3, exactly as they talk to AWS; nothing is patched.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import boto3
import pytest
from moto.server import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import make_server

from careervp.dal.dynamodb import DynamoRepository
from careervp.dal.s3 import S3BlobStore

REGION = "us-east-1"


class _OneRequestAtATime:
    """DynamoDB applies each conditional write and transaction atomically; moto's in-memory backend does not guard
    its check-then-write against the server's own threads, so two racing writers could both pass a condition under
    load. Requests are applied one at a time (connections stay concurrent), which is the atomicity the adapters rely
    on and the contract tests check."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self._app = app
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        with self._lock:
            return list(self._app(environ, start_response))


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
    app = _OneRequestAtATime(DomainDispatcherApplication(create_backend_app))
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=MotoRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()


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
