"""S3 adapter of the BlobStore port: rendered letters as private objects, downloads through presigned GET URLs.

A presigned URL is only as long-lived as the credentials that signed it: signed with a Lambda role's temporary
credentials it stops working when that session ends, even if `X-Amz-Expires` says 24 h. That is why, given a
`LinkSigner`, `signed_url` returns a link to the API's own `/downloads` route, which checks it and redirects to a
presigned URL minted on each visit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from careervp.dal.signing import LinkSigner
from careervp.logic.ports import StorageError

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_s3.type_defs import ObjectIdentifierTypeDef

# SigV4 (the only signature S3 accepts in new regions) caps presigned URLs at 7 days.
MAX_PRESIGN_S = 7 * 24 * 3600
_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._ ()-]+")


def content_disposition(filename: str) -> str:
    """`attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / RFC 5987)."""
    fallback = _UNSAFE_FILENAME.sub("_", filename).strip() or "download"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def make_client(region: str, endpoint_url: str | None = None) -> S3Client:
    # Path-style addressing when an endpoint is given (moto, MinIO): virtual-host style needs DNS for the bucket.
    config = Config(
        signature_version="s3v4",
        s3={"addressing_style": "path" if endpoint_url else "auto"},
        retries={"max_attempts": 5, "mode": "standard"},
        connect_timeout=3,
        read_timeout=20,
    )
    return boto3.client("s3", region_name=region, endpoint_url=endpoint_url, config=config)


class S3BlobStore:
    """Letters under one bucket. Keys are chosen by the service (e.g. `{user_id}/{cv_id}/{job_id}/v1.pdf`)."""

    def __init__(
        self,
        bucket: str,
        *,
        client: S3Client | None = None,
        region: str = "us-east-1",
        endpoint_url: str | None = None,
        links: LinkSigner | None = None,
    ) -> None:
        """`links`: sign download links for the app's `/downloads` route, which presigns afresh on every visit.
        Without it, `signed_url` hands out a presigned S3 URL directly (fine with long-lived credentials)."""
        self.bucket = bucket
        self._client = client or make_client(region, endpoint_url)
        self._links = links

    def put(self, key: str, data: bytes, content_type: str) -> None:
        try:
            self._client.put_object(
                Bucket=self.bucket,
                Key=key,
                Body=data,
                ContentType=content_type,
                ServerSideEncryption="AES256",
            )
        except (ClientError, BotoCoreError) as error:
            raise StorageError(f"S3 put {key!r} failed: {error}") from error

    def get(self, key: str) -> bytes | None:
        try:
            reply = self._client.get_object(Bucket=self.bucket, Key=key)
            return reply["Body"].read()
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in {"NoSuchKey", "404", "NotFound"}:
                return None
            raise StorageError(f"S3 get {key!r} failed: {error}") from error
        except BotoCoreError as error:
            raise StorageError(f"S3 get {key!r} failed: {error}") from error

    def signed_url(self, key: str, filename: str, expires_in_s: int) -> str:
        """A link valid `expires_in_s` seconds: the app's signed route when `links` is set, else a presigned GET."""
        if self._links is not None:
            return self._links.url(key, filename, expires_in_s)
        return self.presign(key, filename, expires_in_s)

    def verify(self, key: str, filename: str, expires: int, signature: str) -> bool:
        """Checks a link made by `signed_url` (only links signed by `links` can pass)."""
        return self._links is not None and self._links.verify(key, filename, expires, signature)

    def presign(self, key: str, filename: str, expires_in_s: int) -> str:
        """A presigned GET that downloads as `filename`, valid `expires_in_s` seconds (at most 7 days)."""
        if not 0 < expires_in_s <= MAX_PRESIGN_S:
            raise ValueError(f"expires_in_s must be in 1..{MAX_PRESIGN_S}, got {expires_in_s}")
        params: dict[str, Any] = {
            "Bucket": self.bucket,
            "Key": key,
            "ResponseContentDisposition": content_disposition(filename),
        }
        try:
            return self._client.generate_presigned_url("get_object", Params=params, ExpiresIn=expires_in_s)
        except (ClientError, BotoCoreError) as error:
            raise StorageError(f"S3 presign {key!r} failed: {error}") from error

    def delete_prefix(self, prefix: str) -> int:
        """Delete every object under `prefix` (all of a user's letters on erasure); returns how many went."""
        if not prefix:
            raise ValueError("refusing to delete the whole bucket: the prefix is empty")
        deleted = 0
        try:
            paginator = self._client.get_paginator("list_objects_v2")
            for page in paginator.paginate(Bucket=self.bucket, Prefix=prefix):
                keys: list[ObjectIdentifierTypeDef] = [
                    {"Key": obj["Key"]} for obj in page.get("Contents", []) if "Key" in obj
                ]
                if not keys:
                    continue
                reply = self._client.delete_objects(Bucket=self.bucket, Delete={"Objects": keys, "Quiet": True})
                if reply.get("Errors"):
                    raise StorageError(f"S3 refused to delete {len(reply['Errors'])} objects under {prefix!r}")
                deleted += len(keys)
        except (ClientError, BotoCoreError) as error:
            raise StorageError(f"S3 delete under {prefix!r} failed: {error}") from error
        return deleted
