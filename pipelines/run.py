"""`make run`: ingest + extract (with the monthly table), then the daily aggregates over every day that has events
(one run), then the China-Russia-US chart.

Uses the persistent Dagster instance in $DAGSTER_HOME (set by the Makefile) so the runs show up in `make ui`;
without DAGSTER_HOME it runs on an ephemeral instance. Exits non-zero naming the failing step.
"""
import os
import shutil
import sys
from datetime import date
from pathlib import Path

import dagster as dg

from geoevents import PROJECT_ROOT
from geoevents import warehouse as wh
from pipelines.partitions import PARTITION_RANGE_END_TAG, PARTITION_RANGE_START_TAG, daily_partitions
from pipelines.resources import data_dir_from_env, parquet_uri_from_env
from pipelines.stale_runs import process_tags, release_slots_of_dead_runs


def _instance() -> dg.DagsterInstance:
    home = os.environ.get("DAGSTER_HOME")
    if home:
        os.makedirs(home, exist_ok=True)
        settings = Path(home) / "dagster.yaml"
        if not settings.exists():  # `make run` copies it; a bare DAGSTER_HOME gets the project's settings too
            shutil.copyfile(PROJECT_ROOT / "dagster.yaml", settings)
        return dg.DagsterInstance.get()
    return dg.DagsterInstance.ephemeral()


# Step logs at INFO: the DEBUG event stream is in the UI; the terminal gets progress and the summary.
RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}


def _failure_report(job_name: str, result: dg.ExecuteInProcessResult) -> str:
    lines = [f"FAILED: {job_name} (run {result.run_id})"]
    for event in result.all_events:
        if event.is_step_failure:
            error = event.step_failure_data.error
            while error is not None and error.cause is not None:  # the user code's exception, not the wrapper
                error = error.cause
            message = error.message.strip().splitlines()[0] if error else "unknown error"
            lines.append(f"  step {event.step_key}: {message}")
    return "\n".join(lines)


def aggregation_range(first: date, last: date) -> tuple[str, str] | None:
    """The daily partitions covering [first, last], clipped to the partitions that exist."""
    start = max(first.isoformat(), daily_partitions.get_first_partition_key())
    end = min(last.isoformat(), daily_partitions.get_last_partition_key())
    return (start, end) if start <= end else None


def _materialization_metadata(result: dg.ExecuteInProcessResult, asset: str) -> dict:
    for event in reversed(result.get_asset_materialization_events()):
        if event.asset_key == dg.AssetKey(asset):
            return {key: value.value for key, value in event.materialization.metadata.items()}
    return {}


def main(argv: list[str] | None = None) -> int:
    from pipelines.definitions import defs

    instance = _instance()
    for holder in release_slots_of_dead_runs(instance):
        if holder.action == "released":
            print(f"released the pool slots of run {holder.run_id} ({holder.status}): {holder.reason}", file=sys.stderr)
        else:
            print(f"WARNING: run {holder.run_id} ({holder.status}) holds or awaits a pool slot, so this run may wait "
                  f"for it: {holder.reason}", file=sys.stderr)
    tags = process_tags()
    warehouse = wh.Warehouse(data_dir_from_env())

    ingest_job = defs.resolve_job_def("ingest_and_extract_job")
    ingest_result = ingest_job.execute_in_process(instance=instance, raise_on_error=False, run_config=RUN_CONFIG,
                                                 tags=tags)
    if not ingest_result.success:
        print(_failure_report(ingest_job.name, ingest_result), file=sys.stderr)
        return 1

    with warehouse.reader() as con:
        span = wh.day_precision_date_range(con)
    day_range = aggregation_range(*span) if span else None
    aggregate_job = defs.resolve_job_def("aggregate_job")
    if day_range:
        aggregate_result = aggregate_job.execute_in_process(
            instance=instance, raise_on_error=False, run_config=RUN_CONFIG,
            tags={**tags, PARTITION_RANGE_START_TAG: day_range[0], PARTITION_RANGE_END_TAG: day_range[1]})
    else:
        aggregate_result = aggregate_job.execute_in_process(
            instance=instance, raise_on_error=False, run_config=RUN_CONFIG,
            asset_selection=[dg.AssetKey("monthly_interactions")], tags=tags)
    if not aggregate_result.success:
        print(_failure_report(aggregate_job.name, aggregate_result), file=sys.stderr)
        return 1
    chart_job = defs.resolve_job_def("chart_job")
    chart_result = chart_job.execute_in_process(instance=instance, raise_on_error=False, run_config=RUN_CONFIG,
                                               tags=tags)
    if not chart_result.success:
        print(_failure_report(chart_job.name, chart_result), file=sys.stderr)
        return 1

    articles = _materialization_metadata(ingest_result, "articles")
    events = _materialization_metadata(ingest_result, "events")
    daily = _materialization_metadata(aggregate_result, "daily_interactions")
    with warehouse.reader() as con:
        totals = wh.row_counts(con, "ingest_counts")
        by_type = wh.counts(con, "events_by_type")
    print("geoevents run finished")
    print(f"  articles: {totals['n_articles']} in the warehouse ({articles.get('n_articles_new', 0)} new this run), "
          f"{totals['n_duplicate_sources']} duplicate files, {totals['n_rejected']} files rejected")
    print(f"  events: {sum(by_type.values())} total, {events.get('n_articles_processed', 0)} articles coded this run")
    for event_type, count in by_type.items():
        print(f"    {event_type:<12} {count}")
    if day_range:
        print(f"  daily aggregates: {daily.get('days_with_rows', 0)} days with rows in {day_range[0]}..{day_range[1]}")
    else:
        print("  daily aggregates: no day-precision events inside the daily partitions")
    print(f"  DuckDB (open read-only): {warehouse.analyst_path}")
    print(f"  Parquet: {parquet_uri_from_env()}/daily_interactions/date=YYYY-MM-DD/part-0.parquet, "
          f".../monthly_interactions/month=YYYY-MM/part-0.parquet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
