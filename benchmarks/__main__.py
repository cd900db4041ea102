"""``python -m benchmarks``: speed and scale of the geoevents pipeline on a synthetic corpus.

    python -m benchmarks [--n 1000,10000] [--out bench-output] [--quick] [--lang-mix de=0.5,en=0.5] [--seed 42]

For each N a fresh process generates the corpus and times every stage (see benchmarks/stages.py); another
process times the daily aggregation SQL over 10 million generated events. Prints a table with the targets of
the "Speed and scale" issue (PASS / MISS / N/A) and writes every figure to <out>/bench.json.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from dataclasses import replace
from datetime import timedelta

from benchmarks.corpus import DEFAULT_LAST_DATE, CorpusSpec, parse_lang_mix, write_corpus
from benchmarks.stages import (DAGSTER_STAGES, KEPT_MARKER, STAGE_FIGURES, STAGE_NAMES, copy_kept_warehouse,
                               kept_warehouse_problem, machine_description, mark_kept_warehouse, peak_rss_mib,
                               progress_enabled, run_aggregation, run_phase)

QUICK_N = 200
QUICK_EVENTS = 100_000
FULL_EVENTS = 10_000_000
# Publication dates span three years by default (many days touched, as a real archive). The quick run
# keeps 45 days: the aggregate job's cost grows with the number of daily partitions, not with N.
FULL_SPAN_DAYS = 3 * 365
QUICK_SPAN_DAYS = 45
GIB_MIB = 1024.0

# The targets of the issue: name -> (description, limit). Evaluated by evaluate_targets.
TARGETS = {
    "engine_vs_tokenizer": "engine throughput >= 50% of the bare spaCy tokenizer",
    "end_to_end_10k": "10,000 articles end to end (Dagster) <= 60 s",
    "end_to_end_100k": "100,000 articles end to end (Dagster) <= 10 min",
    "peak_memory": "Dagster job peak memory <= 2 GiB and flat in N (largest <= 1.5 x smallest)",
    "incremental_one_article": "adding 1 article costs <= 5 s beyond the empty run",
    "daily_aggregation_10m": "daily aggregation over 10M events <= 5 s",
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", help="corpus sizes, comma-separated (default 1000,10000; --quick: 200)")
    parser.add_argument("--out", default="bench-output", help="folder for bench.json (default bench-output)")
    parser.add_argument("--quick", action="store_true",
                        help=f"N={QUICK_N} and {QUICK_EVENTS:,} events for the aggregation (what the tests run)")
    parser.add_argument("--lang-mix", default="de=0.5,en=0.5", help="language weights (default de=0.5,en=0.5)")
    parser.add_argument("--seed", type=int, default=42, help="corpus seed (same seed, same corpus)")
    parser.add_argument("--events", type=int, help=f"events for the aggregation (default {FULL_EVENTS:,}; "
                                                   f"--quick: {QUICK_EVENTS:,}; 0 skips it)")
    parser.add_argument("--span-days", type=int,
                        help=f"days the publication dates spread over (default {FULL_SPAN_DAYS}; --quick: {QUICK_SPAN_DAYS})")
    parser.add_argument("--work-dir", help="where the temporary corpora and warehouses go (default: system temp)")
    parser.add_argument("--keep-warehouse", metavar="DIR",
                        help="build each size's corpus and warehouse in DIR/n<N> and keep them; when DIR/n<N> already "
                             "holds a finished build of the same corpus by the same extractor version, skip the build "
                             "(dagster_job not run) and time only the incremental runs, on a copy of it (implies "
                             "--dagster-only)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="with --keep-warehouse: rounds of the incremental runs, each in a fresh process on a "
                             "fresh copy of the kept warehouse; the figures are the median round's (by seconds beyond "
                             "the empty run), every round is in bench.json (default 1)")
    parser.add_argument("--dagster-only", action="store_true",
                        help="write the corpus and time only the Dagster stages: the library stages hold the whole "
                             "corpus and its results in memory (~2 GiB per 10,000 articles), too much for N=100,000")
    args = parser.parse_args(argv)
    default_n = str(QUICK_N) if args.quick else "1000,10000"
    try:
        args.sizes = sorted({int(x) for x in (args.n or default_n).split(",") if x.strip()})
    except ValueError:
        parser.error(f"--n expects comma-separated integers, got {args.n!r}")
    if not args.sizes or min(args.sizes) < 1:
        parser.error("--n needs at least one positive size")
    try:
        args.mix = parse_lang_mix(args.lang_mix)
    except ValueError as exc:
        parser.error(str(exc))
    if args.events is None:
        args.events = QUICK_EVENTS if args.quick else FULL_EVENTS
    if args.span_days is None:
        args.span_days = QUICK_SPAN_DAYS if args.quick else FULL_SPAN_DAYS
    if args.rounds < 1 or (args.rounds > 1 and not args.keep_warehouse):
        parser.error("--rounds needs --keep-warehouse and a positive count")
    if args.keep_warehouse:
        args.dagster_only = True
    if not 1 <= args.span_days <= 4 * 365:
        # beyond ~5 years a weekday clue no longer names a single year: keep the dates unambiguous
        parser.error("--span-days must be between 1 and 1460")
    return args


def corpus_spec(args: argparse.Namespace, n: int) -> CorpusSpec:
    spec = CorpusSpec(n=n, seed=args.seed, lang_mix=args.mix,
                      first_date=DEFAULT_LAST_DATE - timedelta(days=args.span_days - 1), last_date=DEFAULT_LAST_DATE)
    return replace(spec, date_reach_days=min(spec.date_reach_days, max(args.span_days // 2, 7)))


def in_fresh_process(fn, *args) -> dict[str, Any]:
    """Run ``fn(*args)`` in a spawned process: its peak memory is its own and nothing is shared."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def median_round(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """The incremental stage of the round with the median seconds beyond the empty run (the lower middle of an
    even count), with every round's figures beside it; a failed round is the result when no round succeeded."""
    ok = sorted((r for r in rounds if r.get("status") == "ok"), key=lambda r: r["seconds_beyond_empty"])
    if not ok:
        return {**rounds[0], "rounds": rounds}
    chosen = dict(ok[(len(ok) - 1) // 2])
    keys = ("seconds_add_one", "seconds_empty", "seconds_beyond_empty", "seconds_rescan_nothing_new",
            "cpu_seconds_add_one", "cpu_seconds_empty")
    chosen["rounds"] = [{k: r.get(k) for k in ("status", "reason", *keys, "n_days_changed",
                                               "n_days_aggregated_in_ingest_run", "n_days_reaggregated", "step_seconds")}
                        for r in rounds]
    chosen["spread"] = {k: [min(r[k] for r in ok), max(r[k] for r in ok)] for k in keys if k in ok[0]}
    return chosen


def run_kept_size(spec: CorpusSpec, keep_root: str, work_root: str | None, progress: bool,
                  rounds: int) -> dict[str, Any]:
    """--keep-warehouse: build the corpus and warehouse in ``keep_root/n<N>`` unless a finished build of the same
    corpus and extractor is there, then ``rounds`` rounds of the incremental runs, each on its own copy."""
    keep_dir = Path(keep_root) / f"n{spec.n}"
    skipped = {"status": "not_available", "seconds": None, "reason": "skipped (--dagster-only)"}
    stages: dict[str, Any] = {name: dict(skipped) for name in STAGE_NAMES if name not in DAGSTER_STAGES}
    peaks: dict[str, Any] = {}
    problem = kept_warehouse_problem(keep_dir, spec)
    if problem is None:
        stages["dagster_job"] = {"status": "not_available", "seconds": None,
                                 "reason": f"reused the warehouse kept in {keep_dir} (--keep-warehouse)"}
    elif (keep_dir / KEPT_MARKER).is_file():
        raise SystemExit(problem)
    else:
        keep_dir.mkdir(parents=True, exist_ok=True)
        if not (keep_dir / "articles").is_dir():
            write_corpus(keep_dir / "articles", spec, progress=progress)
        build = in_fresh_process(run_phase, "dagster_build", spec, str(keep_dir), progress)
        stages["dagster_job"] = build["stages"]["dagster_job"]
        peaks["dagster"] = build["peak_rss_mib"]
        if stages["dagster_job"]["status"] != "ok":
            stages["dagster_incremental"] = {"status": "not_available", "seconds": None,
                                             "reason": "the warehouse was not built (dagster_job stage failed)"}
            return {"n": spec.n, "stages": stages, "peak_rss_mib": peaks}
        mark_kept_warehouse(keep_dir, spec, stages["dagster_job"], build.get("extractor_version"))
    results = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix=f"geoevents-bench-{spec.n}-copy-", dir=work_root) as work_dir:
            copy_kept_warehouse(keep_dir, Path(work_dir))
            results.append(in_fresh_process(run_phase, "dagster_incremental_on_kept", spec, work_dir, progress))
    stages["dagster_incremental"] = median_round([r["stages"]["dagster_incremental"] for r in results])
    incremental_peak = max((r["peak_rss_mib"] for r in results), key=lambda p: p["tree"])
    peaks.setdefault("dagster", incremental_peak)
    return {"n": spec.n, "stages": stages, "peak_rss_mib": peaks}


def run_size(spec: CorpusSpec, work_root: str | None, progress: bool, dagster_only: bool = False) -> dict[str, Any]:
    """Both phases on one corpus (each in its own process), in a temporary folder removed afterwards."""
    with tempfile.TemporaryDirectory(prefix=f"geoevents-bench-{spec.n}-", dir=work_root) as work_dir:
        if dagster_only:
            write_corpus(Path(work_dir) / "articles", spec, progress=progress)
            skipped = {"status": "not_available", "seconds": None, "reason": "skipped (--dagster-only)"}
            library = {"stages": {name: dict(skipped) for name in STAGE_NAMES if name not in DAGSTER_STAGES}}
        else:
            library = in_fresh_process(run_phase, "library", spec, work_dir, progress)
        dagster = in_fresh_process(run_phase, "dagster", spec, work_dir, progress)
    peaks = {"library_stages": library["peak_rss_mib"]} if "peak_rss_mib" in library else {}
    return {"n": spec.n, "stages": {**library["stages"], **dagster["stages"]},
            "peak_rss_mib": {**peaks, "dagster": dagster["peak_rss_mib"]}}


# ---------------------------------------------------------------- targets


def _ok(stage: dict[str, Any] | None) -> bool:
    return bool(stage) and stage.get("status") == "ok"


def _target(status: str, measured: str, detail: str = "") -> dict[str, str]:
    return {"status": status, "measured": measured, "detail": detail}


def _not_measured(runs: dict[str, Any], stage: str) -> str:
    reasons = {n: r["stages"][stage].get("reason") for n, r in runs.items() if not _ok(r["stages"].get(stage))}
    return "; ".join(f"N={n}: {reason}" for n, reason in reasons.items()) or "not run"


def evaluate_targets(runs: dict[str, Any], aggregation: dict[str, Any] | None) -> dict[str, dict[str, str]]:
    targets: dict[str, dict[str, str]] = {}

    # the engine as the pipeline runs it (its worker processes) against the tokenizer in one process
    shares = {n: r["stages"]["tokenizer_ceiling"].get("engine_share_of_ceiling") for n, r in runs.items()}
    shares = {n: s for n, s in shares.items() if s is not None}
    if shares:
        worst = min(shares.values())
        processes = sorted({r["stages"]["extract"].get("n_processes") for n, r in runs.items() if n in shares}
                           - {None})
        detail = f"engine in {'/'.join(str(p) for p in processes)} process(es)" if processes else ""
        targets["engine_vs_tokenizer"] = _target(
            "PASS" if worst >= 0.5 else "MISS", ", ".join(f"N={n}: {s:.1%}" for n, s in shares.items()), detail)
    else:
        targets["engine_vs_tokenizer"] = _target("N/A", "-", _not_measured(runs, "extract"))

    for key, size, limit in (("end_to_end_10k", 10_000, 60.0), ("end_to_end_100k", 100_000, 600.0)):
        run = runs.get(str(size))
        if run is None:
            targets[key] = _target("N/A", "-", f"N={size} not in --n")
        elif not _ok(run["stages"]["dagster_job"]):
            targets[key] = _target("N/A", "-", run["stages"]["dagster_job"].get("reason") or "")
        else:
            seconds = run["stages"]["dagster_job"]["seconds"]
            targets[key] = _target("PASS" if seconds <= limit else "MISS", f"{seconds:.1f} s")

    # the pipeline's memory: the process that ran the Dagster job (the library-stage harness keeps whole
    # corpora in memory on purpose and is reported beside it)
    peaks = {n: r["peak_rss_mib"]["dagster"]["tree"] for n, r in runs.items() if _ok(r["stages"]["dagster_job"])}
    if peaks:
        sizes = sorted(peaks, key=int)
        worst = max(peaks.values())
        flat = len(sizes) < 2 or peaks[sizes[-1]] <= 1.5 * peaks[sizes[0]]
        measured = ", ".join(f"N={n}: {peaks[n]:.0f} MiB" for n in sizes)
        detail = "" if len(sizes) > 1 else "one size only: flatness not tested"
        targets["peak_memory"] = _target("PASS" if worst <= 2 * GIB_MIB and flat else "MISS", measured, detail)
    else:
        targets["peak_memory"] = _target("N/A", "-", _not_measured(runs, "dagster_job"))

    beyond = {n: r["stages"]["dagster_incremental"].get("seconds_beyond_empty") for n, r in runs.items()
              if _ok(r["stages"]["dagster_incremental"])}
    if beyond:
        targets["incremental_one_article"] = _target(
            "PASS" if max(beyond.values()) <= 5.0 else "MISS",
            ", ".join(f"N={n}: +{s:.1f} s" for n, s in beyond.items()))
    else:
        targets["incremental_one_article"] = _target("N/A", "-", _not_measured(runs, "dagster_incremental"))

    if aggregation is None:
        targets["daily_aggregation_10m"] = _target("N/A", "-", "skipped (--events 0)")
    elif not _ok(aggregation):
        targets["daily_aggregation_10m"] = _target("N/A", "-", aggregation.get("reason") or "")
    elif aggregation["n_events"] < FULL_EVENTS:
        targets["daily_aggregation_10m"] = _target(
            "N/A", f"{aggregation['seconds']:.2f} s", f"only {aggregation['n_events']:,} events in this run")
    else:
        seconds = aggregation["seconds"]
        targets["daily_aggregation_10m"] = _target("PASS" if seconds <= 5.0 else "MISS", f"{seconds:.2f} s")
    return targets


# ---------------------------------------------------------------- printing


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def render_report(report: dict[str, Any]) -> str:
    lines: list[str] = []
    machine = report["machine"]
    lines.append(f"Machine: {machine['cpu_model']}, {machine['logical_cores']} logical cores "
                 f"({machine['usable_cores']} usable), {machine['ram_gib']} GiB RAM, Python {machine['python']}, "
                 f"spaCy {machine['spacy_version']}, DuckDB {machine['duckdb_version']}, "
                 f"Dagster {machine['dagster_version']}; fsync in the work dir {machine['fsync_ms_work_dir']} ms")
    for n, run in report["runs"].items():
        lines.append("")
        peaks = run["peak_rss_mib"]
        library_peak = (f"library stages {peaks['library_stages']['tree']:.0f} MiB, "
                        if "library_stages" in peaks else "")
        lines.append(f"N = {int(n):,} articles (peak RSS with worker processes: {library_peak}"
                     f"Dagster job {peaks['dagster']['tree']:.0f} MiB)")
        lines.append(f"  {'stage':<20} {'status':<14} {'seconds':>9}  figures")
        for name in STAGE_NAMES:
            stage = run["stages"][name]
            if stage["status"] != "ok":
                label = "not available" if stage["status"] == "not_available" else "ERROR"
                lines.append(f"  {name:<20} {label:<14} {'-':>9}  {stage['reason']}")
                continue
            figures = "  ".join(f"{key}={_fmt(stage[key])}" for key in STAGE_FIGURES[name]
                                if stage.get(key) is not None)
            lines.append(f"  {name:<20} {'ok':<14} {stage['seconds']:>9.2f}  {figures}  "
                         f"[peak RSS {stage['peak_tree_rss_mib']:.0f} MiB]")
            if stage.get("spread"):
                lines.append(f"  {'':<20} {len(stage['rounds'])} rounds, median round shown; min..max: " + "  ".join(
                    f"{key}={low:.3g}..{high:.3g}" for key, (low, high) in stage["spread"].items()))
    aggregation = report.get("aggregation")
    lines.append("")
    if aggregation is None:
        lines.append("Daily aggregation at scale: skipped")
    elif aggregation["status"] != "ok":
        lines.append(f"Daily aggregation at scale: {aggregation['status']}: {aggregation['reason']}")
    else:
        lines.append(f"Daily aggregation over {aggregation['n_events']:,} events: {aggregation['seconds']:.2f} s "
                     f"({aggregation['n_result_rows']:,} rows over {aggregation['n_days']} days; one day "
                     f"{aggregation['one_day_seconds']:.3f} s; peak RSS {aggregation['peak_rss_mib']['tree']:.0f} MiB)")
    lines.append(f"Peak RSS of the whole run: {report['peak_rss_mib']:.0f} MiB")
    lines.append("")
    lines.append("Targets")
    for key, description in TARGETS.items():
        target = report["targets"][key]
        detail = f"  ({target['detail']})" if target["detail"] else ""
        lines.append(f"  {target['status']:<5} {description:<72} {target['measured']}{detail}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    progress = progress_enabled()
    started = time.perf_counter()
    if args.work_dir:
        Path(args.work_dir).mkdir(parents=True, exist_ok=True)  # the fsync probe and the corpora go there
    report: dict[str, Any] = {
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "config": {"sizes": args.sizes, "seed": args.seed, "lang_mix": args.mix, "quick": args.quick,
                   "aggregation_events": args.events, "span_days": args.span_days,
                   "keep_warehouse": args.keep_warehouse, "rounds": args.rounds},
        "machine": machine_description(args.work_dir),
        "runs": {},
    }
    for n in args.sizes:
        if args.keep_warehouse:
            report["runs"][str(n)] = run_kept_size(corpus_spec(args, n), args.keep_warehouse, args.work_dir, progress,
                                                   args.rounds)
        else:
            report["runs"][str(n)] = run_size(corpus_spec(args, n), args.work_dir, progress, args.dagster_only)
    report["aggregation"] = in_fresh_process(run_aggregation, args.events, args.seed) if args.events else None
    # processes run one after another: the run's peak is the largest of theirs
    phase_peaks = [p["tree"] for r in report["runs"].values() for p in r["peak_rss_mib"].values()]
    if report["aggregation"]:
        phase_peaks.append(report["aggregation"]["peak_rss_mib"]["tree"])
    report["peak_rss_mib"] = max(phase_peaks + [peak_rss_mib()["self"]])
    report["targets"] = evaluate_targets(report["runs"], report["aggregation"])
    report["seconds"] = round(time.perf_counter() - started, 1)

    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "bench.json").write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(render_report(report))
    print(f"\nFigures written to {out_dir / 'bench.json'} ({report['seconds']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
