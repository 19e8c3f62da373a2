"""Rate-limit arithmetic, pure: which fixed windows a request falls into, and what to tell the caller.

Counting happens in the storage adapter (atomically); deciding what the counts mean happens here, so every adapter
answers the same way and the maths is tested without a database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from careervp.models.records import RateBucket, RateOutcome, RateWindow

WINDOW_SECONDS: dict[RateWindow, int] = {RateWindow.MINUTE: 60, RateWindow.HOUR: 3600, RateWindow.DAY: 86_400}
DEFAULT_TIER = "free"


def buckets_for(limits: Mapping[RateWindow, int], now_epoch: int) -> list[RateBucket]:
    """The fixed windows (minute, hour, day, in that order) that contain `now_epoch`, each with its limit."""
    return [
        RateBucket(window=window, window_start=now_epoch - now_epoch % WINDOW_SECONDS[window], limit=limits[window])
        for window in (RateWindow.MINUTE, RateWindow.HOUR, RateWindow.DAY)
        if window in limits
    ]


def tier_limits(tiers: Mapping[str, Mapping[RateWindow, int]], tier: str) -> Mapping[RateWindow, int]:
    """The tier's limits; an unknown tier gets the default (free) tier's, never no limit at all."""
    if tier in tiers:
        return tiers[tier]
    if DEFAULT_TIER in tiers:
        return tiers[DEFAULT_TIER]
    return dict.fromkeys(WINDOW_SECONDS, 0)


def decide(buckets: Sequence[RateBucket], counts: Sequence[int], now_epoch: int) -> RateOutcome:
    """Given how many requests each bucket already holds, may one more go through, and what do the headers say?

    Refused: report the full window that frees up last (retrying earlier would only fail again).
    Allowed: report the window with the fewest requests left after this one (ties: the one that resets last).
    """
    if len(buckets) != len(counts):
        raise ValueError("one count per bucket")
    if not buckets:
        return RateOutcome(allowed=True, limit=0, remaining=0, reset_at=now_epoch)
    full = [bucket for bucket, count in zip(buckets, counts, strict=True) if count >= bucket.limit]
    if full:
        binding = max(full, key=lambda b: b.reset_at)
        return RateOutcome(
            allowed=False,
            limit=binding.limit,
            remaining=0,
            reset_at=binding.reset_at,
            retry_after=max(1, binding.reset_at - now_epoch),
        )
    left = [max(0, bucket.limit - count - 1) for bucket, count in zip(buckets, counts, strict=True)]
    index = min(range(len(buckets)), key=lambda i: (left[i], -buckets[i].reset_at))
    return RateOutcome(
        allowed=True, limit=buckets[index].limit, remaining=left[index], reset_at=buckets[index].reset_at
    )


def standing(buckets: Sequence[RateBucket], counts: Sequence[int], now_epoch: int) -> RateOutcome:
    """What the headers say on a response that counted nothing (a replay, a read, a refused body): how many
    generations are left now, in the window with the fewest left (ties: the one that resets last)."""
    if len(buckets) != len(counts):
        raise ValueError("one count per bucket")
    if not buckets:
        return RateOutcome(allowed=True, limit=0, remaining=0, reset_at=now_epoch)
    left = [max(0, bucket.limit - count) for bucket, count in zip(buckets, counts, strict=True)]
    if 0 in left:  # spent: the window that frees up last is the one that matters
        index = max((i for i in range(len(buckets)) if left[i] == 0), key=lambda i: buckets[i].reset_at)
    else:
        index = min(range(len(buckets)), key=lambda i: (left[i], -buckets[i].reset_at))
    binding = buckets[index]
    return RateOutcome(
        allowed=left[index] > 0,
        limit=binding.limit,
        remaining=left[index],
        reset_at=binding.reset_at,
        retry_after=0 if left[index] else max(1, binding.reset_at - now_epoch),
    )


def retry_after(outcome: RateOutcome, now_epoch: int) -> int:
    """Seconds until the binding window resets, at least 1, measured by the caller's own clock."""
    return max(1, outcome.reset_at - now_epoch)


def rate_headers(outcome: RateOutcome) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(outcome.limit),
        "X-RateLimit-Remaining": str(max(0, outcome.remaining)),
        "X-RateLimit-Reset": str(outcome.reset_at),
    }
