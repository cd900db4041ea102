"""The Dagster UI in headless Chromium (Playwright): asset graph, catalog and the daily asset's page with the
China-Russia-US chart rendered from its materialization metadata. Screenshots go to test-output/ui/."""
import shutil
import subprocess
from pathlib import Path

import pytest

from dagster_server import LaunchedPipeline
from geoevents import PROJECT_ROOT

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
