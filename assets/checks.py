"""Data-quality checks beside the assets. Blocking checks stop bad rows from flowing into the aggregates."""

from dataclasses import dataclass
from datetime import date, timedelta

import dagster as dg
import duckdb

from assets.aggregate import DAILY_CHECK_NAME, DAILY_DATASET, daily_check_result, daily_count_mismatches
from assets.common import WAREHOUSE_POOL, markdown_table
from geoevents import publish
from geoevents import warehouse as wh
from pipelines.partitions import PARTITION_RANGE_END_TAG, PARTITION_RANGE_START_TAG, PARTITION_TAG
from pipelines.resources import ParquetStore, Warehouse


def _result_from_problem_rows(rows: list[dict], description: str,
                              severity: dg.AssetCheckSeverity = dg.AssetCheckSeverity.ERROR,
                              checked: str | None = None) -> dg.AssetCheckResult:
    metadata: dict = {"n_problems_shown": len(rows)}
    if checked:
        metadata["checked"] = dg.MetadataValue.text(checked)
    if rows:
        metadata["problems"] = dg.MetadataValue.md(markdown_table([list(r.values()) for r in rows], list(rows[0])))
    return dg.AssetCheckResult(passed=not rows, severity=severity, description=description, metadata=metadata)


@dataclass(frozen=True)
class EventCheckScope:
    """What an events check reads: the events of the articles one run coded, or (run_id None) the whole tables."""
    run_id: str | None
    description: str


def _latest_materialization(context: dg.AssetCheckExecutionContext, asset_key: str) -> dg.EventLogEntry | None:
    records = context.instance.fetch_materializations(dg.AssetKey(asset_key), limit=1).records
    return records[0].event_log_entry if records else None


def events_check_scope(context: dg.AssetCheckExecutionContext, con: duckdb.DuckDBPyConnection,
                       whole_tables_if_reference_reloaded: bool = False) -> EventCheckScope:
    """The articles coded in this run when this run extracted and coded only some of them; else everything.

    Only the instance's event log and the warehouse are read (no process state), so this holds when the check
    runs in its own step process. Checked on its own (no extraction in this run, or another run extracted
    since), after a run that coded every article (a new engine version, reprocess_all) and, for checks against
    the reference tables, after this run reloaded them, the check reads the whole tables."""
    run_id = context.run.run_id
    events = _latest_materialization(context, "events")
    if events is None or events.run_id != run_id:
        return EventCheckScope(None, "all events: this run did not code articles (the check ran on its own)")
    if whole_tables_if_reference_reloaded:
        reference = _latest_materialization(context, "reference_tables")
        reloaded = reference.asset_materialization.metadata.get("reloaded") if reference else None
        if reference is not None and reference.run_id == run_id and reloaded is not None and reloaded.value:
            return EventCheckScope(None, "all events: this run reloaded the reference tables")
    coded, total = wh.run_coding_counts(con, run_id)
    if coded >= total:
        return EventCheckScope(None, f"all events: this run coded every article ({total})")
    return EventCheckScope(run_id, f"events of the {coded} articles this run coded (of {total})")


def _events_check(context: dg.AssetCheckExecutionContext, warehouse: Warehouse, check_name: str, description: str,
                  severity: dg.AssetCheckSeverity = dg.AssetCheckSeverity.ERROR,
                  whole_tables_if_reference_reloaded: bool = False) -> dg.AssetCheckResult:
    with warehouse.reader() as con:
        scope = events_check_scope(context, con, whole_tables_if_reference_reloaded)
        if scope.run_id is not None:
            rows = wh.check_rows(con, check_name, scope.run_id)
    if scope.run_id is None:  # the whole tables: a lower DuckDB memory limit keeps the body join from piling up
        with warehouse.reader(memory_limit=warehouse.whole_table_check_memory_limit or None) as con:
            rows = wh.check_rows(con, check_name)
    return _result_from_problem_rows(rows, description, severity, checked=scope.description)


@dg.asset_check(asset="events", blocking=True, pool=WAREHOUSE_POOL,
                description="Event ids are unique, every event has its article and every statement its event "
                            "(the articles coded in this run; all when run on its own).")
def events_keys_consistent(context: dg.AssetCheckExecutionContext, warehouse: Warehouse) -> dg.AssetCheckResult:
    return _events_check(context, warehouse, "check_event_keys", "duplicate or dangling event/statement ids (first 50)")


@dg.asset_check(asset="events", blocking=True, pool=WAREHOUSE_POOL, additional_deps=["reference_tables"],
                description="Every source/target actor code is in actor_codes and every CAMEO code in cameo_codes "
                            "(the articles coded in this run; all when run on its own or after a reference reload).")
def events_codes_in_reference_tables(context: dg.AssetCheckExecutionContext,
                                     warehouse: Warehouse) -> dg.AssetCheckResult:
    return _events_check(context, warehouse, "check_codes_in_reference",
                         "codes missing from the reference tables (first 50)",
                         whole_tables_if_reference_reloaded=True)


@dg.asset_check(asset="events", blocking=True, pool=WAREHOUSE_POOL,
                description="Evidence spans lie inside the article body and evidence_text == body[char_start:char_end] "
                            "(the articles coded in this run; all when run on its own).")
def events_evidence_spans_match_body(context: dg.AssetCheckExecutionContext,
                                     warehouse: Warehouse) -> dg.AssetCheckResult:
    return _events_check(context, warehouse, "check_evidence_spans",
                         "events whose span does not reproduce the evidence (first 50)")


@dg.asset_check(asset="events", blocking=False, pool=WAREHOUSE_POOL,
                description="Asserted events are not dated after their article's publication date (a wrong year "
                            "or a misread date expression). Warning: the rows stay, an analyst reviews them. "
                            "The articles coded in this run; all when run on its own.")
def events_dates_not_after_publication(context: dg.AssetCheckExecutionContext,
                                       warehouse: Warehouse) -> dg.AssetCheckResult:
    return _events_check(context, warehouse, "check_event_dates_not_after_publication",
                         "asserted events dated after publication (first 50)", severity=dg.AssetCheckSeverity.WARN)


def run_day_window(tags: dict[str, str]) -> tuple[date, date] | None:
    """[first, last] day of the partition(s) this run materialized, from the run tags; None for all days."""
    if tags.get(PARTITION_RANGE_START_TAG) and tags.get(PARTITION_RANGE_END_TAG):
        return (date.fromisoformat(tags[PARTITION_RANGE_START_TAG]),
                date.fromisoformat(tags[PARTITION_RANGE_END_TAG]))
    if tags.get(PARTITION_TAG):
        day = date.fromisoformat(tags[PARTITION_TAG])
        return day, day
    return None


@dg.asset_check(asset="daily_interactions", name=DAILY_CHECK_NAME, blocking=True, pool=WAREHOUSE_POOL,
                description="For every day of the run's partitions (all days when run on its own) that has a "
                            "Parquet file or eligible events, the Parquet n_events total equals the count of "
                            "eligible events in the events table.")
def daily_interactions_match_events(context: dg.AssetCheckExecutionContext, warehouse: Warehouse,
                                    parquet_store: ParquetStore) -> dg.AssetCheckResult:
    window = run_day_window(context.run.tags)
    store = parquet_store.store()
    partitions = [partition for partition in store.list_partitions(DAILY_DATASET)
                  if window is None or window[0] <= date.fromisoformat(publish.partition_value(partition)) <= window[1]]
    with warehouse.reader() as con:
        if window is None:
            span = wh.day_precision_date_range(con)
            days = {date.fromisoformat(publish.partition_value(partition)) for partition in partitions}
            days |= set(span) if span else set()
            window = (min(days), max(days)) if days else None
        if window is None:
            return dg.AssetCheckResult(passed=True, description="no daily Parquet files and no eligible events",
                                       metadata={"n_days_compared": 0})
        n_compared, mismatches = daily_count_mismatches(store, con, window[0], window[1], partitions)
    passed, metadata, description = daily_check_result(n_compared, mismatches)
    return dg.AssetCheckResult(passed=passed, metadata=metadata, description=description)
