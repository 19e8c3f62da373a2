"""Releases: CodeDeploy shifts the `live` alias to each newly published version (canary or linear, per cdk.json) and
moves it back on its own when an alarm fires during the shift. Earlier versions are retained by the function, so
`make rollback` can also move the alias by hand at any later time."""

from __future__ import annotations

from collections.abc import Sequence

from aws_cdk import Acknowledgment, Validations
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

from careervp_infra.config import EnvironmentConfig


class ReleaseConstruct(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: EnvironmentConfig,
        alias: lambda_.Alias,
        rollback_alarms: Sequence[cw.IAlarm],
    ) -> None:
        super().__init__(scope, construct_id)
        self.application = codedeploy.LambdaApplication(self, "Application", application_name=f"careervp-{config.name}")
        self.deployment_group = codedeploy.LambdaDeploymentGroup(
            self,
            "DeploymentGroup",
            application=self.application,
            deployment_group_name=f"careervp-{config.name}-live",
            alias=alias,
            deployment_config=getattr(codedeploy.LambdaDeploymentConfig, config.traffic_shifting),
            alarms=list(rollback_alarms),
            auto_rollback=codedeploy.AutoRollbackConfig(
                failed_deployment=True, stopped_deployment=True, deployment_in_alarm=True
            ),
        )
        Validations.of(self.deployment_group).acknowledge(
            Acknowledgment(
                id="AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
                "AWSCodeDeployRoleForLambdaLimited]",
                reason="CodeDeploy's documented service role for Lambda traffic shifting: it may only read alarms, "
                "update this account's aliases and invoke hook functions named CodeDeployHook_*.",
            ),
        )
