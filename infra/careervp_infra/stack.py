"""One stack per environment: data, identity, function, REST API, monitoring and releases, wired together."""

from __future__ import annotations

from typing import Any

from aws_cdk import CfnOutput, Stack, Tags
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

from careervp_infra.api import API_NAME, ApiConstruct
from careervp_infra.auth import AuthConstruct
from careervp_infra.config import EnvironmentConfig
from careervp_infra.data import DataConstruct
from careervp_infra.function import FunctionConstruct
from careervp_infra.monitoring import MonitoringConstruct
from careervp_infra.release import ReleaseConstruct


class CareervpStack(Stack):
    def __init__(self, scope: Construct, *, config: EnvironmentConfig, code: lambda_.Code, **kwargs: Any) -> None:
        super().__init__(
            scope,
            config.stack_name,
            description=f"CareerVP cover-letter service ({config.name})",
            termination_protection=config.retain_data,
            **kwargs,
        )
        self.config = config
        Tags.of(self).add("project", "careervp")
        Tags.of(self).add("environment", config.name)
        for key, value in config.extra_tags.items():
            Tags.of(self).add(key, value)

        self.data = DataConstruct(self, "Data", config=config)
        self.auth = AuthConstruct(self, "Auth", config=config)
        self.compute = FunctionConstruct(
            self,
            "Compute",
            config=config,
            code=code,
            table=self.data.table,
            bucket=self.data.bucket,
            user_pool_id=self.auth.user_pool.user_pool_id,
            user_pool_client_id=self.auth.client.user_pool_client_id,
        )
        self.api = ApiConstruct(self, "Api", config=config, target=self.compute.alias, user_pool=self.auth.user_pool)
        self.monitoring = MonitoringConstruct(
            self,
            "Monitoring",
            config=config,
            function_name=config.function_name,
            api_name=API_NAME,
            api_stage=config.name,
            table_name=self.data.table.table_name,
        )
        monitoring = self.monitoring
        self.release = ReleaseConstruct(
            self,
            "Release",
            config=config,
            alias=self.compute.alias,
            rollback_alarms=[
                monitoring.error_alarm,
                monitoring.latency_alarm,
                monitoring.platform_alarms["LambdaErrors"],
            ],
        )

        # The stage's base URL (stage included), or the custom domain from cdk.json: smoke and E2E runs start here.
        CfnOutput(
            self,
            "ApiUrl",
            value=config.public_base_url or self.api.api.url,
            description="Public base URL of the API, stage included",
        )
        CfnOutput(self, "FunctionName", value=self.compute.function.function_name)
        CfnOutput(self, "FunctionAlias", value=self.compute.alias.alias_name)
        CfnOutput(self, "TableName", value=self.data.table.table_name)
        CfnOutput(self, "BucketName", value=self.data.bucket.bucket_name)
        CfnOutput(self, "UserPoolId", value=self.auth.user_pool.user_pool_id)
        CfnOutput(self, "UserPoolClientId", value=self.auth.client.user_pool_client_id)
        CfnOutput(self, "AlarmTopicArn", value=self.monitoring.topic.topic_arn)
        CfnOutput(self, "DashboardName", value=config.dashboard_name)
        CfnOutput(self, "DeploymentGroupName", value=self.release.deployment_group.deployment_group_name)
