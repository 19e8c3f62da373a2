"""Monitoring: the `CoverLetter-Metrics` dashboard, the contract's two alarms, the platform's alarms (Lambda errors and
throttles, API 5XX, DynamoDB throttles), a monthly cost budget, and the SNS topic all of them notify, whose subscriber
comes from cdk.json (`alarm_email`).

The function emits EMF metrics (namespace CareerVP, dimension service=cover-letter); `CoverLetterError` is emitted
twice, once per service (what the alarm counts) and once per service+code (what the dashboard breaks down).
"""

from __future__ import annotations

from aws_cdk import Aws, Duration
from aws_cdk import aws_budgets as budgets
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_cloudwatch_actions as cw_actions
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from constructs import Construct

from careervp_infra.config import METRICS_NAMESPACE, METRICS_SERVICE, EnvironmentConfig

ERROR_THRESHOLD_PER_MINUTE = 5
P95_THRESHOLD_MS = 20_000


def metric(name: str, statistic: str, period: Duration, label: str | None = None) -> cw.Metric:
    return cw.Metric(
        namespace=METRICS_NAMESPACE,
        metric_name=name,
        dimensions_map={"service": METRICS_SERVICE},
        statistic=statistic,
        period=period,
        label=label,
    )


class MonitoringConstruct(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: EnvironmentConfig,
        function_name: str,
        api_name: str,
        api_stage: str,
        table_name: str,
    ) -> None:
        super().__init__(scope, construct_id)
        # A customer-managed key: CloudWatch alarms cannot publish to a topic encrypted with the AWS-managed SNS key.
        key = kms.Key(self, "AlarmTopicKey", enable_key_rotation=True, description="CareerVP alarm topic")
        for service in ("cloudwatch.amazonaws.com", "budgets.amazonaws.com"):
            key.grant_encrypt_decrypt(iam.ServicePrincipal(service))
        self.topic = sns.Topic(
            self, "AlarmTopic", display_name=f"CareerVP alarms ({config.name})", master_key=key, enforce_ssl=True
        )
        self.topic.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["sns:Publish"],
                principals=[iam.ServicePrincipal("budgets.amazonaws.com")],
                resources=[self.topic.topic_arn],
                conditions={"StringEquals": {"aws:SourceAccount": Aws.ACCOUNT_ID}},
            )
        )
        if config.alarm_email:
            self.topic.add_subscription(subs.EmailSubscription(config.alarm_email))
        action = cw_actions.SnsAction(self.topic)

        minute, five = Duration.minutes(1), Duration.minutes(5)
        self.error_alarm = cw.Alarm(
            self,
            "ErrorsAlarm",
            alarm_name=f"careervp-{config.name}-cover-letter-errors",
            alarm_description="More than 5 cover-letter errors in one minute. See docs/RUNBOOK.md#errors-alarm.",
            metric=metric("CoverLetterError", "Sum", minute),
            threshold=ERROR_THRESHOLD_PER_MINUTE,
            comparison_operator=cw.ComparisonOperator.GREATER_THAN_THRESHOLD,
            evaluation_periods=1,
            datapoints_to_alarm=1,
            treat_missing_data=cw.TreatMissingData.NOT_BREACHING,
        )
        self.latency_alarm = cw.Alarm(
            self,
            "LatencyAlarm",
            alarm_name=f"careervp-{config.name}-cover-letter-p95",
            alarm_description="p95 generation time above 20 s for three 5-minute periods. "
            "See docs/RUNBOOK.md#latency-alarm.",
            metric=metric("CoverLetterDuration", "p95", five),
            threshold=P95_THRESHOLD_MS,
            comparison_operator=cw.ComparisonOperator.GREATER_THAN_THRESHOLD,
            evaluation_periods=3,
            datapoints_to_alarm=3,
            treat_missing_data=cw.TreatMissingData.NOT_BREACHING,
        )
        self.platform_alarms = self._platform_alarms(config, function_name, api_name, api_stage, table_name)
        for alarm in (self.error_alarm, self.latency_alarm, *self.platform_alarms.values()):
            alarm.add_alarm_action(action)
            alarm.add_ok_action(action)
        self.budget = self._budget(config)

        self.dashboard = cw.Dashboard(self, "Dashboard", dashboard_name=config.dashboard_name)
        errors_by_code = cw.MathExpression(
            expression=(
                f'SEARCH(\'{{{METRICS_NAMESPACE},code,service}} MetricName="CoverLetterError" '
                f"service=\"{METRICS_SERVICE}\"', 'Sum', 300)"
            ),
            label="",
            period=five,
        )
        self.dashboard.add_widgets(
            cw.GraphWidget(
                title="Letters generated",
                left=[metric("CoverLetterGenerated", "Sum", five, "generated")],
                right=[metric("CoverLetterError", "Sum", five, "errors")],
                width=12,
            ),
            cw.GraphWidget(title="Errors by code", left=[errors_by_code], width=12),
        )
        self.dashboard.add_widgets(
            cw.GraphWidget(
                title="Duration (ms)",
                left=[metric("CoverLetterDuration", stat, five, stat) for stat in ("p50", "p95", "p99")],
                left_annotations=[cw.HorizontalAnnotation(value=P95_THRESHOLD_MS, label="p95 objective")],
                width=12,
            ),
            cw.GraphWidget(
                title="Quality and FVS",
                left=[
                    metric("QualityScore", "Average", five, "quality avg"),
                    metric("QualityScore", "p10", five, "p10"),
                ],
                right=[metric("FVSViolations", "Sum", five, "FVS violations")],
                width=12,
            ),
        )
        self.dashboard.add_widgets(
            cw.GraphWidget(
                title="LLM cost (USD)",
                left=[metric("LLMCost", "Sum", Duration.hours(1), "per hour")],
                right=[metric("LLMCost", "Average", Duration.hours(1), "per letter")],
                right_annotations=[cw.HorizontalAnnotation(value=0.006, label="cost objective")],
                width=12,
            ),
            cw.AlarmStatusWidget(
                title="Alarms",
                alarms=[self.error_alarm, self.latency_alarm, *self.platform_alarms.values()],
                width=12,
            ),
        )
        self.dashboard.add_widgets(
            cw.GraphWidget(
                title="Lambda",
                left=[
                    _aws("AWS/Lambda", name, {"FunctionName": function_name}, "Sum") for name in ("Errors", "Throttles")
                ],
                right=[_aws("AWS/Lambda", "Duration", {"FunctionName": function_name}, "p95")],
                width=8,
            ),
            cw.GraphWidget(
                title="API Gateway",
                left=[
                    _aws("AWS/ApiGateway", name, {"ApiName": api_name, "Stage": api_stage}, "Sum")
                    for name in ("4XXError", "5XXError")
                ],
                right=[_aws("AWS/ApiGateway", "Latency", {"ApiName": api_name, "Stage": api_stage}, "p95")],
                width=8,
            ),
            cw.GraphWidget(
                title="DynamoDB throttling",
                left=[
                    _aws("AWS/DynamoDB", name, {"TableName": table_name}, "Sum")
                    for name in ("ThrottledRequests", "ReadThrottleEvents", "WriteThrottleEvents")
                ],
                width=8,
            ),
        )

    def _platform_alarms(
        self, config: EnvironmentConfig, function_name: str, api_name: str, api_stage: str, table_name: str
    ) -> dict[str, cw.Alarm]:
        """What AWS itself measures: failures the application cannot count (crashes, timeouts, throttling)."""
        function = {"FunctionName": function_name}
        table = {"TableName": table_name}
        dynamo_throttles = cw.MathExpression(
            expression="reads + writes",
            using_metrics={
                "reads": _aws("AWS/DynamoDB", "ReadThrottleEvents", table, "Sum"),
                "writes": _aws("AWS/DynamoDB", "WriteThrottleEvents", table, "Sum"),
            },
            label="DynamoDB throttle events",
            period=Duration.minutes(5),
        )
        specs: dict[str, tuple[cw.IMetric, float, str]] = {
            "LambdaErrors": (
                _aws("AWS/Lambda", "Errors", function, "Sum", Duration.minutes(1)),
                ERROR_THRESHOLD_PER_MINUTE,
                "Lambda invocations failed (crash, timeout, out of memory) more than 5 times in one minute.",
            ),
            "LambdaThrottles": (
                _aws("AWS/Lambda", "Throttles", function, "Sum"),
                0,
                "Lambda throttled invocations: the account's or function's concurrency is exhausted.",
            ),
            "Api5xx": (
                _aws("AWS/ApiGateway", "5XXError", {"ApiName": api_name, "Stage": api_stage}, "Sum"),
                ERROR_THRESHOLD_PER_MINUTE,
                "API Gateway answered more than 5 5XX responses in five minutes.",
            ),
            "DynamoThrottles": (
                dynamo_throttles,
                0,
                "DynamoDB throttled reads or writes of the table.",
            ),
        }
        return {
            name: cw.Alarm(
                self,
                f"{name}Alarm",
                alarm_name=f"careervp-{config.name}-{name.lower()}",
                alarm_description=f"{text} See docs/RUNBOOK.md#platform-alarms.",
                metric=metric,
                threshold=threshold,
                comparison_operator=cw.ComparisonOperator.GREATER_THAN_THRESHOLD,
                evaluation_periods=1,
                treat_missing_data=cw.TreatMissingData.NOT_BREACHING,
            )
            for name, (metric, threshold, text) in specs.items()
        }

    def _budget(self, config: EnvironmentConfig) -> budgets.CfnBudget:
        """The account's monthly cost, told to the alarm topic at 80% actual and 100% forecast (one account per
        environment, so the account's spend is the environment's)."""
        subscriber = budgets.CfnBudget.SubscriberProperty(subscription_type="SNS", address=self.topic.topic_arn)
        notifications = [
            budgets.CfnBudget.NotificationWithSubscribersProperty(
                notification=budgets.CfnBudget.NotificationProperty(
                    notification_type=kind,
                    comparison_operator="GREATER_THAN",
                    threshold=percent,
                    threshold_type="PERCENTAGE",
                ),
                subscribers=[subscriber],
            )
            for kind, percent in (("ACTUAL", 80), ("FORECASTED", 100))
        ]
        return budgets.CfnBudget(
            self,
            "MonthlyBudget",
            budget=budgets.CfnBudget.BudgetDataProperty(
                budget_name=f"careervp-{config.name}-monthly",
                budget_type="COST",
                time_unit="MONTHLY",
                budget_limit=budgets.CfnBudget.SpendProperty(amount=config.monthly_budget_usd, unit="USD"),
            ),
            notifications_with_subscribers=notifications,
        )


def _aws(
    namespace: str, name: str, dimensions: dict[str, str], statistic: str, period: Duration | None = None
) -> cw.Metric:
    return cw.Metric(
        namespace=namespace,
        metric_name=name,
        dimensions_map=dimensions,
        statistic=statistic,
        period=period or Duration.minutes(5),
    )
