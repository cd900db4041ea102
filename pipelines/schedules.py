"""Schedules (stopped by default; switch them on in the UI or with `dagster schedule start`)."""

from datetime import timedelta

import dagster as dg

from pipelines.jobs import aggregate_job, chart_job, ingest_and_extract_job

# Hourly: pick up articles dropped into the folder (the new-files sensor does the same with less delay).
hourly_ingest_schedule = dg.ScheduleDefinition(
    name="hourly_ingest_schedule",
    job=ingest_and_extract_job,
    cron_schedule="15 * * * *",
    execution_timezone="UTC",
    description="Ingest and code new articles every hour.",
)


def previous_day_partition(scheduled_at) -> str:
    """The daily partition of the day before ``scheduled_at`` (a day is complete once it is over)."""
    return (scheduled_at - timedelta(days=1)).strftime("%Y-%m-%d")


@dg.schedule(
    job=aggregate_job,
    cron_schedule="30 0 * * *",
    execution_timezone="UTC",
    description="Every night at 00:30 UTC: daily_interactions for the previous day's partition and "
                "monthly_interactions. Days whose events change later are re-aggregated by late_events_sensor.",
)
def daily_aggregate_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    # Not build_schedule_from_partitioned_job: with end_offset=1 it would target today's (still open) day.
    partition = previous_day_partition(context.scheduled_execution_time)
    return dg.RunRequest(run_key=f"daily-{partition}", partition_key=partition)


def latest_storage_id(instance: dg.DagsterInstance, asset: str) -> int | None:
    """Event-log position of the asset's latest materialization (any partition); None if it has none."""
    records = instance.fetch_materializations(dg.AssetKey(asset), limit=1).records
    return records[0].storage_id if records else None


@dg.schedule(
    job=chart_job,
    cron_schedule="45 * * * *",
    execution_timezone="UTC",
    description="Every hour at :45 UTC: the China-Russia-US chart, when daily_interactions was materialized since "
                "the chart was last drawn (the chart is not redrawn by each daily run).",
)
def hourly_chart_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest | dg.SkipReason:
    daily = latest_storage_id(context.instance, "daily_interactions")
    if daily is None:
        return dg.SkipReason("daily_interactions has no materialization yet")
    drawn = latest_storage_id(context.instance, "china_russia_us_chart")
    if drawn is not None and drawn > daily:
        return dg.SkipReason("the chart was drawn after the latest daily_interactions materialization")
    return dg.RunRequest(run_key=f"chart-after-{daily}")
