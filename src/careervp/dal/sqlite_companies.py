"""The user's companies filed by the words that could name them, in SQLite: what the contamination check of every
generation looks a letter up by, so its cost follows the letter's words and not the number of stored jobs.

    company_keys(user_id, key, company_name)   one row per key of a company the user has stored a job at
    company_keys_filing(version)               the `index_keys_version` the rows were filed under

A company's keys (`company_index_keys`) are filed when a job at it is stored, in the same transaction as the job.
Rows are not taken back when jobs go: a lookup keeps only companies that still have a live job other than the one
asked about (so a stale row costs one index probe and answers nothing), and `purge` drops those without a job.
A file from before the table, or filed under other rules, is filed again from its jobs when it is opened.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection

from careervp.vocabulary.companies import company_index_keys, index_keys_version

TABLES = (
    "CREATE TABLE IF NOT EXISTS company_keys (user_id TEXT NOT NULL, key TEXT NOT NULL, company_name TEXT NOT NULL,"
    " PRIMARY KEY (user_id, key, company_name)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS company_keys_filing (version TEXT NOT NULL)",
)


def file_company(db: sqlite3.Connection, user_id: str, company: str) -> None:
    db.executemany(
        "INSERT OR IGNORE INTO company_keys (user_id, key, company_name) VALUES (?, ?, ?)",
        [(user_id, key, company) for key in sorted(company_index_keys(company))],
    )


def prepare(db: sqlite3.Connection) -> None:
    """Create the tables; when the rows are missing or were filed under other rules, file every company with a job
    (once: the version is recorded in the same transaction)."""
    for statement in TABLES:
        db.execute(statement)
    version = index_keys_version()
    filed = db.execute("SELECT version FROM company_keys_filing").fetchall()
    if [row[0] for row in filed] == [version]:
        return
    db.execute("DELETE FROM company_keys")
    for user_id, company in db.execute("SELECT DISTINCT user_id, company_name FROM jobs").fetchall():
        file_company(db, str(user_id), str(company))
    db.execute("DELETE FROM company_keys_filing")
    db.execute("INSERT INTO company_keys_filing (version) VALUES (?)", (version,))


def purge(db: sqlite3.Connection) -> int:
    """Drop the rows of companies the user no longer has a job at (run after expired jobs are deleted)."""
    return db.execute(
        "DELETE FROM company_keys WHERE NOT EXISTS (SELECT 1 FROM jobs j"
        " WHERE j.user_id = company_keys.user_id AND j.company_name = company_keys.company_name)"
    ).rowcount


LOOKUP = (
    "SELECT DISTINCT k.company_name FROM company_keys k"
    " WHERE k.user_id = ? AND k.key IN (SELECT value FROM json_each(?)) AND EXISTS ("
    "SELECT 1 FROM jobs j WHERE j.user_id = k.user_id AND j.company_name = k.company_name AND j.expires_at > ?"
    " AND j.job_id != ?) ORDER BY k.company_name"
)


def lookup_params(user_id: str, job_id: str, probes: Collection[str], now_epoch: float) -> tuple[str, str, float, str]:
    return (user_id, json.dumps(sorted(probes)), now_epoch, job_id)


_FILED = "SELECT key, company_name FROM company_keys WHERE user_id = ? LIMIT ?"
_LIVE_ELSEWHERE = (
    "SELECT DISTINCT company_name FROM jobs WHERE user_id = ? AND company_name IN (SELECT value FROM json_each(?))"
    " AND expires_at > ? AND job_id != ? ORDER BY company_name"
)


def companies_named_by(
    db: sqlite3.Connection, user_id: str, job_id: str, probes: Collection[str], now_epoch: float
) -> list[str]:
    """`LOOKUP`'s answer, found from the smaller side: a letter has hundreds of probes, and most users have filed
    fewer keys than that, so their keys are read (one index range) and matched here, and only the companies they
    name are checked for a live job other than `job_id`; a user with more keys than the probes is looked up probe
    by probe."""
    filed = db.execute(_FILED, (user_id, len(probes) + 1)).fetchall()
    if len(filed) > len(probes):
        return [str(row[0]) for row in db.execute(LOOKUP, lookup_params(user_id, job_id, probes, now_epoch))]
    wanted = probes if isinstance(probes, set | frozenset) else set(probes)
    named = sorted({str(company) for key, company in filed if key in wanted})
    if not named:
        return []
    rows = db.execute(_LIVE_ELSEWHERE, (user_id, json.dumps(named), now_epoch, job_id))
    return [str(row[0]) for row in rows]


_KEYS_FILED = "SELECT count(*) FROM (SELECT 1 FROM company_keys WHERE user_id = ? LIMIT ?)"
_FILED_ELSEWHERE = (
    "SELECT k.key, k.company_name FROM company_keys k WHERE k.user_id = ? AND EXISTS ("
    "SELECT 1 FROM jobs j WHERE j.user_id = k.user_id AND j.company_name = k.company_name AND j.expires_at > ?"
    " AND j.job_id != ?)"
)


def companies_filed(
    db: sqlite3.Connection, user_id: str, job_id: str, limit: int, now_epoch: float
) -> tuple[tuple[str, str], ...] | None:
    """`CompanyKeyRows.companies_filed`: the keys are counted first (one index range), so a user with many
    companies costs no more than that."""
    if db.execute(_KEYS_FILED, (user_id, limit + 1)).fetchone()[0] > limit:
        return None
    return tuple(
        (str(key), str(company)) for key, company in db.execute(_FILED_ELSEWHERE, (user_id, now_epoch, job_id))
    )
