"""The idempotency records of generation requests, for the door that coordinates retries: who runs a request (the
claim), that its runner is still alive (heartbeats), the answer it stored, and the claims a crashed process left.

The store decides atomically who wins a claim; the time of every record is this service's clock. Each method raises
the store's StorageError when it cannot be reached.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from careervp.logic.ports import ClaimSweep, Clock, Repository
from careervp.models.records import IdempotencyClaim

# The answer stored for (user_id, request key) before its claim could be completed, as a response body; or None.
FindStored = Callable[[str, str], "dict[str, Any] | None"]


class IdempotencyClaims:
    def __init__(self, repository: Repository, clock: Clock, *, find_stored: FindStored | None = None) -> None:
        self._repo = repository
        self._clock = clock
        self._find_stored = find_stored or (lambda _user, _key: None)

    def claim(self, user_id: str, key: str, body_hash: str, owner: str) -> IdempotencyClaim:
        """NEW for exactly one claimant, who then runs the request; the others see the claim as it stands."""
        return self._repo.claim_idempotency(user_id, key, body_hash, self._clock.now(), owner)

    def heartbeat(self, user_id: str, key: str, owner: str) -> None:
        self._repo.heartbeat_idempotency(user_id, key, owner, self._clock.now())

    def take_over(self, user_id: str, key: str, gone_owner: str, owner: str) -> bool:
        """True for exactly one of several processes taking over the claim of a runner that is gone."""
        return self._repo.take_over_idempotency(user_id, key, gone_owner, owner, self._clock.now())

    def complete(self, user_id: str, key: str, status_code: int, body: str) -> None:
        """Store the answer (the body as JSON text, kept as given): every later request with this key is answered
        with it."""
        self._repo.complete_idempotency(user_id, key, status_code, body, self._clock.now())

    def release(self, user_id: str, key: str) -> None:
        """Give the claim up: the next request with this key runs again."""
        self._repo.release_idempotency(user_id, key)

    def stored_answer(self, user_id: str, key: str) -> dict[str, Any] | None:
        """The letter a runner stored under `key` before it could complete its claim, as a response body."""
        return self._find_stored(user_id, key)

    def unfinished(self) -> list[tuple[str, str, IdempotencyClaim]]:
        """Every claim still in progress as (user_id, key, claim); empty for a store that is not listed whole (a
        shared cloud table), whose abandoned claims are settled when a retry meets them."""
        return self._repo.in_progress_claims() if isinstance(self._repo, ClaimSweep) else []
