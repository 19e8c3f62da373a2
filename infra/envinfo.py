#!/usr/bin/env python3
"""Print what the Makefile needs to deploy or roll back one environment, from the one config the stacks use:
`python infra/envinfo.py prod` -> `CareervpStack-Prod always careervp-cover-letter-handler-prod`."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from careervp_infra.config import load_config


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: envinfo.py dev|staging|prod", file=sys.stderr)
        return 2
    try:
        config = load_config(argv[1])
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    print(config.stack_name, config.approval, config.function_name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
