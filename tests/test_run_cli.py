"""`python -m pipelines.run` (what `make run` calls) driven only by environment variables."""
import os
import shutil
import subprocess
import sys

import dagster as dg
import duckdb
import pytest

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


def test_job_on_the_multiprocess_executor_forked_from_the_preloaded_server(tmp_path):
    # The scale-out path: `make run` executes in process, but a run launched by the UI/daemon uses the job's
    # executor; with GEOEVENTS_EXECUTOR=multiprocess every step gets its own process, forked from a server that
    # imported the code location once (GEOEVENTS_STEP_START_METHOD's default).
    articles = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, articles)
    data, home = tmp_path / "data", tmp_path / "dagster_home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GEOEVENTS_", "DAGSTER_"))}
    env.update({"GEOEVENTS_ARTICLES_DIR": str(articles), "GEOEVENTS_DATA_DIR": str(data), "DAGSTER_HOME": str(home),
                "PYTHONPATH": str(PROJECT_ROOT), "GEOEVENTS_EXECUTOR": "multiprocess"})
    completed = subprocess.run([sys.executable, "-m", "dagster", "job", "execute", "-m", "pipelines.definitions",
                                "-j", "ingest_and_extract_job"], cwd=tmp_path, env=env, capture_output=True,
                               text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr[-3000:]
    con = duckdb.connect(str(data / "warehouse.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] >= 14
    finally:
        con.close()
    with dg.DagsterInstance.from_config(str(home)) as instance:
        [run] = instance.get_runs()
        assert run.is_success
        step_starts = instance.get_records_for_run(run.run_id, of_type=dg.DagsterEventType.STEP_START).records
        # one process per step: the executor really was the multiprocess one
        assert len({record.event_log_entry.dagster_event.pid for record in step_starts}) == len(step_starts) > 1


def test_an_unknown_step_start_method_is_a_clear_error(monkeypatch):
    from pipelines.jobs import executor_from_env

    monkeypatch.setenv("GEOEVENTS_EXECUTOR", "multiprocess")
    monkeypatch.setenv("GEOEVENTS_STEP_START_METHOD", "fork-please")
    with pytest.raises(ValueError, match="GEOEVENTS_STEP_START_METHOD"):
        executor_from_env()
