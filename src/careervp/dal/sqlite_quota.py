"""Rate-limit counters in the SQLite file: one row per (user, window, window start). `consume` runs inside the
caller's `BEGIN IMMEDIATE` transaction, which is what makes "count one request in every window or in none" atomic
across threads and processes."""

from __future__ import annotations

import sqlite3

from careervp.logic import ratelimit
from careervp.models.records import RateBucket, RateOutcome

# Counters outlive their window a little; expired ones are swept on the user's next request.
RATE_COUNTER_GRACE_S = 3600


def _counts(db: sqlite3.Connection, user_id: str, buckets: list[RateBucket]) -> list[int]:
    counts = []
    for bucket in buckets:
        row = db.execute(
            "SELECT hits FROM rate_counters WHERE user_id = ? AND rate_window = ? AND window_start = ?",
            (user_id, bucket.window.value, bucket.window_start),
        ).fetchone()
        counts.append(int(row[0]) if row else 0)
    return counts


def consume(db: sqlite3.Connection, user_id: str, buckets: list[RateBucket], now: int) -> RateOutcome:
    db.execute("DELETE FROM rate_counters WHERE user_id = ? AND expires_at <= ?", (user_id, now))
    outcome = ratelimit.decide(buckets, _counts(db, user_id, buckets), now)
    if outcome.allowed:
        db.executemany(
            "INSERT INTO rate_counters (user_id, rate_window, window_start, hits, expires_at) VALUES (?, ?, ?, 1, ?)"
            " ON CONFLICT (user_id, rate_window, window_start) DO UPDATE SET hits = hits + 1",
            [(user_id, b.window.value, b.window_start, b.reset_at + RATE_COUNTER_GRACE_S) for b in buckets],
        )
    return outcome


def standing(db: sqlite3.Connection, user_id: str, buckets: list[RateBucket], now: int) -> RateOutcome:
    return ratelimit.standing(buckets, _counts(db, user_id, buckets), now)
