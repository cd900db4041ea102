"""An analyst keeps the DuckDB analyst file open in another process while `python -m pipelines.run` writes.

One reader process holds one read-only connection for the whole run (as the DuckDB CLI or a notebook would),
another opens a fresh read-only connection on every loop (a dashboard); both run queries until the writer
has finished. Neither side may fail, and a new connection afterwards sees the new data. The one documented
exception (docs/what_happens_when.md): a query over the daily Parquet views at the moment the run replaces a file may
fail once and succeeds when run again.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import SEED_ARTICLES, build_pipeline_resources
from test_assets import run_pipeline
from test_crash_recovery import add_second_batch

# A deadline, not a timing assertion: long enough for `make test`'s two xdist workers on a loaded 2-core machine.
WRITER_TIMEOUT_SECONDS = 900
READER_MODES = ("held", "fresh")

# Runs in the reader process: queries the analyst copy in a loop until the stop file appears.
READER_SCRIPT = r"""
import json, sys, time, traceback
from pathlib import Path
import duckdb

mode, database, ready, stop, report = sys.argv[1:6]
QUERIES = (
    "SELECT count(*) FROM articles",
    "SELECT count(*) FROM events",
    "SELECT source_actor, target_actor, sum(n_events) FROM china_russia_us_daily GROUP BY ALL ORDER BY ALL",
    "SELECT count(*) FROM events_explained",
    "SELECT count(*) FROM monthly_interactions",
)
# Reads the daily Parquet files live: a query at the moment the run replaces one of them may fail once (documented
# in docs/what_happens_when.md); the reader then runs it again, as the docs tell analysts to.
LIVE_PARQUET_QUERY = QUERIES[2]
RETRIES = 3
held = duckdb.connect(database, read_only=True) if mode == "held" else None
article_counts, errors, loops, live_failures = [], [], 0, []
while True:
    finished = Path(stop).exists()
    try:
        # DuckDB shares one database instance per file and process, so "fresh" must not hold another connection.
        con = held or duckdb.connect(database, read_only=True)
        try:
            for query in QUERIES:
                for attempt in range(RETRIES + 1):
                    try:
                        result = con.execute(query).fetchall()
                        break
                    except Exception:
                        if query != LIVE_PARQUET_QUERY or attempt == RETRIES:
                            raise
                        live_failures.append(traceback.format_exc(limit=1))
                        time.sleep(0.05)
                if query == QUERIES[0]:
                    article_counts.append(result[0][0])
        finally:
            if con is not held:
                con.close()
    except Exception:
        errors.append(traceback.format_exc())
    loops += 1
    if loops == 1:
        Path(ready).write_text("ready")
    if finished:
        break
    time.sleep(0.05)
if held is not None:
    held.close()
Path(report).write_text(json.dumps({
    "loops": loops, "errors": errors[:5], "n_errors": len(errors), "article_counts": article_counts,
    "live_parquet_failures": live_failures[:5], "n_live_parquet_failures": len(live_failures)}))
"""


def wait_for(path: Path, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if process.poll() is not None:
            pytest.fail(f"process ended early: {process.stderr.read().decode()[-2000:]}")
        if time.monotonic() > deadline:
            pytest.fail(f"{path.name} did not appear within {timeout} s")
        time.sleep(0.05)


@pytest.fixture(scope="module")
def run_with_readers(tmp_path_factory) -> dict:
    """A first run, then new files and a second run in a subprocess while two reader processes query: one holding
    a single connection (a notebook), one reconnecting every loop (a dashboard, repeated CLI calls)."""
    base = tmp_path_factory.mktemp("readers")
    shutil.copytree(SEED_ARTICLES, base / "articles")
    run_pipeline(build_pipeline_resources(base / "articles", base / "data"))
    add_second_batch(base / "articles")
    analyst_path = base / "data" / "warehouse.duckdb"
    stop = base / "reader-stop"
    readers = {}
    try:
        for mode in READER_MODES:
            ready, report = base / f"{mode}-ready", base / f"{mode}-report.json"
            process = subprocess.Popen([sys.executable, "-c", READER_SCRIPT, mode, str(analyst_path), str(ready),
                                        str(stop), str(report)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            readers[mode] = (process, ready, report)
        for process, ready, _ in readers.values():
            wait_for(ready, process, timeout=60)
        env = {key: value for key, value in os.environ.items() if key != "DAGSTER_HOME"}  # ephemeral instance
        env.update({"GEOEVENTS_ARTICLES_DIR": str(base / "articles"), "GEOEVENTS_DATA_DIR": str(base / "data")})
        writer = subprocess.run([sys.executable, "-m", "pipelines.run"], cwd=base, env=env, capture_output=True,
                                text=True, timeout=WRITER_TIMEOUT_SECONDS)
        alive_at_end = {mode: process.poll() is None for mode, (process, _, _) in readers.items()}
        stop.write_text("stop")
        for process, _, _ in readers.values():
            process.wait(timeout=60)
    finally:
        for process, _, _ in readers.values():
            if process.poll() is None:
                process.kill()
                process.wait()
    return {"writer": writer, "alive_at_end": alive_at_end, "analyst_path": analyst_path,
            "returncodes": {mode: process.returncode for mode, (process, _, _) in readers.items()},
            "reports": {mode: json.loads(report.read_text()) for mode, (_, _, report) in readers.items()}}


def test_writer_finishes_while_the_analyst_file_is_open(run_with_readers):
    writer = run_with_readers["writer"]
    assert writer.returncode == 0, writer.stderr[-3000:]
    assert "geoevents run finished" in writer.stdout


@pytest.mark.parametrize("mode", READER_MODES)
def test_readers_query_the_whole_time_without_errors(run_with_readers, mode):
    report = run_with_readers["reports"][mode]
    assert run_with_readers["alive_at_end"][mode] and run_with_readers["returncodes"][mode] == 0
    assert report["n_errors"] == 0, report["errors"]   # including a live Parquet query failing RETRIES times in a row
    assert report["loops"] >= 10, report["loops"]  # it really was querying during the run
    # rare: a failed live Parquet query is the exception, not the rule
    assert report["n_live_parquet_failures"] <= report["loops"] // 10, report["live_parquet_failures"]


def test_held_connection_keeps_its_snapshot(run_with_readers):
    """The file it opened is the first run's copy: replaced by rename, never modified in place."""
    assert set(run_with_readers["reports"]["held"]["article_counts"]) == {1}


def test_reconnecting_reader_moves_from_old_to_new_data_and_never_back(run_with_readers):
    counts = run_with_readers["reports"]["fresh"]["article_counts"]
    assert counts[0] == 1 and counts[-1] == 3
    assert counts == sorted(counts)


def test_new_connection_after_the_run_sees_the_new_files(run_with_readers):
    con = duckdb.connect(str(run_with_readers["analyst_path"]), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        paths = {row[0] for row in con.execute("SELECT source_path FROM article_sources").fetchall()}
        assert {"update.txt", "english.txt"} <= paths
    finally:
        con.close()
