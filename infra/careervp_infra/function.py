"""The Lambda function (the FastAPI app behind Mangum), its least-privilege role, and the `live` alias API Gateway
invokes. Every published version is kept (RemovalPolicy.RETAIN), so a rollback always has somewhere to go."""

from __future__ import annotations

import json

from aws_cdk import Acknowledgment, Aws, Duration, RemovalPolicy, Stack, Validations
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct

from careervp_infra.config import (
    ALIAS_NAME,
    LAMBDA_RUNTIME,
    METRICS_NAMESPACE,
    METRICS_SERVICE,
    EnvironmentConfig,
)

HANDLER = "careervp.handlers.lambda_handler.handler"
# Only what the adapters call: TransactWriteItems needs the item actions it bundles (Put/Update/Delete/Condition).
TABLE_ACTIONS = (
    "dynamodb:GetItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:Query",
    "dynamodb:BatchGetItem",
    "dynamodb:BatchWriteItem",
    "dynamodb:ConditionCheckItem",
)
_RETENTION_NAMES = {
    1: "ONE_DAY",
    3: "THREE_DAYS",
    5: "FIVE_DAYS",
    7: "ONE_WEEK",
    14: "TWO_WEEKS",
    30: "ONE_MONTH",
    60: "TWO_MONTHS",
    90: "THREE_MONTHS",
    120: "FOUR_MONTHS",
    150: "FIVE_MONTHS",
    180: "SIX_MONTHS",
    365: "ONE_YEAR",
    400: "THIRTEEN_MONTHS",
    545: "EIGHTEEN_MONTHS",
    731: "TWO_YEARS",
    1096: "THREE_YEARS",
    1827: "FIVE_YEARS",
    3653: "TEN_YEARS",
}
_GEO_PREFIXES = ("us.", "eu.", "apac.", "jp.", "au.", "ca.", "global.")


def bedrock_model_arns(model_ids: list[str], regions: tuple[str, ...]) -> list[str]:
    """ARNs `bedrock:InvokeModel` may touch for these ids: a cross-region inference profile in this account and
    region, plus the foundation model in each region the profile may route to; a plain model id needs only itself."""
    arns: list[str] = []
    for model_id in dict.fromkeys(model_ids):
        base = model_id
        if model_id.startswith(_GEO_PREFIXES):
            base = model_id.split(".", 1)[1]
            arns.append(f"arn:{Aws.PARTITION}:bedrock:{Aws.REGION}:{Aws.ACCOUNT_ID}:inference-profile/{model_id}")
            arns.extend(f"arn:{Aws.PARTITION}:bedrock:{region}::foundation-model/{base}" for region in regions)
        else:
            arns.append(f"arn:{Aws.PARTITION}:bedrock:{Aws.REGION}::foundation-model/{base}")
    return arns


class FunctionConstruct(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: EnvironmentConfig,
        code: lambda_.Code,
        table: dynamodb.ITable,
        bucket: s3.IBucket,
        user_pool_id: str,
        user_pool_client_id: str,
    ) -> None:
        super().__init__(scope, construct_id)
        self.log_group = logs.LogGroup(
            self,
            "LogGroup",
            log_group_name=f"/aws/lambda/{config.function_name}",
            retention=retention_days(config.log_retention_days),
        )
        self.role = iam.Role(
            self,
            "Role",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            description=f"CareerVP cover-letter handler ({config.name}): table, bucket, listed Bedrock models only",
        )
        self.log_group.grant_write(self.role)
        self.role.add_to_policy(iam.PolicyStatement(actions=list(TABLE_ACTIONS), resources=[table.table_arn]))
        self.role.add_to_policy(
            iam.PolicyStatement(
                actions=["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], resources=[bucket.arn_for_objects("*")]
            )
        )
        self.role.add_to_policy(iam.PolicyStatement(actions=["s3:ListBucket"], resources=[bucket.bucket_arn]))
        self.role.add_to_policy(
            iam.PolicyStatement(
                actions=["bedrock:InvokeModel"],
                resources=bedrock_model_arns([config.model_id, config.fallback_model_id], config.model_regions),
            )
        )

        # The HMAC key of download links, shared by every instance: links point at the API's /downloads route,
        # which presigns S3 afresh on each visit (role credentials expire long before a 24 h link would).
        self.link_secret = secretsmanager.Secret(
            self,
            "DownloadLinkSecret",
            description=f"CareerVP ({config.name}): HMAC key of signed download links",
            generate_secret_string=secretsmanager.SecretStringGenerator(password_length=48, exclude_punctuation=True),
        )
        self.link_secret.grant_read(self.role)
        Validations.of(self.link_secret).acknowledge(
            Acknowledgment(
                id="AwsSolutions-SMG4",
                reason="A static HMAC key for 24-hour download links; rotating it only voids outstanding links. "
                "Rotate by hand as the runbook says (update the secret, then redeploy to recycle instances).",
            )
        )

        self.function = lambda_.Function(
            self,
            "Handler",
            function_name=config.function_name,
            description="CareerVP cover letters: the FastAPI app behind API Gateway (Mangum)",
            runtime=lambda_.Runtime(LAMBDA_RUNTIME, lambda_.RuntimeFamily.PYTHON),
            architecture=lambda_.Architecture.X86_64,
            handler=HANDLER,
            code=code,
            memory_size=config.memory_mb,
            timeout=Duration.seconds(config.function_timeout_s),
            tracing=lambda_.Tracing.ACTIVE,
            role=self.role,
            log_group=self.log_group,
            # Earlier versions stay published when a deploy publishes a new one: CodeDeploy shifts traffic between
            # them and `make rollback` moves the alias back without a build.
            current_version_options=lambda_.VersionOptions(removal_policy=RemovalPolicy.RETAIN),
            environment={
                "TABLE_NAME": table.table_name,
                "BUCKET_NAME": bucket.bucket_name,
                "BEDROCK_MODEL_ID": config.model_id,
                "CAREERVP_BEDROCK_FALLBACK_MODEL_ID": config.fallback_model_id,
                "CAREERVP_STORAGE": "dynamodb",
                "CAREERVP_BLOB_STORE": "s3",
                "CAREERVP_DOWNLOAD_SECRET_ARN": self.link_secret.secret_arn,
                "CAREERVP_LLM_PROVIDER": "bedrock",
                "CAREERVP_LLM_TIMEOUT_S": str(max(1, config.integration_timeout_s - 2)),
                # The app trusts the authorizer's claims (lambda_runtime); Cognito JWKS verification is its fallback.
                "CAREERVP_AUTH_MODE": "cognito",
                "CAREERVP_COGNITO_USER_POOL_ID": user_pool_id,
                "CAREERVP_COGNITO_CLIENT_ID": user_pool_client_id,
                "CAREERVP_COGNITO_REGION": Aws.REGION,
                "CAREERVP_CORS_ORIGINS": json.dumps(list(config.cors_origins)),
                "CAREERVP_DATA_DIR": "/tmp/careervp",  # noqa: S108 - Lambda's only writable path; holds no secrets
                "CAREERVP_DEPLOY_ENV": config.name,
                **({"CAREERVP_PUBLIC_BASE_URL": config.public_base_url} if config.public_base_url else {}),
                "POWERTOOLS_SERVICE_NAME": METRICS_SERVICE,
                "POWERTOOLS_METRICS_NAMESPACE": METRICS_NAMESPACE,
                "POWERTOOLS_LOG_LEVEL": "INFO",
            },
        )
        self.alias = lambda_.Alias(
            self,
            "LiveAlias",
            alias_name=ALIAS_NAME,
            version=self.function.current_version,
            provisioned_concurrent_executions=config.provisioned_concurrency or None,
        )

        Validations.of(self.role).acknowledge(
            Acknowledgment(
                id="AwsSolutions-IAM5[Resource::*]",
                reason="X-Ray PutTraceSegments/PutTelemetryRecords (added by tracing=ACTIVE) support no resource-level "
                "permissions; every other statement names its table, bucket, log group or model ARN.",
            ),
            Acknowledgment(
                id=f"AwsSolutions-IAM5[Resource::<{_logical_id(bucket)}.Arn>/*]",
                reason="Letters are objects under the function's own bucket (keys per user, chosen at run time); "
                "object actions are limited to get/put/delete.",
            ),
        )
        Validations.of(self.function).acknowledge(
            Acknowledgment(
                id="AwsSolutions-L1",
                reason=f"Pinned to {LAMBDA_RUNTIME} on Amazon Linux 2023, the newest runtime whose interpreter the "
                "build machine has: `make build-lambda` compiles the asset's bytecode and checks its imports with it. "
                "Move the runtime, the build and the glibc check together.",
            )
        )


def retention_days(days: int) -> logs.RetentionDays:
    """cdk.json says days (checked against CloudWatch's list by the config model); CDK wants the enum member."""
    return getattr(logs.RetentionDays, _RETENTION_NAMES[days])  # type: ignore[no-any-return]


def _logical_id(bucket: s3.IBucket) -> str:
    stack = Stack.of(bucket)
    return str(stack.resolve(stack.get_logical_id(bucket.node.default_child)))  # type: ignore[arg-type]
