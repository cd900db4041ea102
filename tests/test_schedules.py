"""daily_aggregate_schedule targets the previous day's partition; hourly ingest is a plain cron schedule."""
from datetime import datetime, timezone

import dagster as dg
import pytest

from pipelines.definitions import defs
from pipelines.partitions import daily_partitions
from pipelines.schedules import daily_aggregate_schedule, hourly_chart_schedule, hourly_ingest_schedule


@pytest.mark.parametrize("scheduled_at, partition", [
    (datetime(2024, 3, 5, 0, 30, tzinfo=timezone.utc), "2024-03-04"),
    (datetime(2024, 3, 1, 0, 30, tzinfo=timezone.utc), "2024-02-29"),
    (datetime(2025, 1, 1, 0, 30, tzinfo=timezone.utc), "2024-12-31"),
])
def test_daily_schedule_requests_the_previous_days_partition(scheduled_at, partition):
    with dg.build_schedule_context(scheduled_execution_time=scheduled_at) as context:
        request = daily_aggregate_schedule(context)
    assert request.partition_key == partition
    assert request.run_key == f"daily-{partition}"
    assert daily_partitions.has_partition_key(partition)


def test_schedules_are_wired_to_the_jobs_and_stopped_by_default():
    assert daily_aggregate_schedule.job_name == "aggregate_job"
    assert daily_aggregate_schedule.cron_schedule == "30 0 * * *"
    assert hourly_ingest_schedule.job_name == "ingest_and_extract_job"
    assert defs.resolve_schedule_def("daily_aggregate_schedule").default_status == dg.DefaultScheduleStatus.STOPPED


def evaluate_chart_schedule(instance: dg.DagsterInstance) -> dg.RunRequest | dg.SkipReason:
    with dg.build_schedule_context(instance=instance) as context:
        return hourly_chart_schedule(context)


def test_chart_schedule_draws_only_after_daily_interactions_changed():
    with dg.instance_for_test() as instance:
        chart_schedule_decisions(instance)


def chart_schedule_decisions(instance: dg.DagsterInstance) -> None:
    assert isinstance(evaluate_chart_schedule(instance), dg.SkipReason)  # no daily data yet
    instance.report_runless_asset_event(dg.AssetMaterialization("daily_interactions", partition="2024-03-04"))
    first = evaluate_chart_schedule(instance)
    assert isinstance(first, dg.RunRequest)
    instance.report_runless_asset_event(dg.AssetMaterialization("china_russia_us_chart"))
    assert isinstance(evaluate_chart_schedule(instance), dg.SkipReason)  # drawn since
    instance.report_runless_asset_event(dg.AssetMaterialization("daily_interactions", partition="2024-03-05"))
    second = evaluate_chart_schedule(instance)
    assert isinstance(second, dg.RunRequest) and second.run_key != first.run_key


def test_chart_schedule_runs_chart_job_and_is_stopped_by_default():
    assert hourly_chart_schedule.job_name == "chart_job"
    assert defs.resolve_schedule_def("hourly_chart_schedule").default_status == dg.DefaultScheduleStatus.STOPPED
