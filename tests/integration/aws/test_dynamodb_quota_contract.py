"""The quota contract (the same tests the SQLite adapter passes) on DynamoDB, through a moto server."""

from __future__ import annotations

import uuid

import pytest

from careervp.dal.dynamodb import DynamoRepository
from contract.quota_contract import QuotaContract, fixed_clock

from .conftest import REGION


class TestDynamoQuota(QuotaContract):
    @pytest.fixture
    def quota(self, moto_endpoint: str) -> DynamoRepository:
        repo = DynamoRepository(
            f"careervp-quota-{uuid.uuid4().hex[:12]}", region=REGION, endpoint_url=moto_endpoint, now=fixed_clock
        )
        repo.create_table()
        return repo
