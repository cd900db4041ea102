"""The code location loads, and its jobs, checks, schedules, sensors and executor are wired as documented."""
import subprocess
import sys

import dagster as dg

from geoevents import PROJECT_ROOT
from pipelines.definitions import defs

WAREHOUSE_ASSETS = {"reference_tables", "articles", "events", "statements", "sanctions_mentions", "actor_mentions",
                    "extraction_log", "daily_interactions", "monthly_interactions"}
DASHBOARD_ASSETS = {"china_russia_us_chart"}   # reads Parquet files only


def test_definitions_load_with_assets_checks_and_jobs():
    dg.Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    assert {key.to_user_string() for key in graph.get_all_asset_keys()} == WAREHOUSE_ASSETS | DASHBOARD_ASSETS
    assert {key.name for key in graph.asset_check_keys} == {
        "events_keys_consistent", "events_codes_in_reference_tables", "events_evidence_spans_match_body",
        "events_dates_not_after_publication", "daily_interactions_match_events"}
    assert defs.resolve_job_def("ingest_and_extract_job")
    assert defs.resolve_job_def("aggregate_job").partitions_def is not None
    assert defs.resolve_job_def("chart_job")
    assert {s.name for s in defs.schedules} == {"hourly_ingest_schedule", "daily_aggregate_schedule",
                                                 "hourly_chart_schedule"}
    assert {s.name for s in defs.sensors} == {"new_article_files_sensor", "late_events_sensor"}


def test_every_warehouse_asset_is_in_the_duckdb_pool_with_kinds_owners_and_group():
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        if key.to_user_string() in DASHBOARD_ASSETS:
            continue
        assets_def = graph.assets_def_for_key(key)
        spec = assets_def.specs_by_key[key]
        assert assets_def.op.pool == "duckdb_writer", key
        assert "duckdb" in spec.kinds and spec.owners == ["team:geoevents"] and spec.description, key
        assert spec.group_name in {"reference", "ingest", "extract", "aggregate"}, key


def test_partitioned_daily_asset_uses_single_run_backfills():
    daily = defs.resolve_assets_def("daily_interactions")
    assert daily.backfill_policy == dg.BackfillPolicy.single_run()
    assert daily.partitions_def.get_first_partition_key() <= "2022-12-30"


def test_code_location_loads_in_a_fresh_process_with_dagster_cli():
    # What `make ui` does first: load workspace.yaml's module in a separate process.
    # timeout: a deadline, long enough for `make test`'s two xdist workers on a loaded machine
    completed = subprocess.run([sys.executable, "-m", "dagster", "definitions", "validate", "-w", "workspace.yaml"],
                               cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_executor_is_configuration(monkeypatch):
    from pipelines.jobs import executor_from_env

    monkeypatch.delenv("GEOEVENTS_EXECUTOR", raising=False)
    assert executor_from_env() is dg.in_process_executor
    monkeypatch.setenv("GEOEVENTS_EXECUTOR", "multiprocess")
    assert executor_from_env().name == "multiprocess"
