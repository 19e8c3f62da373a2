#!/usr/bin/env python3
"""`make deploy ENV=...`: the exact `cdk` commands for one environment, run in order (or printed with --dry-run).

Approval (`--require-approval`, values the CDK CLI accepts): dev `never`; staging `broadening` (a change that widens
IAM or security groups waits for a person); prod `any-change`, and more:
  1. `cdk diff` prints the whole difference against the deployed stack;
  2. `cdk deploy --method change-set` creates a CloudFormation change set, prints it, and asks before executing it.
Where nobody can answer a prompt (CI), prod is deployed in two phases: `--phase prepare` prints the diff, creates the
change set without executing it and prints its changes; the reviewer reads them at the pipeline's `prod` environment
gate, and only then `--phase execute` executes that change set, by name, unchanged.

`--app` is the CDK app command (synthesizes from source) or a synthesized cloud assembly folder such as `cdk.out`
(the pipeline deploys the one assembly it built, in every environment).
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from careervp_infra.config import EnvironmentConfig, load_config  # no CDK import: this runs in a second

Command = list[str]
PHASES = ("all", "prepare", "execute")
_CHANGE_SET_NAME = re.compile(r"^[A-Za-z][-A-Za-z0-9]{0,127}$")


def change_set_name(config: EnvironmentConfig, revision: str) -> str:
    name = f"careervp-{config.name}-{revision}"
    if not _CHANGE_SET_NAME.match(name):
        raise ValueError(f"{name!r} is not a valid change set name (letters, digits and '-', starting with a letter)")
    return name


def plan(
    config: EnvironmentConfig, *, cdk: str, app: str, phase: str = "all", change_set: str | None = None
) -> list[Command]:
    """The commands that deploy `config`'s stack, in order."""
    if phase not in PHASES:
        raise ValueError(f"phase must be one of {', '.join(PHASES)}")
    stack = config.stack_name
    common = ["--app", app, "-c", f"environment={config.name}"]
    outputs = ["--outputs-file", f"cdk.out/outputs-{config.name}.json"]
    deploy = [cdk, "deploy", stack, *common, "--require-approval", config.approval]
    if config.approval != "any-change":
        if phase != "all":
            raise ValueError(f"{config.name} deploys in one phase; phases are for prod's reviewed change set")
        return [[*deploy, *outputs]]
    if change_set is None:
        raise ValueError(f"{config.name} needs a change set name (the revision being deployed)")
    named = ["--change-set-name", change_set]
    diff = [cdk, "diff", stack, *common]
    if phase == "all":
        return [diff, [*deploy, "--method", "change-set", *named, *outputs]]
    if phase == "prepare":
        # Creates the change set only; the confirmation CDK would ask for is given at the review gate that follows.
        return [diff, [*deploy, "--method", "prepare-change-set", *named, "--yes"]]
    return [[*deploy, "--method", "execute-change-set", *named, *outputs]]


def describe_change_set(client: Any, stack: str, name: str) -> list[str]:
    """One line per change of the change set, as a reviewer reads them."""
    lines: list[str] = []
    kwargs = {"StackName": stack, "ChangeSetName": name}
    while True:
        page = client.describe_change_set(**kwargs)
        for change in page.get("Changes", []):
            item = change.get("ResourceChange", {})
            replacement = item.get("Replacement")
            lines.append(
                f"{item.get('Action', '?'):<8} {item.get('LogicalResourceId', '?'):<60} {item.get('ResourceType', '?')}"
                + (f"  (replacement: {replacement})" if replacement and replacement != "False" else "")
            )
        token = page.get("NextToken")
        if not token:
            return lines
        kwargs["NextToken"] = token


def _revision() -> str:
    git = ["git", "rev-parse", "--short=12", "HEAD"]
    result = subprocess.run(git, capture_output=True, text=True, check=False)  # noqa: S603 - git on PATH
    return result.stdout.strip() or "local"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("environment", choices=["dev", "staging", "prod"])
    parser.add_argument("--cdk", default=".cdk-home/cli/node_modules/.bin/cdk", help="the CDK CLI")
    parser.add_argument("--app", default=".venv/bin/python infra/app.py", help="app command or cloud assembly")
    parser.add_argument("--phase", choices=PHASES, default="all")
    parser.add_argument("--change-set", help="change set name (default: careervp-ENV-<git revision>)")
    parser.add_argument("--dry-run", action="store_true", help="print the commands, run nothing")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.environment)
        name = args.change_set or change_set_name(config, _revision())
        commands = plan(config, cdk=args.cdk, app=args.app, phase=args.phase, change_set=name)
    except ValueError as error:
        print(f"deploy refused: {error}", file=sys.stderr)
        return 2
    print(f"{config.stack_name}: --require-approval {config.approval} (phase {args.phase})")
    for command in commands:
        print(f"$ {shlex.join(command)}", flush=True)
        if not args.dry_run and subprocess.run(command, check=False).returncode != 0:  # noqa: S603 - the plan above
            return 1
    if args.phase == "prepare" and not args.dry_run:
        import boto3

        changes = describe_change_set(
            boto3.client("cloudformation", region_name=config.region), config.stack_name, name
        )
        report = "\n".join(changes) or "(no changes)"
        print(f"Change set {name} of {config.stack_name}, to review before `--phase execute`:\n{report}")
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            with open(summary, "a", encoding="utf-8") as handle:
                handle.write(f"### Change set `{name}` of {config.stack_name}\n```\n{report}\n```\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
