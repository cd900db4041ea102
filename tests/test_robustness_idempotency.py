"""Re-running any single asset (or the whole job) over the same input leaves every table, the analyst copy and
every Parquet file as it was: sorted table contents and Parquet bytes compared by sha256."""
from __future__ import annotations

import hashlib
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from conftest import build_pipeline_resources
from test_assets import ASSETS, CHECKS, TABLES, content_query, prepare_articles, run_pipeline

SEED_DAY = "2022-12-30"


def table_digests(database: Path) -> dict[str, str]:
    """sha256 of each table's rows in sorted order (every column but run provenance, timestamps included)."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        return {name: hashlib.sha256(repr(sorted(con.execute(content_query(name)).fetchall(),
                                                 key=repr)).encode()).hexdigest()
                for name in TABLES}
    finally:
        con.close()


def state(resources: dict) -> dict:
    store = resources["warehouse"].store()
    parquet_root = Path(resources["parquet_store"].store().base_path)
    return {
        "work": table_digests(store.work_path),
        "analyst": table_digests(store.analyst_path),
        "parquet": {str(path.relative_to(parquet_root)): hashlib.sha256(path.read_bytes()).hexdigest()
                    for path in sorted(parquet_root.rglob("*")) if path.is_file()},
    }


@pytest.fixture(scope="module")
def completed(tmp_path_factory) -> dict:
    base = tmp_path_factory.mktemp("idempotency")
    resources = build_pipeline_resources(prepare_articles(base / "articles"), base / "data")
    run_pipeline(resources)
    return {"resources": resources, "state": state(resources)}


EXTRACTION = ["events", "statements", "sanctions_mentions", "actor_mentions", "extraction_log"]
RECODE_ALL = {"ops": {"extract_events": {"config": {"reprocess_all": True, "batch_size": 1,
                                                      "write_batch_size": 1}}}}


# The re-run tests share the completed run's folders: each re-run must leave them unchanged.
@pytest.mark.parametrize("selection, partition_key, run_config", [
    (["reference_tables"], None, None),
    (["articles"], None, None),
    (EXTRACTION, None, None),                  # nothing pending: a no-op
    (EXTRACTION, None, RECODE_ALL),            # every article re-coded, one per transaction
    (["daily_interactions"], SEED_DAY, None),
    (["daily_interactions"], "2022-12-29", None),   # a day without events: no file appears, none disappears
    (["monthly_interactions"], None, None),
])
def test_rerunning_one_asset_changes_nothing(completed, selection, partition_key, run_config):
    resources = completed["resources"]
    result = dg.materialize([*ASSETS, *CHECKS], resources=resources, partition_key=partition_key,
                            selection=dg.AssetSelection.assets(*selection), run_config=run_config)
    assert result.success
    assert state(resources) == completed["state"]


def test_rerunning_the_whole_job_twice_changes_nothing(completed):
    run_pipeline(completed["resources"])
    run_pipeline(completed["resources"])
    assert state(completed["resources"]) == completed["state"]


def test_the_state_compared_is_not_empty(completed):
    """Guards the comparisons above against comparing two empty states."""
    recorded = completed["state"]
    assert set(recorded["work"]) == set(TABLES) and recorded["work"] == recorded["analyst"]
    assert any(name.startswith("daily_interactions/date=") for name in recorded["parquet"])
    assert any(name.startswith("monthly_interactions/month=") for name in recorded["parquet"])


def test_a_fresh_run_in_another_folder_gives_the_same_parquet_bytes(completed, tmp_path):
    """Output does not depend on where or when it was produced (timestamps live only in the tables)."""
    folder = tmp_path / "elsewhere"
    resources = build_pipeline_resources(prepare_articles(folder / "articles"), folder / "data")
    run_pipeline(resources)
    assert state(resources)["parquet"] == completed["state"]["parquet"]
