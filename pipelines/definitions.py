"""The Dagster code location (workspace.yaml and `dagster dev` load `defs` from here)."""
import dagster as dg

from assets import aggregate, chart, checks, extract, ingest, reference
from pipelines.jobs import aggregate_job, chart_job, executor_from_env, ingest_and_extract_job
from pipelines.resources import resources_from_env
from pipelines.schedules import daily_aggregate_schedule, hourly_chart_schedule, hourly_ingest_schedule
from pipelines.sensors import late_events_sensor, new_article_files_sensor

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([reference, ingest, extract, aggregate, chart]),
    asset_checks=dg.load_asset_checks_from_modules([checks]),
    jobs=[ingest_and_extract_job, aggregate_job, chart_job],
    schedules=[hourly_ingest_schedule, daily_aggregate_schedule, hourly_chart_schedule],
    sensors=[new_article_files_sensor, late_events_sensor],
    resources=resources_from_env(),
    executor=executor_from_env(),
)
