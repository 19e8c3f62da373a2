from __future__ import annotations

import pytest

from careervp.core.settings import DEFAULT_TIERS
from careervp.logic.ratelimit import buckets_for, decide, rate_headers, retry_after, tier_limits
from careervp.models.records import RateOutcome, RateWindow

NOW = 1_764_373_275  # 2025-11-28 23:41:15 UTC


def test_buckets_are_the_fixed_windows_containing_now() -> None:
    minute, hour, day = buckets_for(DEFAULT_TIERS["free"], NOW)
    assert (minute.window, minute.window_start, minute.limit) == (RateWindow.MINUTE, NOW - 15, 5)
    assert (hour.window, hour.window_start, hour.limit) == (RateWindow.HOUR, NOW - 41 * 60 - 15, 30)
    assert (day.window, day.window_start, day.limit) == (RateWindow.DAY, NOW - (23 * 3600 + 41 * 60 + 15), 200)
    assert minute.reset_at == NOW + 45


def test_unknown_tier_falls_back_to_free_and_no_tiers_means_nothing_allowed() -> None:
    assert tier_limits(DEFAULT_TIERS, "platinum") == DEFAULT_TIERS["free"]
    assert tier_limits(DEFAULT_TIERS, "premium")[RateWindow.MINUTE] == 15
    assert set(tier_limits({}, "free").values()) == {0}


def test_allowed_reports_the_window_with_fewest_left_after_this_request() -> None:
    buckets = buckets_for(DEFAULT_TIERS["free"], NOW)
    outcome = decide(buckets, [0, 28, 0], NOW)
    assert outcome.allowed
    assert (outcome.limit, outcome.remaining, outcome.reset_at) == (30, 1, buckets[1].reset_at)


def test_ties_report_the_window_that_resets_last() -> None:
    buckets = buckets_for({RateWindow.MINUTE: 5, RateWindow.HOUR: 5}, NOW)
    outcome = decide(buckets, [4, 4], NOW)
    assert (outcome.remaining, outcome.reset_at) == (0, buckets[1].reset_at)


def test_refused_reports_the_full_window_that_frees_last() -> None:
    buckets = buckets_for(DEFAULT_TIERS["free"], NOW)
    outcome = decide(buckets, [5, 30, 3], NOW)
    assert not outcome.allowed
    assert (outcome.limit, outcome.remaining) == (30, 0)
    assert outcome.retry_after == buckets[1].reset_at - NOW


def test_retry_after_is_at_least_one_second() -> None:
    buckets = buckets_for({RateWindow.MINUTE: 1}, NOW - NOW % 60)
    assert decide(buckets, [1], buckets[0].reset_at).retry_after == 1
    assert retry_after(RateOutcome(allowed=False, limit=1, remaining=0, reset_at=NOW), NOW + 5) == 1


def test_counts_must_match_buckets() -> None:
    with pytest.raises(ValueError, match="one count per bucket"):
        decide(buckets_for(DEFAULT_TIERS["free"], NOW), [0], NOW)
    assert decide([], [], NOW).allowed


def test_headers() -> None:
    headers = rate_headers(RateOutcome(allowed=True, limit=5, remaining=-1, reset_at=NOW))
    assert headers == {"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(NOW)}
