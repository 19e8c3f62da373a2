"""Monitoring: the dashboard, the contract's two alarms on the contract's metrics, and their SNS topic."""

from __future__ import annotations

import json
from typing import Any

from aws_cdk.assertions import Template

from .conftest import only, resources


def _alarms(template: Template) -> dict[str, dict[str, Any]]:
    """Alarms on one metric by metric name; the DynamoDB alarm (a sum of two metrics) under its alarm name."""
    return {
        a["Properties"].get("MetricName") or a["Properties"]["AlarmName"]: a["Properties"]
        for a in resources(template, "AWS::CloudWatch::Alarm").values()
    }


def test_the_contract_alarms_exist(template: Template) -> None:
    assert {"CoverLetterDuration", "CoverLetterError"} <= set(_alarms(template))


def test_error_alarm_fires_on_more_than_five_errors_in_a_minute(template: Template) -> None:
    alarm = _alarms(template)["CoverLetterError"]
    assert alarm["Namespace"] == "CareerVP"
    assert alarm["Dimensions"] == [{"Name": "service", "Value": "cover-letter"}]
    assert (alarm["Statistic"], alarm["Period"], alarm["EvaluationPeriods"]) == ("Sum", 60, 1)
    assert (alarm["Threshold"], alarm["ComparisonOperator"]) == (5, "GreaterThanThreshold")
    assert alarm["TreatMissingData"] == "notBreaching"


def test_latency_alarm_fires_on_p95_above_20s_for_three_5_minute_periods(template: Template) -> None:
    alarm = _alarms(template)["CoverLetterDuration"]
    assert alarm["Namespace"] == "CareerVP"
    assert (alarm["ExtendedStatistic"], alarm["Period"]) == ("p95", 300)
    assert (alarm["EvaluationPeriods"], alarm["DatapointsToAlarm"]) == (3, 3)
    assert (alarm["Threshold"], alarm["ComparisonOperator"]) == (20_000, "GreaterThanThreshold")


def test_alarms_notify_an_encrypted_topic(template: Template) -> None:
    topic_id = next(iter(resources(template, "AWS::SNS::Topic")))
    topic = only(template, "AWS::SNS::Topic")["Properties"]
    key_id = next(iter(resources(template, "AWS::KMS::Key")))
    assert topic["KmsMasterKeyId"] == {"Fn::GetAtt": [key_id, "Arn"]}
    for alarm in _alarms(template).values():
        assert alarm["AlarmActions"] == [{"Ref": topic_id}]
        assert alarm["OKActions"] == [{"Ref": topic_id}]
    key_policy = json.dumps(only(template, "AWS::KMS::Key")["Properties"]["KeyPolicy"])
    assert "cloudwatch.amazonaws.com" in key_policy
    assert "budgets.amazonaws.com" in key_policy


def test_dashboard_shows_the_contract_metrics(template: Template, env: str) -> None:
    dashboard = only(template, "AWS::CloudWatch::Dashboard")["Properties"]
    assert dashboard["DashboardName"] == ("CoverLetter-Metrics" if env == "prod" else f"CoverLetter-Metrics-{env}")
    body = json.dumps(dashboard["DashboardBody"])
    for name in ("CoverLetterGenerated", "CoverLetterError", "CoverLetterDuration", "QualityScore", "FVSViolations"):
        assert name in body
    assert "LLMCost" in body
    for stat in ("p50", "p95", "p99"):
        assert f'\\"stat\\":\\"{stat}\\"' in body
    assert "SEARCH(" in body  # errors broken down by their code dimension


def test_platform_alarms_watch_lambda_api_and_dynamodb(template: Template, env: str) -> None:
    alarms = _alarms(template)
    function = [{"Name": "FunctionName", "Value": f"careervp-cover-letter-handler-{env}"}]
    for name in ("Errors", "Throttles"):
        assert alarms[name]["Namespace"] == "AWS/Lambda"
        assert alarms[name]["Dimensions"] == function
    assert (alarms["Errors"]["Period"], alarms["Errors"]["Threshold"]) == (60, 5)
    assert alarms["Throttles"]["Threshold"] == 0
    api = alarms["5XXError"]
    assert api["Namespace"] == "AWS/ApiGateway"
    assert {d["Name"]: d["Value"] for d in api["Dimensions"]} == {"ApiName": "CareerVP-API", "Stage": env}
    dynamo = alarms[f"careervp-{env}-dynamothrottles"]
    used = {m["MetricStat"]["Metric"]["MetricName"] for m in dynamo["Metrics"] if "MetricStat" in m}
    assert used == {"ReadThrottleEvents", "WriteThrottleEvents"}
    assert dynamo["Threshold"] == 0


def test_every_alarm_reaches_the_topic_and_its_subscriber_from_cdk_json(template: Template, env: str) -> None:
    topic_id = next(iter(resources(template, "AWS::SNS::Topic")))
    assert len(_alarms(template)) == 6
    for alarm in _alarms(template).values():
        assert alarm["AlarmActions"] == [{"Ref": topic_id}]
    subscription = only(template, "AWS::SNS::Subscription")["Properties"]
    expected = {
        "dev": "careervp-alerts-dev@careervp.example",
        "staging": "careervp-alerts-staging@careervp.example",
        "prod": "careervp-oncall@careervp.example",
    }
    assert (subscription["Protocol"], subscription["Endpoint"]) == ("email", expected[env])


def test_a_monthly_cost_budget_notifies_the_topic(template: Template, env: str) -> None:
    topic_id = next(iter(resources(template, "AWS::SNS::Topic")))
    budget = only(template, "AWS::Budgets::Budget")["Properties"]
    limit = budget["Budget"]["BudgetLimit"]
    assert (budget["Budget"]["TimeUnit"], budget["Budget"]["BudgetType"]) == ("MONTHLY", "COST")
    assert (limit["Amount"], limit["Unit"]) == ({"dev": 50, "staging": 100, "prod": 500}[env], "USD")
    notifications = budget["NotificationsWithSubscribers"]
    assert {(n["Notification"]["NotificationType"], n["Notification"]["Threshold"]) for n in notifications} == {
        ("ACTUAL", 80),
        ("FORECASTED", 100),
    }
    for notification in notifications:
        assert notification["Subscribers"] == [{"SubscriptionType": "SNS", "Address": {"Ref": topic_id}}]
    topic_policy = json.dumps(only(template, "AWS::SNS::TopicPolicy")["Properties"]["PolicyDocument"])
    assert "budgets.amazonaws.com" in topic_policy
