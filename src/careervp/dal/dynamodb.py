"""DynamoDB adapter of the Repository port: one table, PK `user_id`, SK `ARTIFACT#COVER_LETTER#{cv_id}#{job_id}#v{n}`
for letters (the full key layout is in dynamodb_table.py). Same behaviour as the SQLite adapter; the shared storage
contract suite runs against both.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError
from pydantic import BaseModel

from careervp.dal import dynamodb_companies, dynamodb_idempotency, dynamodb_quota
from careervp.dal.dynamodb_table import (
    SORT_KEY,
    TTL_ATTRIBUTE,
    Item,
    Table,
    cancellation_codes,
    cv_key,
    epoch,
    error_code,
    escape_id,
    job_key,
    letter_key,
    letter_prefix,
    make_client,
    n,
    number,
    owner_partition,
    s,
    series_key,
    storage_errors,
    text,
)
from careervp.logic.ports import StorageError, VersionConflict
from careervp.models.records import (
    CVRecord,
    IdempotencyClaim,
    JobRecord,
    LetterRecord,
    RateBucket,
    RateOutcome,
)

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import TransactWriteItemTypeDef

MAX_VERSION_ATTEMPTS = 20
_PING_KEY = "__ping__"


class DynamoRepository:
    """The Repository port on one DynamoDB table. Every method raises StorageError on any backend failure."""

    def __init__(
        self,
        table_name: str,
        *,
        client: DynamoDBClient | None = None,
        region: str = "us-east-1",
        endpoint_url: str | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self._table = Table(client or make_client(region, endpoint_url), table_name, now)

    @property
    def table_name(self) -> str:
        return self._table.name

    def create_table(self) -> None:
        """Create the table as the CDK stack does (local runs against moto, tests). Idempotent."""
        with storage_errors("create_table"):
            self._table.create()

    def ping(self) -> bool:
        try:
            self._table.client.get_item(TableName=self._table.name, Key=self._table.key(_PING_KEY, _PING_KEY))
        except Exception:  # any failure means "not ready"; /health reports it rather than raising
            return False
        return True

    # ---------------------------------------------------------------- CVs and job postings
    def put_cv(self, record: CVRecord) -> None:
        with storage_errors("put_cv"):
            self._put_owned("CV", record.cv_id, record.user_id, cv_key(record.cv_id), record, record.expires_at)

    def get_cv(self, user_id: str, cv_id: str) -> CVRecord | None:
        document = self.get_cv_document(user_id, cv_id)
        with storage_errors("get_cv"):
            return None if document is None else CVRecord.model_validate_json(document)

    def get_cv_document(self, user_id: str, cv_id: str) -> str | None:
        with storage_errors("get_cv"):
            item = self._table.get(user_id, cv_key(cv_id))
            return text(item, "data") if item else None

    def cv_owner(self, cv_id: str) -> str | None:
        with storage_errors("cv_owner"):
            return self._owner("CV", cv_id)

    def list_cvs(self, user_id: str) -> list[CVRecord]:
        with storage_errors("list_cvs"):
            records = [self._table.parse(CVRecord, item) for item in self._table.query(user_id, "CV#")]
        return sorted(records, key=lambda r: (r.created_at, r.cv_id))

    def delete_cv(self, user_id: str, cv_id: str) -> bool:
        with storage_errors("delete_cv"):
            return self._delete_owned("CV", cv_id, user_id, cv_key(cv_id))

    def put_job(self, record: JobRecord) -> None:
        """Job ids are per user (the client may choose them): the record lives in the owner's partition only, with
        its entry in the owner's company roster (dynamodb_companies.py)."""
        with storage_errors("put_job"):
            dynamodb_companies.put_job(self._table, record)

    def get_job(self, user_id: str, job_id: str) -> JobRecord | None:
        document = self.get_job_document(user_id, job_id)
        with storage_errors("get_job"):
            return None if document is None else JobRecord.model_validate_json(document)

    def get_job_document(self, user_id: str, job_id: str) -> str | None:
        with storage_errors("get_job"):
            item = self._table.get(user_id, job_key(job_id))
            return text(item, "data") if item else None

    def list_jobs(self, user_id: str) -> list[JobRecord]:
        with storage_errors("list_jobs"):
            records = [self._table.parse(JobRecord, item) for item in self._table.query(user_id, "JOB#")]
        return sorted(records, key=lambda r: (r.created_at, r.job_id))

    def delete_job(self, user_id: str, job_id: str) -> bool:
        with storage_errors("delete_job"):
            return dynamodb_companies.delete_job(self._table, user_id, job_id)

    def companies_named_by(self, user_id: str, job_id: str, probes: Collection[str]) -> list[str]:
        with storage_errors("companies_named_by"):
            return dynamodb_companies.companies_named_by(self._table, user_id, job_id, probes)

    def _put_owned(
        self, kind: str, resource_id: str, user_id: str, sort: str, record: BaseModel, expires_at: datetime
    ) -> None:
        """The record and its ownership marker in one transaction; an id owned by another user is never taken."""
        owner_item: Item = self._table.key(owner_partition(kind, escape_id(resource_id)), "OWNER")
        owner_item["owner"] = s(user_id)
        owner_item[TTL_ATTRIBUTE] = n(epoch(expires_at))
        try:
            self._table.transact(
                [
                    {
                        "Put": {
                            "TableName": self._table.name,
                            "Item": self._table.record_item(user_id, sort, record, expires_at),
                        }
                    },
                    {
                        "Put": {
                            "TableName": self._table.name,
                            "Item": owner_item,
                            "ConditionExpression": "attribute_not_exists(#owner) OR #owner = :me OR #exp <= :now",
                            "ExpressionAttributeNames": {"#owner": "owner", "#exp": TTL_ATTRIBUTE},
                            "ExpressionAttributeValues": {":me": s(user_id), ":now": n(epoch(self._table.now()))},
                        }
                    },
                ]
            )
        except ClientError as error:
            if "ConditionalCheckFailed" in cancellation_codes(error):
                raise StorageError(f"{kind.lower()} id {resource_id!r} belongs to another user") from error
            raise

    def _owner(self, kind: str, resource_id: str) -> str | None:
        item = self._table.get(owner_partition(kind, escape_id(resource_id)), "OWNER")
        return text(item, "owner") if item else None

    def _delete_owned(self, kind: str, resource_id: str, user_id: str, sort: str) -> bool:
        """Delete the record and its marker together; False when the caller had no such record."""
        try:
            self._table.transact(
                [
                    {
                        "Delete": {
                            "TableName": self._table.name,
                            "Key": self._table.key(user_id, sort),
                            "ConditionExpression": "attribute_exists(#sk)",
                            "ExpressionAttributeNames": {"#sk": SORT_KEY},
                        }
                    },
                    {
                        "Delete": {
                            "TableName": self._table.name,
                            "Key": self._table.key(owner_partition(kind, escape_id(resource_id)), "OWNER"),
                            "ConditionExpression": "attribute_not_exists(#owner) OR #owner = :me",
                            "ExpressionAttributeNames": {"#owner": "owner"},
                            "ExpressionAttributeValues": {":me": s(user_id)},
                        }
                    },
                ]
            )
        except ClientError as error:
            if "ConditionalCheckFailed" in cancellation_codes(error):
                return False
            raise
        return True

    # ---------------------------------------------------------------- letter versions
    def add_letter(self, record: LetterRecord) -> LetterRecord:
        """Put with `attribute_not_exists(sk)`, in one transaction with a check that the number is above the series'
        mark of deleted versions: a stored version is never overwritten and a deleted number never comes back.
        When another writer took the number (or a delete raised the mark), retry with the next free one and return
        the record as stored."""
        version = record.version
        mark = self._table.key(record.user_id, series_key(record.cv_id, record.job_id))
        with storage_errors("add_letter"):
            for _ in range(MAX_VERSION_ATTEMPTS):
                stored = record.model_copy(update={"version": version})
                item = self._table.record_item(
                    record.user_id, letter_key(record.cv_id, record.job_id, version), stored, record.expires_at
                )
                item["version"] = n(version)
                try:
                    self._table.transact(
                        [
                            {
                                "Put": {
                                    "TableName": self._table.name,
                                    "Item": item,
                                    "ConditionExpression": "attribute_not_exists(#sk)",
                                    "ExpressionAttributeNames": {"#sk": SORT_KEY},
                                }
                            },
                            {
                                "ConditionCheck": {
                                    "TableName": self._table.name,
                                    "Key": mark,
                                    "ConditionExpression": "attribute_not_exists(#v) OR #v < :v",
                                    "ExpressionAttributeNames": {"#v": "version"},
                                    "ExpressionAttributeValues": {":v": n(version)},
                                }
                            },
                        ]
                    )
                    return stored
                except ClientError as error:
                    codes = cancellation_codes(error)
                    contended = error_code(error) == "TransactionConflictException" or "TransactionConflict" in codes
                    if "ConditionalCheckFailed" not in codes and not contended:
                        raise
                    # Taken, the mark moved, or other writers of this letter kept the mark busy: look again.
                latest = self.latest_letter_version(record.user_id, record.cv_id, record.job_id)
                version = max(version, latest) + 1
        raise VersionConflict(f"no free letter version after {MAX_VERSION_ATTEMPTS} attempts")

    def latest_letter_version(self, user_id: str, cv_id: str, job_id: str) -> int:
        """The highest number in use: stored versions (expired ones included) and the series' mark of deleted ones."""
        with storage_errors("latest_letter_version"):
            # The version numbers alone: a letter's text never crosses the network to be counted.
            items = self._table.query(
                user_id, letter_prefix(cv_id, job_id), include_expired=True, attributes=("version",)
            )
            reply = self._table.client.get_item(
                TableName=self._table.name, Key=self._table.key(user_id, series_key(cv_id, job_id)), ConsistentRead=True
            )
            deleted = number(reply["Item"], "version") if "Item" in reply else 0
            return max([deleted, *(number(item, "version") for item in items)])

    def get_letter(self, user_id: str, cv_id: str, job_id: str, version: int | None = None) -> LetterRecord | None:
        with storage_errors("get_letter"):
            if version is not None:
                item = self._table.get(user_id, letter_key(cv_id, job_id, version))
                return self._table.parse(LetterRecord, item) if item else None
            items = self._table.query(user_id, letter_prefix(cv_id, job_id))
            if not items:
                return None
            return self._table.parse(LetterRecord, max(items, key=lambda item: number(item, "version")))

    def list_letters(self, user_id: str, cv_id: str | None = None, job_id: str | None = None) -> list[LetterRecord]:
        with storage_errors("list_letters"):
            prefix = letter_prefix(cv_id, job_id) if cv_id is not None else letter_prefix()
            records = [self._table.parse(LetterRecord, item) for item in self._table.query(user_id, prefix)]
        if job_id is not None:
            records = [r for r in records if r.job_id == job_id]
        return sorted(records, key=lambda r: (r.created_at, r.cv_id, r.job_id, r.version))

    def delete_letter_version(self, user_id: str, cv_id: str, job_id: str, version: int) -> bool:
        """Delete the version and, in the same transaction, raise the series' high-water mark to its number, so the
        number is never given to another version (a link to this one dies with it). The mark is compare-and-set:
        a concurrent delete of another version makes this one re-read it and try again."""
        mark = self._table.key(user_id, series_key(cv_id, job_id))
        with storage_errors("delete_letter_version"):
            for _ in range(MAX_VERSION_ATTEMPTS):
                reply = self._table.client.get_item(TableName=self._table.name, Key=mark, ConsistentRead=True)
                observed = number(reply["Item"], "version") if "Item" in reply else 0
                try:
                    self._table.transact(
                        [
                            {
                                "Delete": {
                                    "TableName": self._table.name,
                                    "Key": self._table.key(user_id, letter_key(cv_id, job_id, version)),
                                    "ConditionExpression": "attribute_exists(#sk)",
                                    "ExpressionAttributeNames": {"#sk": SORT_KEY},
                                }
                            },
                            _mark_update(self._table.name, mark, observed, max(observed, version)),
                        ]
                    )
                except ClientError as error:
                    codes = cancellation_codes(error)
                    if codes and codes[0] == "ConditionalCheckFailed":
                        return False  # no such version
                    if "ConditionalCheckFailed" not in codes:
                        raise
                    continue  # the mark moved meanwhile
                return True
        raise VersionConflict(f"the version mark stayed contended for {MAX_VERSION_ATTEMPTS} attempts")

    def undo_letter_version(self, user_id: str, cv_id: str, job_id: str, version: int) -> bool:
        """Delete a version nobody has seen; the series mark is left alone, so its number is free again when it
        was the newest (numbers come from the versions that exist and the mark)."""
        with storage_errors("undo_letter_version"):
            reply = self._table.client.delete_item(
                TableName=self._table.name,
                Key=self._table.key(user_id, letter_key(cv_id, job_id, version)),
                ReturnValues="ALL_OLD",
            )
            return bool(reply.get("Attributes"))

    # ---------------------------------------------------------------- erasure
    def delete_user(self, user_id: str) -> int:
        """Delete every item in the user's partition and the ownership markers of their CVs and jobs. Returns the
        number of CVs, jobs and letter versions erased (counters and idempotency records go too, uncounted)."""
        with storage_errors("delete_user"):
            keys: list[Item] = []
            erased = 0
            for item in self._table.query(user_id, "", include_expired=True):
                sort = text(item, SORT_KEY)
                keys.append(self._table.key(user_id, sort))
                kind, _, escaped_id = sort.partition("#")
                if kind == "CV":
                    keys.append(self._table.key(owner_partition(kind, escaped_id), "OWNER"))
                if kind in {"CV", "JOB", "ARTIFACT"}:
                    erased += 1
            self._table.batch_delete(keys)
            return erased

    # ---------------------------------------------------------------- rate limits and idempotency
    def consume_rate(self, user_id: str, buckets: list[RateBucket]) -> RateOutcome:
        with storage_errors("consume_rate"):
            return dynamodb_quota.consume_rate(self._table, user_id, buckets)

    def rate_standing(self, user_id: str, buckets: list[RateBucket]) -> RateOutcome:
        with storage_errors("rate_standing"):
            return dynamodb_quota.rate_standing(self._table, user_id, buckets)

    def claim_idempotency(
        self, user_id: str, key: str, request_hash: str, now: datetime, owner: str = ""
    ) -> IdempotencyClaim:
        with storage_errors("claim_idempotency"):
            return dynamodb_idempotency.claim(self._table, user_id, key, request_hash, now, owner)

    def heartbeat_idempotency(self, user_id: str, key: str, owner: str, now: datetime) -> None:
        with storage_errors("heartbeat_idempotency"):
            dynamodb_idempotency.heartbeat(self._table, user_id, key, owner, now)

    def take_over_idempotency(self, user_id: str, key: str, previous_owner: str, owner: str, now: datetime) -> bool:
        with storage_errors("take_over_idempotency"):
            return dynamodb_idempotency.take_over(self._table, user_id, key, previous_owner, owner, now)

    def complete_idempotency(self, user_id: str, key: str, status_code: int, response: str, now: datetime) -> None:
        with storage_errors("complete_idempotency"):
            dynamodb_idempotency.complete(self._table, user_id, key, status_code, response, now)

    def release_idempotency(self, user_id: str, key: str) -> None:
        with storage_errors("release_idempotency"):
            dynamodb_idempotency.release(self._table, user_id, key)


def _mark_update(table_name: str, mark: Item, observed: int, value: int) -> TransactWriteItemTypeDef:
    return {
        "Update": {
            "TableName": table_name,
            "Key": mark,
            "UpdateExpression": "SET #v = :v",
            "ConditionExpression": "#v = :observed" if observed else "attribute_not_exists(#v)",
            "ExpressionAttributeNames": {"#v": "version"},
            "ExpressionAttributeValues": {":v": n(value), **({":observed": n(observed)} if observed else {})},
        }
    }
