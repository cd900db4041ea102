"""`python -m pipelines.run` (what `make run` calls) driven only by environment variables."""
import os
import shutil
import subprocess
import sys

import dagster as dg
import duckdb

from conftest import SEED_ARTICLES
from geoevents import PROJECT_ROOT


def run_cli(env_overrides: dict[str, str], cwd) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GEOEVENTS_", "DAGSTER_"))}
    env.update(env_overrides)
    return subprocess.run([sys.executable, "-m", "pipelines.run"], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_run_uses_the_articles_dir_from_the_environment_and_records_runs(tmp_path):
    articles = tmp_path / "my articles"
    shutil.copytree(SEED_ARTICLES, articles)
    data, home = tmp_path / "data", tmp_path / "dagster_home"
    # Started from another working directory: nothing may depend on the cwd or land in the repo.
    completed = run_cli({"GEOEVENTS_ARTICLES_DIR": str(articles), "GEOEVENTS_DATA_DIR": str(data),
                         "DAGSTER_HOME": str(home), "PYTHONPATH": str(PROJECT_ROOT)}, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "geoevents run finished" in completed.stdout
    assert str(data / "warehouse.duckdb") in completed.stdout
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM daily_interactions WHERE date = DATE '2022-12-30'").fetchone()[0] > 0
    finally:
        con.close()
    assert list((data / "parquet" / "daily_interactions").glob("date=*/part-0.parquet"))
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert {run.job_name for run in instance.get_runs()} == {"ingest_and_extract_job", "aggregate_job", "chart_job"}


def test_run_exits_non_zero_naming_the_failing_step(tmp_path):
    completed = run_cli({"GEOEVENTS_ARTICLES_DIR": str(tmp_path / "missing"), "GEOEVENTS_DATA_DIR": str(tmp_path / "d"),
                         "PYTHONPATH": str(PROJECT_ROOT)}, cwd=tmp_path)
    assert completed.returncode == 1
    assert "FAILED: ingest_and_extract_job" in completed.stderr
    assert "step articles:" in completed.stderr and "articles root does not exist" in completed.stderr
