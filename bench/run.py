"""`python -m bench.run` (`make bench`): the service's speed, load and soak figures, one table and bench/results.json.

Sections run one after the other (never in parallel: the machine has two cores and each section wants them), and a
section that fails is reported as failed without stopping the others. `--quick` shortens the load runs for a smoke
check; `--only overhead,fvs` runs some sections. `--baseline main` also runs the server and command sections on
another revision's source first and prints both columns side by side (bench/baseline.py).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from bench import cli_start, cold_letters, http_bench, inprocess, speed, worst_case
from bench.baseline import BASELINE_SECTIONS, side_by_side, source_of
from bench.corpus import Pair, corpus_dir, load_fvs, load_pairs
from bench.loadgen import wrk_available

RESULTS = Path(__file__).resolve().parent / "results.json"
SPEED_SECTIONS = ("cpu_per_letter", "cold_letters", "throughput", "burst")
SECTIONS = (
    *SPEED_SECTIONS,
    "overhead",
    "slow_model",
    "stages",
    "prompt_cost",
    "fvs",
    "quality",
    "import_time",
    "cli_help",
    "soak",
    "worst_case",
    "worst_health",
)


def _overhead_pair(pairs: list[Pair]) -> Pair:
    """The first Markdown CV of the corpus: a realistic upload, and the same one on every run."""
    return next((p for p in pairs if p.cv_path.suffix == ".md"), pairs[0])


def run(sections: tuple[str, ...], *, quick: bool) -> dict[str, Any]:
    pairs = load_pairs()
    duration = 3.0 if quick else 10.0
    jobs: dict[str, Callable[[], dict[str, Any]]] = {
        "cpu_per_letter": lambda: speed.cpu_per_letter(_overhead_pair(pairs), batches=3 if quick else 5),
        "cold_letters": lambda: cold_letters.section(pairs=15 if quick else 40),
        "throughput": lambda: speed.throughput(_overhead_pair(pairs), duration_s=duration),
        "burst": lambda: speed.burst(_overhead_pair(pairs), requests=50, delay_s=2.0),
        "overhead": lambda: http_bench.overhead(_overhead_pair(pairs), duration_s=duration),
        "slow_model": lambda: http_bench.slow_model(_overhead_pair(pairs), requests=50, delay_s=2.0),
        "stages": lambda: inprocess.stage_costs(pairs, repeats=2 if quick else 5),
        "prompt_cost": lambda: inprocess.prompt_costs(pairs),
        "fvs": lambda: inprocess.fvs_accuracy(load_fvs()),
        "quality": lambda: inprocess.corpus_quality(pairs),
        "import_time": lambda: {
            "entry": http_bench.import_time("careervp.handlers.lambda_handler"),
            # What the first invocation of a cold container imports before it can build the app.
            "first_invocation": http_bench.import_time("careervp.handlers.lambda_runtime"),
        },
        "cli_help": cli_start.cli_help_time,
        "soak": lambda: http_bench.soak(seconds=30.0 if quick else 120.0, rate_per_s=10.0),
        "worst_case": worst_case.worst_case,
        "worst_health": worst_case.health_runs,
    }
    results: dict[str, Any] = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": _cpus(), "platform": platform.platform()},
        "corpus": str(corpus_dir()),
        "load_generator": "wrk" if wrk_available() else "httpx (wrk not installed)",
        "quick": quick,
    }
    console = Console(stderr=True)
    for name in sections:
        console.print(f"[bold]bench[/]: {name} ...")
        started = time.perf_counter()
        try:
            results[name] = jobs[name]()
        except Exception as exc:
            results[name] = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(limit=5)}
            console.print(f"[red]  failed[/]: {type(exc).__name__}: {exc}")
        results[name + "_seconds"] = round(time.perf_counter() - started, 1)
    return results


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 0)


def _ms(value: object) -> str:
    return f"{float(value):.1f}" if isinstance(value, int | float) else "-"


def print_tables(results: dict[str, Any], console: Console) -> None:
    speed_rows = speed.rows(results) + cold_letters.rows(results) + worst_case.health_rows(results)
    if speed_rows:
        table = Table(title=f"Speed, measured in this run ({results['load_generator']})")
        table.add_column("figure")
        table.add_column("result")
        for row in speed_rows:
            table.add_row(*row)
        console.print(table)
    overhead = results.get("overhead", {})
    if "runs" in overhead:
        table = Table(title=f"HTTP overhead (template writer; {results['load_generator']}; one server process)")
        for column in ("endpoint", "clients", "req/s", "p50 ms", "p95 ms", "p99 ms", "requests", "statuses"):
            table.add_column(column, justify="right" if column not in {"endpoint", "statuses"} else "left")
        for run_ in overhead["runs"]:
            table.add_row(
                run_["label"],
                str(run_["concurrency"]),
                f"{run_['rps']:.1f}",
                _ms(run_["p50_ms"]),
                _ms(run_["p95_ms"]),
                _ms(run_["p99_ms"]),
                str(run_["requests"]),
                json.dumps(run_["statuses"]) + (f" +{run_['errors']} socket errors" if run_["errors"] else ""),
            )
        console.print(table)

    rows: list[tuple[str, str, str]] = []
    slow = results.get("slow_model", {})
    if "wall_s" in slow:
        rows.append(
            (
                "slow model",
                f"{slow['requests']} concurrent generations, model answers after {slow['model_delay_s']:g} s",
                f"wall {slow['wall_s']} s, ideal {slow['ideal_s']:g} s, ratio {slow['ratio_to_ideal']}; server CPU "
                f"{slow['server_cpu_s']} s, ratio to max(ideal, CPU) {slow['ratio_to_cpu_floor']}; "
                f"{slow['model_calls']} model calls, {slow['max_in_flight_at_model']} at once; codes {slow['codes']}",
            )
        )
    stages = results.get("stages", {})
    if "ms_per_letter" in stages:
        per = ", ".join(f"{k} {v:.1f}" for k, v in stages["ms_per_letter"].items())
        rows.append(
            ("pipeline stages", f"ms per letter, {stages['pairs']} pairs", f"{per}; total {stages['total_ms']}")
        )
    cost = results.get("prompt_cost", {})
    if "haiku_usd_mean" in cost:
        rows.append(
            (
                "prompt + cost",
                f"per letter, {len(cost['per_pair'])} pairs",
                f"input {cost['input_tokens_mean']:.0f} tok (max {cost['input_tokens_max']}), output "
                f"{cost['output_tokens_mean']:.0f} tok; Haiku 4.5 ${cost['haiku_usd_mean']:.5f} (max "
                f"${cost['haiku_usd_max']:.5f}, worst case at cap ${cost['haiku_worst_case_usd_max']:.5f}); "
                f"Sonnet 4.5 ${cost['sonnet_usd_mean']:.5f} (max ${cost['sonnet_usd_max']:.5f})",
            )
        )
    fvs = results.get("fvs", {})
    if "recall" in fvs:
        recall = ", ".join(f"{k} {v:.2f}" for k, v in fvs["recall"].items())
        rows.append(
            (
                "FVS",
                f"recall per kind (letters flagged); false alarms over {fvs['faithful']} faithful",
                f"{recall}; false-alarm rate {fvs['false_alarm_rate']:.3f}",
            )
        )
    quality = results.get("quality", {})
    if "mean_quality" in quality:
        rows.append(
            (
                "quality",
                f"{quality['pairs']} pairs through the service",
                f"mean {quality['mean_quality']:.3f} (min {quality['min_quality']:.3f}); FVS pass "
                f"{quality['fvs_pass']}/{quality['pairs']}; "
                f"length within 20% {quality['length_ok']}/{quality['pairs']}",
            )
        )
    cli_help = results.get("cli_help", {})
    if "help_s" in cli_help:
        loaded = ", ".join(cli_help["heavy_modules_loaded"]) or "none"
        rows.append(
            (
                "CLI start",
                "careervp --help",
                f"{cli_help['help_s']} s median of {cli_help['runs']}, CPU {cli_help.get('help_cpu_s')} s "
                f"(bare python {cli_help['bare_python_s']} s); "
                f"heavy modules loaded: {loaded}",
            )
        )
    imports = results.get("import_time", {})
    for label, key in (("Lambda import", "entry"), ("first invocation", "first_invocation")):
        figure = imports.get(key, {})
        if "subprocess_ms" in figure:
            heavy = ", ".join(f"{name} {ms}" for name, ms in list(figure["packages_ms"].items())[:4])
            rows.append(
                (
                    label,
                    figure["module"],
                    f"{figure['importtime_cumulative_ms']} ms (-X importtime), {figure['subprocess_ms']} ms "
                    f"(fresh interpreter minus bare start)" + (f"; heaviest: {heavy} ms" if heavy else ""),
                )
            )
    soak = results.get("soak", {})
    if "sent" in soak:
        latency, rss = soak["latency_ms"], soak["rss_mib"]
        rows.append(
            (
                "soak",
                f"{soak['sent']} mixed requests, {soak['rate_per_s']:g}/s for {soak['seconds']} s, bad ones too",
                f"{soak['unexpected']} unexpected statuses; p50 {latency.get('p50')} / p95 {latency.get('p95')} / "
                f"p99 {latency.get('p99')} ms; RSS {rss['after_warmup']} -> {rss['end']} MiB "
                f"(growth {rss['growth']}, max {rss['max']})",
            )
        )
    rows += _worst_case_rows(results.get("worst_case", {}))
    for name in SECTIONS:
        section = results.get(name)
        if isinstance(section, dict) and "error" in section:
            rows.append((name, "FAILED", section["error"]))
    table = Table(title="CareerVP benchmark")
    table.add_column("figure")
    table.add_column("measured over")
    table.add_column("result")
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _worst_case_rows(section: dict[str, Any]) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    stages = section.get("stages", {})
    for name, figures in stages.get("formats", {}).items():
        per = ", ".join(f"{stage} {ms:.0f}" for stage, ms in figures["ms"].items())
        rows.append(
            (
                f"worst case: {name}",
                f"largest CV accepted ({figures['roles']} roles, {figures['cv_chars']:,} chars), "
                f"posting {stages['posting_chars']:,} chars",
                f"ms per stage: {per}",
            )
        )
    http = section.get("http", {})
    if "health_p99_ms" in http:
        rows.append(
            (
                "worst case over HTTP",
                f"one generation on the largest Markdown CV; /health every 50 ms ({http['health_probes']} probes)",
                f"{http['generation_status']} {http['generation_code']} in {http['generation_ms']} ms; /health p50 "
                f"{http['health_p50_ms']} / p99 {http['health_p99_ms']} / max {http['health_max_ms']} ms",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="CareerVP benchmarks.")
    parser.add_argument("--quick", action="store_true", help="3 s load runs instead of 10 s")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(SECTIONS)}")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--baseline",
        metavar="REF",
        help=f"also run {', '.join(BASELINE_SECTIONS)} on this git revision's source first, and compare",
    )
    args = parser.parse_args(argv)
    chosen = tuple(s.strip() for s in args.only.split(",") if s.strip()) or SECTIONS
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown sections: {', '.join(unknown)}")
    baseline: dict[str, Any] | None = None
    if args.baseline:
        with source_of(args.baseline) as commit:
            baseline = run(tuple(s for s in chosen if s in BASELINE_SECTIONS), quick=args.quick)
            baseline["revision"] = f"{args.baseline} ({commit})"
    results = run(chosen, quick=args.quick)
    if baseline is not None:
        results["baseline"] = baseline
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    console = Console(width=160)
    print_tables(results, console)
    if baseline is not None:
        console.print(side_by_side(baseline, results, baseline["revision"]))
    console.print(f"results written to {args.out}")
    return 1 if any(isinstance(results.get(s), dict) and "error" in results[s] for s in chosen) else 0


if __name__ == "__main__":
    sys.exit(main())
