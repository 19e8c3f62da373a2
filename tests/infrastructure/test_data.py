"""The table and the bucket: on-demand + TTL everywhere, PITR and retention in prod, private TLS-only bucket."""

from __future__ import annotations

from aws_cdk.assertions import Match, Template

from careervp.dal import dynamodb_table

from .conftest import only


def test_table_is_single_table_on_demand_with_ttl_matching_the_adapter(template: Template) -> None:
    table = only(template, "AWS::DynamoDB::Table")["Properties"]
    assert table["BillingMode"] == "PAY_PER_REQUEST"
    assert table["KeySchema"] == [
        {"AttributeName": dynamodb_table.PARTITION_KEY, "KeyType": "HASH"},
        {"AttributeName": dynamodb_table.SORT_KEY, "KeyType": "RANGE"},
    ]
    assert table["TimeToLiveSpecification"] == {"AttributeName": dynamodb_table.TTL_ATTRIBUTE, "Enabled": True}
    assert table["SSESpecification"]["SSEEnabled"] is True
    assert "GlobalSecondaryIndexes" not in table


def test_prod_data_has_point_in_time_recovery_and_is_retained(template: Template, env: str) -> None:
    resource = only(template, "AWS::DynamoDB::Table")
    pitr = resource["Properties"]["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"]
    bucket = only(template, "AWS::S3::Bucket")
    pool = only(template, "AWS::Cognito::UserPool")
    if env == "prod":
        assert pitr is True
        assert resource["Properties"]["DeletionProtectionEnabled"] is True
        assert {resource["DeletionPolicy"], bucket["DeletionPolicy"], pool["DeletionPolicy"]} == {"Retain"}
    else:
        assert pitr is False
        assert {resource["DeletionPolicy"], bucket["DeletionPolicy"], pool["DeletionPolicy"]} == {"Delete"}


def test_bucket_is_private_encrypted_and_expires_letters_after_90_days(template: Template) -> None:
    bucket = only(template, "AWS::S3::Bucket")["Properties"]
    assert bucket["PublicAccessBlockConfiguration"] == {
        "BlockPublicAcls": True,
        "BlockPublicPolicy": True,
        "IgnorePublicAcls": True,
        "RestrictPublicBuckets": True,
    }
    encryption = bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"]
    assert encryption["SSEAlgorithm"] == "AES256"
    rules = bucket["LifecycleConfiguration"]["Rules"]
    assert {"ExpirationInDays": 90, "Status": "Enabled"}.items() <= rules[0].items()


def test_bucket_policy_denies_any_request_without_tls(template: Template) -> None:
    template.has_resource_properties(
        "AWS::S3::BucketPolicy",
        {
            "PolicyDocument": {
                "Statement": Match.array_with(
                    [
                        Match.object_like(
                            {
                                "Effect": "Deny",
                                "Action": "s3:*",
                                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                                "Principal": {"AWS": "*"},
                            }
                        )
                    ]
                )
            }
        },
    )
