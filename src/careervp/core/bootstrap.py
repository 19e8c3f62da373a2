"""The one wiring point: settings -> concrete adapters -> the services every door uses.

The FastAPI app, the Lambda handler and the CLI all call `build`; nothing here runs at import time, and every
adapter can be overridden (tests pass a scripted LLM, a repository on a temp dir, a fixed clock).

Embedded defaults: SQLite (WAL) in the data dir, rendered letters as local files behind HMAC-signed URLs (the
signing secret is generated into the data dir on first run, mode 0600), the template writer. Cloud: DynamoDB, S3,
Bedrock, chosen by settings alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from careervp.core.auth import load_or_create_secret
from careervp.core.settings import Settings
from careervp.logic.downloads import DOWNLOAD_FORMATS
from careervp.logic.library import Library
from careervp.logic.ports import LLM, BlobStore, Clock, Presigning, Repository
from careervp.logic.service import CoverLetterService
from careervp.logic.service.claims import IdempotencyClaims
from careervp.logic.service.quota import QuotaService
from careervp.logic.writers.base import Writer
from careervp.logic.writers.llm import LLMWriter
from careervp.logic.writers.template import TemplateWriter
from careervp.render import render_letter

LAZY_STORE_EAGER_FORMATS: tuple[str, ...] = ()
DOWNLOAD_SECRET_FILE = "download.secret"  # noqa: S105 - a file name, not a secret


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class Container:
    settings: Settings
    repository: Repository
    blobs: BlobStore
    clock: Clock
    library: Library
    service: CoverLetterService
    quota: QuotaService
    claims: IdempotencyClaims
    llm: LLM | None = None


def build(
    settings: Settings,
    *,
    repository: Repository | None = None,
    blobs: BlobStore | None = None,
    clock: Clock | None = None,
    writer: Writer | None = None,
    llm: LLM | None = None,
) -> Container:
    """Wire everything from `settings`; any keyword given replaces the adapter settings would have chosen.

    `llm` given: the LLM writer on that model (whatever `llm_provider` says), the template writer as fallback.
    `writer` given: that writer, with the template writer as fallback.
    """
    settings = settings.checked()
    clock = clock or SystemClock()
    repository = repository if repository is not None else repository_from_settings(settings, clock)
    blobs = blobs if blobs is not None else blobs_from_settings(settings, clock)
    template = TemplateWriter()
    if writer is None:
        if llm is None:
            llm = llm_from_settings(settings)
        writer = LLMWriter(llm) if llm is not None else template
    service = CoverLetterService(
        repository=repository,
        blobs=blobs,
        renderer=render_letter,
        writer=writer,
        fallback_writer=template,
        clock=clock,
        download_ttl_s=settings.download_ttl_s,
        require_vpr=settings.require_vpr,
        timeout_s=settings.llm_timeout_s,
        # A store that serves files itself (S3 behind presigned URLs) needs every rendering up front; local files
        # go through the app, which draws each format on its first download: most versions are read on the page
        # and never downloaded, and drawing and writing even the text formats cost the server a share of a letter.
        eager_formats=DOWNLOAD_FORMATS if isinstance(blobs, Presigning) else LAZY_STORE_EAGER_FORMATS,
    )
    library = Library(repository=repository, blobs=blobs, service=service, clock=clock)
    quota = QuotaService(
        repository=repository, clock=clock, tiers=settings.rate_limit_tiers, enabled=settings.rate_limits == "on"
    )
    claims = IdempotencyClaims(repository, clock, find_stored=lambda user_id, key: _stored_body(service, user_id, key))
    return Container(
        settings=settings,
        repository=repository,
        blobs=blobs,
        clock=clock,
        library=library,
        service=service,
        quota=quota,
        claims=claims,
        llm=llm,
    )


def _stored_body(service: CoverLetterService, user_id: str, key: str) -> dict[str, Any] | None:
    """The success body of the letter generated under an idempotency key, as the response carried it."""
    answer = service.stored_answer(user_id, key)
    return answer.model_dump(mode="json") if answer is not None else None


def repository_from_settings(settings: Settings, clock: Clock) -> Repository:
    if settings.storage == "dynamodb":
        from careervp.dal.dynamodb import DynamoRepository  # boto3 is loaded only when asked for

        return DynamoRepository(
            settings.table_name, region=settings.aws_region, endpoint_url=settings.aws_endpoint_url, now=clock.now
        )
    from careervp.dal.sqlite import SqliteRepository

    repository = SqliteRepository(settings.sqlite_path, now=clock.now)
    repository.purge_expired()  # the 90-day retention, applied at every start
    return repository


def blobs_from_settings(settings: Settings, clock: Clock) -> BlobStore:
    if settings.blob_store == "s3":
        from careervp.dal.s3 import S3BlobStore
        from careervp.dal.signing import LinkSigner

        secret = cloud_download_secret(settings)
        links = LinkSigner(secret.encode(), base_url=settings.public_base_url, now=clock.now) if secret else None
        return S3BlobStore(
            settings.bucket_name, region=settings.aws_region, endpoint_url=settings.aws_endpoint_url, links=links
        )
    from careervp.dal.files import LocalBlobStore

    secret = load_or_create_secret(settings.data_dir / DOWNLOAD_SECRET_FILE)
    return LocalBlobStore(settings.blob_dir, secret.encode("utf-8"), base_url=settings.public_base_url, now=clock.now)


def cloud_download_secret(settings: Settings) -> str | None:
    """The shared HMAC key for download links in the cloud: given directly, or read from Secrets Manager."""
    if settings.download_secret:
        return settings.download_secret
    if not settings.download_secret_arn:
        return None
    import boto3

    client = boto3.client("secretsmanager", region_name=settings.aws_region, endpoint_url=settings.aws_endpoint_url)
    try:
        return str(client.get_secret_value(SecretId=settings.download_secret_arn)["SecretString"])
    except Exception as error:  # at cold start: fail loudly rather than hand out links nobody can verify
        raise RuntimeError(f"cannot read the download-link secret {settings.download_secret_arn}: {error}") from error


def llm_from_settings(settings: Settings) -> LLM | None:
    """The model adapter for `llm_provider`, or None for the template writer."""
    if settings.llm_provider == "openai":
        from careervp.llm.openai_compat import OpenAICompatLLM

        return OpenAICompatLLM(
            base_url=settings.openai_base_url,
            model=settings.openai_model,
            strong_model=settings.openai_strong_model,
            api_key=settings.openai_api_key,
            timeout_s=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
        )
    if settings.llm_provider == "bedrock":
        from careervp.llm.bedrock import BedrockLLM

        return BedrockLLM(
            model_id=settings.bedrock_model_id,
            fallback_model_id=settings.bedrock_fallback_model_id,
            region=settings.aws_region,
            timeout_s=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
        )
    return None
