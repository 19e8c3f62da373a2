"""The quota contract: every adapter that counts requests answers exactly what `logic.ratelimit` decides for the
counts it holds, on the adapter's own clock. The adapters count (atomically, each in its own way); they never decide.

Subclass `QuotaContract` and provide a `quota` fixture: a fresh, empty adapter whose clock reads `FIXED_NOW`.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from careervp.logic import ratelimit
from careervp.logic.ports import Repository
from careervp.models.records import RateBucket

from .repository_contract import MINUTE_START, buckets

# Inside the windows `buckets` makes (and in the future, so no adapter sweeps their counters as expired).
FIXED_EPOCH = MINUTE_START + 17
FIXED_NOW = datetime.fromtimestamp(FIXED_EPOCH, UTC)


def fixed_clock() -> datetime:
    return FIXED_NOW


class QuotaContract:
    @pytest.fixture
    def quota(self) -> Repository:
        raise NotImplementedError

    def test_no_windows_answers_as_the_rule_does(self, quota: Repository) -> None:
        assert quota.consume_rate("alice", []) == ratelimit.decide([], [], FIXED_EPOCH)
        assert quota.rate_standing("alice", []) == ratelimit.standing([], [], FIXED_EPOCH)

    def test_every_answer_is_the_rule_applied_to_the_counts_before_it(self, quota: Repository) -> None:
        self._consume_and_compare(quota, buckets(3, 4, 200), requests=6)

    def test_the_tightest_window_is_reported_as_the_rule_says(self, quota: Repository) -> None:
        self._consume_and_compare(quota, buckets(5, 2, 3), requests=4)

    def test_a_zero_limit_is_refused_as_the_rule_says(self, quota: Repository) -> None:
        self._consume_and_compare(quota, buckets(0, 10, 10), requests=2)

    def test_standing_is_the_rule_applied_to_the_counts_held(self, quota: Repository) -> None:
        windows = buckets(2, 30, 200)
        for held in range(4):
            counts = [min(held, 2)] * 3
            assert quota.rate_standing("alice", windows) == ratelimit.standing(windows, counts, FIXED_EPOCH)
            quota.consume_rate("alice", windows)

    @staticmethod
    def _consume_and_compare(quota: Repository, windows: list[RateBucket], *, requests: int) -> None:
        counts = [0] * len(windows)
        for _ in range(requests):
            expected = ratelimit.decide(windows, counts, FIXED_EPOCH)
            assert quota.consume_rate("alice", windows) == expected
            if expected.allowed:
                counts = [count + 1 for count in counts]
