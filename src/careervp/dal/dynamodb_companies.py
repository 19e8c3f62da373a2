"""The user's company roster on DynamoDB: what the contamination check of every generation reads, kept beside the
job postings so that its cost follows the letter's words, however many postings the user has stored.

    user_id=<user>  sk=COMPANY#                      the roster is complete for this user (its expiry: the latest
                                                     job's), its companies filed under the rules `filing` names
    user_id=<user>  sk=COMPANY#N#{company}           one company: `company_name`, the string set `job_ids` of the
                                                     user's jobs at it, `expires_at` of the latest of them
    user_id=<user>  sk=COMPANYKEY#{key}              the string set `companies` filed under one of their index keys
                                                     (`company_index_keys`); a letter's probes are read in one batch

Every job write changes its roster entry and files its company's keys in the same transaction (added to the new
company, taken out of the old one), so the roster never disagrees with the jobs and nothing is left when the write
fails (but for a name with more keys than one transaction holds, whose other keys are filed just before it).
A key entry is not taken back when a company's last job goes: a lookup keeps only the companies whose roster entry
still holds a job other than the one asked about. Its expiry is the newest job's, which outlives the jobs written
before it (every job is kept for the same time), as the roster entries' is. A lookup reads one item per probe (a
letter has a few hundred), strongly consistent: its read units stay the same however many jobs are stored.

Jobs stored before the roster existed, or filed under other rules (`index_keys_version`), are indexed again the
first time a lookup finds the marker missing, expired or of another filing: the job items are read then, once.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any, cast

from botocore.exceptions import ClientError

from careervp.dal.dynamodb_table import (
    SORT_KEY,
    TTL_ATTRIBUTE,
    Item,
    Table,
    cancellation_codes,
    epoch,
    escape_id,
    job_key,
    n,
    number,
    s,
    text,
)
from careervp.logic.ports import StorageError
from careervp.models.records import JobRecord
from careervp.vocabulary.companies import company_index_keys, index_keys_version

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.type_defs import TransactWriteItemTypeDef

ROSTER_PREFIX = "COMPANY#"
ROSTER_MARK = ROSTER_PREFIX  # sorts first under the prefix, so one query returns the marker with the entries
COMPANY_ATTRIBUTE = "company_name"
JOB_IDS = "job_ids"
KEY_PREFIX = "COMPANYKEY#"
COMPANIES = "companies"
FILING = "filing"
MAX_ATTEMPTS = 8
MAX_TRANSACTION_ITEMS = 100  # DynamoDB's limit on the operations of one transaction


def company_key(company: str) -> str:
    return f"{ROSTER_PREFIX}N#{escape_id(company)}"


def _index_key(key: str) -> str:
    return f"{KEY_PREFIX}{escape_id(key)}"


def _file_keys(table: Table, user_id: str, company: str, expires_at: int) -> list[TransactWriteItemTypeDef]:
    """File the company under each of its index keys (set additions: safe to repeat)."""
    return [
        {
            "Update": {
                "TableName": table.name,
                "Key": table.key(user_id, _index_key(key)),
                "UpdateExpression": "SET #exp = :exp ADD #companies :company",
                "ExpressionAttributeNames": {"#exp": TTL_ATTRIBUTE, "#companies": COMPANIES},
                "ExpressionAttributeValues": {":exp": n(expires_at), ":company": {"SS": [company]}},
            }
        }
        for key in sorted(company_index_keys(company))
    ]


def _transact_with_keys(table: Table, operations: list[TransactWriteItemTypeDef], keys: list[Any]) -> None:
    """The job's operations with the key filings in one transaction. Only a name with more keys than a transaction
    holds (a long group and member name) has the rest filed first, on their own: a key without a live job behind
    it finds nothing."""
    room = MAX_TRANSACTION_ITEMS - len(operations)
    for start in range(room, len(keys), MAX_TRANSACTION_ITEMS):
        table.transact(keys[start : start + MAX_TRANSACTION_ITEMS])
    table.transact([*operations, *keys[:room]])


def _failed(codes: list[str], index: int) -> bool:
    return len(codes) > index and codes[index] == "ConditionalCheckFailed"


def _job_company(table: Table, user_id: str, job_id: str) -> tuple[bool, str | None, str | None]:
    """Whether the job item exists (expired or not), the company attribute it carries (None for jobs written before
    the roster) and the company it is filed under in the roster (for those, the one in the record)."""
    reply = table.client.get_item(TableName=table.name, Key=table.key(user_id, job_key(job_id)), ConsistentRead=True)
    item = reply.get("Item")
    if item is None:
        return False, None, None
    if COMPANY_ATTRIBUTE in item:
        return True, text(item, COMPANY_ATTRIBUTE), text(item, COMPANY_ATTRIBUTE)
    return True, None, table.parse(JobRecord, item).company_name


def _unchanged(exists: bool, company: str | None) -> dict[str, Any]:
    """The condition that the job item is still as it was read (another writer of the same job makes us re-read)."""
    if not exists:
        return {"ConditionExpression": "attribute_not_exists(#sk)", "ExpressionAttributeNames": {"#sk": SORT_KEY}}
    if company is None:
        return {
            "ConditionExpression": "attribute_not_exists(#c)",
            "ExpressionAttributeNames": {"#c": COMPANY_ATTRIBUTE},
        }
    return {
        "ConditionExpression": "#c = :old",
        "ExpressionAttributeNames": {"#c": COMPANY_ATTRIBUTE},
        "ExpressionAttributeValues": {":old": s(company)},
    }


def _if_unchanged(
    action: str, target: dict[str, Any], table: Table, exists: bool, company: str | None
) -> TransactWriteItemTypeDef:
    """A Put or Delete of the job item, on condition that it is still as it was read."""
    return cast(
        "TransactWriteItemTypeDef", {action: {"TableName": table.name, **target, **_unchanged(exists, company)}}
    )


def _enter(table: Table, user_id: str, company: str, job_ids: list[str], expires_at: int) -> TransactWriteItemTypeDef:
    return {
        "Update": {
            "TableName": table.name,
            "Key": table.key(user_id, company_key(company)),
            "UpdateExpression": "SET #c = :company, #exp = :exp ADD #ids :ids",
            "ExpressionAttributeNames": {"#c": COMPANY_ATTRIBUTE, "#exp": TTL_ATTRIBUTE, "#ids": JOB_IDS},
            "ExpressionAttributeValues": {":company": s(company), ":exp": n(expires_at), ":ids": {"SS": job_ids}},
        }
    }


def _leave(table: Table, user_id: str, company: str, job_id: str) -> TransactWriteItemTypeDef:
    """Take the job out of a company's entry; the entry must exist (jobs from before the roster have none)."""
    return {
        "Update": {
            "TableName": table.name,
            "Key": table.key(user_id, company_key(company)),
            "UpdateExpression": "DELETE #ids :ids",
            "ConditionExpression": "attribute_exists(#sk)",
            "ExpressionAttributeNames": {"#ids": JOB_IDS, "#sk": SORT_KEY},
            "ExpressionAttributeValues": {":ids": {"SS": [job_id]}},
        }
    }


def _extend_mark(table: Table, user_id: str, expires_at: int) -> TransactWriteItemTypeDef:
    """Keep the marker alive as long as the newest job; fails when there is no marker (the roster is built first)."""
    return {
        "Update": {
            "TableName": table.name,
            "Key": table.key(user_id, ROSTER_MARK),
            "UpdateExpression": "SET #exp = :exp",
            "ConditionExpression": "attribute_exists(#sk)",
            "ExpressionAttributeNames": {"#exp": TTL_ATTRIBUTE, "#sk": SORT_KEY},
            "ExpressionAttributeValues": {":exp": n(expires_at)},
        }
    }


def put_job(table: Table, record: JobRecord) -> None:
    """Store (or replace) the job and move it to its company's roster entry, in one transaction."""
    expires_at = epoch(record.expires_at)
    item = table.record_item(record.user_id, job_key(record.job_id), record, record.expires_at)
    item[COMPANY_ATTRIBUTE] = s(record.company_name)
    leave_old = True
    keys = _file_keys(table, record.user_id, record.company_name, expires_at)
    for _ in range(MAX_ATTEMPTS):
        exists, attribute, filed_under = _job_company(table, record.user_id, record.job_id)
        operations: list[TransactWriteItemTypeDef] = [
            _if_unchanged("Put", {"Item": item}, table, exists, attribute),
            _enter(table, record.user_id, record.company_name, [record.job_id], expires_at),
            _extend_mark(table, record.user_id, expires_at),
        ]
        if leave_old and filed_under is not None and filed_under != record.company_name:
            operations.append(_leave(table, record.user_id, filed_under, record.job_id))
        try:
            _transact_with_keys(table, operations, keys)
            return
        except ClientError as error:
            codes = cancellation_codes(error)
            if _failed(codes, 2):
                build_roster(table, record.user_id)
            elif _failed(codes, 3):
                leave_old = False  # the old company has no entry to leave (written beside the roster, not in it)
            elif not _failed(codes, 0):
                raise
    raise StorageError(f"job {record.job_id!r} kept changing while it was being stored")


def delete_job(table: Table, user_id: str, job_id: str) -> bool:
    """Delete the job and take it out of its company's roster entry, in one transaction."""
    for _ in range(MAX_ATTEMPTS):
        exists, attribute, company = _job_company(table, user_id, job_id)
        if not exists or company is None:
            return False
        delete = _if_unchanged("Delete", {"Key": table.key(user_id, job_key(job_id))}, table, True, attribute)
        try:
            table.transact([delete, _leave(table, user_id, company, job_id)])
            return True
        except ClientError as error:
            codes = cancellation_codes(error)
            if _failed(codes, 1):
                # No roster entry to leave (a rebuild is under way or was never done): delete the job alone.
                table.transact([delete])
                return True
            if not _failed(codes, 0):
                raise
    raise StorageError(f"job {job_id!r} kept changing while it was being deleted")


def build_roster(table: Table, user_id: str) -> None:
    """Index the user's live jobs by company, then mark the roster complete. Safe to run twice (set additions)."""
    by_company: dict[str, tuple[list[str], int]] = {}
    for item in table.query(user_id, job_key("")):
        record = table.parse(JobRecord, item)
        ids, latest = by_company.get(record.company_name, ([], 0))
        by_company[record.company_name] = ([*ids, record.job_id], max(latest, number(item, TTL_ATTRIBUTE)))
    latest_of_all = max((latest for _, latest in by_company.values()), default=0)
    for company, (ids, latest) in by_company.items():
        # A key entry may hold several companies: it lives as long as the newest job of any of them.
        for operation in [
            _enter(table, user_id, company, ids, latest),
            *_file_keys(table, user_id, company, latest_of_all),
        ]:
            table.client.update_item(**operation["Update"])
    mark: Item = table.key(user_id, ROSTER_MARK)
    mark[TTL_ATTRIBUTE] = n(max(latest_of_all, epoch(table.now()) + 86_400))
    mark[FILING] = s(index_keys_version())
    table.client.put_item(TableName=table.name, Item=mark)


def companies_named_by(table: Table, user_id: str, job_id: str, probes: Collection[str]) -> list[str]:
    """Two batch reads (the roster built first when missing or filed otherwise): the key entries of the probes with
    the marker, then the roster entries of the companies they name, kept when they hold a job other than `job_id`."""
    keys = [table.key(user_id, _index_key(probe)) for probe in sorted(set(probes))]
    found = table.batch_get([table.key(user_id, ROSTER_MARK), *keys])
    mark = next((item for item in found if text(item, SORT_KEY) == ROSTER_MARK), None)
    if mark is None or mark.get(FILING, {}).get("S") != index_keys_version():
        build_roster(table, user_id)
        found = table.batch_get(keys)
    named = sorted({company for item in found for company in item.get(COMPANIES, {}).get("SS", [])})
    entries = table.batch_get([table.key(user_id, company_key(company)) for company in named])
    return sorted(
        {
            text(item, COMPANY_ATTRIBUTE)
            for item in entries
            if COMPANY_ATTRIBUTE in item and set(item.get(JOB_IDS, {}).get("SS", [])) - {job_id}
        }
    )
