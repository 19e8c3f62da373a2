"""Monitoring: the dashboard, the contract's two alarms on the contract's metrics, and their SNS topic."""

from __future__ import annotations

import json

from aws_cdk.assertions import Template

from .conftest import only, resources


def _alarms(template: Template) -> dict[str, dict[str, object]]:
    return {
        a["Properties"]["MetricName"]: a["Properties"] for a in resources(template, "AWS::CloudWatch::Alarm").values()
    }


def test_exactly_the_two_contract_alarms_exist(template: Template) -> None:
    assert sorted(_alarms(template)) == ["CoverLetterDuration", "CoverLetterError"]


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
