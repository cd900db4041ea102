"""Aggregates: daily dyad interactions (partitioned, Parquet + DuckDB view) and monthly interactions."""

from datetime import date, timedelta
from typing import Any

import dagster as dg
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import Field

from assets.common import OWNERS, WAREHOUSE_POOL, arrow_preview, markdown_table, preview, table_schema
from geoevents import publish
from geoevents import warehouse as wh
from pipelines.partitions import daily_partitions, partition_days
from pipelines.resources import ParquetStore, Warehouse

DAILY_DATASET = "daily_interactions"
MONTHLY_DATASET = "monthly_interactions"


def partition_tables(table: pa.Table, key: str) -> list[tuple[Any, pa.Table]]:
    """``(value, rows)`` for each distinct ``key`` value of ``table``, by value, each with its rows in table order.

    The aggregates come ordered by their key, so each value's rows are one run: they are slices (no copy, one
    pass); a table whose runs repeat a value is filtered per value instead."""
    if not table.num_rows:
        return []
    runs = pc.run_end_encode(table.column(key).combine_chunks())
    values = runs.values.to_pylist()
    if len(set(values)) < len(values):
        return [(value, table.filter(pc.equal(table.column(key), pa.scalar(value, table.schema.field(key).type))))
                for value in sorted(set(values))]
    ends = runs.run_ends.to_pylist()
    slices = [(value, table.slice(start, end - start)) for value, start, end in zip(values, [0, *ends[:-1]], ends)]
    return sorted(slices, key=lambda item: item[0])


def publish_partitions(store: publish.ParquetStore, dataset: str, key: str, table: pa.Table, schema: pa.Schema,
                       stale_candidates: set[str]) -> dict[str, list[str]]:
    """Write one Parquet file per distinct ``key`` value of ``table``; remove files in ``stale_candidates``
    that no longer have rows. Returns the partitions written, unchanged and removed."""
    outcome: dict[str, list[str]] = {"written": [], "unchanged": [], "removed": []}
    tables = [(f"{key}={value.strftime('%Y-%m') if key == 'month' else value.isoformat()}", rows)
              for value, rows in partition_tables(table, key)]
    for (partition, _), result in zip(tables, store.write_partitions(dataset, tables, schema)):
        outcome["written" if result.changed else "unchanged"].append(partition)
        stale_candidates.discard(partition)
    for partition in sorted(stale_candidates):
        if store.remove_partition(dataset, partition):
            outcome["removed"].append(partition)
    return outcome


# Dagster copies a range run's metadata onto every partition's materialization event (full partition lists on
# ~1,300 partitions made a 131 MB event log): lists longer than this are cut.
INLINE_METADATA_MAX_DAYS = 31


def _bounded_list(partitions: list[str], limit: int = INLINE_METADATA_MAX_DAYS) -> list[str]:
    """The partition list as metadata, cut to ``limit`` entries plus a count of the rest."""
    if len(partitions) <= limit:
        return partitions
    return [*partitions[:limit], f"... and {len(partitions) - limit} more"]


@dg.asset(
    group_name="aggregate",
    kinds={"duckdb", "parquet"},
    owners=OWNERS,
    pool=WAREHOUSE_POOL,
    deps=["events"],
    partitions_def=daily_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    description="Per day, ordered dyad (source_actor -> target_actor), event type and quad class: n_events, "
                "n_articles, goldstein_sum/mean, from asserted, non-negated, day-precision events with both actors. "
                "One Parquet file per day (daily_interactions/date=YYYY-MM-DD/part-0.parquet); DuckDB views "
                "daily_interactions and china_russia_us_daily read them. Symmetric types count per stored "
                "direction. A run covers one day or a whole range (single-run backfills).",
)
def daily_interactions(context: dg.AssetExecutionContext, warehouse: Warehouse,
                       parquet_store: ParquetStore) -> dg.MaterializeResult:
    window = context.partition_time_window
    start, end = window.start.date(), window.end.date()
    store = parquet_store.store()
    with warehouse.reader() as con:
        table, outcome = aggregate_daily_window(con, store, start, end, store.list_partitions(DAILY_DATASET))
    point_daily_view_at_files(warehouse, store)
    with warehouse.reader() as con:
        schema = table_schema(con, "daily_interactions")
    days_with_rows = len(outcome["written"]) + len(outcome["unchanged"])
    context.log.info("daily_interactions %s..%s: %d rows over %d days (%d files written, %d unchanged, %d removed)",
                     start, end - timedelta(days=1), table.num_rows, days_with_rows,
                     len(outcome["written"]), len(outcome["unchanged"]), len(outcome["removed"]))
    location = dg.MetadataValue.path(store.dataset_uri(DAILY_DATASET))
    summary = {
        "window_start": start.isoformat(),
        "window_end_exclusive": end.isoformat(),
        "dagster/row_count": table.num_rows,
        "n_events": int(pc.sum(table.column("n_events")).as_py() or 0),  # sum of no rows is null
        "days_with_rows": days_with_rows,
        **{f"partitions_{kind}": _bounded_list(outcome[kind]) for kind in ("written", "unchanged", "removed")},
        "parquet_location": location,
        "dagster/column_schema": schema,
        "preview": arrow_preview(table),
    }
    keys = context.partition_keys
    if len(keys) == 1:
        return dg.MaterializeResult(metadata=summary)
    # A range run: Dagster gives every partition of the range a materialization event of its own with the
    # result's metadata; the run's figures go on the last partition's event only (the asset's latest
    # materialization), the others say where to find them.
    context.add_asset_metadata(summary, partition_key=keys[-1])
    return dg.MaterializeResult(metadata=range_run_metadata(keys[0], keys[-1], len(keys), location))


def range_run_metadata(first: str, last: str, n_partitions: int, location: dg.MetadataValue) -> dict:
    """What every partition's materialization of a daily_interactions range run carries (2.1 KB per stored event).

    The run's summary (its row and event totals, the file lists, the column schema, a preview) was copied onto all
    ~1,300 events of a range run over three years: 7.3 KB each, 9.5 MB per run stored twice (the run's and the
    index database), its serialization and storage a serial CPU-second of the job, and on every partition but one
    figures about the whole run, not the partition."""
    return {
        "range_run": dg.MetadataValue.text(
            f"one run over the {n_partitions} daily partitions {first}..{last}; its rows, events, files, column "
            f"schema and preview are on the materialization of {last}"),
        "parquet_location": location,
    }


def aggregate_daily_window(con, store: publish.ParquetStore, start: date, end: date,
                           listed: list[str]) -> tuple[pa.Table, dict[str, list[str]]]:
    """The daily aggregates of ``start <= day < end`` written as one Parquet file per day with rows; the files of
    days in the window that no longer have rows (``listed``: the dataset's partitions) are removed."""
    existing = {p for p in listed if start <= date.fromisoformat(publish.partition_value(p)) < end}
    table = wh.daily_interactions(con, start, end)
    return table, publish_partitions(store, DAILY_DATASET, "date", table, publish.DAILY_INTERACTIONS_SCHEMA, existing)


def point_daily_view_at_files(warehouse: Warehouse, store: publish.ParquetStore,
                              repoint: tuple[bool, str | None] | None = None) -> None:
    """Point the daily_interactions view at the Parquet files, only when its source changes (first files, last
    file removed, another location): a write makes the run copy the analyst file, whose cost grows with the
    warehouse. ``repoint``: daily_view_repoint's answer, already asked on a reader the caller had open (the monthly
    step's); else a reader of its own asks."""
    if repoint is None:
        with warehouse.reader() as con:
            repoint = daily_view_repoint(con, store)
    stale, parquet_glob = repoint
    if stale:
        with warehouse.writer() as con:
            wh.set_daily_interactions_source(con, parquet_glob)


def daily_view_repoint(con, store: publish.ParquetStore) -> tuple[bool, str | None]:
    """(whether the daily_interactions view must be pointed elsewhere, what it must read: daily_view_glob), asked on
    the open connection ``con``; point_daily_view_at_files does it."""
    parquet_glob = daily_view_glob(store)
    return not wh.daily_interactions_source_is(con, parquet_glob), parquet_glob


def daily_view_glob(store: publish.ParquetStore) -> str | None:
    """What the daily_interactions view reads: the daily Parquet files, or None (its typed empty form) without."""
    return store.dataset_glob(DAILY_DATASET) if store.list_partitions(DAILY_DATASET) else None


def daily_count_mismatches(store: publish.ParquetStore, con, first: date, last: date,
                           partitions: list[str]) -> tuple[int, list[tuple[str, int, int]]]:
    """Days of ``first..last`` whose Parquet n_events total (``partitions``: the day files to read) differs from
    the count of eligible events in the events table: (days compared, [(day, parquet, events)]). The check
    daily_interactions_match_events, also run by the ingest run on the days it aggregates itself."""
    parquet_counts = {date.fromisoformat(publish.partition_value(partition)): total
                      for partition, total in store.column_totals(DAILY_DATASET, partitions, "n_events").items()}
    event_counts = wh.eligible_daily_event_counts(con, first, last + timedelta(days=1))
    days = set(parquet_counts) | set(event_counts)
    return len(days), [(day.isoformat(), parquet_counts.get(day, 0), event_counts.get(day, 0))
                       for day in sorted(days) if parquet_counts.get(day, 0) != event_counts.get(day, 0)]


def daily_check_result(n_compared: int, mismatches: list[tuple[str, int, int]]) -> tuple[bool, dict, str]:
    """passed, metadata and description of daily_interactions_match_events."""
    metadata: dict = {"n_days_compared": n_compared, "n_mismatched_days": len(mismatches)}
    if mismatches:
        metadata["mismatches"] = dg.MetadataValue.md(
            markdown_table(mismatches[:50], ["date", "parquet_n_events", "events_table_n_events"]))
    return (not mismatches, metadata,
            "days whose Parquet counts differ from the events table (a day not yet aggregated also shows here)")


# The ingest run aggregates the days whose events it changed itself (in its monthly_interactions step) when there
# are at most this many; more days (a backfill, a re-coding) are left to late_events_sensor's range runs.
MAX_CHANGED_DAYS_IN_INGEST_RUN = 31
DAILY_CHECK_NAME = "daily_interactions_match_events"


def days_changed_by_this_run(context: dg.AssetExecutionContext) -> list[str] | None:
    """``affected_dates`` of the events materialization of this run (from the instance's event log, so this holds
    in a step process of its own); None when this run did not materialize events."""
    records = context.instance.fetch_materializations(dg.AssetKey("events"), limit=1).records
    if not records or records[0].run_id != context.run.run_id:
        return None
    value = records[0].asset_materialization.metadata.get("affected_dates")
    return list(value.value) if value is not None else []


# Changed days at most this far apart are aggregated in one window: one scan of the events table (~0.3 CPU-s at
# 100,000 articles, with the check's count another ~0.15) instead of one per contiguous range; the days between
# are aggregated too and dropped, which costs far less than a scan.
WINDOW_GAP_DAYS = 14


def day_windows(days: list[str], gap: int = WINDOW_GAP_DAYS) -> list[tuple[date, date]]:
    """[first, last] windows covering the ISO ``days``, a new window only where two days are more than ``gap``
    days apart."""
    windows: list[tuple[date, date]] = []
    for day in sorted({date.fromisoformat(value) for value in days}):
        if windows and (day - windows[-1][1]).days <= gap:
            windows[-1] = (windows[-1][0], day)
        else:
            windows.append((day, day))
    return windows


def aggregate_changed_days(context: dg.AssetExecutionContext, con, store: publish.ParquetStore,
                           days: list[str]) -> dict[str, list[str]]:
    """What a daily_interactions run over ``days`` (ISO, daily partitions) does, here in the ingest run's monthly
    step (``con``: a reader of the warehouse): the daily aggregates and Parquet files of exactly those days (one
    query per window of nearby days, ``day_windows``; the files are those a range run writes, byte for byte), one
    materialization event per day's partition (the partitions show as materialized, by this run, and
    late_events_sensor leaves them alone), and the evaluation of daily_interactions_match_events over those days.
    The caller points the daily view at the files when they are the first."""
    changed = sorted(set(days))
    changed_set = set(changed)
    changed_dates = [date.fromisoformat(day) for day in changed]
    existing = {p for p in store.list_partitions(DAILY_DATASET) if publish.partition_value(p) in changed_set}
    outcome: dict[str, list[str]] = {"written": [], "unchanged": [], "removed": []}
    day_rows: dict[str, tuple[int, int]] = {}
    event_counts: dict[date, int] = {}
    for first, last in day_windows(changed):
        in_window = pa.array([day for day in changed_dates if first <= day <= last], pa.date32())
        table = wh.daily_interactions(con, first, last + timedelta(days=1))
        table = table.filter(pc.is_in(table.column("date"), value_set=in_window))
        window_outcome = publish_partitions(store, DAILY_DATASET, "date", table, publish.DAILY_INTERACTIONS_SCHEMA,
                                            {p for p in existing
                                             if first <= date.fromisoformat(publish.partition_value(p)) <= last})
        for kind, partitions in window_outcome.items():
            outcome[kind] += partitions
        for day, rows in partition_tables(table, "date"):
            day_rows[day.isoformat()] = (rows.num_rows, int(pc.sum(rows.column("n_events")).as_py() or 0))
        counts = wh.eligible_daily_event_counts(con, first, last + timedelta(days=1))
        event_counts.update({day: n for day, n in counts.items() if day.isoformat() in changed_set})
    status = {publish.partition_value(p): kind for kind, partitions in outcome.items() for p in partitions}
    location = dg.MetadataValue.path(store.dataset_uri(DAILY_DATASET))
    for key in changed:
        n_rows, n_events = day_rows.get(key, (0, 0))
        context.log_event(dg.AssetMaterialization(
            asset_key="daily_interactions", partition=key,
            description="Aggregated by the ingest run that changed this day's events (its monthly_interactions "
                        "step), not by a daily_interactions run of its own.",
            metadata={"dagster/row_count": n_rows, "n_events": n_events,
                      "parquet_file": status.get(key, "no rows, no file"), "parquet_location": location}))
    # The check: the files just written, read back, against the events table's counts of the same days.
    parquet_counts = {date.fromisoformat(publish.partition_value(partition)): total for partition, total in
                      store.column_totals(DAILY_DATASET, outcome["written"] + outcome["unchanged"], "n_events").items()}
    compared = set(parquet_counts) | set(event_counts)
    mismatches = [(day.isoformat(), parquet_counts.get(day, 0), event_counts.get(day, 0)) for day in sorted(compared)
                  if parquet_counts.get(day, 0) != event_counts.get(day, 0)]
    passed, metadata, description = daily_check_result(len(compared), mismatches)
    metadata["checked"] = dg.MetadataValue.text(
        f"the {len(changed)} days this run aggregated in its monthly_interactions step")
    context.log_event(dg.AssetCheckEvaluation(
        asset_key=dg.AssetKey("daily_interactions"), check_name=DAILY_CHECK_NAME, passed=passed, metadata=metadata,
        description=description, severity=dg.AssetCheckSeverity.ERROR, blocking=True))
    if not passed:
        context.log.error("daily_interactions_match_events failed on the days this run aggregated: %s",
                          ", ".join(day for day, _, _ in mismatches[:10]))
    return outcome


class MonthlyConfig(dg.Config):
    max_changed_days: int = Field(
        default=MAX_CHANGED_DAYS_IN_INGEST_RUN, ge=0,
        description="In a run that coded articles: when the days whose events changed (and that are daily "
                    "partitions) are at most this many, this step aggregates their daily_interactions partitions "
                    "itself (reported as their materializations, with the daily check), so late_events_sensor "
                    "launches no run for them; 0 = never (one daily_interactions run per contiguous range).")


def month_partition(month: date) -> str:
    return f"month={month:%Y-%m}"


@dg.asset(
    group_name="aggregate",
    kinds={"duckdb", "parquet"},
    owners=OWNERS,
    pool=WAREHOUSE_POOL,
    deps=["events"],
    description="Per month, ordered dyad, event type and quad class, from asserted, non-negated events dated to a "
                "day or a month: n_events = n_day_precision + n_month_precision, n_articles, Goldstein sum/mean. "
                "Table monthly_interactions (view china_russia_us_monthly) and Parquet "
                "monthly_interactions/month=YYYY-MM/part-0.parquet. Recomputes the months whose events changed "
                "since its last run (monthly_interactions_stale, filled by the extraction), each from all its events; "
                "rebuilt as a whole the first time and when its SQL or Parquet location changes. In the run that "
                "coded articles it also aggregates the daily_interactions partitions of the days whose events the "
                "run changed (at most max_changed_days, config), reported as their materializations with the "
                "daily check's evaluation; more days are left to late_events_sensor.",
)
def monthly_interactions(context: dg.AssetExecutionContext, config: MonthlyConfig, warehouse: Warehouse,
                         parquet_store: ParquetStore) -> dg.MaterializeResult:
    store = parquet_store.store()
    source = wh.monthly_interactions_source_fingerprint(store.dataset_uri(MONTHLY_DATASET))
    with warehouse.reader() as con:
        rebuild_all = not wh.monthly_interactions_rebuilt_from(con, source)
        has_stale_months = bool(wh.stale_months(con))
    outcome: dict[str, list[str]] = {"written": [], "unchanged": [], "removed": []}
    recomputed: list[str] | str = []
    table = None
    if rebuild_all or has_stale_months:
        with warehouse.writer() as con:
            stale = wh.stale_months(con)
            table = wh.monthly_interactions(con, all_months=rebuild_all)
            wh.replace_monthly_interactions(con, table, all_months=rebuild_all)
            if rebuild_all:
                wh.record_monthly_interactions_source(con, source)
                candidates = set(store.list_partitions(MONTHLY_DATASET))
            else:
                candidates = {month_partition(month) for month in stale}
            outcome = publish_partitions(store, MONTHLY_DATASET, "month", table, publish.MONTHLY_INTERACTIONS_SCHEMA,
                                         candidates)
        recomputed = "all months" if rebuild_all else [month_partition(month) for month in stale]
    changed_days = days_changed_by_this_run(context)
    in_partitions = partition_days(changed_days or [])
    fold = 0 < len(in_partitions) <= config.max_changed_days
    daily_outcome = None
    repoint: tuple[bool, str | None] | None = None
    with warehouse.reader() as con:
        counts = wh.row_counts(con, "monthly_interactions_counts")
        schema = table_schema(con, "monthly_interactions")
        table_preview = preview(con, "monthly_interactions")  # the table's latest months, recomputed or not
        if fold:
            daily_outcome = aggregate_changed_days(context, con, store, in_partitions)
            repoint = daily_view_repoint(con, store)
    if daily_outcome is not None:  # first daily files: the view starts reading them
        point_daily_view_at_files(warehouse, store, repoint)
    if in_partitions and not fold:
        context.log.info("%d days changed (more than max_changed_days = %d): left to late_events_sensor",
                         len(in_partitions), config.max_changed_days)
    context.log.info("monthly_interactions: %s recomputed (%d rows), %d rows in all (%d files written, %d unchanged, "
                     "%d removed)", recomputed if isinstance(recomputed, str) else f"{len(recomputed)} months",
                     table.num_rows if table is not None else 0, counts["rows"],
                     len(outcome["written"]), len(outcome["unchanged"]), len(outcome["removed"]))
    metadata = {
        "dagster/row_count": counts["rows"],
        "months_with_rows": counts["months"],
        "months_recomputed": recomputed if isinstance(recomputed, str) else _bounded_list(recomputed),
        "partitions_written": _bounded_list(outcome["written"]),
        "partitions_removed": _bounded_list(outcome["removed"]),
        "parquet_location": dg.MetadataValue.path(store.dataset_uri(MONTHLY_DATASET)),
        "dagster/column_schema": schema,
        "preview": table_preview,
        # the daily partitions this step aggregated itself (their own materialization events say so too)
        "daily_partitions_aggregated": _bounded_list([f"date={day}" for day in in_partitions] if fold else []),
    }
    return dg.MaterializeResult(metadata=metadata)
