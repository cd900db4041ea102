"""End to end through a real deployment: dagster-webserver + dagster-daemon (tests/dagster_server.py), the main
pipeline launched with GraphQL launchRun, results checked in DuckDB and Parquet; the instance built from
./dagster.yaml limits the duckdb_writer pool to one step."""
import subprocess

import dagster as dg
import duckdb
import pyarrow.parquet as pq

from dagster_server import LaunchedPipeline, _executable


def test_launched_runs_succeed(launched_pipeline: LaunchedPipeline):
    assert launched_pipeline.ingest_status == "SUCCESS", launched_pipeline.deployment.logs()
    assert launched_pipeline.aggregate_status == "SUCCESS", launched_pipeline.deployment.logs()
    assert launched_pipeline.chart_status == "SUCCESS", launched_pipeline.deployment.logs()
    assert launched_pipeline.day_range == ("2022-12-30", "2022-12-30")


def test_runs_carry_their_partition_range_and_were_launched_by_the_daemon(launched_pipeline: LaunchedPipeline):
    deployment = launched_pipeline.deployment
    run = deployment.graphql("""query($runId: ID!) { runOrError(runId: $runId) { ... on Run {
        jobName status tags { key value } } } }""", {"runId": launched_pipeline.aggregate_run_id})["runOrError"]
    tags = {tag["key"]: tag["value"] for tag in run["tags"]}
    assert run["jobName"] == "aggregate_job"
    assert (tags["dagster/asset_partition_range_start"], tags["dagster/asset_partition_range_end"]) == \
        launched_pipeline.day_range
    with dg.DagsterInstance.from_config(str(deployment.home)) as instance:
        event_types = {entry.dagster_event.event_type
                       for entry in instance.all_logs(launched_pipeline.ingest_run_id) if entry.dagster_event}
    # Queued by the webserver; only the daemon's run coordinator dequeues and launches queued runs.
    assert {dg.DagsterEventType.RUN_ENQUEUED, dg.DagsterEventType.RUN_STARTING,
            dg.DagsterEventType.RUN_SUCCESS} <= event_types, event_types


def test_warehouse_tables_and_parquet_files_were_produced(launched_pipeline: LaunchedPipeline):
    data_dir = launched_pipeline.deployment.data_dir
    con = duckdb.connect(str(data_dir / "warehouse.duckdb"), read_only=True)
    try:
        counts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - fixed names
                  for table in ("articles", "events", "cameo_codes", "actor_codes", "extraction_log",
                                "monthly_interactions")}
        daily = con.execute("SELECT source_actor, target_actor FROM china_russia_us_daily "
                            "WHERE date = DATE '2022-12-30'").fetchall()
    finally:
        con.close()
    assert counts["articles"] == 1 and counts["extraction_log"] == 1
    assert all(counts.values()), counts
    assert ("USA", "CHN") in daily
    parquet = data_dir / "parquet"
    day_file = parquet / "daily_interactions" / "date=2022-12-30" / "part-0.parquet"
    assert pq.read_table(day_file).num_rows > 0
    assert list((parquet / "monthly_interactions").glob("month=*/part-0.parquet"))
    chart = parquet / "charts" / "china_russia_us_daily.png"
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert not list(parquet.rglob(".*tmp*")), "no temp files left behind"


def test_duckdb_writer_pool_is_limited_to_one_by_dagster_yaml(launched_pipeline: LaunchedPipeline):
    deployment = launched_pipeline.deployment
    with dg.DagsterInstance.from_config(str(deployment.home)) as instance:
        info = instance.event_log_storage.get_concurrency_info("duckdb_writer")
    assert info.limit == 1
    # The CLI view of the same instance: after the runs, the pool exists with one slot.
    completed = subprocess.run([_executable("dagster"), "instance", "concurrency", "get", "duckdb_writer"],
                               env=deployment.env, capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert '"duckdb_writer": 0 / 1 slots occupied' in completed.stdout, completed.stdout


def test_every_materialization_reports_row_count_schema_and_preview(launched_pipeline: LaunchedPipeline):
    nodes = launched_pipeline.deployment.graphql("""{ assetNodes { assetKey { path }
        assetMaterializations(limit: 1) { metadataEntries { label __typename } } } }""")["assetNodes"]
    assert len(nodes) == 10
    for node in nodes:
        (latest,) = node["assetMaterializations"]
        entries = {entry["label"]: entry["__typename"] for entry in latest["metadataEntries"]}
        if node["assetKey"]["path"] == ["china_russia_us_chart"]:  # a PNG from the Parquet files, no table
            assert entries.get("china_russia_us_chart") == "MarkdownMetadataEntry", entries
            continue
        assert entries.get("dagster/row_count") == "IntMetadataEntry", (node["assetKey"], entries)
        assert entries.get("dagster/column_schema") == "TableSchemaMetadataEntry", (node["assetKey"], entries)
        assert entries.get("preview") == "MarkdownMetadataEntry", (node["assetKey"], entries)
