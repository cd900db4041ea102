"""The instance storage of dagster.yaml (pipelines/event_log_storage.py) records a range run exactly as Dagster's
stock SQLite storage does: per-partition materialized, failed and in-progress status, the asset's latest
materialization and run, and the same rows in the event log; only the number of transactions differs.

Each test runs the same small daily-partitioned asset as one range run on two instances, one with Dagster's
default storage and one with the project's dagster.yaml, and compares what the instances answer.
"""

import shutil
import sqlite3
from pathlib import Path

import dagster as dg
import pytest
from dagster._core.storage.partition_status_cache import get_and_update_asset_status_cache_value

from geoevents import PROJECT_ROOT
from pipelines.event_log_storage import (
    EVENT_BATCH_SIZE_ENV,
    BatchingSqliteEventLogStorage,
    BatchingSqliteStorage,
    GeoeventsInstance,
)
from pipelines.partitions import PARTITION_RANGE_END_TAG, PARTITION_RANGE_START_TAG

days = dg.DailyPartitionsDefinition(start_date="2024-01-01", end_date="2024-03-01")
RANGE = ("2024-01-05", "2024-02-13")   # 40 days in one run
N_DAYS = 40


class DailyCountsConfig(dg.Config):
    fail: bool = False


@dg.asset(partitions_def=days, backfill_policy=dg.BackfillPolicy.single_run())
def daily_counts(context: dg.AssetExecutionContext, config: DailyCountsConfig) -> dg.MaterializeResult:
    if config.fail:
        raise RuntimeError("crafted failure")
    return dg.MaterializeResult(metadata={"n_days": len(context.partition_keys),
                                          "preview": dg.MetadataValue.md("| a |\n|---|\n| 1 |")})


@dg.asset_check(asset=daily_counts)
def daily_counts_present() -> dg.AssetCheckResult:
    return dg.AssetCheckResult(passed=True)


job = dg.define_asset_job("daily_counts_job", selection=[daily_counts])
DEFS = dg.Definitions(assets=[daily_counts], asset_checks=[daily_counts_present], jobs=[job])


def run_range(instance: dg.DagsterInstance, first: str, last: str, fail: bool = False) -> dg.ExecuteInProcessResult:
    return DEFS.resolve_job_def("daily_counts_job").execute_in_process(
        instance=instance, raise_on_error=False,
        run_config={"ops": {"daily_counts": {"config": {"fail": fail}}}},
        tags={PARTITION_RANGE_START_TAG: first, PARTITION_RANGE_END_TAG: last})


@pytest.fixture
def instances(tmp_path: Path, monkeypatch):
    """(stock, project) instances on empty homes; the project one reads a copy of ./dagster.yaml."""
    monkeypatch.delenv(EVENT_BATCH_SIZE_ENV, raising=False)  # restored after the test: the storage sets it
    stock_home, project_home = tmp_path / "stock", tmp_path / "project"
    stock_home.mkdir()
    project_home.mkdir()
    shutil.copyfile(PROJECT_ROOT / "dagster.yaml", project_home / "dagster.yaml")
    with dg.DagsterInstance.from_config(str(stock_home)) as stock, \
            dg.DagsterInstance.from_config(str(project_home)) as project:
        yield stock, project


def partition_status(instance: dg.DagsterInstance) -> dict:
    key = daily_counts.key
    status = get_and_update_asset_status_cache_value(instance, key, days)
    latest = instance.get_latest_materialization_event(key)
    return {
        "materialized": sorted(instance.get_materialized_partitions(key)),
        "failed": sorted(status.deserialize_failed_partition_subsets(days).get_partition_keys()),
        "in_progress": sorted(status.deserialize_in_progress_partition_subsets(days).get_partition_keys()),
        "latest_partition": latest.dagster_event.partition if latest else None,
        "latest_metadata": sorted(latest.asset_materialization.metadata) if latest else None,
    }


def event_rows(home: Path) -> list[tuple]:
    """The index database's event rows without run-specific values: type, asset, partition, in id order."""
    con = sqlite3.connect(home / "history" / "runs" / "index.db")
    try:
        return con.execute("SELECT id, dagster_event_type, asset_key, partition FROM event_logs "
                           "WHERE asset_key IS NOT NULL ORDER BY id").fetchall()
    finally:
        con.close()


def test_project_instance_uses_the_batching_storage_in_the_default_layout(instances):
    _, project = instances
    assert isinstance(project, GeoeventsInstance)
    assert isinstance(project.get_ref().storage, BatchingSqliteStorage)
    assert isinstance(project.event_log_storage, BatchingSqliteEventLogStorage)
    assert Path(project.root_directory, "history", "runs", "index.db").exists()


def test_a_storage_section_in_dagster_yaml_still_replaces_the_default(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    settings = (PROJECT_ROOT / "dagster.yaml").read_text(encoding="utf-8")
    (home / "dagster.yaml").write_text(settings + f"\nstorage:\n  sqlite:\n    base_dir: {tmp_path / 'elsewhere'}\n",
                                       encoding="utf-8")
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert type(instance.event_log_storage).__name__ == "SqliteEventLogStorage"
        assert (tmp_path / "elsewhere" / "history" / "runs" / "index.db").exists()


def test_range_run_is_recorded_like_the_stock_storage_with_fewer_writes(instances, monkeypatch):
    stock, project = instances
    batches: list[int] = []
    original = BatchingSqliteEventLogStorage.store_event_batch
    monkeypatch.setattr(BatchingSqliteEventLogStorage, "store_event_batch",
                        lambda self, events: (batches.append(len(events)), original(self, events))[1])

    for instance in (stock, project):
        assert run_range(instance, *RANGE).success

    expected = partition_status(stock)
    assert len(expected["materialized"]) == N_DAYS and expected["latest_partition"] == RANGE[1]
    assert partition_status(project) == expected
    assert event_rows(Path(project.root_directory)) == event_rows(Path(stock.root_directory))
    # the planned events of the run (one per day + the check's) and the 40 materializations came in batches
    assert sum(batches) >= 2 * N_DAYS and max(batches) >= N_DAYS


def test_failed_range_run_marks_its_days_failed_like_the_stock_storage(instances):
    stock, project = instances
    for instance in (stock, project):
        assert run_range(instance, "2024-01-01", "2024-01-03").success
        assert not run_range(instance, *RANGE, fail=True).success

    expected = partition_status(stock)
    assert expected["materialized"] == ["2024-01-01", "2024-01-02", "2024-01-03"]
    assert len(expected["failed"]) == N_DAYS and not expected["in_progress"]
    assert partition_status(project) == expected
    assert event_rows(Path(project.root_directory)) == event_rows(Path(stock.root_directory))


def test_a_batch_is_inserted_with_one_cached_statement_not_one_compiled_per_batch(instances):
    """The batch's rows go in as one INSERT executed with many parameter sets (compiled once, cached by SQLAlchemy)
    rather than one INSERT with a VALUES tuple per event (compiled anew for every batch: ~37,000 bind parameters for
    a range run over 1,310 days); the stored rows are those of the stock storage (the tests above)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    _, project = instances
    inserts: list[tuple[bool, int]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("INSERT INTO event_logs"):
            inserts.append((executemany, statement.count("?")))

    event.listen(Engine, "before_cursor_execute", record)
    try:
        assert run_range(project, *RANGE).success
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    # the run database's copy of the 40 materializations: one statement of one row's parameters, many times
    # the run database's copy of a batch: one row's statement executed with many parameter sets
    assert (True, 7) in inserts
    # every statement with more than one row's parameters came from that cached statement (SQLAlchemy's
    # "insertmanyvalues" for the index database's copy, whose ids are returned), none was compiled for its batch
    assert [n for executemany, n in inserts if n > 7 and not executemany] == []
    assert any(n >= N_DAYS * 7 for _, n in inserts)
