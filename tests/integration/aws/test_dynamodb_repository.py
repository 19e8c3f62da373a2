"""DynamoDB adapter against a moto server: the facts specific to DynamoDB (key layout, conditions, TTL filtering,
atomic counters under concurrency, error mapping). The shared storage contract runs in test_dynamodb_contract.py."""

from __future__ import annotations

from datetime import timedelta

import boto3
import pytest

from careervp.dal.dynamodb import DynamoRepository
from careervp.dal.dynamodb_table import TTL_ATTRIBUTE, letter_key
from careervp.logic.ports import StorageError
from contract.repository_contract import NAMING_ALL as NAMING
from contract.repository_contract import NOW, buckets, make_cv_record, make_job_record, make_letter

from .conftest import REGION


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
    assert stored.expires_at - stored.created_at == timedelta(days=90)


def test_hash_inside_ids_cannot_collide_with_another_pair(dynamo_repo: DynamoRepository) -> None:
    first = dynamo_repo.add_letter(make_letter("u1", "a#b", "c"))
    second = dynamo_repo.add_letter(make_letter("u1", "a", "b#c"))
    assert (first.version, second.version) == (1, 1)
    assert letter_key("a#b", "c", 1) != letter_key("a", "b#c", 1)
    latest = dynamo_repo.get_letter("u1", "a", "b#c")
    assert latest is not None
    assert (latest.cv_id, latest.job_id) == ("a", "b#c")
    assert [r.cv_id for r in dynamo_repo.list_letters("u1", cv_id="a")] == ["a"]


def test_delete_user_removes_every_item_including_ownership_markers(
    dynamo_repo: DynamoRepository, moto_endpoint: str
) -> None:
    dynamo_repo.put_cv(make_cv_record("u1", "cv1"))
    dynamo_repo.put_job(make_job_record("u1", "job1"))
    dynamo_repo.add_letter(make_letter("u1", "cv1", "job1"))
    dynamo_repo.consume_rate("u1", buckets(5, 30, 200))
    dynamo_repo.claim_idempotency("u1", "key", "hash", NOW)
    dynamo_repo.put_cv(make_cv_record("u2", "cv2"))
    assert dynamo_repo.delete_user("u1") == 3
    client = boto3.client("dynamodb", region_name=REGION, endpoint_url=moto_endpoint)
    left = client.scan(TableName=dynamo_repo.table_name)["Items"]
    assert sorted((i["user_id"]["S"], i["sk"]["S"]) for i in left) == [("OWNER#CV#cv2", "OWNER"), ("u2", "CV#cv2")]
    assert dynamo_repo.cv_owner("cv1") is None


def test_jobs_stored_before_the_company_roster_are_indexed_once(
    dynamo_repo: DynamoRepository, moto_endpoint: str
) -> None:
    client = boto3.client("dynamodb", region_name=REGION, endpoint_url=moto_endpoint)
    for job_id, company in (("job-1", "Zephyr Ltd"), ("job-2", "Northwind")):
        older = make_job_record("u1", job_id, company=company)
        item = {"user_id": {"S": "u1"}, "sk": {"S": f"JOB#{job_id}"}, "data": {"S": older.model_dump_json()}}
        item[TTL_ATTRIBUTE] = {"N": str(int(older.expires_at.timestamp()))}
        client.put_item(TableName=dynamo_repo.table_name, Item=item)  # as an older release wrote it
    assert dynamo_repo.companies_named_by("u1", "job-9", NAMING) == ["Northwind", "Zephyr Ltd"]
    assert _raw_item(dynamo_repo, moto_endpoint, "u1", "COMPANY#") is not None
    dynamo_repo.put_job(make_job_record("u1", "job-1", company="Acme"))  # moves out of Zephyr's entry
    assert dynamo_repo.delete_job("u1", "job-2") is True
    assert dynamo_repo.companies_named_by("u1", "job-9", NAMING) == ["Acme"]
    reads = client.query(
        TableName=dynamo_repo.table_name,
        KeyConditionExpression="user_id = :u AND begins_with(sk, :p)",
        ExpressionAttributeValues={":u": {"S": "u1"}, ":p": {"S": "COMPANY#"}},
    )["Items"]
    assert len(reads) == 4  # the marker and one entry a company, however many postings (Zephyr's is empty)


def test_a_legacy_job_without_a_roster_entry_is_still_deleted(
    dynamo_repo: DynamoRepository, moto_endpoint: str
) -> None:
    dynamo_repo.companies_named_by("u1", "job-1", NAMING)  # the roster exists (empty)
    client = boto3.client("dynamodb", region_name=REGION, endpoint_url=moto_endpoint)
    older = make_job_record("u1", "job-1", company="Zephyr Ltd")
    item = {"user_id": {"S": "u1"}, "sk": {"S": "JOB#job-1"}, "data": {"S": older.model_dump_json()}}
    item["company_name"] = {"S": "Zephyr Ltd"}
    client.put_item(TableName=dynamo_repo.table_name, Item=item)
    assert dynamo_repo.delete_job("u1", "job-1") is True
    assert dynamo_repo.get_job("u1", "job-1") is None


def test_backend_failures_become_storage_errors(moto_endpoint: str) -> None:
    missing = DynamoRepository("no-such-table", region=REGION, endpoint_url=moto_endpoint)
    assert missing.ping() is False
    with pytest.raises(StorageError):
        missing.get_cv("u1", "cv1")
    with pytest.raises(StorageError):
        missing.add_letter(make_letter("u1", "cv1", "job1"))
    with pytest.raises(StorageError):
        missing.consume_rate("u1", buckets(5, 5, 5))
    with pytest.raises(StorageError):
        missing.claim_idempotency("u1", "k", "h", NOW)
    unreachable = DynamoRepository("t", region=REGION, endpoint_url="http://127.0.0.1:9")
    with pytest.raises(StorageError):
        unreachable.list_cvs("u1")


def test_rate_counters_and_idempotency_records_expire_by_ttl(dynamo_repo: DynamoRepository, moto_endpoint: str) -> None:
    windows = buckets(5, 30, 200)
    dynamo_repo.consume_rate("u1", windows)
    for bucket in windows:
        item = _raw_item(dynamo_repo, moto_endpoint, "u1", f"RATE#{bucket.window.value}#{bucket.window_start}")
        assert item is not None
        assert item["count"] == {"N": "1"}
        assert int(item[TTL_ATTRIBUTE]["N"]) == bucket.reset_at + 3600  # type: ignore[index]
    dynamo_repo.claim_idempotency("u1", "key#1", "hash", NOW)
    record = _raw_item(dynamo_repo, moto_endpoint, "u1", "IDEMPOTENCY#key%231")
    assert record is not None
    assert int(record[TTL_ATTRIBUTE]["N"]) == int((NOW + timedelta(hours=24)).timestamp())  # type: ignore[index]


def test_create_table_enables_ttl_on_the_adapter_attribute_and_is_idempotent(
    dynamo_repo: DynamoRepository, moto_endpoint: str
) -> None:
    client = boto3.client("dynamodb", region_name=REGION, endpoint_url=moto_endpoint)
    ttl = client.describe_time_to_live(TableName=dynamo_repo.table_name)["TimeToLiveDescription"]
    assert (ttl["TimeToLiveStatus"], ttl["AttributeName"]) == ("ENABLED", TTL_ATTRIBUTE)
    dynamo_repo.create_table()
    assert dynamo_repo.ping() is True
