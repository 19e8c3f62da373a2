"""The slow model of the benchmark as its own process: `python -m bench.stub_llm --port 8700 --delay 2`.

The server itself (an OpenAI-compatible chat endpoint that answers with a faithful letter after a fixed delay) lives
with the fault tests, which drive the real HTTP adapter against it; this is only its command line.
"""

from __future__ import annotations

import argparse

import uvicorn

from faults.model_stub import MODES, StubState, build_app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8700)
    parser.add_argument("--delay", type=float, default=2.0)
    parser.add_argument("--mode", choices=MODES, default="letter")
    args = parser.parse_args()
    state = StubState(delay_s=args.delay, mode=args.mode)
    uvicorn.run(build_app(state), host=args.host, port=args.port, log_level="warning", lifespan="off")


if __name__ == "__main__":
    main()
