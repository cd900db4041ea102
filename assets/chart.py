"""China-Russia-US chart of the daily aggregate: last 90 days of data as a PNG next to the Parquet files,
shown in the Dagster UI through materialization metadata. Its own asset (group ``dashboards``), refreshed by
``hourly_chart_schedule`` when daily files changed and by ``make run``, not by every daily run: rendering costs
seconds (matplotlib), which a run for one new article should not pay."""

import base64
import posixpath
from collections import defaultdict
from datetime import date

import dagster as dg

from assets.aggregate import DAILY_DATASET
from assets.common import OWNERS
from geoevents import chart
from geoevents import publish
from pipelines.resources import ParquetStore

CHINA_RUSSIA_US = ("CHN", "RUS", "USA")
CHART_FILE = "charts/china_russia_us_daily.png"


def china_russia_us_counts(store: publish.ParquetStore, dataset: str) -> tuple[dict[str, dict[date, int]], date,
                                                                                    date] | None:
    """Event counts per ordered China/Russia/US dyad and day over the chart window that ends on the newest
    daily Parquet partition; None when there is no daily file at all."""
    days = {date.fromisoformat(publish.partition_value(p)): p for p in store.list_partitions(dataset)}
    if not days:
        return None
    first_day, last_day = chart.chart_window(max(days))
    counts: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for day in sorted(day for day in days if day >= first_day):
        table = store.read_partition(dataset, days[day])
        for row in table.select(["source_actor", "target_actor", "n_events"]).to_pylist():
            if row["source_actor"] in CHINA_RUSSIA_US and row["target_actor"] in CHINA_RUSSIA_US:
                counts[f"{row['source_actor']}->{row['target_actor']}"][day] += row["n_events"]
    return {dyad: dict(per_day) for dyad, per_day in counts.items()}, first_day, last_day


def china_russia_us_chart_metadata(store: publish.ParquetStore, dataset: str) -> dict[str, dg.MetadataValue]:
    """Render the chart, write it to ``<parquet base>/charts/china_russia_us_daily.png`` and return metadata:
    the image inline (markdown with a data URI renders in the asset's metadata in the UI), its location and
    the window. Empty when there is no daily data yet."""
    found = china_russia_us_counts(store, dataset)
    if found is None:
        return {}
    counts, first_day, last_day = found
    png = chart.render_daily_dyad_chart(counts, first_day, last_day,
                                        f"China-Russia-US events per day, {first_day} to {last_day}")
    publish.write_bytes_atomically(store.fs, posixpath.join(store.base_path, CHART_FILE), png)
    return {
        "china_russia_us_chart": dg.MetadataValue.md(
            f"![China-Russia-US daily events](data:image/png;base64,{base64.b64encode(png).decode('ascii')})"),
        "china_russia_us_chart_file": dg.MetadataValue.path(f"{store.base_uri}/{CHART_FILE}"),
        "china_russia_us_chart_window": f"{first_day.isoformat()}..{last_day.isoformat()}",
        "china_russia_us_chart_events": sum(sum(per_day.values()) for per_day in counts.values()),
    }


@dg.asset(
    group_name="dashboards",
    kinds={"parquet", "python"},
    owners=OWNERS,
    deps=["daily_interactions"],
    description="China-Russia-US events per day and ordered dyad over the last 90 days of daily data, drawn from the "
                "daily Parquet files: PNG at <parquet>/charts/china_russia_us_daily.png (replaced atomically, same "
                "data gives the same bytes) and inline in this asset's metadata. Refreshed by hourly_chart_schedule "
                "after daily_interactions changed, and by `make run`.",
)
def china_russia_us_chart(context: dg.AssetExecutionContext, parquet_store: ParquetStore) -> dg.MaterializeResult:
    metadata = china_russia_us_chart_metadata(parquet_store.store(), DAILY_DATASET)
    if not metadata:
        context.log.info("no daily Parquet files yet: no chart")
    return dg.MaterializeResult(metadata=metadata)
