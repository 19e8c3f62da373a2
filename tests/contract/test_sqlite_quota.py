"""The quota contract on the SQLite adapter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from careervp.dal.sqlite import SqliteRepository

from .quota_contract import QuotaContract, fixed_clock


class TestSqliteQuota(QuotaContract):
    @pytest.fixture
    def quota(self, tmp_path: Path) -> Iterator[SqliteRepository]:
        repository = SqliteRepository(tmp_path / "careervp.sqlite3", now=fixed_clock)
        yield repository
        repository.close()
