"""S3 adapter against a moto server: objects round-trip, prefixes are erased, presigned URLs really download.

moto does not check presigned signatures, so the URL's expiry and disposition are asserted on its parameters."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from careervp.dal.s3 import S3BlobStore, content_disposition
from careervp.logic.ports import StorageError

from .conftest import REGION


def test_put_then_get_round_trips_bytes(s3_store: S3BlobStore) -> None:
    payload = b"%PDF-1.7 fake letter"
    s3_store.put("u1/cv1/job1/v1.pdf", payload, "application/pdf")
    assert s3_store.get("u1/cv1/job1/v1.pdf") == payload
    assert s3_store.get("u1/cv1/job1/v2.pdf") is None


def test_presigned_url_downloads_the_object_as_an_attachment_for_24_hours(s3_store: S3BlobStore) -> None:
    s3_store.put("u1/cv1/job1/v1.txt", "Dear team, café".encode(), "text/plain; charset=utf-8")
    url = s3_store.signed_url("u1/cv1/job1/v1.txt", "Cover letter – Example Corp.txt", 86_400)
    query = parse_qs(urlsplit(url).query)
    assert query["X-Amz-Expires"] == ["86400"]
    assert query["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]
    assert "X-Amz-Signature" in query
    reply = httpx.get(url)
    assert reply.status_code == 200
    assert reply.content == "Dear team, café".encode()
    disposition = reply.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="Cover letter _ Example Corp.txt"')
    assert "filename*=UTF-8''Cover%20letter%20%E2%80%93%20Example%20Corp.txt" in disposition


def test_presign_rejects_an_expiry_sigv4_cannot_honour(s3_store: S3BlobStore) -> None:
    with pytest.raises(ValueError, match="expires_in_s"):
        s3_store.signed_url("k", "f.txt", 8 * 24 * 3600)
    with pytest.raises(ValueError, match="expires_in_s"):
        s3_store.signed_url("k", "f.txt", 0)


def test_delete_prefix_removes_only_that_prefix_and_counts(s3_store: S3BlobStore) -> None:
    for version in range(1, 4):
        s3_store.put(f"u1/cv1/job1/v{version}.md", b"x", "text/markdown")
    s3_store.put("u10/cv1/job1/v1.md", b"keep", "text/markdown")
    assert s3_store.delete_prefix("u1/") == 3
    assert s3_store.get("u1/cv1/job1/v1.md") is None
    assert s3_store.get("u10/cv1/job1/v1.md") == b"keep"
    assert s3_store.delete_prefix("u1/") == 0


def test_delete_prefix_refuses_an_empty_prefix(s3_store: S3BlobStore) -> None:
    with pytest.raises(ValueError, match="empty"):
        s3_store.delete_prefix("")


def test_content_disposition_never_lets_quotes_or_newlines_through() -> None:
    header = content_disposition('evil"\r\nX-Injected: 1.pdf')
    assert "\r" not in header
    assert "\n" not in header
    assert header.count('"') == 2


def test_backend_failures_become_storage_errors(moto_endpoint: str) -> None:
    missing = S3BlobStore("no-such-bucket", region=REGION, endpoint_url=moto_endpoint)
    with pytest.raises(StorageError):
        missing.put("k", b"x", "text/plain")
    with pytest.raises(StorageError):
        missing.get("k")
    with pytest.raises(StorageError):
        missing.delete_prefix("u1/")
    unreachable = S3BlobStore("b", region=REGION, endpoint_url="http://127.0.0.1:9")
    with pytest.raises(StorageError):
        unreachable.get("k")
