"""DynamoDB adapter against a moto server: the facts specific to DynamoDB (key layout, conditions, TTL filtering,
atomic counters under concurrency, error mapping). The shared storage contract runs in test_dynamodb_contract.py."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import boto3
import pytest

from careervp.dal.dynamodb import DynamoRepository
from careervp.dal.dynamodb_table import TTL_ATTRIBUTE, letter_key
from careervp.logic.ports import StorageError
from careervp.models.records import IdempotencyState, RateBucket, RateWindow

from .conftest import NOW, REGION, make_cv_record, make_job_record, make_letter


def _raw_item(repo: DynamoRepository, moto_endpoint: str, user_id: str, sk: str) -> dict[str, object] | None:
    client = boto3.client("dynamodb", region_name=REGION, endpoint_url=moto_endpoint)
    reply = client.get_item(TableName=repo.table_name, Key={"user_id": {"S": user_id}, "sk": {"S": sk}})
    return reply.get("Item")


def test_letter_is_stored_under_the_contract_key_with_a_ttl_90_days_out(
    dynamo_repo: DynamoRepository, moto_endpoint: str
) -> None:
    stored = dynamo_repo.add_letter(make_letter("u1", "cv1", "job1"))
    item = _raw_item(dynamo_repo, moto_endpoint, "u1", "ARTIFACT#COVER_LETTER#cv1#job1#v1")
    assert item is not None
    assert int(item[TTL_ATTRIBUTE]["N"]) == int(stored.expires_at.timestamp())  # type: ignore[index]
    assert stored.expires_at - NOW == timedelta(days=90)


def test_hash_inside_ids_cannot_collide_with_another_pair(dynamo_repo: DynamoRepository) -> None:
    first = dynamo_repo.add_letter(make_letter("u1", "a#b", "c"))
    second = dynamo_repo.add_letter(make_letter("u1", "a", "b#c"))
    assert (first.version, second.version) == (1, 1)
    assert letter_key("a#b", "c", 1) != letter_key("a", "b#c", 1)
    latest = dynamo_repo.get_letter("u1", "a", "b#c")
    assert latest is not None
    assert (latest.cv_id, latest.job_id) == ("a", "b#c")
    assert [r.cv_id for r in dynamo_repo.list_letters("u1", cv_id="a")] == ["a"]


def test_a_version_is_never_overwritten_and_a_taken_number_moves_on(dynamo_repo: DynamoRepository) -> None:
    first = dynamo_repo.add_letter(make_letter("u1", "cv1", "job1", 1))
    clash = make_letter("u1", "cv1", "job1", 1).model_copy(update={"content": "a different text"})
    second = dynamo_repo.add_letter(clash)
    assert (first.version, second.version) == (1, 2)
    kept = dynamo_repo.get_letter("u1", "cv1", "job1", 1)
    assert kept is not None
    assert kept.content == first.content
    assert dynamo_repo.latest_letter_version("u1", "cv1", "job1") == 2


def test_concurrent_writers_of_the_same_version_each_get_their_own(dynamo_repo: DynamoRepository) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        stored = list(pool.map(lambda _: dynamo_repo.add_letter(make_letter("u1", "cv1", "job1", 1)), range(8)))
    assert sorted(r.version for r in stored) == list(range(1, 9))
    assert len(dynamo_repo.list_letters("u1", "cv1", "job1")) == 8


def test_versions_beyond_nine_sort_numerically(dynamo_repo: DynamoRepository) -> None:
    for version in range(1, 12):
        dynamo_repo.add_letter(make_letter("u1", "cv1", "job1", version))
    latest = dynamo_repo.get_letter("u1", "cv1", "job1")
    assert latest is not None
    assert latest.version == 11


def test_expired_items_are_never_served_but_keep_their_version_number(dynamo_repo: DynamoRepository) -> None:
    past = NOW - timedelta(seconds=1)
    dynamo_repo.put_cv(make_cv_record("u1", "old-cv", expires_at=past))
    dynamo_repo.put_job(make_job_record("u1", "old-job", expires_at=past))
    dynamo_repo.add_letter(make_letter("u1", "cv1", "job1", 1, expires_at=past))
    assert dynamo_repo.get_cv("u1", "old-cv") is None
    assert dynamo_repo.cv_owner("old-cv") is None
    assert dynamo_repo.list_cvs("u1") == []
    assert dynamo_repo.get_job("u1", "old-job") is None
    assert dynamo_repo.job_owner("old-job") is None
    assert dynamo_repo.get_letter("u1", "cv1", "job1") is None
    assert dynamo_repo.get_letter("u1", "cv1", "job1", 1) is None
    assert dynamo_repo.list_letters("u1") == []
    assert dynamo_repo.latest_letter_version("u1", "cv1", "job1") == 1
    assert dynamo_repo.add_letter(make_letter("u1", "cv1", "job1", 1)).version == 2


def test_an_id_owned_by_another_user_is_not_taken_over(dynamo_repo: DynamoRepository) -> None:
    dynamo_repo.put_job(make_job_record("alice", "job-1"))
    with pytest.raises(StorageError):
        dynamo_repo.put_job(make_job_record("bob", "job-1"))
    assert dynamo_repo.job_owner("job-1") == "alice"
    assert dynamo_repo.get_job("bob", "job-1") is None
    assert dynamo_repo.delete_job("bob", "job-1") is False
    assert dynamo_repo.job_owner("job-1") == "alice"


def test_delete_user_removes_every_item_including_ownership_markers(
    dynamo_repo: DynamoRepository, moto_endpoint: str
) -> None:
    dynamo_repo.put_cv(make_cv_record("u1", "cv1"))
    dynamo_repo.put_job(make_job_record("u1", "job1"))
    dynamo_repo.add_letter(make_letter("u1", "cv1", "job1"))
    dynamo_repo.consume_rate("u1", [RateBucket(window=RateWindow.MINUTE, window_start=0, limit=5)])
    dynamo_repo.claim_idempotency("u1", "key", "hash", NOW)
    dynamo_repo.put_cv(make_cv_record("u2", "cv2"))
    assert dynamo_repo.delete_user("u1") == 3
    client = boto3.client("dynamodb", region_name=REGION, endpoint_url=moto_endpoint)
    left = client.scan(TableName=dynamo_repo.table_name)["Items"]
    assert sorted((i["user_id"]["S"], i["sk"]["S"]) for i in left) == [("OWNER#CV#cv2", "OWNER"), ("u2", "CV#cv2")]
    assert dynamo_repo.cv_owner("cv1") is None


def _buckets(minute: int, hour: int, day: int) -> list[RateBucket]:
    return [
        RateBucket(window=RateWindow.MINUTE, window_start=1_764_369_600, limit=minute),
        RateBucket(window=RateWindow.HOUR, window_start=1_764_367_200, limit=hour),
        RateBucket(window=RateWindow.DAY, window_start=1_764_288_000, limit=day),
    ]


def test_rate_counts_in_every_window_or_in_none(dynamo_repo: DynamoRepository) -> None:
    first = dynamo_repo.consume_rate("u1", _buckets(5, 2, 200))
    assert first.allowed
    assert (first.limit, first.remaining) == (2, 1)  # the hour window is the tightest
    assert dynamo_repo.consume_rate("u1", _buckets(5, 2, 200)).allowed
    refused = dynamo_repo.consume_rate("u1", _buckets(5, 2, 200))
    assert not refused.allowed
    assert (refused.limit, refused.remaining, refused.reset_at) == (2, 0, 1_764_367_200 + 3600)
    assert refused.retry_after >= 1
    # The refused request was counted nowhere: the minute window still has 3 left with a larger hour quota.
    after = dynamo_repo.consume_rate("u1", _buckets(5, 100, 200))
    assert after.allowed
    assert (after.limit, after.remaining) == (5, 2)


def test_a_zero_limit_refuses_the_first_request(dynamo_repo: DynamoRepository) -> None:
    assert not dynamo_repo.consume_rate("u1", _buckets(0, 10, 10)).allowed


def test_rate_limit_holds_under_a_concurrent_burst(dynamo_repo: DynamoRepository) -> None:
    with ThreadPoolExecutor(max_workers=10) as pool:
        outcomes = list(pool.map(lambda _: dynamo_repo.consume_rate("u1", _buckets(5, 30, 200)), range(20)))
    assert sum(o.allowed for o in outcomes) == 5


def test_idempotency_claim_is_won_once_then_replayed(dynamo_repo: DynamoRepository) -> None:
    with ThreadPoolExecutor(max_workers=6) as pool:
        claims = list(pool.map(lambda _: dynamo_repo.claim_idempotency("u1", "k#1", "h", NOW), range(6)))
    assert sorted(c.state for c in claims).count(IdempotencyState.NEW) == 1
    assert all(c.state in {IdempotencyState.NEW, IdempotencyState.IN_PROGRESS} for c in claims)
    dynamo_repo.complete_idempotency("u1", "k#1", 200, {"success": True, "n": 1}, NOW)
    replay = dynamo_repo.claim_idempotency("u1", "k#1", "other-hash", NOW)
    assert replay.state is IdempotencyState.DONE
    assert (replay.status_code, replay.response, replay.request_hash) == (200, {"success": True, "n": 1}, "h")


def test_released_or_stale_claims_can_be_claimed_again(dynamo_repo: DynamoRepository) -> None:
    assert dynamo_repo.claim_idempotency("u1", "k", "h", NOW).state is IdempotencyState.NEW
    dynamo_repo.release_idempotency("u1", "k")
    assert dynamo_repo.claim_idempotency("u1", "k", "h", NOW).state is IdempotencyState.NEW
    assert (
        dynamo_repo.claim_idempotency("u1", "k", "h", NOW + timedelta(minutes=1)).state is IdempotencyState.IN_PROGRESS
    )
    later = NOW + timedelta(minutes=11)  # the first holder died: its lease ran out
    assert dynamo_repo.claim_idempotency("u1", "k", "h", later).state is IdempotencyState.NEW


def test_completing_a_released_claim_leaves_nothing_behind(dynamo_repo: DynamoRepository) -> None:
    dynamo_repo.complete_idempotency("u1", "never-claimed", 200, {}, NOW)
    assert dynamo_repo.claim_idempotency("u1", "never-claimed", "h", NOW).state is IdempotencyState.NEW


def test_backend_failures_become_storage_errors(moto_endpoint: str) -> None:
    missing = DynamoRepository("no-such-table", region=REGION, endpoint_url=moto_endpoint)
    assert missing.ping() is False
    with pytest.raises(StorageError):
        missing.get_cv("u1", "cv1")
    with pytest.raises(StorageError):
        missing.add_letter(make_letter("u1", "cv1", "job1"))
    with pytest.raises(StorageError):
        missing.consume_rate("u1", _buckets(5, 5, 5))
    with pytest.raises(StorageError):
        missing.claim_idempotency("u1", "k", "h", NOW)
    unreachable = DynamoRepository("t", region=REGION, endpoint_url="http://127.0.0.1:9")
    with pytest.raises(StorageError):
        unreachable.list_cvs("u1")


def test_ping_answers_on_a_live_table(dynamo_repo: DynamoRepository) -> None:
    assert dynamo_repo.ping() is True
    dynamo_repo.create_table()  # idempotent: the table already exists
