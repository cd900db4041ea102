"""Data-quality checks beside the assets. Blocking checks stop bad rows from flowing into the aggregates."""

from datetime import date, timedelta

import dagster as dg
import pyarrow.compute as pc

from assets.aggregate import DAILY_DATASET
from assets.common import WAREHOUSE_POOL, markdown_table
from geoevents import publish
from geoevents import warehouse as wh
from pipelines.partitions import PARTITION_RANGE_END_TAG, PARTITION_RANGE_START_TAG, PARTITION_TAG
from pipelines.resources import ParquetStore, Warehouse


def _result_from_problem_rows(rows: list[dict], description: str,
                              severity: dg.AssetCheckSeverity = dg.AssetCheckSeverity.ERROR) -> dg.AssetCheckResult:
    metadata = {"n_problems_shown": len(rows)}
    if rows:
        metadata["problems"] = dg.MetadataValue.md(markdown_table([list(r.values()) for r in rows], list(rows[0])))
    return dg.AssetCheckResult(passed=not rows, severity=severity, description=description, metadata=metadata)


@dg.asset_check(asset="events", blocking=True, pool=WAREHOUSE_POOL,
                description="Event ids are unique, every event has its article and every statement its event.")
def events_keys_consistent(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.reader() as con:
        rows = wh.check_rows(con, "check_event_keys")
    return _result_from_problem_rows(rows, "duplicate or dangling event/statement ids (first 50)")


@dg.asset_check(asset="events", blocking=True, pool=WAREHOUSE_POOL, additional_deps=["reference_tables"],
                description="Every source/target actor code is in actor_codes and every CAMEO code in cameo_codes.")
def events_codes_in_reference_tables(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.reader() as con:
        rows = wh.check_rows(con, "check_codes_in_reference")
    return _result_from_problem_rows(rows, "codes missing from the reference tables (first 50)")


@dg.asset_check(asset="events", blocking=True, pool=WAREHOUSE_POOL,
                description="Evidence spans lie inside the article body and evidence_text == body[char_start:char_end].")
def events_evidence_spans_match_body(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.reader() as con:
        rows = wh.check_rows(con, "check_evidence_spans")
    return _result_from_problem_rows(rows, "events whose span does not reproduce the evidence (first 50)")


@dg.asset_check(asset="events", blocking=False, pool=WAREHOUSE_POOL,
                description="Asserted events are not dated after their article's publication date (a wrong year "
                            "or a misread date expression). Warning: the rows stay, an analyst reviews them.")
def events_dates_not_after_publication(warehouse: Warehouse) -> dg.AssetCheckResult:
    with warehouse.reader() as con:
        rows = wh.check_rows(con, "check_event_dates_not_after_publication")
    return _result_from_problem_rows(rows, "asserted events dated after publication (first 50)",
                                     severity=dg.AssetCheckSeverity.WARN)


def run_day_window(tags: dict[str, str]) -> tuple[date, date] | None:
    """[first, last] day of the partition(s) this run materialized, from the run tags; None for all days."""
    if tags.get(PARTITION_RANGE_START_TAG) and tags.get(PARTITION_RANGE_END_TAG):
        return (date.fromisoformat(tags[PARTITION_RANGE_START_TAG]),
                date.fromisoformat(tags[PARTITION_RANGE_END_TAG]))
    if tags.get(PARTITION_TAG):
        day = date.fromisoformat(tags[PARTITION_TAG])
        return day, day
    return None


@dg.asset_check(asset="daily_interactions", blocking=True, pool=WAREHOUSE_POOL,
                description="For every day of the run's partitions (all days when run on its own) that has a "
                            "Parquet file or eligible events, the Parquet n_events total equals the count of "
                            "eligible events in the events table.")
def daily_interactions_match_events(context: dg.AssetCheckExecutionContext, warehouse: Warehouse,
                                    parquet_store: ParquetStore) -> dg.AssetCheckResult:
    window = run_day_window(context.run.tags)
    store = parquet_store.store()
    parquet_counts: dict[date, int] = {}
    for partition in store.list_partitions(DAILY_DATASET):
        day = date.fromisoformat(publish.partition_value(partition))
        if window is None or window[0] <= day <= window[1]:
            table = store.read_partition(DAILY_DATASET, partition)
            parquet_counts[day] = int(pc.sum(table.column("n_events")).as_py() or 0)
    with warehouse.reader() as con:
        if window is None:
            span = wh.day_precision_date_range(con)
            days = set(parquet_counts) | (set(span) if span else set())
            window = (min(days), max(days)) if days else None
        if window is None:
            return dg.AssetCheckResult(passed=True, description="no daily Parquet files and no eligible events",
                                       metadata={"n_days_compared": 0})
        event_counts = wh.eligible_daily_event_counts(con, window[0], window[1] + timedelta(days=1))
    mismatches = [(day.isoformat(), parquet_counts.get(day, 0), event_counts.get(day, 0))
                  for day in sorted(set(parquet_counts) | set(event_counts))
                  if parquet_counts.get(day, 0) != event_counts.get(day, 0)]
    metadata = {"n_days_compared": len(set(parquet_counts) | set(event_counts)), "n_mismatched_days": len(mismatches)}
    if mismatches:
        metadata["mismatches"] = dg.MetadataValue.md(
            markdown_table(mismatches[:50], ["date", "parquet_n_events", "events_table_n_events"]))
    return dg.AssetCheckResult(passed=not mismatches, metadata=metadata,
                               description="days whose Parquet counts differ from the events table "
                                           "(a day not yet aggregated also shows here)")
