"""Rate-limit counters and idempotency records on the DynamoDB table.

Both must hold under concurrency across Lambda instances, so both rely on DynamoDB conditions rather than on reads:
- a request counts in every window (minute/hour/day) or in none: one TransactWriteItems sets every window's counter
  to the value read plus one, each guarded by "still equals the value read" (compare-and-set); a full window is
  refused before writing, and a lost race re-reads;
- an idempotency key is claimed with `attribute_not_exists`, so of two simultaneous requests exactly one wins.
"""

from __future__ import annotations

import json
import random
import threading
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from careervp.dal.dynamodb_table import (
    MAX_TRANSACTION_ATTEMPTS,
    TTL_ATTRIBUTE,
    Item,
    Table,
    cancellation_codes,
    epoch,
    error_code,
    idempotency_key,
    n,
    number,
    rate_key,
    s,
    text,
)
from careervp.logic import ratelimit
from careervp.logic.ports import StorageError
from careervp.models.records import IdempotencyClaim, IdempotencyState, RateBucket, RateOutcome

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.type_defs import TransactWriteItemTypeDef

# Counters outlive their window a little so a late reader still sees them; TTL then sweeps them.
RATE_COUNTER_GRACE_S = 3600
# Compare-and-set retries: with k requests of one user racing, the last one wins after at most k rounds.
MAX_RATE_ATTEMPTS = 64
_RATE_LOCKS = tuple(threading.Lock() for _ in range(64))
IDEMPOTENCY_TTL = timedelta(hours=24)
# An in-progress claim older than this belongs to a request that died (the Lambda timeout is 300 s): take it over.
IDEMPOTENCY_LEASE = timedelta(minutes=10)


def consume_rate(table: Table, user_id: str, buckets: list[RateBucket]) -> RateOutcome:
    """Compare-and-set on every window at once: read the counters, then one transaction that sets each to
    observed + 1 only if it still equals what was read. A lost race re-reads and tries again, so every allowed
    request knows exactly how many requests are left after it, and a refused one counts nowhere.

    Requests of one user in this process take turns (a striped lock): their races would only burn round trips on
    conditional failures. Across processes and Lambda instances, DynamoDB's serializable transactions decide."""
    if not buckets:
        return RateOutcome(allowed=True, limit=0, remaining=0, reset_at=0)
    with _RATE_LOCKS[hash(user_id) % len(_RATE_LOCKS)]:
        return _consume(table, user_id, buckets)


def rate_standing(table: Table, user_id: str, buckets: list[RateBucket]) -> RateOutcome:
    counts = _read_counts(table, user_id, buckets) if buckets else {}
    return ratelimit.standing(buckets, [counts.get(rate_key(b), 0) for b in buckets], epoch(table.now()))


def _consume(table: Table, user_id: str, buckets: list[RateBucket]) -> RateOutcome:
    for attempt in range(MAX_RATE_ATTEMPTS):
        counts = _read_counts(table, user_id, buckets)
        full = [bucket for bucket in buckets if counts.get(rate_key(bucket), 0) >= bucket.limit]
        if full:
            return _outcome(buckets, counts, full, epoch(table.now()))
        try:
            table.transact([_increment(table, user_id, bucket, counts.get(rate_key(bucket), 0)) for bucket in buckets])
        except ClientError as error:
            codes = cancellation_codes(error)
            if not {"ConditionalCheckFailed", "TransactionConflict"} & set(codes):
                raise
            time.sleep(random.uniform(0.0, 0.004) * min(attempt + 1, 8))
            continue
        after = {rate_key(bucket): counts.get(rate_key(bucket), 0) + 1 for bucket in buckets}
        return _outcome(buckets, after, [], epoch(table.now()))
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


def _outcome(buckets: list[RateBucket], counts: dict[str, int], full: list[RateBucket], now: int) -> RateOutcome:
    """Report the tightest window: when refused, the full window that frees up last (retrying earlier would fail);
    when allowed, the window with the fewest requests left (ties: the one that resets last)."""
    if full:
        binding = max(full, key=lambda b: b.reset_at)
        return RateOutcome(
            allowed=False,
            limit=binding.limit,
            remaining=0,
            reset_at=binding.reset_at,
            retry_after=max(1, binding.reset_at - now),
        )
    remaining = {rate_key(b): max(0, b.limit - counts.get(rate_key(b), 0)) for b in buckets}
    binding = min(buckets, key=lambda b: (remaining[rate_key(b)], -b.reset_at))
    return RateOutcome(
        allowed=True, limit=binding.limit, remaining=remaining[rate_key(binding)], reset_at=binding.reset_at
    )


def claim_idempotency(table: Table, user_id: str, key: str, request_hash: str, now: datetime) -> IdempotencyClaim:
    item: Item = table.key(user_id, idempotency_key(key))
    item.update(
        {
            "state": s(IdempotencyState.IN_PROGRESS.value),
            "request_hash": s(request_hash),
            "claimed_at": n(epoch(now)),
            TTL_ATTRIBUTE: n(epoch(now + IDEMPOTENCY_TTL)),
        }
    )
    for _ in range(MAX_TRANSACTION_ATTEMPTS):
        try:
            table.client.put_item(
                TableName=table.name,
                Item=item,
                ConditionExpression=(
                    "attribute_not_exists(#sk) OR #exp <= :now OR (#state = :in_progress AND #claimed < :stale)"
                ),
                ExpressionAttributeNames={
                    "#sk": "sk",
                    "#exp": TTL_ATTRIBUTE,
                    "#state": "state",
                    "#claimed": "claimed_at",
                },
                ExpressionAttributeValues={
                    ":now": n(epoch(now)),
                    ":in_progress": s(IdempotencyState.IN_PROGRESS.value),
                    ":stale": n(epoch(now - IDEMPOTENCY_LEASE)),
                },
            )
            return IdempotencyClaim(state=IdempotencyState.NEW, request_hash=request_hash)
        except ClientError as error:
            if error_code(error) != "ConditionalCheckFailedException":
                raise
        existing = table.get(user_id, idempotency_key(key))
        if existing is None:
            continue  # released or expired between our put and our read: try to claim again
        state = IdempotencyState(text(existing, "state"))
        if state is IdempotencyState.DONE:
            return IdempotencyClaim(
                state=state,
                request_hash=text(existing, "request_hash"),
                status_code=number(existing, "status_code"),
                response=json.loads(text(existing, "response")),
            )
        return IdempotencyClaim(state=state, request_hash=text(existing, "request_hash"))
    return IdempotencyClaim(state=IdempotencyState.IN_PROGRESS, request_hash=request_hash)


def complete_idempotency(
    table: Table, user_id: str, key: str, status_code: int, response: dict[str, Any], now: datetime
) -> None:
    """Store the response on the claim. A claim that was released meanwhile stays released (no half record)."""
    try:
        _store_response(table, user_id, key, status_code, response, now)
    except ClientError as error:
        if error_code(error) != "ConditionalCheckFailedException":
            raise


def _store_response(
    table: Table, user_id: str, key: str, status_code: int, response: dict[str, Any], now: datetime
) -> None:
    table.client.update_item(
        TableName=table.name,
        Key=table.key(user_id, idempotency_key(key)),
        UpdateExpression="SET #state = :done, #status = :status, #response = :response, #exp = :exp",
        ConditionExpression="attribute_exists(#sk)",
        ExpressionAttributeNames={
            "#sk": "sk",
            "#state": "state",
            "#status": "status_code",
            "#response": "response",
            "#exp": TTL_ATTRIBUTE,
        },
        ExpressionAttributeValues={
            ":done": s(IdempotencyState.DONE.value),
            ":status": n(status_code),
            ":response": s(json.dumps(response, separators=(",", ":"), default=str)),
            ":exp": n(epoch(now + IDEMPOTENCY_TTL)),
        },
    )


def release_idempotency(table: Table, user_id: str, key: str) -> None:
    table.client.delete_item(TableName=table.name, Key=table.key(user_id, idempotency_key(key)))
