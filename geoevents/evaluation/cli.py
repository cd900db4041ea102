"""``python -m geoevents eval``: precision/recall/F1 of the engine on the gold sets (see docs/evaluation.md)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from geoevents.evaluation.report import render_readme_table, render_report
from geoevents.evaluation.runner import (
    BASELINE_PATH,
    DATASETS,
    DEFAULT_GOLD_DIR,
    EVAL_DIR_ENV,
    baseline_from_report,
    default_eval_dir,
    regressions,
    load_baseline,
    run_evaluation,
)


def parse_only(value: str) -> list[str]:
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = sorted(set(names) - set(DATASETS))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown dataset(s) {', '.join(unknown)}; choose from {', '.join(DATASETS)}")
    return names


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geoevents eval", description=__doc__)
    parser.add_argument("--eval-dir", type=Path, default=None,
                        help=f"folder with plover_gsr/ and petrarch_gsr/ (default: ${EVAL_DIR_ENV} or ../shared/eval)")
    parser.add_argument("--gold-dir", type=Path, default=DEFAULT_GOLD_DIR,
                        help="folder with gold_de.jsonl, gold_en.jsonl, seed_expected.json (default: tests/gold)")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="also write all figures as JSON")
    parser.add_argument("--only", type=parse_only, default=list(DATASETS),
                        help=f"comma-separated subset of {','.join(DATASETS)}")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N", help="print the first N errors per dataset")
    parser.add_argument("--compare-baseline", action="store_true",
                        help="exit 1 when a figure drops more than 0.02 below geoevents/evaluation/baseline.json")
    parser.add_argument("--update-baseline", action="store_true",
                        help="write the figures to geoevents/evaluation/baseline.json (all four datasets must run)")
    parser.add_argument("--readme-table", action="store_true",
                        help="print the README figures table rendered from baseline.json and exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.readme_table:
        print(render_readme_table(load_baseline()))
        return 0
    report = run_evaluation(eval_dir=args.eval_dir or default_eval_dir(), gold_dir=args.gold_dir, only=args.only)
    print(render_report(report, show_errors=args.show_errors))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    # the own gold set is the one dataset that must always be there; --only without gold just needs something to run
    gold = report.datasets.get("gold")
    status = int(not gold.ran) if gold is not None else int(not any(r.ran for r in report.datasets.values()))
    if status:
        print("\nthe own gold set (or the requested datasets) did not run: exit 1", file=sys.stderr)
    if args.compare_baseline:
        dropped = regressions(report, load_baseline())
        for line in dropped:
            print(f"regression: {line}", file=sys.stderr)
        status = status or int(bool(dropped))
    if args.update_baseline:
        if not all(name in report.datasets and report.datasets[name].ran for name in DATASETS):
            print("--update-baseline needs all four datasets to run: baseline not written", file=sys.stderr)
            return 1
        BASELINE_PATH.write_text(json.dumps(baseline_from_report(report), indent=2) + "\n", encoding="utf-8")
        print(f"baseline written to {BASELINE_PATH}")
    return status
