#!/usr/bin/env python3
"""Roll the API back by pointing the function's `live` alias at an earlier published version.

API Gateway invokes the alias, so this takes effect within seconds, touches nothing else, and needs no build:
    python infra/rollback.py prod               # the version published before the one live now
    python infra/rollback.py prod --to 41       # a given version
    python infra/rollback.py prod --list        # what is published, and which one is live
Every deploy that changes code or configuration publishes a new version and CodeDeploy shifts the alias to it;
earlier versions are retained (never deleted by CloudFormation), so there is always one to go back to. While
CodeDeploy is shifting traffic the alias is split between two versions: stop that deployment instead (CodeDeploy
then rolls back itself); this script refuses. The next deploy moves the alias to what it deploys, so after a
rollback fix forward (or redeploy the last good git tag).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import boto3
from careervp_infra.config import ALIAS_NAME, load_config  # no CDK import: this runs in seconds


def published_versions(client: Any, function_name: str) -> list[int]:
    versions: list[int] = []
    for page in client.get_paginator("list_versions_by_function").paginate(FunctionName=function_name):
        versions.extend(int(v["Version"]) for v in page["Versions"] if v["Version"] != "$LATEST")
    return sorted(versions)


def rollback(client: Any, function_name: str, to_version: int | None = None) -> tuple[int, int]:
    """Move the alias; returns (from, to). Raises ValueError when there is nothing earlier to go to."""
    alias = client.get_alias(FunctionName=function_name, Name=ALIAS_NAME)
    shifting = alias.get("RoutingConfig", {}).get("AdditionalVersionWeights")
    if shifting:
        raise ValueError(
            f"{function_name}:{ALIAS_NAME} is being shifted by CodeDeploy (weights {shifting}): stop that deployment "
            "with rollback enabled (`aws deploy stop-deployment --auto-rollback-enabled`) instead"
        )
    current = int(alias["FunctionVersion"])
    versions = published_versions(client, function_name)
    if to_version is None:
        earlier = [v for v in versions if v < current]
        if not earlier:
            raise ValueError(f"{function_name}:{ALIAS_NAME} is on version {current}; no earlier version is published")
        to_version = earlier[-1]
    elif to_version not in versions:
        raise ValueError(f"version {to_version} of {function_name} is not published (have {versions})")
    client.update_alias(FunctionName=function_name, Name=ALIAS_NAME, FunctionVersion=str(to_version), RoutingConfig={})
    return current, to_version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("environment", choices=["dev", "staging", "prod"])
    parser.add_argument("--to", type=int, default=None, help="version to make live (default: the previous one)")
    parser.add_argument("--list", action="store_true", help="list published versions and exit")
    args = parser.parse_args(argv)
    config = load_config(args.environment)
    function_name = config.function_name
    client = boto3.client("lambda", region_name=config.region, endpoint_url=os.environ.get("AWS_ENDPOINT_URL_LAMBDA"))
    if args.list:
        live = client.get_alias(FunctionName=function_name, Name=ALIAS_NAME)["FunctionVersion"]
        for version in published_versions(client, function_name):
            print(version, "<- live" if str(version) == live else "")
        return 0
    try:
        before, after = rollback(client, function_name, args.to)
    except ValueError as error:
        print(f"rollback refused: {error}", file=sys.stderr)
        return 1
    print(f"{function_name}:{ALIAS_NAME} moved from version {before} to {after}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
