"""End to end through a real deployment: dagster-webserver + dagster-daemon (tests/dagster_server.py), the main
pipeline launched with GraphQL launchRun, results checked in DuckDB and Parquet; the instance built from
./dagster.yaml limits the duckdb_writer pool to one step. Then the Dagster UI in headless Chromium (Playwright): asset
graph, catalog and the daily asset's page with the China-Russia-US chart rendered from its materialization metadata;
screenshots go to test-output/ui/. One module: the deployment (module-scoped) stops when its tests are done."""
import shutil
import subprocess
from pathlib import Path

import dagster as dg
import duckdb
import pyarrow.parquet as pq
import pytest

from dagster_server import LaunchedPipeline, _executable
from geoevents import PROJECT_ROOT


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


# ---------------------------------------------------------------- the UI in a browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = PROJECT_ROOT / "test-output" / "ui"
ASSETS = ("reference_tables", "articles", "events", "statements", "sanctions_mentions", "actor_mentions",
          "extraction_log", "daily_interactions", "monthly_interactions", "china_russia_us_chart")
UI_TIMEOUT_MS = 30_000


def chromium_or_skip() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    # CI (.ci/run) installs it; locally try once, and skip only if that is impossible.
    if shutil.which("apt-get"):
        subprocess.run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
                       shell=True, capture_output=True, timeout=600)
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing and could not be installed with apt-get (package chromium)")
    return CHROMIUM


@pytest.fixture(scope="module")
def page(launched_pipeline: LaunchedPipeline):
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = chromium_or_skip()
    assert launched_pipeline.aggregate_status == "SUCCESS", launched_pipeline.deployment.logs()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        try:
            browser_page = browser.new_page(viewport={"width": 1400, "height": 1000})
            browser_page.set_default_timeout(UI_TIMEOUT_MS)
            # A fresh instance greets the first visitor with a newsletter dialog; dismiss it whenever it shows.
            browser_page.add_locator_handler(
                browser_page.get_by_text("Join the Dagster community"),
                lambda _: browser_page.get_by_role("button", name="Skip").click())
            browser_page.base_url = launched_pipeline.deployment.url
            yield browser_page
        finally:
            browser.close()


def test_asset_graph_shows_the_groups_and_the_aggregate_assets(page):
    page.goto(f"{page.base_url}/asset-groups")
    for group in ("reference", "ingest", "extract", "aggregate"):
        page.get_by_text(group, exact=True).first.wait_for()
    page.screenshot(path=str(SCREENSHOTS / "asset_graph.png"))
    page.goto(f"{page.base_url}/locations/geoevents/asset-groups/aggregate")
    for asset in ("daily_interactions", "monthly_interactions", "events"):
        page.get_by_text(asset, exact=True).first.wait_for()
    page.get_by_text("Materialized", exact=True).first.wait_for()
    page.screenshot(path=str(SCREENSHOTS / "aggregate_group.png"))


def test_catalog_lists_every_asset(page):
    page.goto(f"{page.base_url}/assets")
    for asset in ASSETS:
        page.get_by_text(asset, exact=True).first.wait_for()
    page.screenshot(path=str(SCREENSHOTS / "catalog.png"), full_page=True)


def test_chart_asset_page_renders_the_chart_from_metadata(page):
    page.goto(f"{page.base_url}/assets/china_russia_us_chart")
    row = page.locator("tr", has=page.get_by_text("china_russia_us_chart", exact=True)).first
    row.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "china_russia_us_chart_asset.png"))
    row.get_by_text("[Show Markdown]").click()  # markdown metadata opens in a dialog
    chart = page.locator("img[src^='data:image/png;base64,']").first
    chart.wait_for()
    page.wait_for_function("image => image.complete && image.naturalWidth > 0", arg=chart.element_handle())
    width, height = chart.evaluate("image => [image.naturalWidth, image.naturalHeight]")
    assert (width, height) == (640, 256)  # figure 8 x 3.2 in at 80 dpi: the PNG decoded in the browser
    page.screenshot(path=str(SCREENSHOTS / "china_russia_us_chart.png"))
