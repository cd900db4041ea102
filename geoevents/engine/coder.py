"""EventCoder: builds one spaCy pipeline per language (blank + lookup lemmas + our components by default)."""
from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.util
import os
import threading
from collections import deque
from contextlib import contextmanager
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Callable, Hashable, Iterable, Iterator, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from geoevents.engine.components import (PUBLISHED_KEY as _PUBLISHED_KEY, TEXT_KEY,  # registers the factories
                                         published_day)
from geoevents.engine.assemble import Assembler
from geoevents.engine.lexicon import LEXICON_DIR, lexicon_fingerprint, load_language_lexicon
from geoevents.engine.model import ExtractionResult
from geoevents.reference import ACTORS_PATH, CAMEO_CODES_PATH, PLACES_PATH, load_cameo_codes

ENGINE_VERSION = "1.0"
SUPPORTED_LANGUAGES = ("de", "en")
# The engine's own source: a change to any rule re-codes the stored articles, like a lexicon change (README "What
# happens when"). cli.py only prints results.
ENGINE_SOURCES = sorted(path for path in Path(__file__).resolve().parent.rglob("*.py") if path.name != "cli.py")


def extractor_version(engine_sources: Iterable[Path] = ENGINE_SOURCES) -> str:
    """ENGINE_VERSION + a hash of the lexicons, the reference tables the coder reads and the engine's source."""
    fingerprint = lexicon_fingerprint(LEXICON_DIR, [ACTORS_PATH, CAMEO_CODES_PATH, PLACES_PATH, *engine_sources])
    return f"{ENGINE_VERSION}+{fingerprint}"


EXTRACTOR_VERSION = extractor_version()

# (result, explain) as Python objects: the coder never sends docs between processes (workers return results)
_RESULT_KEY = "geo_result"
# set by EventCoder.explain: the assembler builds its per-sentence explain records only then
_EXPLAIN_KEY = "geo_explain"

T = TypeVar("T")


# Coding one article keeps a few thousand container objects alive at once (token table, fragments, groups, events)
# that reference counting frees again at its end. With CPython's default first-generation threshold (700) the cyclic
# collector ran about once per article and walked all of them (7-10 % of the engine's time); with this threshold it
# runs only when objects are really kept. Raised while coding, and for good in the worker processes (they only code).
YOUNG_COLLECTION_THRESHOLD = 10_000


@contextmanager
def fewer_young_collections() -> Iterator[None]:
    """Raise the cyclic GC's first-generation threshold for the block (unless the process set a higher one or
    switched automatic collection off with threshold 0), then restore it."""
    previous = gc.get_threshold()
    raise_threshold = 0 < previous[0] < YOUNG_COLLECTION_THRESHOLD
    if raise_threshold:
        gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *previous[1:])
    try:
        yield
    finally:
        if raise_threshold:
            gc.set_threshold(*previous)


class ModelLoadError(RuntimeError):
    """A configured spaCy pipeline could not be loaded (models are never downloaded by the coder)."""


@dataclass
class CoderConfig:
    models: dict[str, str] = field(default_factory=dict)   # lang -> installed spaCy pipeline name or path
    lexicon_dir: str | Path = LEXICON_DIR
    actors_path: str | Path | None = None                  # default seeds/reference/actors.csv
    cameo_path: str | Path | None = None                   # default seeds/reference/cameo_codes.csv
    max_sentence_chars: int = 2000                         # longer sentences are cut (ExtractionResult.truncated)
    batch_size: int = 32
    n_process: int = 1
    # With n_process > 1: the worker pool is replaced by a fresh one after about this many articles per worker
    # (0 = never). A worker's memory grows with the distinct words it has seen (~7 MiB per 1,000 articles it codes
    # on the benchmark corpus, see docs/benchmark.md); a fresh pool bounds it at the cost of one pool start-up
    # (seconds) per replacement.
    worker_max_articles: int = 10_000


@Language.factory("geoevents_assembler",
                  default_config={"lexicon_dir": "", "cameo_path": "", "max_sentence_chars": 2000})
def make_assembler(nlp: Language, name: str, lexicon_dir: str, cameo_path: str, max_sentence_chars: int):
    assembler = Assembler(load_language_lexicon(lexicon_dir, nlp.lang), load_cameo_codes(cameo_path or None),
                          max_sentence_chars)

    def assembler_component(doc: Doc) -> Doc:
        result, explain = assembler(doc, published_day(doc), bool(doc.user_data.get(_EXPLAIN_KEY)))
        for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("geo_")]:
            del doc.user_data[key]
        doc.user_data[_RESULT_KEY] = (result, explain)
        return doc
    return assembler_component


def build_pipeline(lang: str, config: CoderConfig) -> Language:
    """Blank pipeline, or the configured installed model, plus the geoevents components. The blank pipeline has
    no spaCy lemmatizer: geoevents_keys reads the same lookup table (spacy-lookups-data) once per distinct word."""
    lexicon_dir = str(config.lexicon_dir)
    model = config.models.get(lang)
    if model:
        try:
            nlp = spacy.load(model)
        except (OSError, ImportError) as error:
            raise ModelLoadError(f"spaCy pipeline {model!r} for {lang!r} is not installed or not loadable "
                                 f"(the coder never downloads models): {error}") from error
        if nlp.lang != lang:
            raise ModelLoadError(f"spaCy pipeline {model!r} is for {nlp.lang!r}, configured for {lang!r}")
    else:
        nlp = spacy.blank(lang)
    nlp.add_pipe("geoevents_quotes", first=True, config={"lexicon_dir": lexicon_dir})
    nlp.add_pipe("geoevents_sentencizer", after="geoevents_quotes")
    nlp.add_pipe("geoevents_keys")     # after a plugged-in model's lemmatizer, whose lemmas it then uses
    nlp.add_pipe("geoevents_actors", config={"lexicon_dir": lexicon_dir,
                                             "actors_path": str(config.actors_path or "")})
    nlp.add_pipe("geoevents_triggers", config={"lexicon_dir": lexicon_dir})
    nlp.add_pipe("geoevents_assembler", config={"lexicon_dir": lexicon_dir,
                                                "cameo_path": str(config.cameo_path or ""),
                                                "max_sentence_chars": int(config.max_sentence_chars)})
    return nlp


class EventCoder:
    """Bilingual (de/en) CAMEO/PLOVER event coder. Build once, reuse: pipelines and lexicons are built lazily."""

    def __init__(self, config: CoderConfig | None = None):
        self.config = config or CoderConfig()
        self._pipelines: dict[str, Language] = {}
        self._pool: ProcessPoolExecutor | None = None
        self._pool_finalizer: multiprocessing.util.Finalize | None = None
        self._articles_sent_to_pool = 0   # articles submitted to the current pool (decides its replacement)

    def pipeline(self, language: str) -> Language:
        if language not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported language {language!r}; supported: {', '.join(SUPPORTED_LANGUAGES)}")
        if language not in self._pipelines:
            self._pipelines[language] = build_pipeline(language, self.config)
            # lexicons and lookup tables live as long as the process: keep them out of the cyclic GC's scans
            # (gen-2 collections triggered by the many small per-doc objects would walk them again and again)
            gc.freeze()
        return self._pipelines[language]

    def _doc(self, nlp: Language, text: str, published_date: date | None) -> Doc:
        doc = nlp.make_doc(text)
        doc.user_data[_PUBLISHED_KEY] = published_date.isoformat() if published_date else None
        doc.user_data[TEXT_KEY] = text
        return doc

    def extract(self, text: str, language: str, published_date: date | None) -> ExtractionResult:
        return self._code(text, language, published_date, explain=False)[0]

    def explain(self, text: str, language: str,
                published_date: date | None) -> tuple[ExtractionResult, list[dict[str, Any]]]:
        """The result plus, per sentence, the actors and triggers found and why each trigger did (not) fire."""
        return self._code(text, language, published_date, explain=True)

    def _code(self, text: str, language: str, published_date: date | None,
              explain: bool) -> tuple[ExtractionResult, list[dict[str, Any]]]:
        nlp = self.pipeline(language)
        doc = self._doc(nlp, text, published_date)
        doc.user_data[_EXPLAIN_KEY] = explain
        with fewer_young_collections():
            for _, component in nlp.pipeline:
                doc = component(doc)
            coded = doc.user_data.pop(_RESULT_KEY)
            del doc   # its objects are freed here, while the raised threshold spares the GC a walk over them
        return coded

    def extract_many(self, items: Iterable[tuple[Hashable, str, str, date | None]]
                     ) -> Iterator[tuple[Hashable, ExtractionResult]]:
        """Code many texts; yields (key, result) in input order. With ``n_process > 1`` the texts are coded in a
        pool of worker processes, each with its own EventCoder: workers return plain ExtractionResults, which is
        much cheaper than nlp.pipe(n_process=...) shipping serialized Docs back. The pool is started on first
        use and kept until ``close()`` (or the end of the process): starting a worker costs seconds."""
        if self.config.n_process > 1:
            yield from self._extract_parallel(items)
            return
        pending: list[tuple[Hashable, str, date | None]] = []
        current: str | None = None
        for key, text, language, published in items:
            if current is not None and language != current:
                yield from self._run(current, pending)
                pending = []
            current = language
            pending.append((key, text, published))
        if current is not None and pending:
            yield from self._run(current, pending)

    def extract_converted(self, items: Iterable[tuple[Hashable, str, str, date | None]],
                          convert: Callable[[list[tuple[Hashable, ExtractionResult]]], T]) -> Iterator[T]:
        """Code the texts as ``extract_many`` does and yield ``convert(pairs)`` for consecutive runs of its (key,
        result) pairs: all runs together hold every pair once, in input order. With ``n_process > 1`` each chunk is
        converted in the worker process that coded it and only what ``convert`` returns travels back, so
        ``convert`` must pickle (a module-level function or a ``functools.partial`` of one); plain values (lists of
        strings and numbers) cost the two processes about half of what pickling the result objects does. In one
        process the whole input is one run."""
        if self.config.n_process > 1:
            yield from self._extract_parallel(items, convert)
            return
        yield convert(list(self.extract_many(items)))

    def _run(self, language: str, items: list[tuple[Hashable, str, date | None]]
             ) -> Iterator[tuple[Hashable, ExtractionResult]]:
        nlp = self.pipeline(language)
        docs = (self._doc(nlp, text, published) for _, text, published in items)
        coded = nlp.pipe(docs, batch_size=self.config.batch_size)
        for key, _, _ in items:
            with fewer_young_collections():   # not while the caller runs between the results
                result = next(coded).user_data[_RESULT_KEY][0]   # the doc is freed before the threshold drops
            yield key, result

    def _worker_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = worker_context()
            # start_workers meets every worker at this barrier: a task holding a worker there cannot be taken
            # by an already idle worker, so each worker gets exactly one
            start_barrier = context.Barrier(self.config.n_process)
            self._pool = ProcessPoolExecutor(self.config.n_process, mp_context=context, initializer=_init_worker,
                                             initargs=(replace(self.config, n_process=1), start_barrier))
            self._articles_sent_to_pool = 0
            # Shut the workers down with the coder or when the process exits. A multiprocessing finalizer with an
            # exit priority runs before a multiprocessing child (a Dagster step process, a benchmark process)
            # joins its own children at exit: without it such a process waits forever for the idle workers.
            # The priority must exceed the 10 of multiprocessing.Queue's own close finalizer: that one stops the
            # executor's call-queue feeder thread, after which the workers' exit requests are never delivered.
            self._pool_finalizer = multiprocessing.util.Finalize(self, _shutdown_pool, args=(self._pool,),
                                                                 exitpriority=100)
        return self._pool

    def start_workers(self, languages: Iterable[str] = SUPPORTED_LANGUAGES) -> list[int]:
        """Start the worker processes now and have each load the pipelines of ``languages`` (a worker starts and
        loads them in seconds, otherwise paid by the first texts it codes); returns their process ids.
        Without ``n_process > 1`` nothing is started."""
        if self.config.n_process <= 1:
            return []
        pool = self._worker_pool()
        languages = tuple(languages)
        return sorted(future.result() for future in
                      [pool.submit(_load_in_worker, languages) for _ in range(self.config.n_process)])

    def close(self) -> None:
        """Stop the worker processes (if any were started); the coder stays usable and restarts them on demand."""
        if self._pool_finalizer is not None:
            self._pool_finalizer()
        self._pool = self._pool_finalizer = None

    def __enter__(self) -> EventCoder:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _extract_parallel(self, items: Iterable[tuple[Hashable, str, str, date | None]],
                          convert: Callable[[list[tuple[Hashable, ExtractionResult]]], Any] | None = None
                          ) -> Iterator[Any]:
        """(key, result) in input order; with ``convert``, ``convert(pairs)`` of each chunk (see extract_converted)."""
        pool = self._worker_pool()
        chunk_size = max(1, self.config.batch_size // 4)
        # a bounded window of chunks in flight: workers never wait for work, memory does not grow with the input
        max_in_flight = 2 * self.config.n_process
        articles_per_pool = self.config.n_process * self.config.worker_max_articles
        in_flight: deque[tuple[list[Hashable], Future]] = deque()
        chunk: list[tuple[Hashable, str, str, date | None]] = []
        try:
            for item in items:
                if item[2] not in SUPPORTED_LANGUAGES:   # fail in the caller, like the single-process path
                    raise ValueError(f"unsupported language {item[2]!r}; "
                                     f"supported: {', '.join(SUPPORTED_LANGUAGES)}")
                chunk.append(item)
                if len(chunk) < chunk_size:
                    continue
                if articles_per_pool and self._articles_sent_to_pool >= articles_per_pool:
                    # Replace the pool between chunks: every chunk sent to the old pool is collected (in order)
                    # before its workers are asked to exit, so no article is lost or coded twice.
                    while in_flight:
                        yield from _collect(in_flight.popleft())
                    self.close()
                    pool = self._worker_pool()
                in_flight.append(_submit(pool, chunk, convert))
                self._articles_sent_to_pool += len(chunk)
                chunk = []
                while len(in_flight) >= max_in_flight:
                    yield from _collect(in_flight.popleft())
            if chunk:
                in_flight.append(_submit(pool, chunk, convert))
                self._articles_sent_to_pool += len(chunk)
            while in_flight:
                yield from _collect(in_flight.popleft())
        except BrokenProcessPool:
            self.close()   # a worker died (killed, out of memory): the next call starts a fresh pool
            raise
        finally:
            for _, future in in_flight:   # the caller stopped early or an error was raised
                future.cancel()


def worker_context() -> multiprocessing.context.BaseContext:
    """How the pool's workers are started: forked from multiprocessing's forkserver, a fresh single-threaded
    interpreter that imported this module (spaCy, the engine) once, so a worker inherits no lock or thread of the
    caller (Dagster, DuckDB) and pays only its own pipeline builds: 0.7 CPU-s per worker against 1.5 when each
    spawned worker imported everything itself (2 workers, 2026-11-29). The server starts with the first pool of
    the process and serves every later one (replacements, other coders). ``spawn`` where there is no forkserver
    (Windows). If the process had started its forkserver before with other modules (a Dagster multiprocess
    executor's), the workers come from that one and import the engine themselves."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


def _submit(pool: ProcessPoolExecutor, chunk: list[tuple[Hashable, str, str, date | None]],
            convert: Callable[[list[tuple[Hashable, ExtractionResult]]], Any] | None = None
            ) -> tuple[list[Hashable] | None, Future]:
    keys = [key for key, *_ in chunk]
    jobs = [(position, text, language, published) for position, (_, text, language, published) in enumerate(chunk)]
    if convert is not None:   # the keys go with the texts: the worker hands (key, result) pairs to convert
        return None, pool.submit(_extract_and_convert_in_worker, jobs, keys, convert)
    return keys, pool.submit(_extract_in_worker, jobs)


def _collect(submitted: tuple[list[Hashable] | None, Future]) -> Iterator[Any]:
    keys, future = submitted
    if keys is None:
        return iter((future.result(),))
    return zip(keys, future.result())


def _shutdown_pool(pool: ProcessPoolExecutor) -> None:
    """Stop the workers: ask them to exit after their current chunk, and terminate those still running after a
    grace period. Asking first matters: a worker terminated while it writes a result leaves the executor's manager
    thread waiting forever for the rest of that message, and interpreter exit joins that thread."""
    workers = list((pool._processes or {}).values())   # noqa: SLF001 - the executor offers no terminate()
    stopper = threading.Thread(target=pool.shutdown, kwargs={"wait": True, "cancel_futures": True},
                               name="geoevents-pool-shutdown", daemon=True)
    stopper.start()
    stopper.join(timeout=_WORKER_EXIT_GRACE_SECONDS)
    for worker in workers:
        if worker.is_alive():
            worker.terminate()
    for worker in workers:
        worker.join(timeout=10)


# a chunk of articles takes seconds; the grace period covers one on a loaded machine
_WORKER_EXIT_GRACE_SECONDS = 60.0


_WORKER_CODER: EventCoder | None = None


_START_BARRIER: threading.Barrier | None = None   # a multiprocessing Barrier shared by the pool's workers
# how long a worker that has loaded its pipelines waits for the others (seconds each, more on a loaded machine)
_WORKER_START_TIMEOUT_SECONDS = 300.0


def _init_worker(config: CoderConfig, start_barrier: threading.Barrier) -> None:
    global _WORKER_CODER, _START_BARRIER
    _WORKER_CODER = EventCoder(config)
    _START_BARRIER = start_barrier
    threshold = gc.get_threshold()
    if 0 < threshold[0] < YOUNG_COLLECTION_THRESHOLD:
        gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *threshold[1:])


def _load_in_worker(languages: tuple[str, ...]) -> int:
    for language in languages:
        _WORKER_CODER.pipeline(language)
    _START_BARRIER.wait(timeout=_WORKER_START_TIMEOUT_SECONDS)
    return os.getpid()


def _extract_and_convert_in_worker(jobs: list[tuple[int, str, str, date | None]], keys: list[Hashable],
                                   convert: Callable[[list[tuple[Hashable, ExtractionResult]]], Any]) -> Any:
    return convert(list(zip(keys, _extract_in_worker(jobs))))


def _extract_in_worker(jobs: list[tuple[int, str, str, date | None]]) -> list[ExtractionResult]:
    """One chunk, batched through nlp.pipe per language run; results in the chunk's order."""
    return [result for _, result in _WORKER_CODER.extract_many(jobs)]
