"""extract_many: the worker-pool path (n_process > 1) and the batched path give what extract gives, in input order;
the pool is started once per coder and survives a killed worker."""
from __future__ import annotations

import faulthandler
import multiprocessing
import multiprocessing.util
import os
import signal
from concurrent.futures.process import BrokenProcessPool
from datetime import date

import psutil
import pytest

from conftest import new_processes
from geoevents.engine import CoderConfig, EventCoder

ITEMS = [
    ("a", "Putin und Xi hielten am Freitag eine Videoschalte ab.", "de", date(2022, 12, 30)),
    ("b", "The US imposed new sanctions on Russia on Monday.", "en", date(2023, 2, 24)),
    ("c", "Who told us the news? Nobody knows.", "en", None),
    ("d", "Brüssel verhängte neue Sanktionen gegen Russland.", "de", date(2023, 3, 1)),
    ("e", "", "en", None),
    ("f", "China kritisierte die USA scharf. „Wir lehnen das ab“, sagte Wang Yi.", "de", date(2023, 5, 2)),
]


@pytest.fixture(scope="module")
def expected():
    coder = EventCoder()
    return {key: coder.extract(text, lang, published) for key, text, lang, published in ITEMS}


def test_batched_extract_many_equals_extract(expected):
    results = list(EventCoder(CoderConfig(batch_size=2)).extract_many(ITEMS))
    assert [key for key, _ in results] == [key for key, *_ in ITEMS]
    assert dict(results) == expected


@pytest.fixture(scope="module")
def pooled():
    """One worker pool for the module: each start-up costs seconds per worker."""
    with EventCoder(CoderConfig(n_process=2, batch_size=4)) as coder:
        yield coder


# Processes below this one before the module's first test: under `make test`'s xdist the worker may still hold another
# module's processes (the session's Dagster deployment); they are never taken for the pool's workers
# (test_killed_worker... SIGKILLs what _child_pids lists).
_EARLIER_DESCENDANTS: set[int] = set()


@pytest.fixture(scope="module", autouse=True)
def earlier_children():
    _EARLIER_DESCENDANTS.update(process.pid for process in psutil.Process().children(recursive=True))
    yield
    _EARLIER_DESCENDANTS.clear()


def _child_pids() -> set[int]:
    """Live processes below this one that this module started (the pool's workers): multiprocessing's resource
    tracker and forkserver stay for the session and are not counted (conftest.new_processes)."""
    return new_processes(_EARLIER_DESCENDANTS)


def test_worker_pool_extract_many_equals_extract_in_input_order(pooled, expected):
    results = list(pooled.extract_many(iter(ITEMS)))
    assert [key for key, _ in results] == [key for key, *_ in ITEMS]
    assert dict(results) == expected
    assert any(r.events for _, r in results)


def test_worker_pool_is_kept_between_calls(pooled, expected):
    assert dict(pooled.extract_many(ITEMS[:3])) == {k: expected[k] for k, *_ in ITEMS[:3]}
    workers = _child_pids()
    assert len(workers) >= 2
    assert dict(pooled.extract_many(ITEMS[3:])) == {k: expected[k] for k, *_ in ITEMS[3:]}
    assert _child_pids() == workers   # the same processes: no second start-up


def test_start_workers_answers_from_every_worker_and_keeps_them(pooled, expected):
    pids = pooled.start_workers()
    assert len(pids) == 2 and set(pids) <= _child_pids()
    assert pooled.start_workers() == pids   # already running: the same processes
    assert dict(pooled.extract_many(ITEMS)) == expected
    assert EventCoder().start_workers() == []   # one process: nothing to start


def test_workers_are_forked_from_a_server_that_imported_the_engine_once(pooled):
    """Each worker is a child of multiprocessing's forkserver, which preloaded the coder module (spaCy, the engine):
    a worker only builds its pipelines instead of importing everything again (geoevents.engine.coder.worker_context).
    """
    for pid in pooled.start_workers():
        server = " ".join(psutil.Process(pid).parent().cmdline())
        assert "multiprocessing.forkserver" in server and "geoevents.engine.coder" in server, server


def test_killed_worker_breaks_one_call_then_a_fresh_pool_is_started_and_close_stops_it(pooled, expected):
    list(pooled.extract_many(ITEMS[:2]))
    killed = _child_pids()
    for pid in killed:
        os.kill(pid, signal.SIGKILL)
    with pytest.raises(BrokenProcessPool):
        list(pooled.extract_many(ITEMS * 4))
    assert dict(pooled.extract_many(ITEMS)) == expected
    fresh = _child_pids()
    assert fresh and not fresh & killed
    pooled.close()
    assert not _child_pids() & fresh


def test_worker_pool_is_replaced_after_its_article_limit_without_losing_or_repeating_articles(expected):
    # one article per chunk (batch_size 4), a fresh pool after 2 workers x 3 articles: ITEMS twice (12 articles)
    # and a second call run on three pools, each replaced between chunks
    with EventCoder(CoderConfig(n_process=2, batch_size=4, worker_max_articles=3)) as coder:
        first_workers = set(coder.start_workers())
        results = list(coder.extract_many(ITEMS * 2))
        assert [key for key, _ in results] == [key for key, *_ in ITEMS] * 2
        assert results == list(expected.items()) * 2
        second_workers = set(coder.start_workers())
        assert len(second_workers) == 2 and not second_workers & first_workers
        assert not _child_pids() & first_workers   # the replaced workers have exited
        # the count carries over between calls (the extract asset codes batch by batch)
        assert dict(coder.extract_many(ITEMS)) == expected
        assert not set(coder.start_workers()) & second_workers


def _keys_and_sentences(pairs):
    """A picklable converter: what extract_converted hands it, reduced to plain values."""
    return [(key, result.n_sentences, len(result.events), os.getpid()) for key, result in pairs]


def test_extract_converted_converts_each_chunk_where_it_was_coded_in_input_order(pooled, expected):
    """With workers, convert runs in the worker on consecutive runs of the (key, result) pairs (over a pool
    replacement too); in one process on all of them: the runs joined are the pairs in input order."""
    want = [(key, expected[key].n_sentences, len(expected[key].events)) for key, *_ in ITEMS] * 3
    runs = list(pooled.extract_converted(ITEMS * 3, _keys_and_sentences))
    assert len(runs) > 1 and [row[:3] for run in runs for row in run] == want
    assert {row[3] for run in runs for row in run} <= set(pooled.start_workers())   # converted in the workers
    single = list(EventCoder().extract_converted(ITEMS * 3, _keys_and_sentences))
    assert len(single) == 1 and [row[:3] for row in single[0]] == want and single[0][0][3] == os.getpid()
    with EventCoder(CoderConfig(n_process=2, batch_size=4, worker_max_articles=3)) as coder:
        runs = list(coder.extract_converted(ITEMS * 2, _keys_and_sentences))
    assert [row[:3] for run in runs for row in run] == want[:2 * len(ITEMS)]


def test_worker_pool_rejects_unsupported_language_in_the_caller():
    coder = EventCoder(CoderConfig(n_process=2))
    with pytest.raises(ValueError, match="unsupported language"):
        list(coder.extract_many([("x", "Bonjour.", "fr", None)]))


_KEPT_CODERS: list[EventCoder] = []


def _code_and_return_without_close(traceback_path: str, stop_early: bool) -> None:
    # a hang is reported with every thread's stack instead of only a timeout
    faulthandler.dump_traceback_later(_CHILD_TIMEOUT_SECONDS - 30, file=open(traceback_path, "w"))
    coder = EventCoder(CoderConfig(n_process=2, batch_size=4))
    _KEPT_CODERS.append(coder)   # alive until exit, like the extract asset's cached coder
    results = coder.extract_many(ITEMS * 8)
    if stop_early:   # a step that fails while chunks are still in flight
        next(results)
    else:
        assert len(list(results)) == len(ITEMS) * 8
    workers = list(coder._pool._processes.values())   # noqa: SLF001
    # runs at exit after the coder's own finalizer: were the workers asked to exit, or terminated?
    multiprocessing.util.Finalize(None, _write_exit_codes, args=(workers, traceback_path + ".exitcodes"),
                                  exitpriority=1)


def _write_exit_codes(workers: list, path: str) -> None:
    with open(path, "w") as out:
        out.write(" ".join(str(worker.exitcode) for worker in workers))


# starting the child and its two workers (the child and its forkserver import spaCy, each worker builds two pipelines)
# is slow on a loaded machine
_CHILD_TIMEOUT_SECONDS = 240


@pytest.mark.parametrize("stop_early", [False, True], ids=["idle-pool", "chunks-in-flight"])
def test_a_multiprocessing_child_with_an_open_pool_still_exits(tmp_path, stop_early):
    """A Dagster step process or a benchmark process is itself a multiprocessing child: at exit it joins its
    children, so the coder's workers must be stopped before that (and their exit requests delivered before
    multiprocessing closes the queue that carries them) or the process never ends."""
    traceback_path = tmp_path / "child-stacks.txt"
    child = multiprocessing.get_context("spawn").Process(target=_code_and_return_without_close,
                                                         args=(str(traceback_path), stop_early))
    child.start()
    child.join(timeout=_CHILD_TIMEOUT_SECONDS)
    hung = child.is_alive()
    if hung:
        for worker in psutil.Process(child.pid).children(recursive=True):
            worker.kill()
        child.kill()
        child.join()
    stacks = traceback_path.read_text() if traceback_path.exists() else ""
    assert not hung and child.exitcode == 0, stacks
    # exit code 0: each worker exited on request; a negative one means it had to be terminated after the grace
    assert (tmp_path / "child-stacks.txt.exitcodes").read_text() == "0 0"
