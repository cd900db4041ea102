"""`python -m pipelines.run` (what `make run` calls) driven only by environment variables."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from conftest import SEED_ARTICLES
from geoevents import PROJECT_ROOT
from paused_runs import kill_when_paused, start_paused_run
from pipelines.stale_runs import RUN_PID_TAG
from started_together import StartedTogether, selected_tests


# Deadlines, not timing assertions: the runs of this module overlap (see started_together).
RUN_TIMEOUT_SECONDS = 600


def cli_env(env_overrides: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GEOEVENTS_", "DAGSTER_"))}
    env.update(env_overrides)
    return env


def run_cli(env_overrides: dict[str, str], cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipelines.run"], cwd=cwd, env=cli_env(env_overrides),
                          capture_output=True, text=True, timeout=RUN_TIMEOUT_SECONDS)


def failing_run(tmp_path: Path) -> tuple[list[str], dict, Path]:
    """`make run` on an articles folder that does not exist."""
    return ([sys.executable, "-m", "pipelines.run"],
            cli_env({"GEOEVENTS_ARTICLES_DIR": str(tmp_path / "missing"), "GEOEVENTS_DATA_DIR": str(tmp_path / "d"),
                     "PYTHONPATH": str(PROJECT_ROOT)}), tmp_path)


def multiprocess_run(tmp_path: Path) -> tuple[list[str], dict, Path]:
    """The scale-out path: `make run` executes in process, but a run launched by the UI/daemon uses the job's
    executor; with GEOEVENTS_EXECUTOR=multiprocess every step gets its own process, forked from a server that
    imported the code location once (GEOEVENTS_STEP_START_METHOD's default)."""
    articles = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, articles)
    data, home = tmp_path / "data", tmp_path / "dagster_home"
    home.mkdir()
    env = cli_env({"GEOEVENTS_ARTICLES_DIR": str(articles), "GEOEVENTS_DATA_DIR": str(data),
                   "DAGSTER_HOME": str(home), "PYTHONPATH": str(PROJECT_ROOT), "GEOEVENTS_EXECUTOR": "multiprocess"})
    return ([sys.executable, "-m", "dagster", "job", "execute", "-m", "pipelines.definitions",
             "-j", "ingest_and_extract_job"], env, tmp_path)


# Each run below is a subprocess that mostly leaves the second core idle; they are independent of each other
# and of killed_then_completed, so they start together with the module's first test and each test waits for
# its own.
STARTED_TOGETHER = {
    "test_run_exits_non_zero_naming_the_failing_step": failing_run,
    "test_job_on_the_multiprocess_executor_forked_from_the_preloaded_server": multiprocess_run,
}


@pytest.fixture(scope="module", autouse=True)
def started_together(request, tmp_path_factory):
    """Starts the run of every selected test of STARTED_TOGETHER; yields a function giving a test its finished
    run (CompletedProcess) and its folder."""
    runs = StartedTogether(RUN_TIMEOUT_SECONDS)
    for name in selected_tests(request) & STARTED_TOGETHER.keys():
        command, env, folder = STARTED_TOGETHER[name](tmp_path_factory.mktemp(name.removeprefix("test_")[:30]))
        runs.start(name, command, folder, cwd=folder, env=env)
    try:
        yield runs.finished
    finally:
        runs.stop()


@pytest.fixture(scope="module")
def killed_then_completed(tmp_path_factory) -> dict:
    """`make run` SIGKILLed while its ingest step holds the duckdb_writer pool slot, then `make run` again on the
    same persistent Dagster instance (a killed run stays STARTED with its slot claimed: the next run must not wait
    for it forever)."""
    tmp_path = tmp_path_factory.mktemp("run_cli")
    articles = tmp_path / "my articles"
    shutil.copytree(SEED_ARTICLES, articles)
    data, home, marker = tmp_path / "data", tmp_path / "dagster_home", tmp_path / "paused"
    env = {"GEOEVENTS_ARTICLES_DIR": str(articles), "GEOEVENTS_DATA_DIR": str(data), "DAGSTER_HOME": str(home),
           "PYTHONPATH": str(PROJECT_ROOT)}
    paused = start_paused_run("ingest_scan", marker, cwd=tmp_path, env=cli_env(env))
    kill_when_paused({"paused at ingest_scan": (paused, marker)}, RUN_TIMEOUT_SECONDS)
    with dg.DagsterInstance.from_config(str(home)) as instance:
        killed_run_ids = instance.event_log_storage.get_concurrency_run_ids()
    # Started from another working directory: nothing may depend on the cwd or land in the repo.
    completed = run_cli(env, cwd=tmp_path)
    return {"completed": completed, "data": data, "home": home, "killed_run_ids": killed_run_ids,
            "killed_pid": paused.pid}


def test_run_uses_the_articles_dir_from_the_environment_and_records_runs(killed_then_completed):
    completed, data, home = (killed_then_completed[key] for key in ("completed", "data", "home"))
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


def test_a_run_after_a_killed_run_releases_its_pool_slot_and_marks_it_failed(killed_then_completed):
    completed, home = killed_then_completed["completed"], killed_then_completed["home"]
    (killed_run_id,) = killed_then_completed["killed_run_ids"]   # the killed run held the slot
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert f"released the pool slots of run {killed_run_id} (STARTED)" in completed.stderr
    assert f"its process {killed_then_completed['killed_pid']} on" in completed.stderr
    with dg.DagsterInstance.from_config(str(home)) as instance:
        killed = instance.get_run_by_id(killed_run_id)
        assert killed.status == dg.DagsterRunStatus.FAILURE
        assert killed.tags[RUN_PID_TAG] == str(killed_then_completed["killed_pid"])
        assert not instance.event_log_storage.get_concurrency_run_ids()
        finished = [run for run in instance.get_runs() if run.run_id != killed_run_id]
        assert {run.status for run in finished} == {dg.DagsterRunStatus.SUCCESS}
        assert len({run.tags[RUN_PID_TAG] for run in finished}) == 1   # every run of one `make run` names its process


def test_run_exits_non_zero_naming_the_failing_step(started_together):
    completed, _ = started_together("test_run_exits_non_zero_naming_the_failing_step")
    assert completed.returncode == 1
    assert "FAILED: ingest_and_extract_job" in completed.stderr
    assert "step articles:" in completed.stderr and "articles root does not exist" in completed.stderr


def test_job_on_the_multiprocess_executor_forked_from_the_preloaded_server(started_together):
    # what is run: multiprocess_run
    completed, folder = started_together("test_job_on_the_multiprocess_executor_forked_from_the_preloaded_server")
    assert completed.returncode == 0, completed.stderr[-3000:]
    data, home = folder / "data", folder / "dagster_home"
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
