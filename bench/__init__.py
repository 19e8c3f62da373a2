"""Benchmarks (issue 6): `python -m bench.run`."""
