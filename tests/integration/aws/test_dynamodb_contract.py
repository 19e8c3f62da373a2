"""The shared storage contract (the same tests the SQLite adapter passes) on DynamoDB, through a moto server."""

from __future__ import annotations

import pytest

from careervp.dal.dynamodb import DynamoRepository
from contract.repository_contract import RepositoryContract


class TestDynamoRepository(RepositoryContract):
    @pytest.fixture
    def repo(self, dynamo_repo: DynamoRepository) -> DynamoRepository:
        return dynamo_repo
