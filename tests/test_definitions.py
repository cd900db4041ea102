"""The code location loads, and its jobs, checks, schedules, sensors and executor are wired as documented."""
import subprocess
import sys

import dagster as dg

from assets import ingest
from conftest import build_pipeline_resources
from geoevents import PROJECT_ROOT
from pipelines.definitions import defs
from pipelines.partitions import PARTITION_RANGE_END_TAG, PARTITION_RANGE_START_TAG
from pipelines.sensors import late_events_sensor, new_article_files_sensor, partition_range_for_dates

WAREHOUSE_ASSETS = {"reference_tables", "articles", "events", "statements", "sanctions_mentions", "actor_mentions",
                    "extraction_log", "daily_interactions", "monthly_interactions"}


def test_definitions_load_with_assets_checks_and_jobs():
    dg.Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    assert {key.to_user_string() for key in graph.get_all_asset_keys()} == WAREHOUSE_ASSETS
    assert {key.name for key in graph.asset_check_keys} == {
        "events_keys_consistent", "events_codes_in_reference_tables", "events_evidence_spans_match_body",
        "events_dates_not_after_publication", "daily_interactions_match_events"}
    assert defs.resolve_job_def("ingest_and_extract_job")
    assert defs.resolve_job_def("aggregate_job").partitions_def is not None
    assert {s.name for s in defs.schedules} == {"hourly_ingest_schedule", "daily_aggregate_schedule"}
    assert {s.name for s in defs.sensors} == {"new_article_files_sensor", "late_events_sensor"}


def test_every_warehouse_asset_is_in_the_duckdb_pool_with_kinds_owners_and_group():
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
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
    completed = subprocess.run([sys.executable, "-m", "dagster", "definitions", "validate", "-w", "workspace.yaml"],
                               cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_new_files_sensor_requests_only_unknown_files(tmp_path, seed_articles_dir):
    resources = build_pipeline_resources(seed_articles_dir, tmp_path / "data")
    with dg.build_sensor_context(resources=resources) as context:
        first = new_article_files_sensor(context)
    (request,) = first.run_requests
    names = request.run_config["ops"]["articles"]["config"]["paths"]
    assert names == sorted(p.name for p in seed_articles_dir.iterdir())

    result = dg.materialize(dg.load_assets_from_modules([ingest]), resources=resources)
    assert result.success
    (seed_articles_dir / "late.txt").write_text("Berlin, 2. Januar 2023\n\nScholz kritisierte Russland.\n",
                                                encoding="utf-8")
    with dg.build_sensor_context(resources=resources) as context:
        second = new_article_files_sensor(context)
    assert second.run_requests[0].run_config["ops"]["articles"]["config"]["paths"] == ["late.txt"]
    (seed_articles_dir / "late.txt").unlink()
    with dg.build_sensor_context(resources=resources) as context:
        assert isinstance(new_article_files_sensor(context), dg.SkipReason)


def test_late_events_sensor_targets_the_changed_days_as_one_range():
    assert partition_range_for_dates(["2022-12-30", "2022-02-01", "1999-01-01"]) == ("2022-02-01", "2022-12-30")
    assert partition_range_for_dates(["1999-01-01"]) is None
    instance = dg.DagsterInstance.ephemeral()
    instance.report_runless_asset_event(dg.AssetMaterialization(
        "events", metadata={"affected_dates": dg.MetadataValue.json(["2022-12-30", "2022-12-29"])}))
    with dg.build_sensor_context(instance=instance, definitions=defs) as context:
        requests = list(late_events_sensor(context) or [])
    assert [(r.tags[PARTITION_RANGE_START_TAG], r.tags[PARTITION_RANGE_END_TAG]) for r in requests] == [
        ("2022-12-29", "2022-12-30")]


def test_executor_is_configuration(monkeypatch):
    from pipelines.jobs import executor_from_env

    monkeypatch.delenv("GEOEVENTS_EXECUTOR", raising=False)
    assert executor_from_env() is dg.in_process_executor
    monkeypatch.setenv("GEOEVENTS_EXECUTOR", "multiprocess")
    assert executor_from_env().name == "multiprocess"
