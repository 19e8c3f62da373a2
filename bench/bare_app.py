"""A bare FastAPI route served the way `careervp serve` serves the API: the yardstick for `/health`.

`python -m bench.bare_app --port 8701`: one uvicorn process, no log config, no access log, no server header, the
same options `careervp serve` passes, so the ratio of `/health` to `/bare` is the cost of our own request path.
"""

from __future__ import annotations

import argparse

import uvicorn
from fastapi import FastAPI


def build_app() -> FastAPI:
    app = FastAPI()

    @app.get("/bare")
    async def bare() -> dict[str, str]:
        return {"status": "ok"}

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8701)
    args = parser.parse_args()
    uvicorn.run(
        build_app(),
        host=args.host,
        port=args.port,
        log_config=None,
        log_level="warning",
        access_log=False,
        server_header=False,
    )


if __name__ == "__main__":
    main()
