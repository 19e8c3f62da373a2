"""The REST API `CareerVP-API`: every route proxied to the function's `live` alias, a Cognito authorizer on all but
the public ones, CORS and stage throttling from config, and gateway errors shaped like the contract's error body
(the gateway's own 429 with `Retry-After`, as the contract asks of every 429)."""

from __future__ import annotations

import json

from aws_cdk import Acknowledgment, Duration, Validations
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

from careervp_infra.config import EnvironmentConfig
from careervp_infra.function import retention_days

API_NAME = "CareerVP-API"
# Routes reached without a token, each with the reason it may be. A download link is opened by a browser, which
# sends no bearer token: the link's own HMAC signature (checked by the app, which then redirects to a fresh
# presigned S3 URL) is the credential.
PUBLIC_GET_PATHS = {
    "health": "/health is public by design: the load balancer and smoke-test health probe, which returns readiness "
    "flags only and no user data.",
    "downloads/{proxy+}": "Download links are opened by browsers without a token: each link carries its own "
    "HMAC-SHA256 signature over key, file name and expiry, checked by the app before it redirects to S3.",
}
# Stage throttling is a token bucket refilled every second: one second is when a retry can first succeed.
THROTTLED_RETRY_AFTER_S = 1
BINARY_MEDIA_TYPES = (
    "multipart/form-data",
    "application/pdf",
    "application/octet-stream",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)
ALLOWED_HEADERS = ("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id")
# API Gateway's own failures, answered in the contract's error body so clients parse one shape.
GATEWAY_ERRORS = {
    apigw.ResponseType.UNAUTHORIZED: ("401", "UNAUTHORIZED"),
    apigw.ResponseType.ACCESS_DENIED: ("403", "FORBIDDEN"),
    apigw.ResponseType.THROTTLED: ("429", "RATE_LIMIT_EXCEEDED"),
    apigw.ResponseType.INTEGRATION_TIMEOUT: ("504", "CV_LETTER_GENERATION_TIMEOUT"),
    apigw.ResponseType.REQUEST_TOO_LARGE: ("413", "PAYLOAD_TOO_LARGE"),
    apigw.ResponseType.DEFAULT_4_XX: (None, "INVALID_REQUEST"),
    apigw.ResponseType.DEFAULT_5_XX: (None, "INTERNAL_ERROR"),
}


def error_template(code: str) -> str:
    body: dict[str, object] = {"success": False, "cover_letter": None, "error": "__MSG__", "code": code}
    body |= {"processing_time_ms": 0, "cost_estimate": 0.0}
    # $context.error.messageString is already a quoted JSON string.
    return json.dumps(body).replace('"__MSG__"', "$context.error.messageString")


class ApiConstruct(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: EnvironmentConfig,
        target: lambda_.IFunction,
        user_pool: cognito.IUserPool,
    ) -> None:
        super().__init__(scope, construct_id)
        self.access_logs = logs.LogGroup(self, "AccessLogs", retention=retention_days(config.log_retention_days))
        self.api = apigw.RestApi(
            self,
            "RestApi",
            rest_api_name=API_NAME,
            description=f"CareerVP cover letters ({config.name})",
            endpoint_types=[apigw.EndpointType.REGIONAL],
            cloud_watch_role=True,
            binary_media_types=list(BINARY_MEDIA_TYPES),
            deploy_options=apigw.StageOptions(
                stage_name=config.name,
                throttling_rate_limit=config.throttle_rate_limit,
                throttling_burst_limit=config.throttle_burst_limit,
                tracing_enabled=True,
                metrics_enabled=True,
                logging_level=apigw.MethodLoggingLevel.ERROR,
                data_trace_enabled=False,  # bodies carry CVs: never log them
                access_log_destination=apigw.LogGroupLogDestination(self.access_logs),
                access_log_format=apigw.AccessLogFormat.json_with_standard_fields(
                    caller=False,
                    http_method=True,
                    ip=True,
                    protocol=True,
                    request_time=True,
                    resource_path=True,
                    response_length=True,
                    status=True,
                    user=True,
                ),
            ),
            default_cors_preflight_options=apigw.CorsOptions(
                allow_origins=list(config.cors_origins),
                allow_methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
                allow_headers=list(ALLOWED_HEADERS),
                expose_headers=["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After"],
                allow_credentials=True,
                max_age=Duration.hours(1),
            ),
        )
        self.authorizer = apigw.CognitoUserPoolsAuthorizer(
            self,
            "CognitoAuthorizer",
            cognito_user_pools=[user_pool],
            identity_source="method.request.header.Authorization",
            results_cache_ttl=Duration.minutes(5),
        )
        integration = apigw.LambdaIntegration(
            target, proxy=True, timeout=Duration.seconds(config.integration_timeout_s)
        )
        # API Gateway does not fall back to a parent's {proxy+} once a literal child matches, so /api gets its own
        # protected proxy next to the public /downloads and /health routes.
        for parent in (self.api.root, self.api.root.resource_for_path("api")):
            for resource in (parent, parent.add_resource("{proxy+}")):
                resource.add_method(
                    "ANY",
                    integration,
                    authorization_type=apigw.AuthorizationType.COGNITO,
                    authorizer=self.authorizer,
                )

        for path, reason in PUBLIC_GET_PATHS.items():
            resource = self.api.root.resource_for_path(path)
            method = resource.add_method("GET", integration, authorization_type=apigw.AuthorizationType.NONE)
            Validations.of(method).acknowledge(
                Acknowledgment(id="AwsSolutions-APIG4", reason=reason),
                Acknowledgment(id="AwsSolutions-COG4", reason=f"/{path} is public by design (see APIG4)."),
            )
        self._acknowledge_preflight()

        for response_type, (status, code) in GATEWAY_ERRORS.items():
            headers = {"Access-Control-Allow-Origin": f"'{config.cors_origins[0]}'"}
            if status == "429":
                headers |= {
                    "Retry-After": f"'{THROTTLED_RETRY_AFTER_S}'",
                    "Access-Control-Expose-Headers": "'Retry-After'",
                }
            self.api.add_gateway_response(
                f"Gateway{code.title().replace('_', '')}{status or 'Default'}",
                type=response_type,
                status_code=status,
                templates={"application/json": error_template(code)},
                response_headers=headers,
            )

        Validations.of(self.api).acknowledge(
            Acknowledgment(
                id="AwsSolutions-APIG2",
                reason="Every body is validated by the application against the contract's models, which answers "
                "the contract's 400 INVALID_REQUEST naming the field; a gateway validator would answer another shape.",
            ),
            Acknowledgment(
                id="AwsSolutions-APIG3",
                reason="Abuse is bounded by stage throttling, per-user tier quotas and the Cognito authorizer; attach "
                "an account-level WAF web ACL where the organisation mandates one.",
            ),
            Acknowledgment(
                id="AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
                "AmazonAPIGatewayPushToCloudWatchLogs]",
                reason="The account-level role API Gateway needs to write access and execution logs; AWS's managed "
                "policy is the documented one and grants only CloudWatch Logs writes.",
            ),
        )

    def _acknowledge_preflight(self) -> None:
        """CORS preflight (OPTIONS) must answer without a token: browsers never send one."""
        for child in self.api.node.find_all():
            if isinstance(child, apigw.Method) and child.http_method == "OPTIONS":
                Validations.of(child).acknowledge(
                    Acknowledgment(id="AwsSolutions-APIG4", reason="CORS preflight carries no credentials by spec."),
                    Acknowledgment(id="AwsSolutions-COG4", reason="CORS preflight carries no credentials by spec."),
                )
