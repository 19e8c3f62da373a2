"""Idempotent generation: the same request (same key, same body) returns the stored result; the writer runs once.

Only the request that runs pays for it: the quota is taken after the claim is won, never for a replay.

The storage port decides who runs (`claim_idempotency` gives NEW to exactly one claimant, even across processes).
Everyone else waits: in this process on an asyncio.Event the runner sets when it finishes, elsewhere by polling the
store with backoff. When the runner fails, its claim is released and the next waiter runs the request itself, so a
failure is never replayed as if it were the answer. Only successes are stored.

A runner that dies without releasing (kill -9, out of memory) leaves its claim behind; the claim names its owner
(claim_owner.py) and the runner sends heartbeats while it works. A claim whose owner is certainly gone is resolved
when it is met again, by a retry or at start-up (`recover_abandoned`): if the letter was stored before the crash it
becomes the stored answer and is replayed; otherwise the claim is taken over and the letter is generated once.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from anyio import to_thread

from careervp.handlers.api.claim_owner import HEARTBEAT_INTERVAL_S, ClaimOwner, this_process
from careervp.handlers.api.errors import ApiError
from careervp.logic.ports import StorageError
from careervp.logic.service.claims import IdempotencyClaims
from careervp.models.api import CoverLetterPublic
from careervp.models.codes import ResultCode
from careervp.models.records import IdempotencyState
from careervp.models.results import GenerationResult

log = logging.getLogger("careervp.api.idempotency")


def request_hash(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def idempotency_key(user_id: str, cv_id: str, job_id: str, header_key: str | None, body_hash: str) -> str:
    """The caller's `Idempotency-Key`, or the contract's derived key `cover_letter#{user}#{cv}#{job}` + body hash."""
    if header_key:
        return f"key#{header_key}"
    return f"cover_letter#{user_id}#{cv_id}#{job_id}#{body_hash[:32]}"


@dataclass(frozen=True)
class Produced:
    """An answer: a new success as `content`, the JSON that was stored and is sent as it is; a replay or a failure
    as `answer`, a body still to be finished (fresh links, metrics) before it is sent."""

    status_code: int
    answer: dict[str, Any] | None
    replayed: bool
    result: GenerationResult | None = None
    content: bytes | None = None

    @property
    def body(self) -> dict[str, Any]:
        if self.answer is not None:
            return self.answer
        parsed: dict[str, Any] = json.loads(self.content or b"{}")
        return parsed


class KeptAnswer:
    """A new letter's answer, kept for retries by the service (an `AnswerKeeper`) in the thread that stored the
    letter: serialised once, stored on the claim, and the same bytes sent to the caller. `finish` makes the body
    what the caller gets (absolute links)."""

    def __init__(
        self,
        claims: IdempotencyClaims,
        user_id: str,
        key: str,
        finish: Callable[[CoverLetterPublic], CoverLetterPublic],
    ) -> None:
        self._claims = claims
        self._user_id = user_id
        self._key = key
        self._finish = finish
        self.content: bytes | None = None

    def __call__(self, body: CoverLetterPublic) -> CoverLetterPublic:
        body = self._finish(body)
        text = body.model_dump_json()
        settle(self._claims, self._user_id, self._key, body.code.http_status, text)
        self.content = text.encode()
        return body


def settle(claims: IdempotencyClaims, user_id: str, key: str, status_code: int | None, body: str | None) -> None:
    """Store a success (status_code and body given) or release the claim. If the store fails now, the letter is
    still the answer: the claim is released (or lapses) and a retry generates again."""
    try:
        if status_code is None or body is None:
            claims.release(user_id, key)
        else:
            claims.complete(user_id, key, status_code, body)
    except StorageError:
        log.warning("idempotency record could not be updated", extra={"key_kind": key.split("#", 1)[0]})
        with contextlib.suppress(StorageError):
            claims.release(user_id, key)


class IdempotencyCoordinator:
    def __init__(
        self,
        claims: IdempotencyClaims,
        *,
        wait_timeout_s: float,
        poll_interval_s: float = 0.05,
        max_poll_interval_s: float = 1.0,
        owner: ClaimOwner | None = None,
        heartbeat_s: float = HEARTBEAT_INTERVAL_S,
    ) -> None:
        self._claims = claims
        self._owner = owner or this_process()
        self._heartbeat_s = heartbeat_s
        self._wait_timeout_s = wait_timeout_s
        self._poll_interval_s = poll_interval_s
        self._max_poll_interval_s = max_poll_interval_s
        self._running: dict[tuple[str, str], asyncio.Event] = {}

    async def run(
        self,
        user_id: str,
        key: str,
        body_hash: str,
        produce: Callable[[], Awaitable[GenerationResult]],
        admit: Callable[[], Awaitable[None]] | None = None,
        kept: KeptAnswer | None = None,
    ) -> Produced:
        """The stored answer for (user, key), or a new one from `produce`. `admit` runs only when this request is
        the one that generates (after winning the claim; it may raise to refuse, e.g. a spent quota), so a replay
        never costs what a generation costs. `kept`: the `answer_for` this key that `produce` hands the service;
        when it has kept the answer, nothing is left to store here."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._wait_timeout_s
        interval = self._poll_interval_s
        while True:
            claim = await to_thread.run_sync(self._claims.claim, user_id, key, body_hash, str(self._owner))
            if claim.state is IdempotencyState.NEW:
                break
            if claim.request_hash != body_hash:
                raise ApiError(
                    ResultCode.INVALID_REQUEST,
                    "Idempotency-Key: this key was already used with a different request body.",
                    field="Idempotency-Key",
                )
            if claim.state is IdempotencyState.DONE and claim.response is not None and claim.status_code:
                return Produced(claim.status_code, claim.response, replayed=True)
            if self._owner.is_gone(claim.owner):
                stored = await self._resolve_abandoned(user_id, key, claim.owner)
                if stored is not None:
                    return stored
                if await self._took_over(user_id, key, claim.owner):
                    break
                continue
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise ApiError(
                    ResultCode.CV_LETTER_GENERATION_TIMEOUT,
                    "An identical request is still being processed; retry later.",
                )
            await self._wait_for_runner((user_id, key), min(interval, remaining))
            interval = min(interval * 2, self._max_poll_interval_s)
        if admit is not None:
            try:
                await admit()
            except BaseException:
                with contextlib.suppress(StorageError):
                    await to_thread.run_sync(self._claims.release, user_id, key)
                raise
        return await self._produce(user_id, key, produce, kept)

    async def _wait_for_runner(self, slot: tuple[str, str], timeout: float) -> None:
        event = self._running.get(slot)
        if event is None:  # the runner is another process: poll the store
            await asyncio.sleep(timeout)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), timeout=max(timeout, self._max_poll_interval_s))

    async def _resolve_abandoned(self, user_id: str, key: str, gone_owner: str) -> Produced | None:
        """A crashed runner's claim: its stored letter, now completed as the answer; None when nothing was stored."""
        body = await to_thread.run_sync(self._claims.stored_answer, user_id, key)
        if body is None:
            return None
        log.info("replaying a letter stored by a crashed process", extra={"owner": gone_owner})
        await to_thread.run_sync(self._claims.complete, user_id, key, 200, json.dumps(body, separators=(",", ":")))
        return Produced(200, body, replayed=True)

    async def _took_over(self, user_id: str, key: str, gone_owner: str) -> bool:
        return await to_thread.run_sync(self._claims.take_over, user_id, key, gone_owner, str(self._owner))

    async def recover_abandoned(self) -> int:
        """At start-up: settle every claim a crashed process on this machine left behind, so nobody waits for it.
        A stored letter becomes the answer; a claim without one is released (the retry generates once)."""
        settled = 0
        for user_id, key, claim in await to_thread.run_sync(self._claims.unfinished):
            if not self._owner.is_gone(claim.owner):
                continue
            if await self._resolve_abandoned(user_id, key, claim.owner) is None:
                if not await self._took_over(user_id, key, claim.owner):
                    continue  # someone else is settling it
                await to_thread.run_sync(self._claims.release, user_id, key)
            settled += 1
        return settled

    async def _heartbeat(self, user_id: str, key: str) -> None:
        while True:
            await asyncio.sleep(self._heartbeat_s)
            with contextlib.suppress(StorageError):
                await to_thread.run_sync(self._claims.heartbeat, user_id, key, str(self._owner))

    def answer_for(
        self, user_id: str, key: str, finish: Callable[[CoverLetterPublic], CoverLetterPublic]
    ) -> KeptAnswer:
        """The `AnswerKeeper` for a generation under (user, key); pass it to `run` as well."""
        return KeptAnswer(self._claims, user_id, key, finish)

    async def _produce(
        self,
        user_id: str,
        key: str,
        produce: Callable[[], Awaitable[GenerationResult]],
        kept: KeptAnswer | None,
    ) -> Produced:
        slot = (user_id, key)
        event = self._running[slot] = asyncio.Event()
        beating = asyncio.create_task(self._heartbeat(user_id, key))
        try:
            result = await produce()
            if not result.code.is_success:
                await self._settle(user_id, key, None, None)
                return Produced(result.http_status, result.body.model_dump(mode="json"), replayed=False, result=result)
            if kept is not None and kept.content is not None:
                return Produced(result.http_status, None, replayed=False, result=result, content=kept.content)
            # Serialised once: the record every retry is answered with, and the bytes this request is answered with.
            content = result.body.model_dump_json()
            await self._settle(user_id, key, result.http_status, content)
            return Produced(result.http_status, None, replayed=False, result=result, content=content.encode())
        except BaseException:
            with contextlib.suppress(StorageError):
                self._claims.release(user_id, key)
            raise
        finally:
            beating.cancel()
            event.set()
            if self._running.get(slot) is event:
                del self._running[slot]

    async def _settle(self, user_id: str, key: str, status_code: int | None, body: str | None) -> None:
        await to_thread.run_sync(settle, self._claims, user_id, key, status_code, body)
