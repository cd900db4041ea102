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
        "articles_source": ArticlesSource(articles_dir=str(articles_dir)),
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


# ---------------------------------------------------------------- pytest-xdist (`make test` runs `-n 2 --dist loadgroup`)
# Tests that share an expensive fixture broader than one test (a module's warehouse, the session's Dagster deployment)
# must run in one worker, or each worker would build it again: they get an xdist_group named after the fixture's
# scope (their module, or the session fixture's name). Tests without such a fixture are spread one by one.
def _shared_fixture_group(item: pytest.Item) -> str | None:
    session_fixtures, module_fixture = [], False
    for name in item.fixturenames:
        for fixturedef in item._fixtureinfo.name2fixturedefs.get(name, ()):
            # baseid "" = pytest's own or a plugin's (tmp_path_factory, ...): cheap, and per process anyway
            if fixturedef.scope == "function" or not fixturedef.baseid:
                continue
            if fixturedef.scope == "session":
                session_fixtures.append(name)
            else:
                module_fixture = True
    if session_fixtures:
        return "session-" + sorted(session_fixtures)[0]
    if module_fixture:
        return item.nodeid.split("::", 1)[0]
    return None


# The slowest modules, longest first (each starts Dagster runs, subprocesses or the webserver; `--durations` and CPU
# seconds per module, 2026-11-29): under xdist they are handed out first (with `--no-loadscope-reorder`), so the two
# workers finish together instead of one of them starting a two-minute module while the other has nothing left.
# A serial run keeps the collection order.
START_FIRST_UNDER_XDIST = ("test_bench.py", "test_crash_recovery.py", "test_ui_browser.py", "test_webserver_e2e.py",
                           "test_run_cli.py", "test_assets.py", "test_engine_speed_parallel.py",
                           "test_concurrent_readers.py", "test_robustness_file_changes.py")
_START_RANK = {name: rank for rank, name in enumerate(START_FIRST_UNDER_XDIST)}


def pytest_itemcollected(item):
    # here, not in pytest_collection_modifyitems: xdist reads the marker in its own modifyitems hook
    if item.get_closest_marker("xdist_group") is None:
        group = _shared_fixture_group(item)
        if group is not None:
            item.add_marker(pytest.mark.xdist_group(group))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # stable: the order within a module is kept
        items.sort(key=lambda item: _START_RANK.get(item.path.name, len(_START_RANK)))


# Session fixtures for the end-to-end and browser tests (one webserver + daemon shared by both modules).
from dagster_server import dagster_deployment, launched_pipeline  # noqa: E402,F401
