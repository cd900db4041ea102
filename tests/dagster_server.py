"""A real Dagster deployment for the end-to-end and browser tests: dagster-webserver and dagster-daemon on a
free 127.0.0.1 port, a temporary DAGSTER_HOME holding a copy of ./dagster.yaml, and temporary article and data
folders. One per test module (fixture ``dagster_deployment``, registered in conftest.py; test_webserver_e2e.py holds
every test that needs it, so it stops when they are done); the main pipeline is launched once through the GraphQL API
(fixture ``launched_pipeline``) and the tests look at its result.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from geoevents import PROJECT_ROOT

SEED_ARTICLES = PROJECT_ROOT / "seeds" / "articles"
LOCATION_NAME = "geoevents"  # workspace.yaml
# Deadlines, not timing assertions (polls stay at 0.5 s): long enough for `make test`'s two xdist workers on a
# loaded 2-core machine.
STARTUP_TIMEOUT_S = 600
RUN_TIMEOUT_S = 600
FINISHED = {"SUCCESS", "FAILURE", "CANCELED"}

LAUNCH_RUN = """
mutation LaunchRun($executionParams: ExecutionParams!) {
  launchRun(executionParams: $executionParams) {
    __typename
    ... on LaunchRunSuccess { run { runId status } }
    ... on RunConfigValidationInvalid { errors { message } }
    ... on PythonError { message stack }
    ... on Error { message }
  }
}"""

RUN_STATUS = """
query RunStatus($runId: ID!) {
  runOrError(runId: $runId) {
    __typename
    ... on Run { runId status tags { key value } }
    ... on PythonError { message }
    ... on RunNotFoundError { message }
  }
}"""


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _executable(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    return str(beside_python) if beside_python.exists() else shutil.which(name) or name


@dataclass
class DagsterDeployment:
    url: str
    home: Path
    articles_dir: Path
    data_dir: Path
    log_dir: Path
    env: dict[str, str] = field(repr=False)
    processes: list[subprocess.Popen] = field(default_factory=list, repr=False)

    def graphql(self, query: str, variables: dict | None = None, timeout: float = 30) -> dict:
        body = json.dumps({"query": query, "variables": variables or {}}).encode("utf-8")
        request = urllib.request.Request(f"{self.url}/graphql", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            payload = json.load(response)
        assert "errors" not in payload, payload["errors"]
        return payload["data"]

    def launch(self, job_name: str, tags: dict[str, str] | None = None, run_config: dict | None = None) -> str:
        params = {
            "selector": {"repositoryLocationName": LOCATION_NAME, "repositoryName": "__repository__",
                         "jobName": job_name},
            "runConfigData": run_config or {},
            "executionMetadata": {"tags": [{"key": k, "value": v} for k, v in (tags or {}).items()]},
        }
        outcome = self.graphql(LAUNCH_RUN, {"executionParams": params})["launchRun"]
        assert outcome["__typename"] == "LaunchRunSuccess", outcome
        return outcome["run"]["runId"]

    def wait_for_run(self, run_id: str, timeout: float = RUN_TIMEOUT_S) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            run = self.graphql(RUN_STATUS, {"runId": run_id})["runOrError"]
            assert run["__typename"] == "Run", run
            if run["status"] in FINISHED:
                return run["status"]
            time.sleep(0.5)
        raise AssertionError(f"run {run_id} did not finish within {timeout} s\n{self.logs()}")

    def logs(self) -> str:
        return "\n".join(f"--- {path.name}\n{path.read_text(errors='replace')[-4000:]}"
                         for path in sorted(self.log_dir.glob("*.log")))

    def start(self) -> None:
        import dagster as dg

        # Create the SQLite storages once, before two processes race to run their migrations.
        with dg.DagsterInstance.from_config(str(self.home)):
            pass
        for name, command in (
            ("webserver", [_executable("dagster-webserver"), "-w", "workspace.yaml", "-h", "127.0.0.1",
                           "-p", self.url.rsplit(":", 1)[1]]),
            ("daemon", [_executable("dagster-daemon"), "run", "-w", "workspace.yaml"]),
        ):
            log = open(self.log_dir / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process group
            # Own process group: the webserver's code server and the daemon's run workers stop with it.
            self.processes.append(subprocess.Popen(command, cwd=PROJECT_ROOT, env=self.env, stdout=log,
                                                   stderr=subprocess.STDOUT, start_new_session=True))
            log.close()
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            for process in self.processes:
                if process.poll() is not None:
                    raise AssertionError(f"{process.args[0]} exited with {process.returncode}\n{self.logs()}")
            try:
                locations = self.graphql(
                    "{ workspaceOrError { ... on Workspace { locationEntries { name loadStatus "
                    "locationOrLoadError { __typename } } } } }", timeout=5)
                entries = locations["workspaceOrError"]["locationEntries"]
                if entries and all(e["loadStatus"] == "LOADED" for e in entries):
                    assert all(e["locationOrLoadError"]["__typename"] == "RepositoryLocation" for e in entries), \
                        f"{entries}\n{self.logs()}"
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.5)
        raise AssertionError(f"dagster-webserver did not load the code location in {STARTUP_TIMEOUT_S} s\n"
                             f"{self.logs()}")

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


@pytest.fixture(scope="module")
def dagster_deployment(tmp_path_factory) -> DagsterDeployment:
    base = tmp_path_factory.mktemp("deployment")
    home, articles_dir, data_dir, log_dir = base / "dagster_home", base / "articles", base / "data", base / "logs"
    home.mkdir()
    log_dir.mkdir()
    shutil.copyfile(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    shutil.copytree(SEED_ARTICLES, articles_dir)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("GEOEVENTS_", "DAGSTER_"))}
    env.update({"DAGSTER_HOME": str(home), "GEOEVENTS_ARTICLES_DIR": str(articles_dir),
                "GEOEVENTS_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1"})
    deployment = DagsterDeployment(url=f"http://127.0.0.1:{free_loopback_port()}", home=home,
                                   articles_dir=articles_dir, data_dir=data_dir, log_dir=log_dir, env=env)
    try:
        deployment.start()
        yield deployment
    finally:
        deployment.stop()


@dataclass(frozen=True)
class LaunchedPipeline:
    deployment: DagsterDeployment
    ingest_run_id: str
    ingest_status: str
    aggregate_run_id: str | None
    aggregate_status: str | None
    day_range: tuple[str, str] | None
    seconds: float
    chart_status: str | None = None


@pytest.fixture(scope="module")
def launched_pipeline(dagster_deployment: DagsterDeployment) -> LaunchedPipeline:
    """What `make run` does, through the webserver: ingest_and_extract_job, then aggregate_job over the days that
    have events as one range run, then chart_job. Run workers are launched by the daemon (queued run coordinator)."""
    import duckdb

    started = time.monotonic()
    ingest_run = dagster_deployment.launch("ingest_and_extract_job")
    ingest_status = dagster_deployment.wait_for_run(ingest_run)
    aggregate_run = aggregate_status = day_range = None
    if ingest_status == "SUCCESS":
        con = duckdb.connect(str(dagster_deployment.data_dir / "warehouse.duckdb"), read_only=True)
        try:
            first, last = con.execute("SELECT min(event_date), max(event_date) FROM events "
                                      "WHERE date_precision = 'day'").fetchone()
        finally:
            con.close()
        day_range = (first.isoformat(), last.isoformat())
        aggregate_run = dagster_deployment.launch("aggregate_job", tags={
            "dagster/asset_partition_range_start": day_range[0], "dagster/asset_partition_range_end": day_range[1]})
        aggregate_status = dagster_deployment.wait_for_run(aggregate_run)
    chart_status = None
    if aggregate_status == "SUCCESS":
        chart_status = dagster_deployment.wait_for_run(dagster_deployment.launch("chart_job"))
    return LaunchedPipeline(dagster_deployment, ingest_run, ingest_status, aggregate_run, aggregate_status,
                            day_range, time.monotonic() - started, chart_status)
