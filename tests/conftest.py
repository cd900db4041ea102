"""Shared fixtures.

Offered to every test module:
- ``coder``: one ``EventCoder`` per test module (modules that configure their own define their own ``coder``);
- ``seed_articles_dir``: a temporary copy of seeds/articles (tests may add or break files in it);
- ``pipeline_resources(articles_dir, data_dir)``: factory for the three Dagster resources on temporary folders
  (resources are set explicitly; no environment variables involved);
- ``make_event(**overrides)``: an engine ``Event`` with sensible defaults, for crafting warehouse rows.
"""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from geoevents import PROJECT_ROOT
from geoevents.engine import EventCoder
from geoevents.engine.model import Event

SEED_ARTICLES = PROJECT_ROOT / "seeds" / "articles"


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


@pytest.fixture
def seed_articles_dir(tmp_path: Path) -> Path:
    target = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, target)
    return target


def build_pipeline_resources(articles_dir: Path, data_dir: Path) -> dict:
    from pipelines.resources import ArticlesSource, ParquetStore, Warehouse

    return {
        "articles_source": ArticlesSource(articles_dir=str(articles_dir), data_dir=str(data_dir)),
        "warehouse": Warehouse(data_dir=str(data_dir)),
        "parquet_store": ParquetStore(data_dir=str(data_dir)),
    }


@pytest.fixture
def pipeline_resources():
    return build_pipeline_resources


def build_event(**overrides) -> Event:
    fields = dict(
        sentence_index=0, char_start=0, char_end=10, evidence_text="0123456789", trigger_text="trifft",
        cameo_code="040", event_type="CONSULT", source_actor="RUS", source_sector="GOV", source_text="Putin",
        target_actor="CHN", target_sector="GOV", target_text="Xi", negated=False, modality="asserted",
        event_date=date(2022, 12, 30), date_precision="day", date_text=None, reporting_source=None,
        rule_id="test:rule", language="de", cameo_root="04", quad_class=1, goldstein=1.0,
    )
    fields.update(overrides)
    return Event(**fields)


@pytest.fixture
def make_event():
    return build_event


def _is_multiprocessing_helper(process) -> bool:
    """multiprocessing's resource tracker, or the forkserver engine workers are forked from (its children, the
    workers, carry its command line too: fork does not exec)."""
    command = " ".join(process.cmdline())
    if "multiprocessing.resource_tracker" in command:
        return True
    parent = process.parent()
    return "multiprocessing.forkserver" in command and (
        parent is None or "multiprocessing.forkserver" not in " ".join(parent.cmdline()))


def new_processes(earlier: set[int]) -> set[int]:
    """Live processes below this one that are not in ``earlier`` (pids), without multiprocessing's helpers, which
    stay for the session: e.g. the workers of an engine pool started since."""
    import psutil

    found = set()
    for process in psutil.Process().children(recursive=True):
        try:
            if (process.pid not in earlier and process.status() != psutil.STATUS_ZOMBIE
                    and not _is_multiprocessing_helper(process)):
                found.add(process.pid)
        except psutil.NoSuchProcess:   # ended between listing and reading
            pass
    return found


# ---------------------------------------------------------------- temporary folders in memory
# The tests' warehouses, Dagster instances (SQLite), Parquet files and corpora live under tmp_path, and the code under
# test fsyncs on every DuckDB checkpoint, SQLite commit and atomic file write. On the disk of the 2-core machine an
# fsync takes milliseconds, more while other processes write: test_event_log_storage.py (one SQLite commit per event
# on the stock storage) took 31 s there against 12 s with its folders on /dev/shm, same CPU. So pytest's base
# temporary folder goes to the RAM filesystem /dev/shm when there is one (what is tested does not change: nothing
# asserts durability across a power loss; a killed process loses nothing on either). PYTEST_DEBUG_TEMPROOT (pytest's
# own setting) or --basetemp given by the caller win: `PYTEST_DEBUG_TEMPROOT=/tmp` keeps the folders on disk.
# pytest keeps the folders of the last 3 sessions there, as it does in /tmp.
RAM_TEMPROOT = Path("/dev/shm")


def pytest_configure(config):
    # xdist workers get their basetemp from the controller (a folder under the controller's)
    if (config.option.basetemp is None and "PYTEST_DEBUG_TEMPROOT" not in os.environ
            and RAM_TEMPROOT.is_dir() and os.access(RAM_TEMPROOT, os.W_OK | os.X_OK)):
        os.environ["PYTEST_DEBUG_TEMPROOT"] = str(RAM_TEMPROOT)


# ---------------------------------------------------------------- pytest-xdist
# `make test` runs `-n 2 --dist loadscope --no-loadscope-reorder`: each module runs whole in one worker, so a module's
# shared fixture (a warehouse, a benchmark run, an engine pool, the Dagster deployment of test_webserver_e2e) is built
# once. (Not `--dist loadgroup` with xdist_group marks: pytest-xdist 3.8 marks a group by rewriting item._nodeid, which
# pytest 9 no longer reads, so every test became its own unit and the groups were split.)

# The slowest modules, longest first (each starts Dagster runs, subprocesses or the webserver; CPU seconds and wall
# per module of a serial run, 2026-11-29): under xdist they are handed out first, so the two workers end together
# instead of one of them starting a two-minute module while the other has nothing left. A serial run keeps the
# collection order.
START_FIRST_UNDER_XDIST = ("test_bench.py", "test_crash_recovery.py", "test_webserver_e2e.py", "test_assets.py",
                           "test_engine_speed_parallel.py", "test_run_cli.py",
                           "test_concurrent_readers.py", "test_robustness_file_changes.py", "test_warehouse.py",
                           "test_robustness_idempotency.py", "test_hostile_input.py")
_START_RANK = {name: rank for rank, name in enumerate(START_FIRST_UNDER_XDIST)}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # stable: the order within a module is kept; xdist hands out the modules in this order
        items.sort(key=lambda item: _START_RANK.get(item.path.name, len(_START_RANK)))


# The Dagster deployment fixtures of the end-to-end and browser tests (test_webserver_e2e.py).
from dagster_server import dagster_deployment, launched_pipeline  # noqa: E402,F401
