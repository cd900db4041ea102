"""Sensors (stopped by default): new article files, and days whose events changed after aggregation."""

import dagster as dg

from geoevents import warehouse as wh
from geoevents.engine.model import stable_id
from geoevents.ingest.files import iter_article_files
from pipelines.jobs import aggregate_job, ingest_and_extract_job
from pipelines.partitions import PARTITION_RANGE_END_TAG, PARTITION_RANGE_START_TAG, daily_partitions
from pipelines.resources import ArticlesSource, Warehouse


def new_source_paths(articles_source: ArticlesSource, warehouse: Warehouse) -> list[str]:
    """Files under the articles folder that the warehouse has no outcome for yet, sorted.

    Reads the published analyst copy, so the sensor never waits for (or blocks) a running pipeline step.
    """
    listed = [entry.source_path for entry in iter_article_files(articles_source.root(), articles_source.settings())]
    with warehouse.store().analyst_reader() as con:
        known = wh.known_source_paths(con) if con is not None else set()
    return [path for path in listed if path not in known]


@dg.sensor(
    job=ingest_and_extract_job,
    minimum_interval_seconds=60,
    description="Starts ingest_and_extract_job for files that appeared in the articles folder (config `paths`), "
                "so only those files are read.",
)
def new_article_files_sensor(context: dg.SensorEvaluationContext, articles_source: ArticlesSource,
                             warehouse: Warehouse) -> dg.SensorResult | dg.SkipReason:
    new_paths = new_source_paths(articles_source, warehouse)
    if not new_paths:
        return dg.SkipReason("no new files in the articles folder")
    context.log.info("%d new article files", len(new_paths))
    # Same set of new files -> same run key: no second run while the first one is still ingesting them.
    return dg.SensorResult(run_requests=[dg.RunRequest(
        run_key=f"new-files-{stable_id(*new_paths)}",
        run_config={"ops": {"articles": {"config": {"paths": new_paths}}}},
    )])


def partition_range_for_dates(dates: list[str]) -> tuple[str, str] | None:
    """First and last daily partition covering ``dates`` (ISO days), ignoring days outside the partitions."""
    first, last = daily_partitions.get_first_partition_key(), daily_partitions.get_last_partition_key()
    inside = sorted(day for day in dates if first <= day <= last)
    return (inside[0], inside[-1]) if inside else None


@dg.asset_sensor(
    asset_key=dg.AssetKey("events"),
    job=aggregate_job,
    description="When extraction changes events on days that were already aggregated (late articles, re-coding), "
                "re-runs daily_interactions over those days as one run (plus monthly_interactions).",
)
def late_events_sensor(context: dg.SensorEvaluationContext, asset_event: dg.EventLogEntry):
    materialization = asset_event.asset_materialization
    affected = materialization.metadata.get("affected_dates") if materialization else None
    dates = list(affected.value) if affected is not None else []
    day_range = partition_range_for_dates(dates)
    if day_range is None:
        return dg.SkipReason("the latest events materialization changed no day inside the daily partitions")
    return dg.RunRequest(
        run_key=f"late-events-{asset_event.run_id}-{asset_event.timestamp}",
        tags={PARTITION_RANGE_START_TAG: day_range[0], PARTITION_RANGE_END_TAG: day_range[1]},
    )
