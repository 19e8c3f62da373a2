"""The caller's tier quota, for every door: a generation (or a verification of an edited letter) is counted, any
other response only reports where the quota stands.

Which windows a request falls into and what the counts mean is `logic.ratelimit`; the counting itself is the
repository's, atomic in every adapter. A door asks one of the two questions below and maps the answer.
"""

from __future__ import annotations

from collections.abc import Mapping

from careervp.logic import ratelimit
from careervp.logic.ports import Clock, Repository
from careervp.models.records import RateBucket, RateWindow
from careervp.models.results import QuotaCharge, UserContext


class QuotaService:
    def __init__(
        self,
        *,
        repository: Repository,
        clock: Clock,
        tiers: Mapping[str, Mapping[RateWindow, int]],
        enabled: bool = True,
    ) -> None:
        self._repo = repository
        self._clock = clock
        self._tiers = tiers
        self.enabled = enabled

    def charge(self, user: UserContext) -> QuotaCharge | None:
        """Count one request in every window of the user's tier, unless one is full; None when limits are off.

        Raises the repository's StorageError when the counters cannot be reached."""
        if not self.enabled:
            return None
        outcome = self._repo.consume_rate(user.user_id, self._buckets(user))
        wait = 0 if outcome.allowed else ratelimit.retry_after(outcome, self._now())
        return QuotaCharge(outcome.allowed, outcome.limit, ratelimit.rate_headers(outcome), wait)

    def standing_headers(self, user: UserContext) -> dict[str, str]:
        """The X-RateLimit-* headers for a response that counted nothing; empty when limits are off.

        Raises the repository's StorageError when the counters cannot be reached."""
        if not self.enabled:
            return {}
        return ratelimit.rate_headers(self._repo.rate_standing(user.user_id, self._buckets(user)))

    def _buckets(self, user: UserContext) -> list[RateBucket]:
        return ratelimit.buckets_for(ratelimit.tier_limits(self._tiers, user.tier), self._now())

    def _now(self) -> int:
        return int(self._clock.now().timestamp())
