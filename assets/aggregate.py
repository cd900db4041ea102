"""Aggregates: daily dyad interactions (partitioned, Parquet + DuckDB view) and monthly interactions."""

from datetime import date, timedelta

import base64
import io
from collections import defaultdict

import dagster as dg
import pyarrow as pa
import pyarrow.compute as pc

from assets.common import OWNERS, WAREHOUSE_POOL, markdown_table, table_schema
from geoevents import publish
from geoevents import warehouse as wh
from pipelines.partitions import daily_partitions
from pipelines.resources import ParquetStore, Warehouse

CHINA_RUSSIA_US = ("CHN", "RUS", "USA")
DAILY_DATASET = "daily_interactions"
MONTHLY_DATASET = "monthly_interactions"


def _partition_value(partition: str) -> str:
    return partition.split("=", 1)[1]


def publish_partitions(store: publish.ParquetStore, dataset: str, key: str, table: pa.Table, schema: pa.Schema,
                       stale_candidates: set[str]) -> dict[str, list[str]]:
    """Write one Parquet file per distinct ``key`` value of ``table``; remove files in ``stale_candidates``
    that no longer have rows. Returns the partitions written, unchanged and removed."""
    outcome: dict[str, list[str]] = {"written": [], "unchanged": [], "removed": []}
    values = sorted(set(table.column(key).to_pylist())) if table.num_rows else []
    for value in values:
        label = value.strftime("%Y-%m") if key == "month" else value.isoformat()
        partition = f"{key}={label}"
        rows = table.filter(pc.equal(table.column(key), pa.scalar(value, table.schema.field(key).type)))
        result = store.write_partition(dataset, partition, rows, schema)
        outcome["written" if result.changed else "unchanged"].append(partition)
        stale_candidates.discard(partition)
    for partition in sorted(stale_candidates):
        if store.remove_partition(dataset, partition):
            outcome["removed"].append(partition)
    return outcome


def china_russia_us_chart(table: pa.Table) -> dg.MetadataValue | None:
    """PNG (inline markdown) of daily China-Russia-US event counts per ordered dyad; None when there are none."""
    per_dyad: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for row in table.select(["date", "source_actor", "target_actor", "n_events"]).to_pylist():
        if row["source_actor"] in CHINA_RUSSIA_US and row["target_actor"] in CHINA_RUSSIA_US:
            per_dyad[f"{row['source_actor']}->{row['target_actor']}"][row["date"]] += row["n_events"]
    if not per_dyad:
        return None
    import matplotlib

    matplotlib.use("Agg")  # no display in run workers
    from matplotlib import pyplot as plt

    figure, axes = plt.subplots(figsize=(7, 2.8), dpi=80)
    dyads = sorted(per_dyad)
    all_days = sorted({day for counts in per_dyad.values() for day in counts})
    if len(all_days) <= 31:  # few days: grouped bars, one group per day, so equal counts do not hide each other
        width = 0.8 / len(dyads)
        for index, dyad in enumerate(dyads):
            axes.bar([position + index * width for position in range(len(all_days))],
                     [per_dyad[dyad].get(day, 0) for day in all_days], width=width, label=dyad)
        axes.set_xticks([position + 0.4 - width / 2 for position in range(len(all_days))],
                        [day.isoformat() for day in all_days])
    else:
        for dyad in dyads:
            days = sorted(per_dyad[dyad])
            axes.plot(days, [per_dyad[dyad][day] for day in days], label=dyad)
    axes.set_ylabel("events per day")
    axes.legend(fontsize="small", ncol=3)
    figure.autofmt_xdate()
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    plt.close(figure)
    return dg.MetadataValue.md(f"![China-Russia-US daily events](data:image/png;base64,"
                               f"{base64.b64encode(buffer.getvalue()).decode('ascii')})")


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
                if start <= date.fromisoformat(_partition_value(p)) < end}
    with warehouse.writer() as con:
        table = wh.daily_interactions(con, start, end)
        outcome = publish_partitions(store, DAILY_DATASET, "date", table, publish.DAILY_INTERACTIONS_SCHEMA, existing)
        has_files = bool(store.list_partitions(DAILY_DATASET))
        wh.set_daily_interactions_source(con, store.dataset_glob(DAILY_DATASET) if has_files else None)
        schema = table_schema(con, "daily_interactions")
    preview_rows = table.slice(0, 20).to_pylist()
    context.log.info("daily_interactions %s..%s: %d rows over %d days (%d files written, %d unchanged, %d removed)",
                     start, end - timedelta(days=1), table.num_rows, len(outcome["written"]) + len(outcome["unchanged"]),
                     len(outcome["written"]), len(outcome["unchanged"]), len(outcome["removed"]))
    metadata = {}
    chart = china_russia_us_chart(table)
    if chart is not None:
        metadata["china_russia_us_chart"] = chart
    return dg.MaterializeResult(metadata={
        **metadata,
        "window_start": start.isoformat(),
        "window_end_exclusive": end.isoformat(),
        "dagster/row_count": table.num_rows,
        "n_events": int(pc.sum(table.column("n_events")).as_py() or 0) if table.num_rows else 0,
        "days_with_rows": len(outcome["written"]) + len(outcome["unchanged"]),
        "partitions_written": outcome["written"],
        "partitions_unchanged": outcome["unchanged"],
        "partitions_removed": outcome["removed"],
        "parquet_location": dg.MetadataValue.path(store.dataset_uri(DAILY_DATASET)),
        "dagster/column_schema": schema,
        "preview": dg.MetadataValue.md(markdown_table(
            [list(row.values()) for row in preview_rows], table.schema.names)),
    })


@dg.asset(
    group_name="aggregate",
    kinds={"duckdb", "parquet"},
    owners=OWNERS,
    pool=WAREHOUSE_POOL,
    deps=["events"],
    description="Per month, ordered dyad, event type and quad class, from asserted, non-negated events dated to a "
                "day or a month: n_events = n_day_precision + n_month_precision, n_articles, Goldstein sum/mean. "
                "Table monthly_interactions (view china_russia_us_monthly) and Parquet "
                "monthly_interactions/month=YYYY-MM/part-0.parquet. Recomputed as a whole.",
)
def monthly_interactions(context: dg.AssetExecutionContext, warehouse: Warehouse,
                         parquet_store: ParquetStore) -> dg.MaterializeResult:
    store = parquet_store.store()
    with warehouse.writer() as con:
        table = wh.monthly_interactions(con)
        wh.replace_monthly_interactions(con, table)
        outcome = publish_partitions(store, MONTHLY_DATASET, "month", table, publish.MONTHLY_INTERACTIONS_SCHEMA,
                                     set(store.list_partitions(MONTHLY_DATASET)))
        schema = table_schema(con, "monthly_interactions")
    context.log.info("monthly_interactions: %d rows (%d files written, %d unchanged, %d removed)", table.num_rows,
                     len(outcome["written"]), len(outcome["unchanged"]), len(outcome["removed"]))
    return dg.MaterializeResult(metadata={
        "dagster/row_count": table.num_rows,
        "months_with_rows": len(outcome["written"]) + len(outcome["unchanged"]),
        "partitions_written": outcome["written"],
        "partitions_removed": outcome["removed"],
        "parquet_location": dg.MetadataValue.path(store.dataset_uri(MONTHLY_DATASET)),
        "dagster/column_schema": schema,
        "preview": dg.MetadataValue.md(markdown_table(
            [list(row.values()) for row in table.slice(0, 20).to_pylist()], table.schema.names)),
    })
