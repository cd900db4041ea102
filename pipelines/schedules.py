"""Schedules (stopped by default; switch them on in the UI or with `dagster schedule start`)."""

import dagster as dg

from pipelines.jobs import aggregate_job, ingest_and_extract_job

# Hourly: pick up articles dropped into the folder (the new-files sensor does the same with less delay).
hourly_ingest_schedule = dg.ScheduleDefinition(
    name="hourly_ingest_schedule",
    job=ingest_and_extract_job,
    cron_schedule="15 * * * *",
    execution_timezone="UTC",
    description="Ingest and code new articles every hour.",
)

# Daily at 00:30 UTC: aggregates for the latest partition (end_offset=1, so today's). Days whose events change
# later are re-aggregated by the late-events sensor.
daily_aggregate_schedule = dg.build_schedule_from_partitioned_job(
    aggregate_job,
    name="daily_aggregate_schedule",
    hour_of_day=0,
    minute_of_hour=30,
    description="daily_interactions for the latest day and monthly_interactions, every night.",
)
