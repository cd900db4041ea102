"""The extract asset's process count: automatic choice, and identical tables whether one process or a worker pool
codes the articles."""
from __future__ import annotations

import threading

import dagster as dg
import psutil

from assets import extract, ingest, reference
from assets.extract import (ENGINE_PROCESSES_ENV, ENGINE_WORKER_ARTICLES_ENV, MIN_ARTICLES_FOR_WORKERS,
                            engine_processes)
from benchmarks.corpus import CorpusSpec, write_corpus
from conftest import build_pipeline_resources, new_processes
from geoevents.engine import CoderConfig, EventCoder

ASSETS = dg.load_assets_from_modules([reference, ingest, extract])
EXTRACTION_TABLES = ("events", "statements", "sanctions_mentions", "actor_mentions")


def test_explicit_process_count_wins(monkeypatch):
    monkeypatch.setenv(ENGINE_PROCESSES_ENV, "3")
    assert engine_processes(1, 10_000) == 1
    assert engine_processes(2, 5) == 2


def test_small_runs_code_in_the_assets_own_process(monkeypatch):
    monkeypatch.setenv(ENGINE_PROCESSES_ENV, "2")
    assert engine_processes(0, 1) == 1
    assert engine_processes(0, MIN_ARTICLES_FOR_WORKERS) == 1


def test_large_runs_use_the_environment_or_two_workers(monkeypatch):
    monkeypatch.setenv(ENGINE_PROCESSES_ENV, "3")
    assert engine_processes(0, MIN_ARTICLES_FOR_WORKERS + 1) == 3
    monkeypatch.delenv(ENGINE_PROCESSES_ENV)
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    assert engine_processes(0, 5_000) == 2
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert engine_processes(0, 5_000) == 1


def test_worker_article_limit_comes_from_the_environment(monkeypatch):
    extract.shared_event_coder.cache_clear()   # the asset's coders are cached per process
    try:
        monkeypatch.setenv(ENGINE_WORKER_ARTICLES_ENV, "500")
        assert extract.shared_event_coder(2000, 2).config.worker_max_articles == 500
        extract.shared_event_coder.cache_clear()
        monkeypatch.delenv(ENGINE_WORKER_ARTICLES_ENV)
        assert extract.shared_event_coder(2000, 2).config.worker_max_articles == CoderConfig.worker_max_articles
    finally:
        extract.shared_event_coder.cache_clear()


def _extraction_tables(resources: dict) -> dict[str, list]:
    with resources["warehouse"].reader() as con:
        return {table: sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr)  # noqa: S608 - fixed names
                for table in EXTRACTION_TABLES}


def test_worker_pool_codes_the_same_rows_as_one_process(tmp_path, monkeypatch):
    # processes below this one before (under `make test`'s xdist, a worker may hold the session's Dagster
    # deployment): not the asset's workers
    earlier = {process.pid for process in psutil.Process().children(recursive=True)}
    spec = CorpusSpec(n=24, seed=7)
    write_corpus(tmp_path / "articles", spec)
    resources = build_pipeline_resources(tmp_path / "articles", tmp_path / "data")
    ingest_config = {"articles": {"config": {"today": spec.ingestion_date.isoformat()}}}
    # batches of 16: two batches, the first split into two chunks of 8 (one per worker)
    one = dg.materialize(ASSETS, resources=resources, run_config={"ops": {
        **ingest_config, "extract_events": {"config": {"n_process": 1, "batch_size": 16}}}})
    assert one.success
    single = _extraction_tables(resources)
    assert single["events"]
    pooled_calls = []
    parallel = EventCoder._extract_parallel

    def counting(coder, items, convert=None):
        pooled_calls.append(coder.config.n_process)
        yield from parallel(coder, items, convert)

    monkeypatch.setattr(EventCoder, "_extract_parallel", counting)
    pooled = dg.materialize(ASSETS, resources=resources, selection=dg.AssetSelection.groups("extract"),
                            run_config={"ops": {"extract_events": {"config": {
                                "n_process": 2, "batch_size": 16, "reprocess_all": True}}}})
    assert pooled.success
    assert pooled_calls == [2, 2]   # both batches went through the worker pool
    assert _extraction_tables(resources) == single
    # the asset stopped its workers (children of multiprocessing's forkserver, which stays, like its resource tracker)
    assert not new_processes(earlier)


def test_the_workers_stop_while_the_last_group_is_written(tmp_path, monkeypatch):
    spec = CorpusSpec(n=3, seed=7)
    write_corpus(tmp_path / "articles", spec)
    resources = build_pipeline_resources(tmp_path / "articles", tmp_path / "data")
    closed = threading.Event()
    close = EventCoder.close

    def recording_close(coder):
        closed.set()
        close(coder)

    seen_at_write: list[bool] = []
    replace_extraction = extract.wh.replace_extraction

    def recording_replace(con, article_ids, tables, run_id=None):
        # the last of the three groups waits for the coder's close (it must come while this write runs)
        seen_at_write.append(closed.wait(timeout=20) if len(seen_at_write) == 2 else closed.is_set())
        return replace_extraction(con, article_ids, tables, run_id=run_id)

    monkeypatch.setattr(EventCoder, "close", recording_close)
    monkeypatch.setattr(extract.wh, "replace_extraction", recording_replace)
    result = dg.materialize(ASSETS, resources=resources, run_config={"ops": {
        "articles": {"config": {"today": spec.ingestion_date.isoformat()}},
        "extract_events": {"config": {"n_process": 1, "batch_size": 1, "write_batch_size": 1}}}})
    assert result.success
    assert seen_at_write == [False, False, True]
