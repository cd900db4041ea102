"""Aggregates: daily dyad interactions (partitioned, Parquet + DuckDB view) and monthly interactions."""

from datetime import date, timedelta
from typing import Any

import dagster as dg
import pyarrow as pa
import pyarrow.compute as pc

from assets.common import OWNERS, WAREHOUSE_POOL, arrow_preview, preview, table_schema
from geoevents import publish
from geoevents import warehouse as wh
from pipelines.partitions import daily_partitions
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
    for value, rows in partition_tables(table, key):
        label = value.strftime("%Y-%m") if key == "month" else value.isoformat()
        partition = f"{key}={label}"
        result = store.write_partition(dataset, partition, rows, schema)
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
    existing = {p for p in store.list_partitions(DAILY_DATASET)
                if start <= date.fromisoformat(publish.partition_value(p)) < end}
    with warehouse.reader() as con:
        table = wh.daily_interactions(con, start, end)
    outcome = publish_partitions(store, DAILY_DATASET, "date", table, publish.DAILY_INTERACTIONS_SCHEMA, existing)
    parquet_glob = store.dataset_glob(DAILY_DATASET) if store.list_partitions(DAILY_DATASET) else None
    with warehouse.reader() as con:
        view_is_current = wh.daily_interactions_source_is(con, parquet_glob)
    if not view_is_current:
        # Only when the view's source changes (first files, last file removed, another location): a write
        # makes the run copy the analyst file, whose cost grows with the warehouse.
        with warehouse.writer() as con:
            wh.set_daily_interactions_source(con, parquet_glob)
    with warehouse.reader() as con:
        schema = table_schema(con, "daily_interactions")
    days_with_rows = len(outcome["written"]) + len(outcome["unchanged"])
    context.log.info("daily_interactions %s..%s: %d rows over %d days (%d files written, %d unchanged, %d removed)",
                     start, end - timedelta(days=1), table.num_rows, days_with_rows,
                     len(outcome["written"]), len(outcome["unchanged"]), len(outcome["removed"]))
    return dg.MaterializeResult(metadata={
        "window_start": start.isoformat(),
        "window_end_exclusive": end.isoformat(),
        "dagster/row_count": table.num_rows,
        "n_events": int(pc.sum(table.column("n_events")).as_py() or 0),  # sum of no rows is null
        "days_with_rows": days_with_rows,
        **{f"partitions_{kind}": _bounded_list(outcome[kind]) for kind in ("written", "unchanged", "removed")},
        "parquet_location": dg.MetadataValue.path(store.dataset_uri(DAILY_DATASET)),
        "dagster/column_schema": schema,
        "preview": arrow_preview(table),
    })


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
                "rebuilt as a whole the first time and when its SQL or Parquet location changes.",
)
def monthly_interactions(context: dg.AssetExecutionContext, warehouse: Warehouse,
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
    with warehouse.reader() as con:
        counts = wh.row_counts(con, "monthly_interactions_counts")
        schema = table_schema(con, "monthly_interactions")
        table_preview = preview(con, "monthly_interactions")  # the table's latest months, recomputed or not
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
    }
    return dg.MaterializeResult(metadata=metadata)
