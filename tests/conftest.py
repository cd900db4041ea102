"""Shared fixtures.

Offered to every test module:
- ``coder``: one ``EventCoder`` per test module (modules that configure their own define their own ``coder``);
- ``seed_articles_dir``: a temporary copy of seeds/articles (tests may add or break files in it);
- ``pipeline_resources(articles_dir, data_dir)``: factory for the three Dagster resources on temporary folders
  (resources are set explicitly; no environment variables involved);
- ``make_event(**overrides)``: an engine ``Event`` with sensible defaults, for crafting warehouse rows.
"""
from __future__ import annotations

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


# Session fixtures for the end-to-end and browser tests (one webserver + daemon shared by both modules).
from dagster_server import dagster_deployment, launched_pipeline  # noqa: E402,F401
