"""Idempotency records on the DynamoDB table (`sk=IDEMPOTENCY#{key}` in the user's partition).

Claims must hold across Lambda instances, so every decision is a DynamoDB condition rather than a read:
- a key is claimed with `attribute_not_exists` (or over an expired record, or over an in-progress one whose owner has
  not sent a heartbeat for a whole lease), so of two simultaneous requests exactly one wins;
- an in-progress record names its `owner` and its last `heartbeat_at`; `take_over` hands it to a new owner only if
  the owner is still the one the caller found gone (compare-and-set), so of several rescuers exactly one wins.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from botocore.exceptions import ClientError

from careervp.dal.dynamodb_table import (
    MAX_TRANSACTION_ATTEMPTS,
    TTL_ATTRIBUTE,
    Item,
    Table,
    epoch,
    error_code,
    idempotency_key,
    n,
    number,
    s,
    text,
)
from careervp.models.records import IdempotencyClaim, IdempotencyState

IDEMPOTENCY_TTL = timedelta(hours=24)
# An in-progress claim whose owner has been silent this long belongs to a request that died (the Lambda timeout is
# 300 s): anyone may claim it again. Same value as the SQLite adapter.
IDEMPOTENCY_LEASE = timedelta(minutes=10)

_IN_PROGRESS = IdempotencyState.IN_PROGRESS.value
_NAMES = {"#state": "state", "#beat": "heartbeat_at"}


def claim(table: Table, user_id: str, key: str, request_hash: str, now: datetime, owner: str) -> IdempotencyClaim:
    item: Item = table.key(user_id, idempotency_key(key))
    item.update(
        {
            "state": s(_IN_PROGRESS),
            "request_hash": s(request_hash),
            "claimed_at": n(epoch(now)),
            "owner": s(owner),
            "heartbeat_at": n(epoch(now)),
            TTL_ATTRIBUTE: n(epoch(now + IDEMPOTENCY_TTL)),
        }
    )
    for _ in range(MAX_TRANSACTION_ATTEMPTS):
        try:
            table.client.put_item(
                TableName=table.name,
                Item=item,
                ConditionExpression=(
                    "attribute_not_exists(#sk) OR #exp <= :now OR (#state = :in_progress AND"
                    " ((attribute_exists(#beat) AND #beat < :stale)"
                    " OR (attribute_not_exists(#beat) AND #claimed < :stale)))"
                ),
                ExpressionAttributeNames={"#sk": "sk", "#exp": TTL_ATTRIBUTE, "#claimed": "claimed_at", **_NAMES},
                ExpressionAttributeValues={
                    ":now": n(epoch(now)),
                    ":in_progress": s(_IN_PROGRESS),
                    ":stale": n(epoch(now - IDEMPOTENCY_LEASE)),
                },
            )
            return IdempotencyClaim(
                state=IdempotencyState.NEW, request_hash=request_hash, owner=owner, heartbeat_at=now
            )
        except ClientError as error:
            if error_code(error) != "ConditionalCheckFailedException":
                raise
        existing = table.get(user_id, idempotency_key(key))
        if existing is not None:
            return _claim_from(existing)
        # released or expired between our put and our read: try to claim again
    return IdempotencyClaim(state=IdempotencyState.IN_PROGRESS, request_hash=request_hash)


def _claim_from(item: Item) -> IdempotencyClaim:
    state = IdempotencyState(text(item, "state"))
    if state is IdempotencyState.DONE:
        return IdempotencyClaim(
            state=state,
            request_hash=text(item, "request_hash"),
            status_code=number(item, "status_code"),
            response=json.loads(text(item, "response")),
        )
    beat = max(number(item, "claimed_at"), number(item, "heartbeat_at"))
    return IdempotencyClaim(
        state=state,
        request_hash=text(item, "request_hash"),
        owner=text(item, "owner") if "owner" in item else "",
        heartbeat_at=datetime.fromtimestamp(beat, UTC),
    )


def _owned_update(table: Table, user_id: str, key: str, expected_owner: str, values: dict[str, Any]) -> bool:
    """SET the given attributes on an in-progress record held by `expected_owner`; False when it is not."""
    assignments = ", ".join(f"#{name} = :{name}" for name in values)
    try:
        table.client.update_item(
            TableName=table.name,
            Key=table.key(user_id, idempotency_key(key)),
            UpdateExpression=f"SET {assignments}",
            ConditionExpression="#state = :in_progress AND #expected_owner = :expected",
            ExpressionAttributeNames={
                "#state": "state",
                "#expected_owner": "owner",
                **{f"#{name}": name for name in values},
            },
            ExpressionAttributeValues={
                ":in_progress": s(_IN_PROGRESS),
                ":expected": s(expected_owner),
                **{f":{name}": value for name, value in values.items()},
            },
        )
    except ClientError as error:
        if error_code(error) != "ConditionalCheckFailedException":
            raise
        return False
    return True


def heartbeat(table: Table, user_id: str, key: str, owner: str, now: datetime) -> None:
    _owned_update(table, user_id, key, owner, {"heartbeat_at": n(epoch(now))})


def take_over(table: Table, user_id: str, key: str, previous: str, owner: str, now: datetime) -> bool:
    return _owned_update(table, user_id, key, previous, {"owner": s(owner), "heartbeat_at": n(epoch(now))})


def complete(table: Table, user_id: str, key: str, status_code: int, response: str, now: datetime) -> None:
    """Store the response on the claim. A claim that was released meanwhile stays released (no half record)."""
    try:
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
                ":response": s(response),
                ":exp": n(epoch(now + IDEMPOTENCY_TTL)),
            },
        )
    except ClientError as error:
        if error_code(error) != "ConditionalCheckFailedException":
            raise


def release(table: Table, user_id: str, key: str) -> None:
    table.client.delete_item(TableName=table.name, Key=table.key(user_id, idempotency_key(key)))
