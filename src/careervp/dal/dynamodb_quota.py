"""Rate-limit counters on the DynamoDB table (idempotency records are in dynamodb_idempotency.py).

Counting must hold under concurrency across Lambda instances, so it relies on DynamoDB conditions rather than on
reads: a request counts in every window (minute/hour/day) or in none: one TransactWriteItems sets every window's
counter to the value read plus one, each guarded by "still equals the value read" (compare-and-set); a full window is
refused before writing, and a lost race re-reads. What the counts mean (allowed or not, which window the headers
report) is decided by `logic.ratelimit`, as for every adapter.
"""

from __future__ import annotations

import random
import threading
import time
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from careervp.dal.dynamodb_table import (
    MAX_TRANSACTION_ATTEMPTS,
    TTL_ATTRIBUTE,
    Table,
    cancellation_codes,
    epoch,
    n,
    number,
    rate_key,
    text,
)
from careervp.logic import ratelimit
from careervp.logic.ports import StorageError
from careervp.models.records import RateBucket, RateOutcome

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.type_defs import TransactWriteItemTypeDef

# Counters outlive their window a little so a late reader still sees them; TTL then sweeps them.
RATE_COUNTER_GRACE_S = 3600
# Compare-and-set retries: with k requests of one user racing, the last one wins after at most k rounds.
MAX_RATE_ATTEMPTS = 64
_RATE_LOCKS = tuple(threading.Lock() for _ in range(64))


def consume_rate(table: Table, user_id: str, buckets: list[RateBucket]) -> RateOutcome:
    """Compare-and-set on every window at once: read the counters, then one transaction that sets each to
    observed + 1 only if it still equals what was read. A lost race re-reads and tries again, so every allowed
    request knows exactly how many requests are left after it, and a refused one counts nowhere.

    Requests of one user in this process take turns (a striped lock): their races would only burn round trips on
    conditional failures. Across processes and Lambda instances, DynamoDB's serializable transactions decide."""
    if not buckets:
        return ratelimit.decide([], [], epoch(table.now()))
    with _RATE_LOCKS[hash(user_id) % len(_RATE_LOCKS)]:
        return _consume(table, user_id, buckets)


def rate_standing(table: Table, user_id: str, buckets: list[RateBucket]) -> RateOutcome:
    counts = _read_counts(table, user_id, buckets) if buckets else {}
    return ratelimit.standing(buckets, [counts.get(rate_key(b), 0) for b in buckets], epoch(table.now()))


def _consume(table: Table, user_id: str, buckets: list[RateBucket]) -> RateOutcome:
    for attempt in range(MAX_RATE_ATTEMPTS):
        counts = _read_counts(table, user_id, buckets)
        observed = [counts.get(rate_key(bucket), 0) for bucket in buckets]
        outcome = ratelimit.decide(buckets, observed, epoch(table.now()))
        if not outcome.allowed:
            return outcome
        try:
            table.transact([_increment(table, user_id, b, count) for b, count in zip(buckets, observed, strict=True)])
        except ClientError as error:
            codes = cancellation_codes(error)
            if not {"ConditionalCheckFailed", "TransactionConflict"} & set(codes):
                raise
            time.sleep(random.uniform(0.0, 0.004) * min(attempt + 1, 8))
            continue
        return outcome
    raise StorageError(f"rate counters of {user_id!r} stayed contended for {MAX_RATE_ATTEMPTS} attempts")


def _increment(table: Table, user_id: str, bucket: RateBucket, observed: int) -> TransactWriteItemTypeDef:
    return {
        "Update": {
            "TableName": table.name,
            "Key": table.key(user_id, rate_key(bucket)),
            "UpdateExpression": "SET #count = :next, #exp = :exp",
            "ConditionExpression": "#count = :observed" if observed else "attribute_not_exists(#count)",
            "ExpressionAttributeNames": {"#count": "count", "#exp": TTL_ATTRIBUTE},
            "ExpressionAttributeValues": {
                ":next": n(observed + 1),
                ":exp": n(bucket.reset_at + RATE_COUNTER_GRACE_S),
                **({":observed": n(observed)} if observed else {}),
            },
        }
    }


def _read_counts(table: Table, user_id: str, buckets: list[RateBucket]) -> dict[str, int]:
    keys: list[Any] = [table.key(user_id, rate_key(bucket)) for bucket in buckets]
    counts: dict[str, int] = {}
    request: dict[str, Any] = {table.name: {"Keys": keys, "ConsistentRead": True}}
    for _ in range(MAX_TRANSACTION_ATTEMPTS):
        reply = table.client.batch_get_item(RequestItems=request)
        for item in reply.get("Responses", {}).get(table.name, []):
            counts[text(item, "sk")] = number(item, "count")
        request = dict(reply.get("UnprocessedKeys", {}))
        if not request:
            return counts
    raise StorageError("DynamoDB left rate counters unread")
