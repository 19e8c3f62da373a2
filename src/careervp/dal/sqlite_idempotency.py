"""Idempotency records in the SQLite file: one row per (user, key), claimed inside `BEGIN IMMEDIATE` so exactly one
claimant wins, even across processes.

An in-progress row names its `owner` (the claiming process) and the last `heartbeat_at`. A row whose owner stopped
beating for a whole lease is free to claim again; a row whose owner is known to be gone (a crashed process on this
machine) can be handed over at once with `take_over`, which is a compare-and-set on the owner.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from careervp.models.records import IdempotencyClaim, IdempotencyState

# How long a finished request's response is replayed, and how long after its last heartbeat an unfinished claim is
# presumed dead (the generation timeout is 300 s). Same values as the DynamoDB adapter.
IDEMPOTENCY_TTL = timedelta(hours=24)
IDEMPOTENCY_LEASE = timedelta(minutes=10)

_IN_PROGRESS = IdempotencyState.IN_PROGRESS.value
_COLUMNS = "state, request_hash, status_code, response, claimed_at, expires_at, owner, heartbeat_at"


def _claim_from(row: tuple[Any, ...]) -> IdempotencyClaim:
    state, request_hash, status_code, response, claimed_at, _expires, owner, heartbeat_at = row
    if state == IdempotencyState.DONE.value:
        return IdempotencyClaim(
            state=IdempotencyState.DONE,
            request_hash=request_hash,
            status_code=status_code,
            response=json.loads(response),
        )
    beat = max(float(claimed_at), float(heartbeat_at or 0))
    return IdempotencyClaim(
        state=IdempotencyState.IN_PROGRESS,
        request_hash=request_hash,
        owner=owner or "",
        heartbeat_at=datetime.fromtimestamp(beat, UTC),
    )


def claim(
    db: sqlite3.Connection, user_id: str, key: str, request_hash: str, now: datetime, owner: str
) -> IdempotencyClaim:
    """Exactly one of any number of simultaneous claimants gets NEW; the others see IN_PROGRESS, then DONE."""
    moment = now.timestamp()
    row = db.execute(f"SELECT {_COLUMNS} FROM idempotency WHERE user_id = ? AND key = ?", (user_id, key)).fetchone()  # noqa: S608
    if row is not None and row[5] > moment:
        existing = _claim_from(row)
        lapsed = existing.heartbeat_at is not None and existing.heartbeat_at < now - IDEMPOTENCY_LEASE
        if not lapsed:
            return existing
    db.execute(
        "INSERT OR REPLACE INTO idempotency (user_id, key, request_hash, state, status_code, response, claimed_at,"
        " expires_at, owner, heartbeat_at) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)",
        (user_id, key, request_hash, _IN_PROGRESS, moment, moment + IDEMPOTENCY_TTL.total_seconds(), owner, moment),
    )
    return IdempotencyClaim(state=IdempotencyState.NEW, request_hash=request_hash, owner=owner, heartbeat_at=now)


def heartbeat(db: sqlite3.Connection, user_id: str, key: str, owner: str, now: datetime) -> None:
    db.execute(
        "UPDATE idempotency SET heartbeat_at = ? WHERE user_id = ? AND key = ? AND state = ? AND owner = ?",
        (now.timestamp(), user_id, key, _IN_PROGRESS, owner),
    )


def take_over(db: sqlite3.Connection, user_id: str, key: str, previous: str, owner: str, now: datetime) -> bool:
    cursor = db.execute(
        "UPDATE idempotency SET owner = ?, heartbeat_at = ? WHERE user_id = ? AND key = ? AND state = ? AND owner = ?",
        (owner, now.timestamp(), user_id, key, _IN_PROGRESS, previous),
    )
    return cursor.rowcount == 1


def complete(db: sqlite3.Connection, user_id: str, key: str, status_code: int, response: str, now: datetime) -> None:
    """Store the response on the claim. A claim released meanwhile stays released (no half record)."""
    db.execute(
        "UPDATE idempotency SET state = ?, status_code = ?, response = ?, expires_at = ? WHERE user_id = ? AND key = ?",
        (
            IdempotencyState.DONE.value,
            status_code,
            response,
            (now + IDEMPOTENCY_TTL).timestamp(),
            user_id,
            key,
        ),
    )


def in_progress(db: sqlite3.Connection, now: datetime) -> list[tuple[str, str, IdempotencyClaim]]:
    """Every unexpired in-progress claim, as (user_id, key, claim): what a restart looks at for abandoned work."""
    rows = db.execute(
        f"SELECT user_id, key, {_COLUMNS} FROM idempotency WHERE state = ? AND expires_at > ?",  # noqa: S608
        (_IN_PROGRESS, now.timestamp()),
    ).fetchall()
    return [(str(row[0]), str(row[1]), _claim_from(tuple(row[2:]))) for row in rows]
