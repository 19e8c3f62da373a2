"""The single DynamoDB table underneath the repository: key layout, item encoding, and the few calls it needs.

Item layout (ids are escaped so that a `#` inside an id can never make two keys collide):
    user_id=<user>            sk=CV#{cv_id}                                  a CV
    user_id=<user>            sk=JOB#{job_id}                                a job posting
    user_id=<user>            sk=ARTIFACT#COVER_LETTER#{cv_id}#{job_id}#v{n}  one letter version
    user_id=<user>            sk=RATE#{window}#{window_start}               one rate-limit window counter
    user_id=<user>            sk=IDEMPOTENCY#{key}                           one idempotency record
    user_id=<user>            sk=SERIES#{cv_id}#{job_id}                     highest deleted version number of a letter
    user_id=<user>            sk=COMPANY#... (dynamodb_companies.py)         the companies of the user's jobs
    user_id=<user>            sk=COMPANYKEY#... (dynamodb_companies.py)      the companies filed by index key
    user_id=OWNER#CV#{cv_id}  sk=OWNER                                       who owns a CV id (strongly consistent,
                                                                             unlike a GSI): FORBIDDEN vs NOT_FOUND
Job ids may be chosen by clients, so they have no ownership marker: each user's jobs live in their own partition
(markers `OWNER#JOB#...` written by older releases are ignored and expire with their job).

Every item carries `expires_at` (epoch seconds, the table's TTL attribute). DynamoDB deletes expired items lazily
(up to days later) and moto never does, so every read filters expired items itself.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from pydantic import BaseModel, ValidationError

from careervp.logic.ports import StorageError
from careervp.models.records import RateBucket

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import AttributeValueTypeDef, TransactWriteItemTypeDef

Item = dict[str, "AttributeValueTypeDef"]

PARTITION_KEY = "user_id"
SORT_KEY = "sk"
TTL_ATTRIBUTE = "expires_at"
LETTER_PREFIX = "ARTIFACT#COVER_LETTER#"
MAX_TRANSACTION_ATTEMPTS = 8

R = TypeVar("R", bound=BaseModel)


def escape_id(value: str) -> str:
    """Make an id safe inside a `#`-separated key (reversible: `%` -> `%25`, `#` -> `%23`)."""
    return value.replace("%", "%25").replace("#", "%23")


def cv_key(cv_id: str) -> str:
    return f"CV#{escape_id(cv_id)}"


def job_key(job_id: str) -> str:
    return f"JOB#{escape_id(job_id)}"


def letter_prefix(cv_id: str | None = None, job_id: str | None = None) -> str:
    if cv_id is None:
        return LETTER_PREFIX
    if job_id is None:
        return f"{LETTER_PREFIX}{escape_id(cv_id)}#"
    return f"{LETTER_PREFIX}{escape_id(cv_id)}#{escape_id(job_id)}#v"


def letter_key(cv_id: str, job_id: str, version: int) -> str:
    """The contract's key, `ARTIFACT#COVER_LETTER#{cv_id}#{job_id}#v{n}` (ids escaped)."""
    return f"{letter_prefix(cv_id, job_id)}{version}"


def series_key(cv_id: str, job_id: str) -> str:
    """The high-water mark of a letter's deleted version numbers (never reused). Not under LETTER_PREFIX, so
    listing letters never meets it."""
    return f"SERIES#{escape_id(cv_id)}#{escape_id(job_id)}"


def owner_partition(kind: str, escaped_id: str) -> str:
    return f"OWNER#{kind}#{escaped_id}"


def rate_key(bucket: RateBucket) -> str:
    return f"RATE#{bucket.window.value}#{bucket.window_start}"


def idempotency_key(key: str) -> str:
    return f"IDEMPOTENCY#{escape_id(key)}"


def s(value: str) -> AttributeValueTypeDef:
    return {"S": value}


def n(value: int) -> AttributeValueTypeDef:
    return {"N": str(value)}


def text(item: Item, name: str) -> str:
    return str(item[name]["S"])


def number(item: Item, name: str, default: int = 0) -> int:
    value = item.get(name)
    return int(value["N"]) if value else default


def epoch(moment: datetime) -> int:
    return int(moment.timestamp())


def error_code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))


def cancellation_codes(error: ClientError) -> list[str]:
    """Per-operation reasons of a cancelled transaction, e.g. ["None", "ConditionalCheckFailed"]."""
    reasons = error.response.get("CancellationReasons", [])
    return [str(reason.get("Code", "None")) for reason in reasons]


@contextmanager
def storage_errors(action: str) -> Iterator[None]:
    """Every backend failure leaves the adapter as a StorageError, so the service maps it to STORAGE_ERROR."""
    try:
        yield
    except StorageError:
        raise
    except (ClientError, BotoCoreError) as error:
        raise StorageError(f"DynamoDB {action} failed: {error}") from error
    except (ValidationError, ValueError, KeyError) as error:
        raise StorageError(f"DynamoDB {action} returned an unreadable item: {error}") from error


def make_client(region: str, endpoint_url: str | None = None) -> DynamoDBClient:
    """A client with bounded timeouts and botocore's adaptive retries (throttling backs off instead of failing)."""
    config = Config(retries={"max_attempts": 5, "mode": "adaptive"}, connect_timeout=3, read_timeout=10)
    return boto3.client("dynamodb", region_name=region, endpoint_url=endpoint_url, config=config)


class Table:
    """Thin, typed access to the table: strongly consistent reads that hide expired items, paged queries,
    transactions that retry only on TransactionConflict, batched deletes."""

    def __init__(self, client: DynamoDBClient, name: str, now: Callable[[], datetime] | None = None) -> None:
        self.client = client
        self.name = name
        self.now = now or (lambda: datetime.now(UTC))

    def create(self) -> None:
        """Create the table with the schema the CDK stack deploys (on-demand, TTL). Idempotent."""
        try:
            self.client.create_table(
                TableName=self.name,
                KeySchema=[
                    {"AttributeName": PARTITION_KEY, "KeyType": "HASH"},
                    {"AttributeName": SORT_KEY, "KeyType": "RANGE"},
                ],
                AttributeDefinitions=[
                    {"AttributeName": PARTITION_KEY, "AttributeType": "S"},
                    {"AttributeName": SORT_KEY, "AttributeType": "S"},
                ],
                BillingMode="PAY_PER_REQUEST",
            )
        except ClientError as error:
            if error_code(error) != "ResourceInUseException":
                raise
            return
        self.client.get_waiter("table_exists").wait(TableName=self.name)
        self.client.update_time_to_live(
            TableName=self.name, TimeToLiveSpecification={"Enabled": True, "AttributeName": TTL_ATTRIBUTE}
        )

    @staticmethod
    def key(partition: str, sort: str) -> Item:
        return {PARTITION_KEY: s(partition), SORT_KEY: s(sort)}

    def record_item(self, partition: str, sort: str, record: BaseModel, expires_at: datetime) -> Item:
        item = self.key(partition, sort)
        item["data"] = s(record.model_dump_json())
        item[TTL_ATTRIBUTE] = n(epoch(expires_at))
        return item

    @staticmethod
    def parse(model: type[R], item: Item) -> R:
        return model.model_validate_json(text(item, "data"))

    def live(self, item: Item | None) -> bool:
        if not item:
            return False
        return number(item, TTL_ATTRIBUTE, default=2**62) > epoch(self.now())

    def get(self, partition: str, sort: str) -> Item | None:
        reply = self.client.get_item(TableName=self.name, Key=self.key(partition, sort), ConsistentRead=True)
        item = reply.get("Item")
        return item if item is not None and self.live(item) else None

    def query(
        self, partition: str, prefix: str, *, include_expired: bool = False, attributes: tuple[str, ...] = ()
    ) -> list[Item]:
        """Every item under `prefix`; only `attributes` of each when given (the TTL attribute is always read)."""
        items: list[Item] = []
        start: Item | None = None
        while True:
            kwargs: dict[str, Any] = {
                "TableName": self.name,
                "KeyConditionExpression": "#pk = :pk",
                "ExpressionAttributeNames": {"#pk": PARTITION_KEY},
                "ExpressionAttributeValues": {":pk": s(partition)},
                "ConsistentRead": True,
            }
            if prefix:  # DynamoDB rejects an empty begins_with; no prefix means the whole partition
                kwargs["KeyConditionExpression"] += " AND begins_with(#sk, :prefix)"
                kwargs["ExpressionAttributeNames"]["#sk"] = SORT_KEY
                kwargs["ExpressionAttributeValues"][":prefix"] = s(prefix)
            if attributes:
                names = {f"#a{i}": name for i, name in enumerate((*attributes, TTL_ATTRIBUTE))}
                kwargs["ProjectionExpression"] = ", ".join(names)
                kwargs["ExpressionAttributeNames"].update(names)
            if start:
                kwargs["ExclusiveStartKey"] = start
            reply = self.client.query(**kwargs)
            items.extend(item for item in reply.get("Items", []) if include_expired or self.live(item))
            start = reply.get("LastEvaluatedKey")
            if not start:
                return items

    def transact(self, operations: list[TransactWriteItemTypeDef]) -> None:
        """All-or-nothing write. Retries only TransactionConflict (a concurrent transaction on the same items);
        a ConditionalCheckFailed cancellation is the caller's business and is re-raised at once."""
        for attempt in range(MAX_TRANSACTION_ATTEMPTS):
            try:
                self.client.transact_write_items(TransactItems=operations)
                return
            except ClientError as error:
                codes = cancellation_codes(error)
                conflict = error_code(error) == "TransactionConflictException" or (
                    "TransactionConflict" in codes and "ConditionalCheckFailed" not in codes
                )
                if not conflict or attempt == MAX_TRANSACTION_ATTEMPTS - 1:
                    raise
                time.sleep(random.uniform(0.005, 0.02) * (attempt + 1))

    def batch_get(self, keys: list[Item]) -> list[Item]:
        """The live items among `keys` (distinct keys, any order), read 100 a request as DynamoDB allows."""
        found: list[Item] = []
        for start in range(0, len(keys), 100):
            request: dict[str, Any] = {self.name: {"Keys": keys[start : start + 100], "ConsistentRead": True}}
            for attempt in range(MAX_TRANSACTION_ATTEMPTS):
                reply = self.client.batch_get_item(RequestItems=request)
                found.extend(item for item in reply.get("Responses", {}).get(self.name, []) if self.live(item))
                request = dict(reply.get("UnprocessedKeys", {}))
                if not request:
                    break
                time.sleep(0.05 * (attempt + 1))
            if request:
                raise StorageError("DynamoDB left items unread")
        return found

    def batch_delete(self, keys: list[Item]) -> None:
        for start in range(0, len(keys), 25):
            pending: list[Any] = [{"DeleteRequest": {"Key": key}} for key in keys[start : start + 25]]
            for attempt in range(MAX_TRANSACTION_ATTEMPTS):
                reply = self.client.batch_write_item(RequestItems={self.name: pending})
                pending = list(reply.get("UnprocessedItems", {}).get(self.name, []))
                if not pending:
                    break
                time.sleep(0.05 * (attempt + 1))
            if pending:
                raise StorageError(f"DynamoDB left {len(pending)} deletes unprocessed")
