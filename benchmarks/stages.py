"""The measured stages of the benchmark and the per-size run that chains them.

Each corpus size runs in a fresh process (``run_size`` is called through a spawned worker) so that its peak
resident memory is its own: "flat in N" compares those peaks. A stage whose code is missing reports
``not_available`` with the reason, a stage that fails reports ``error`` with the message: never a figure that
was not measured.
"""
from __future__ import annotations

import importlib
import os
import platform
import resource
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable

from benchmarks.corpus import CorpusSpec, render_article, write_article, write_corpus

STAGE_NAMES = ("corpus", "ingest", "extract", "tokenizer_ceiling", "duckdb_load", "aggregate_parquet",
               "dagster_job", "dagster_incremental")
# stages of the dagster phase (run_phase "dagster"); the others are the library phase
DAGSTER_STAGES = ("dagster_job", "dagster_incremental")
# The figure keys each stage reports when it ran; tests and the table rely on them.
STAGE_FIGURES: dict[str, tuple[str, ...]] = {
    "corpus": ("files_per_s", "n_files", "mib", "mean_words", "n_distinct_dates"),
    "ingest": ("files_per_s", "n_articles", "n_rejected", "n_date_from_metadata", "n_date_from_text",
               "date_correct_share"),
    "extract": ("n_processes", "articles_per_s", "tokens_per_s", "articles_per_s_1_process", "tokens_per_s_1_process",
                "worker_start_seconds", "n_tokens", "n_events", "events_per_article"),
    "tokenizer_ceiling": ("articles_per_s", "tokens_per_s", "n_tokens", "engine_share_of_ceiling",
                          "engine_share_of_ceiling_1_process"),
    "duckdb_load": ("articles_per_s", "rows_per_s", "n_rows"),
    "aggregate_parquet": ("n_days", "n_rows", "n_files"),
    "dagster_job": ("articles_per_s", "n_articles", "n_events"),
    "dagster_incremental": ("seconds_add_one", "seconds_empty", "seconds_beyond_empty", "seconds_rescan_nothing_new",
                            "cpu_seconds_add_one", "cpu_seconds_empty"),
}


class StageUnavailable(Exception):
    """The code a stage measures has not landed (or lacks the API the stage needs)."""


@dataclass
class StageOutcome:
    status: str                     # ok | not_available | error
    seconds: float | None = None
    figures: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "seconds": self.seconds, "reason": self.reason, **self.figures}


def run_stage(fn: Callable[[], dict[str, Any]]) -> StageOutcome:
    """Time ``fn`` (which returns its figures) and turn a missing piece or a failure into a status."""
    started = time.perf_counter()
    try:
        figures = fn()
    except StageUnavailable as exc:
        return StageOutcome("not_available", reason=str(exc))
    except Exception as exc:  # a broken stage must not hide the figures of the others
        return StageOutcome("error", reason=f"{type(exc).__name__}: {exc} ({_project_frame(exc)})")
    seconds = figures.pop("seconds", None)
    return StageOutcome("ok", seconds if seconds is not None else time.perf_counter() - started, figures)


def _project_frame(exc: BaseException) -> str:
    """Innermost traceback frame inside this project (not in site-packages): where to look first."""
    project = str(Path(__file__).resolve().parent.parent)
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [f for f in frames if f.filename.startswith(project) and "site-packages" not in f.filename]
    where = (inside or frames)[-1]
    return f"{os.path.relpath(where.filename, project) if inside else Path(where.filename).name}:{where.lineno}"


def require(module: str, *names: str):
    """Import ``module`` and check it has ``names``; StageUnavailable with the reason otherwise."""
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        raise StageUnavailable(f"{module} not importable ({exc})") from None
    missing = [n for n in names if not hasattr(mod, n)]
    if missing:
        raise StageUnavailable(f"{module} has no {', '.join(missing)}")
    return mod


def progress_enabled() -> bool:
    return sys.stderr.isatty()


def peak_rss_mib() -> dict[str, float]:
    """Peak resident set size of this process and of its waited-for children (Linux reports KiB).

    A child forked from this process counts the pages it shared at fork time, so ``children`` can echo
    ``self``; the sampled process-tree peak (``TreeMemorySampler``) is what the targets use."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self": round(own, 1), "children": round(children, 1)}


class TreeMemorySampler:
    """Samples the resident memory of this process plus all its descendants (e.g. the engine's worker
    processes) in a background thread: ru_maxrss cannot add up processes that run at the same time."""

    def __init__(self, interval_s: float = 0.1):
        import threading

        import psutil

        self._process = psutil.Process()
        self._interval = interval_s
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.peak_bytes = 0            # since start
        self.window_peak_bytes = 0     # since the last take_window_peak()
        self._thread = threading.Thread(target=self._run, name="tree-memory-sampler", daemon=True)

    def _sample(self) -> int:
        import psutil

        total = self._process.memory_info().rss
        for child in self._process.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:  # the child ended between listing and reading
                pass
        return total

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self._record(self._sample())

    def _record(self, value: int) -> None:
        with self._lock:
            self.peak_bytes = max(self.peak_bytes, value)
            self.window_peak_bytes = max(self.window_peak_bytes, value)

    def __enter__(self) -> "TreeMemorySampler":
        self._record(self._sample())
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        self._thread.join()
        self._record(self._sample())

    def take_window_peak_mib(self) -> float:
        """Peak since the previous call (one stage), then start a new window."""
        self._record(self._sample())
        with self._lock:
            peak, self.window_peak_bytes = self.window_peak_bytes, 0
        return round(peak / 2**20, 1)

    @property
    def peak_mib(self) -> float:
        return round(self.peak_bytes / 2**20, 1)


def tree_peak(sampler: TreeMemorySampler) -> dict[str, float]:
    """ru_maxrss figures plus the process-tree peak; sampling can miss a short spike that ru_maxrss saw."""
    figures = peak_rss_mib()
    return {**figures, "tree": max(sampler.peak_mib, figures["self"])}


# ---------------------------------------------------------------- machine


def fsync_latency_ms(directory: str | None = None, rounds: int = 30) -> float:
    """Median time of a small write + fsync in ``directory``: SQLite (Dagster's event log) and the warehouse
    publish pay it on every commit, so it explains run overheads that differ between machines."""
    samples = []
    with tempfile.NamedTemporaryFile(dir=directory) as handle:
        for _ in range(rounds):
            started = time.perf_counter()
            handle.write(b"x" * 512)
            handle.flush()
            os.fsync(handle.fileno())
            samples.append(time.perf_counter() - started)
    return round(sorted(samples)[len(samples) // 2] * 1000, 3)


def machine_description(work_dir: str | None = None) -> dict[str, Any]:
    import psutil

    cpu_model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for package in ("spacy", "duckdb", "dagster", "pyarrow", "pandas"):
        try:
            versions[package] = importlib.import_module(package).__version__
        except ImportError:
            versions[package] = None
    return {
        "cpu_model": cpu_model,
        "logical_cores": os.cpu_count(),
        "physical_cores": psutil.cpu_count(logical=False),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "ram_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "fsync_ms_work_dir": fsync_latency_ms(work_dir),
        **{f"{k}_version": v for k, v in versions.items()},
    }


# ---------------------------------------------------------------- stages on one corpus


@dataclass
class SizeContext:
    """What the stages of one corpus size share: the corpus, and what earlier stages produced."""
    spec: CorpusSpec
    work_dir: Path
    articles_dir: Path
    progress: bool
    records: list = field(default_factory=list)        # every IngestedArticle / RejectedFile
    articles: list = field(default_factory=list)       # IngestedArticle of supported languages
    results: list = field(default_factory=list)        # (article, ExtractionResult)
    engine_seconds: dict | None = None                 # extract seconds: "pipeline" (its processes), "1_process"
    published_by_file: dict = field(default_factory=dict)
    warehouse: Any = None                              # geoevents.warehouse.Warehouse after duckdb_load
    pipeline: Any = None                               # DagsterPipeline after dagster_job
    remove_added_article: bool = False                 # dagster_incremental removes its file (a kept corpus)


def stage_corpus(ctx: SizeContext) -> dict[str, Any]:
    summary = write_corpus(ctx.articles_dir, ctx.spec, progress=ctx.progress)
    ctx.published_by_file = summary.published_by_file
    return {
        "seconds": summary.seconds,
        "files_per_s": summary.n_files / summary.seconds,
        "n_files": summary.n_files,
        "mib": round(summary.n_bytes / 2**20, 1),
        "mean_words": round(summary.mean_words, 1),
        "n_distinct_dates": summary.n_distinct_dates,
        "languages": summary.languages,
        "n_with_date_header": summary.n_with_date_header,
    }


def stage_ingest(ctx: SizeContext) -> dict[str, Any]:
    ingest = require("geoevents.ingest", "scan_articles")
    settings_mod = require("geoevents.ingest.settings", "IngestSettings")
    from tqdm import tqdm

    started = time.perf_counter()
    records = list(tqdm(ingest.scan_articles(str(ctx.articles_dir), settings_mod.IngestSettings(),
                                             today=ctx.spec.ingestion_date),
                        total=ctx.spec.n, desc="ingest", unit="file", disable=not ctx.progress, leave=False))
    seconds = time.perf_counter() - started
    ctx.records = records
    articles = [r for r in records if hasattr(r, "body")]
    ctx.articles = [a for a in articles if a.supported_language]
    # the corpus knows each file's true publication date: score the ingest's date against it
    expected = ctx.published_by_file
    correct = sum(1 for a in articles if expected.get(Path(a.source_path).name) == a.published_date)
    bases = [a.published_date_basis for a in articles]
    return {
        "seconds": seconds,
        "files_per_s": len(records) / seconds,
        "n_articles": len(articles),
        "n_rejected": len(records) - len(articles),
        "n_date_from_metadata": bases.count("metadata"),
        "n_date_from_text": sum(1 for b in bases if b.startswith("text")),
        "date_correct_share": round(correct / len(articles), 4) if articles else 0.0,
    }


def engine_processes() -> int:
    """Worker processes the pipeline codes a large run with: GEOEVENTS_ENGINE_PROCESSES, else 2 capped by the CPU
    count (the automatic choice of the extract asset, ``assets/extract.py`` ``engine_processes``, for more than
    200 pending articles; that module imports Dagster, which this phase does not load)."""
    configured = os.environ.get("GEOEVENTS_ENGINE_PROCESSES")
    if configured:
        return max(1, int(configured))
    return max(1, min(2, os.cpu_count() or 1))


def stage_extract(ctx: SizeContext) -> dict[str, Any]:
    """``EventCoder.extract_many`` over the ingested bodies, in one process and then as the pipeline runs it
    (a pool of ``engine_processes()`` workers). Loading pipelines and starting workers is a fixed cost, timed
    apart (``worker_start_seconds``): the figures are throughput."""
    engine = require("geoevents.engine", "EventCoder", "CoderConfig")
    if not ctx.articles:
        raise StageUnavailable("no ingested articles to extract from (ingest stage did not run)")
    from tqdm import tqdm

    languages = sorted({a.language for a in ctx.articles})

    def timed_run(coder, label: str) -> tuple[float, list]:
        items = ((a, a.body, a.language, a.published_date) for a in ctx.articles)
        started = time.perf_counter()
        results = list(tqdm(coder.extract_many(items), total=len(ctx.articles), desc=label, unit="article",
                            disable=not ctx.progress, leave=False))
        return time.perf_counter() - started, results

    single = engine.EventCoder(engine.CoderConfig(n_process=1))
    for lang in languages:   # warm-up outside the timing: pipelines and lexicons
        sample = next(a for a in ctx.articles if a.language == lang)
        single.extract(sample.body[:500], lang, sample.published_date)
    single_seconds, results = timed_run(single, "extract, 1 process")
    n_tokens = sum(r.n_tokens for _, r in results)
    single_events = sum(len(r.events) for _, r in results)
    del single   # its pipelines: the pool's workers load their own

    n_processes = engine_processes()
    worker_start_seconds = 0.0
    seconds = single_seconds
    if n_processes > 1:
        del results   # the library phase holds one run's results at a time
        with engine.EventCoder(engine.CoderConfig(n_process=n_processes)) as pooled:
            started = time.perf_counter()
            pooled.start_workers(languages)
            worker_start_seconds = time.perf_counter() - started
            seconds, results = timed_run(pooled, f"extract, {n_processes} processes")
    ctx.results = results
    ctx.engine_seconds = {"pipeline": seconds, "1_process": single_seconds}
    n_events = sum(len(r.events) for _, r in results)
    if n_events != single_events:
        raise RuntimeError(f"the worker pool coded {n_events} events, one process {single_events}")
    return {
        "seconds": seconds,
        "n_processes": n_processes,
        "articles_per_s": len(results) / seconds,
        "tokens_per_s": n_tokens / seconds,
        "articles_per_s_1_process": len(results) / single_seconds,
        "tokens_per_s_1_process": n_tokens / single_seconds,
        "seconds_1_process": single_seconds,
        "worker_start_seconds": worker_start_seconds,
        "n_tokens": n_tokens,
        "n_events": n_events,
        "events_per_article": round(n_events / len(results), 2),
        "n_sanction_mentions": sum(len(r.sanctions) for _, r in results),
        "n_actor_mentions": sum(len(r.actor_mentions) for _, r in results),
    }


def stage_tokenizer_ceiling(ctx: SizeContext) -> dict[str, Any]:
    """The bare spaCy tokenizer (``make_doc`` of ``spacy.blank(lang)``) on the same bodies, in one process: the
    ceiling. The issue's ratio is the engine as the pipeline runs it (both cores) against it."""
    if not ctx.articles:
        raise StageUnavailable("no ingested articles to tokenize (ingest stage did not run)")
    import spacy

    tokenizers = {lang: spacy.blank(lang) for lang in sorted({a.language for a in ctx.articles})}
    started = time.perf_counter()
    n_tokens = 0
    for article in ctx.articles:
        n_tokens += len(tokenizers[article.language].make_doc(article.body))
    seconds = time.perf_counter() - started
    figures: dict[str, Any] = {
        "seconds": seconds,
        "articles_per_s": len(ctx.articles) / seconds,
        "tokens_per_s": n_tokens / seconds,
        "n_tokens": n_tokens,
        "engine_share_of_ceiling": None,
        "engine_share_of_ceiling_1_process": None,
    }
    if ctx.engine_seconds:
        # same articles, same texts: the ratio of throughputs is the ratio of times
        figures["engine_share_of_ceiling"] = round(seconds / ctx.engine_seconds["pipeline"], 4)
        figures["engine_share_of_ceiling_1_process"] = round(seconds / ctx.engine_seconds["1_process"], 4)
    return figures


def stage_duckdb_load(ctx: SizeContext) -> dict[str, Any]:
    """Ingested articles and extraction rows into a fresh warehouse, as the pipeline writes them."""
    wh = require("geoevents.warehouse", "Warehouse", "ingest_rows", "write_ingest_batch", "ExtractionRows",
                 "extraction_rows", "replace_extraction")
    engine = require("geoevents.engine", "EXTRACTOR_VERSION")
    if not ctx.results:
        raise StageUnavailable("no extraction results to load (extract stage did not run)")
    from datetime import datetime, timezone

    warehouse = wh.Warehouse(ctx.work_dir / "load_data")
    warehouse.ensure_schema()  # creating the empty database is setup, not load throughput
    started = time.perf_counter()
    batch = wh.ingest_rows(ctx.records, seen_at=datetime.now(timezone.utc).replace(tzinfo=None))
    rows = wh.ExtractionRows()
    for article, result in ctx.results:
        rows.extend(wh.extraction_rows(article.article_id, result, engine.EXTRACTOR_VERSION))
    with warehouse.writer(publish=True) as con:
        wh.write_ingest_batch(con, batch)
        wh.replace_extraction(con, [a.article_id for a, _ in ctx.results], rows)
    seconds = time.perf_counter() - started
    n_rows = (len(batch.articles) + len(batch.article_sources) + len(batch.rejected_articles) + len(rows.events)
              + len(rows.statements) + len(rows.sanctions_mentions) + len(rows.actor_mentions)
              + len(rows.extraction_log))
    ctx.warehouse = warehouse
    return {
        "seconds": seconds,
        "articles_per_s": len(ctx.results) / seconds,
        "rows_per_s": n_rows / seconds,
        "n_rows": n_rows,
        "n_event_rows": len(rows.events),
        "db_mib": round(warehouse.work_path.stat().st_size / 2**20, 1),
    }


def stage_aggregate_parquet(ctx: SizeContext) -> dict[str, Any]:
    """Daily dyad aggregates of every day with events, one Parquet partition per day (+ the monthly table)."""
    wh = require("geoevents.warehouse", "daily_interactions", "day_precision_date_range", "monthly_interactions")
    publish = require("geoevents.publish", "ParquetStore", "DAILY_INTERACTIONS_SCHEMA", "MONTHLY_INTERACTIONS_SCHEMA")
    warehouse = ctx.warehouse
    if warehouse is None:
        raise StageUnavailable("no loaded warehouse (duckdb_load stage did not run)")
    import pyarrow.compute as pc

    store = publish.ParquetStore(ctx.work_dir / "load_data" / "parquet")
    started = time.perf_counter()
    n_rows = n_files = n_days = 0
    with warehouse.reader() as con:
        day_range = wh.day_precision_date_range(con)
    if day_range is None:
        raise RuntimeError("the warehouse holds no day-precision events to aggregate")
    first, last = day_range
    with warehouse.reader() as con:
        # one query over the whole range, split by day: what a backfill of all daily partitions computes
        table = wh.daily_interactions(con, first, last + timedelta(days=1))
    with warehouse.reader() as con:
        monthly = wh.monthly_interactions(con)
    days = table.column("date").unique().to_pylist()
    for day in days:
        part = table.filter(pc.equal(table.column("date"), day))
        store.write_partition("daily_interactions", f"date={day.isoformat()}", part,
                              publish.DAILY_INTERACTIONS_SCHEMA)
        n_rows += part.num_rows
        n_files += 1
        n_days += 1
    months = monthly.column("month").unique().to_pylist()
    for month in months:
        part = monthly.filter(pc.equal(monthly.column("month"), month))
        store.write_partition("monthly_interactions", f"month={month.strftime('%Y-%m')}", part,
                              publish.MONTHLY_INTERACTIONS_SCHEMA)
        n_files += 1
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "n_days": n_days, "n_rows": n_rows, "n_files": n_files,
            "n_monthly_rows": monthly.num_rows}


# ---------------------------------------------------------------- daily aggregation at scale


def synthetic_events_table(n_events: int, seed: int, first_day: date, n_days: int):
    """``n_events`` events with the columns the aggregation reads, as an Arrow table (no engine involved).

    Codes come from the CAMEO table (type, quad class and Goldstein stay consistent); actors are drawn with
    China, Russia and the US frequent; most events are asserted, day-precision and not negated, as coded news is.
    """
    reference = require("geoevents.reference", "load_cameo_codes")
    import numpy as np
    import pyarrow as pa

    codes = [c for c in reference.load_cameo_codes().values() if len(c.code) >= 3]
    rng = np.random.default_rng(seed)
    actors = np.array(["CHN", "RUS", "USA", "DEU", "FRA", "GBR", "UKR", "JPN", "IND", "IRN", "TUR", "PRK",
                       "KOR", "BRA", "ZAF", "POL", "ISR", "SAU", "EUU", "NAT", "WST", "UNO"])
    weights = np.array([14.0, 14.0, 14.0] + [2.0] * (len(actors) - 3))
    weights /= weights.sum()
    source = rng.choice(len(actors), size=n_events, p=weights)
    # target differs from source: shift by a non-zero offset modulo the number of actors
    target = (source + rng.integers(1, len(actors), size=n_events)) % len(actors)
    code_index = rng.integers(0, len(codes), size=n_events)
    day_offset = rng.integers(0, n_days, size=n_events)
    precisions = ["day", "month", "year", "unknown"]
    modalities = ["asserted", "future", "hypothetical", "reported"]
    epoch_day = (first_day - date(1970, 1, 1)).days

    def dictionary(indices, values) -> pa.DictionaryArray:
        # dictionary-encoded strings: ten million rows without ten million Python string objects
        return pa.DictionaryArray.from_arrays(pa.array(indices, pa.int32()), pa.array(values, pa.string()))

    return pa.table({
        # ~20 events per article, as in coded news; turned into hex ids inside DuckDB
        "article_number": pa.array(rng.integers(0, max(1, n_events // 20), size=n_events)),
        "event_date": pa.array((epoch_day + day_offset).astype("int32"), pa.date32()),
        "date_precision": dictionary(rng.choice(4, size=n_events, p=[0.85, 0.1, 0.03, 0.02]), precisions),
        "source_actor": dictionary(source, list(actors)),
        "target_actor": dictionary(target, list(actors)),
        "event_type": dictionary(code_index, [c.plover_type for c in codes]),
        "cameo_code": dictionary(code_index, [c.code for c in codes]),
        "quad_class": pa.array(np.array([c.quad_class or 0 for c in codes], dtype="int32")[code_index]),
        "goldstein": pa.array(np.array([c.goldstein if c.goldstein is not None else 0.0 for c in codes])[code_index]),
        "negated": pa.array(rng.random(n_events) < 0.03),
        "modality": dictionary(rng.choice(4, size=n_events, p=[0.8, 0.1, 0.04, 0.06]), modalities),
    })


def aggregation_at_scale(n_events: int, seed: int) -> dict[str, Any]:
    """Time the daily asset's aggregation SQL (sql/aggregates.sql, block daily_interactions) on n_events."""
    wh = require("geoevents.warehouse", "sql_block", "run_block")
    import duckdb

    first_day, n_days = date(2022, 1, 1), 3 * 365
    setup_started = time.perf_counter()
    events = synthetic_events_table(n_events, seed, first_day, n_days)
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    con.execute("SET enable_progress_bar_print = false")
    # the events table with the columns the aggregation reads, typed as in sql/schema.sql
    con.register("generated_events", events)
    con.execute("""CREATE TABLE events AS SELECT printf('%016x', article_number) AS article_id, event_date,
        CAST(date_precision AS VARCHAR) AS date_precision,
        CAST(source_actor AS VARCHAR) AS source_actor, CAST(target_actor AS VARCHAR) AS target_actor,
        CAST(event_type AS VARCHAR) AS event_type, CAST(cameo_code AS VARCHAR) AS cameo_code,
        quad_class, goldstein, negated, CAST(modality AS VARCHAR) AS modality FROM generated_events""")
    con.unregister("generated_events")
    del events
    wh.run_block(con, "views.sql", "eligible_events")  # the view the aggregation reads, as in the warehouse
    setup_seconds = time.perf_counter() - setup_started
    query = wh.sql_block("aggregates.sql", "daily_interactions")
    # all days at once (a backfill), then one day (what a daily partition run computes)
    started = time.perf_counter()
    result = con.sql(query, params={"start": first_day, "end": first_day + timedelta(days=n_days)}).to_arrow_table()
    seconds = time.perf_counter() - started
    one_day = first_day + timedelta(days=n_days // 2)
    started = time.perf_counter()
    day_result = con.sql(query, params={"start": one_day, "end": one_day + timedelta(days=1)}).to_arrow_table()
    one_day_seconds = time.perf_counter() - started
    con.close()
    return {"seconds": seconds, "n_events": n_events, "n_days": n_days, "n_result_rows": result.num_rows,
            "events_per_s": n_events / seconds, "one_day_seconds": one_day_seconds,
            "one_day_result_rows": day_result.num_rows, "setup_seconds": round(setup_seconds, 2),
            "peak_rss_mib": peak_rss_mib()["self"]}


# ---------------------------------------------------------------- the whole job through Dagster


# The console logger would print every Dagster event of every run; the events still go to the instance.
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


class DagsterPipeline:
    """The project's Dagster jobs executed in-process against a temporary DAGSTER_HOME and data dir.

    The code location reads its folders from the environment when ``pipelines.definitions`` is imported, so
    the environment is set first; each corpus size runs in its own process, so this never leaks.
    """

    def __init__(self, ctx: SizeContext):
        self.ctx = ctx
        self.data_dir = ctx.work_dir / "dagster_data"
        home = ctx.work_dir / "dagster_home"
        home.mkdir(parents=True, exist_ok=True)
        project_root = require("geoevents", "PROJECT_ROOT").PROJECT_ROOT
        instance_settings = project_root / "dagster.yaml"
        if instance_settings.is_file():
            (home / "dagster.yaml").write_text(instance_settings.read_text(encoding="utf-8"), encoding="utf-8")
        os.environ.update({
            "DAGSTER_HOME": str(home),
            "GEOEVENTS_ARTICLES_DIR": str(ctx.articles_dir),
            "GEOEVENTS_DATA_DIR": str(self.data_dir),
            "GEOEVENTS_EXECUTOR": "in_process",
        })
        os.environ.pop("GEOEVENTS_PARQUET_URI", None)
        definitions = require("pipelines.definitions", "defs")
        self.partitions = require("pipelines.partitions", "PARTITION_RANGE_START_TAG", "PARTITION_RANGE_END_TAG",
                                  "daily_partitions")
        self.wh = require("geoevents.warehouse", "Warehouse", "day_precision_date_range")
        import dagster as dg

        self.instance = dg.DagsterInstance.get()
        self.ingest_job = definitions.defs.resolve_job_def("ingest_and_extract_job")
        self.aggregate_job = definitions.defs.resolve_job_def("aggregate_job")
        self.chart_job = definitions.defs.resolve_job_def("chart_job")

    def ingest_and_extract(self, paths: list[str] | None = None):
        config: dict[str, Any] = {"today": self.ctx.spec.ingestion_date.isoformat()}
        if paths is not None:
            config["paths"] = paths  # what the new-files sensor requests
        return self.ingest_job.execute_in_process(
            run_config={"ops": {"articles": {"config": config}}, **QUIET_RUN_CONFIG}, instance=self.instance)

    def aggregate(self, first_day: date, last_day: date, assets: list[str] | None = None):
        """One run over the day range (a single-run backfill, as `make run` and the late-events sensor do),
        clipped to the daily partitions that exist; ``assets`` limits the run to those assets (the late-events
        sensor requests daily_interactions only), else the whole aggregate_job."""
        first = max(first_day.isoformat(), self.partitions.daily_partitions.get_first_partition_key())
        last = min(last_day.isoformat(), self.partitions.daily_partitions.get_last_partition_key())
        if first > last:
            raise RuntimeError(f"no daily partition inside {first_day}..{last_day}")
        import dagster as dg

        return self.aggregate_job.execute_in_process(
            instance=self.instance, run_config=QUIET_RUN_CONFIG,
            asset_selection=[dg.AssetKey(name) for name in assets] if assets else None,
            tags={self.partitions.PARTITION_RANGE_START_TAG: first, self.partitions.PARTITION_RANGE_END_TAG: last})

    def chart(self):
        """The China-Russia-US chart (`make run` draws it after the aggregates; the hourly schedule otherwise)."""
        return self.chart_job.execute_in_process(instance=self.instance, run_config=QUIET_RUN_CONFIG)

    def day_range(self) -> tuple[date, date] | None:
        with self.wh.Warehouse(self.data_dir).reader() as con:
            return self.wh.day_precision_date_range(con)

    def warehouse_counts(self) -> tuple[int, int]:
        with self.wh.Warehouse(self.data_dir).reader() as con:
            return con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)").fetchall()[0]

    def days_left_to_aggregate(self) -> list[date]:
        """The days of the latest events materialization that late_events_sensor would request (not aggregated
        by the run that changed them)."""
        import dagster as dg

        sensors = require("pipelines.sensors", "days_left_to_aggregate")
        records = self.instance.fetch_materializations(dg.AssetKey("events"), limit=1).records
        if not records:
            return []
        return [date.fromisoformat(day) for day in sensors.days_left_to_aggregate(self.instance, records[0])]

    @staticmethod
    def daily_partitions_of(result) -> list[str]:
        """The daily_interactions partitions a run materialized (the ingest run's monthly step reports those it
        aggregated)."""
        return sorted(e.partition for e in result.get_asset_materialization_events()
                      if e.asset_key.path == ["daily_interactions"] and e.partition)

    @staticmethod
    def affected_dates(result) -> list[date]:
        """Days whose aggregates the extraction changed (the events materialization says which)."""
        for event in result.get_asset_materialization_events():
            materialization = event.event_specific_data.materialization
            if materialization.asset_key.path == ["events"]:
                value = materialization.metadata.get("affected_dates")
                return sorted(date.fromisoformat(d) for d in (value.value if value is not None else []))
        return []


def stage_dagster_job(ctx: SizeContext) -> dict[str, Any]:
    """Empty warehouse -> ingest, extract, daily + monthly aggregates, all through the Dagster jobs."""
    pipeline = DagsterPipeline(ctx)
    ctx.pipeline = pipeline
    started = time.perf_counter()
    pipeline.ingest_and_extract()
    extracted = time.perf_counter()
    day_range = pipeline.day_range()
    if day_range is None:
        raise RuntimeError("the Dagster run coded no day-precision events to aggregate")
    pipeline.aggregate(*day_range)
    aggregated = time.perf_counter()
    pipeline.chart()
    seconds = time.perf_counter() - started
    n_articles, n_events = pipeline.warehouse_counts()
    return {
        "seconds": seconds,
        "articles_per_s": n_articles / seconds,
        "n_articles": n_articles,
        "n_events": n_events,
        "seconds_ingest_and_extract_job": extracted - started,
        "seconds_aggregate_job": aggregated - extracted,
        "seconds_chart_job": seconds - (aggregated - started),
        "n_days_aggregated": (day_range[1] - day_range[0]).days + 1,
    }


def step_seconds(instance, run_id: str) -> dict[str, float]:
    """Seconds of each step of a finished run (its STEP_START to STEP_SUCCESS/FAILURE in the event log) and
    ``outside_steps``: the rest of the run's event-log span (run start and end, resource teardown with the
    analyst publish, event writes between steps)."""
    records = instance.all_logs(run_id)
    starts: dict[str, float] = {}
    steps: dict[str, float] = {}
    for record in records:
        kind = record.dagster_event.event_type_value if record.dagster_event else None
        if kind == "STEP_START":
            starts[record.step_key] = record.timestamp
        elif kind in ("STEP_SUCCESS", "STEP_FAILURE") and record.step_key in starts:
            steps[record.step_key] = round(record.timestamp - starts[record.step_key], 3)
    if records:
        span = records[-1].timestamp - records[0].timestamp
        steps["outside_steps"] = round(span - sum(steps.values()), 3)
    return steps


def stage_dagster_incremental(ctx: SizeContext) -> dict[str, Any]:
    """With the warehouse holding N articles: one new file (the sensor's run + the re-aggregation of the days
    it touched), a run with nothing to read (Dagster's fixed cost), and a scheduled full rescan with nothing new."""
    pipeline = ctx.pipeline
    if pipeline is None:
        raise StageUnavailable("the warehouse was not built (dagster_job stage did not run)")
    n_before, _ = pipeline.warehouse_counts()
    extra = render_article(ctx.spec, ctx.spec.n)  # article N: not in the corpus of size N
    write_article(ctx.articles_dir, extra)
    try:
        cpu = time.process_time()
        started = time.perf_counter()
        result = pipeline.ingest_and_extract(paths=[extra.file_name])
        affected = pipeline.affected_dates(result)
        runs = {"add_one_ingest_run": result.run_id}
        # What late_events_sensor requests: the changed days that the ingest run did not aggregate itself (its
        # monthly step aggregates up to 31; it also recomputed the changed months), as one range run.
        left = pipeline.days_left_to_aggregate()
        if left:
            runs["add_one_daily_run"] = pipeline.aggregate(left[0], left[-1], assets=["daily_interactions"]).run_id
        seconds_add_one = time.perf_counter() - started
        cpu_add_one = time.process_time() - cpu
        n_articles, _ = pipeline.warehouse_counts()
        if n_articles != n_before + 1:
            raise RuntimeError(f"expected {n_before + 1} articles after adding one, the warehouse holds {n_articles}")
        cpu = time.process_time()
        started = time.perf_counter()
        runs["empty_run"] = pipeline.ingest_and_extract(paths=[]).run_id
        seconds_empty = time.perf_counter() - started
        cpu_empty = time.process_time() - cpu
        started = time.perf_counter()
        runs["rescan_run"] = pipeline.ingest_and_extract().run_id
        seconds_rescan = time.perf_counter() - started
    finally:
        if ctx.remove_added_article:  # a kept corpus stays as it was built
            (ctx.articles_dir / extra.file_name).unlink(missing_ok=True)
    return {
        "seconds": seconds_add_one,
        "seconds_add_one": seconds_add_one,
        "seconds_empty": seconds_empty,
        "seconds_beyond_empty": seconds_add_one - seconds_empty,  # negative = within run-to-run noise
        "seconds_rescan_nothing_new": seconds_rescan,
        # CPU of this process and its threads (DuckDB's included): steadier than seconds on a shared machine
        "cpu_seconds_add_one": round(cpu_add_one, 3),
        "cpu_seconds_empty": round(cpu_empty, 3),
        "n_days_changed": len(affected),
        "n_days_aggregated_in_ingest_run": len(pipeline.daily_partitions_of(result)),
        "n_days_reaggregated": (left[-1] - left[0]).days + 1 if left else 0,  # by a second run
        "step_seconds": {name: step_seconds(pipeline.instance, run_id) for name, run_id in runs.items()},
    }


# ---------------------------------------------------------------- a kept warehouse (--keep-warehouse)


KEPT_MARKER = "kept.json"


def kept_warehouse_description(spec: CorpusSpec) -> dict[str, Any]:
    """What a kept warehouse must match to be reused: the corpus and the extractor version that coded it."""
    engine = require("geoevents.engine", "EXTRACTOR_VERSION")
    return {"n": spec.n, "seed": spec.seed, "lang_mix": spec.lang_mix, "first_date": spec.first_date.isoformat(),
            "last_date": spec.last_date.isoformat(), "extractor_version": engine.EXTRACTOR_VERSION}


def kept_warehouse_problem(keep_dir: Path, spec: CorpusSpec) -> str | None:
    """None when ``keep_dir`` holds a finished build of this corpus by this extractor, else why it cannot serve."""
    marker = keep_dir / KEPT_MARKER
    if not marker.is_file():
        return f"no finished build in {keep_dir}"
    import json

    kept = json.loads(marker.read_text(encoding="utf-8"))
    wanted = kept_warehouse_description(spec)
    differing = [key for key, value in wanted.items() if kept.get(key) != value]
    if differing:
        return (f"the warehouse kept in {keep_dir} differs in {', '.join(differing)} "
                f"({', '.join(f'{k}: {kept.get(k)!r} != {wanted[k]!r}' for k in differing)}); remove it to rebuild")
    return None


def mark_kept_warehouse(keep_dir: Path, spec: CorpusSpec, job: dict[str, Any],
                        built_by: str | None = None) -> None:
    """Write the marker. ``built_by``: the EXTRACTOR_VERSION the build's own process coded with (the code may have
    changed on disk during a build of half an hour; this process imports the engine only now)."""
    import json

    description = {**kept_warehouse_description(spec), "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                   "dagster_job": {k: job.get(k) for k in ("status", "seconds", "reason")}}
    if built_by:
        description["extractor_version"] = built_by
    (keep_dir / KEPT_MARKER).write_text(json.dumps(description, indent=2) + "\n", encoding="utf-8")


def copy_kept_warehouse(keep_dir: Path, work_dir: Path) -> None:
    """A copy of the kept warehouse's data and Dagster instance in ``work_dir`` (the incremental runs change
    them); the articles folder is the kept one (a symlink: the added article is removed afterwards)."""
    import shutil
    import subprocess

    for name in ("dagster_data", "dagster_home"):
        if shutil.which("cp"):  # keeps the analyst copy's hard link to the previous one, as the runs left them
            subprocess.run(["cp", "-a", str(keep_dir / name), str(work_dir / name)], check=True)
        else:
            shutil.copytree(keep_dir / name, work_dir / name, symlinks=True)
    (work_dir / "articles").symlink_to(keep_dir / "articles", target_is_directory=True)


def stage_dagster_incremental_on_kept(ctx: SizeContext) -> dict[str, Any]:
    """``dagster_incremental`` on a copy of a kept warehouse, after an empty run and a one-day daily run that are
    not measured: the process then has imported and opened what the whole job's process had when
    ``dagster_incremental`` follows it (the engine and the language model are loaded by the first add in both),
    and the copy's data dir is as the whole job leaves it. The copy moved the Parquet files: the empty run
    rebuilds the monthly table for the new location, the daily run points the daily_interactions view at it
    (else the first daily aggregation after the copy would rewrite the view, a warehouse write the whole job's
    incremental runs do not make, and copy the analyst file for it)."""
    ctx.pipeline = DagsterPipeline(ctx)
    ctx.pipeline.ingest_and_extract(paths=[])
    day_range = ctx.pipeline.day_range()
    if day_range is not None:
        ctx.pipeline.aggregate(day_range[1], day_range[1], assets=["daily_interactions"])
    return stage_dagster_incremental(ctx)


# ---------------------------------------------------------------- one corpus size, in its own process


# Two processes per corpus size: the library stages (which hold the whole corpus and its extraction results
# in memory to time each step alone), then the Dagster job on the same files, whose peak memory is the
# pipeline's own, as deployed.
PHASES: dict[str, tuple[tuple[str, Callable[[SizeContext], dict[str, Any]]], ...]] = {
    "library": (
        ("corpus", stage_corpus),
        ("ingest", stage_ingest),
        ("extract", stage_extract),
        ("tokenizer_ceiling", stage_tokenizer_ceiling),
        ("duckdb_load", stage_duckdb_load),
        ("aggregate_parquet", stage_aggregate_parquet),
    ),
    "dagster": (
        ("dagster_job", stage_dagster_job),
        ("dagster_incremental", stage_dagster_incremental),
    ),
    # --keep-warehouse: the build once, then each round of the incremental runs on its own copy
    "dagster_build": (
        ("dagster_job", stage_dagster_job),
    ),
    "dagster_incremental_on_kept": (
        ("dagster_incremental", stage_dagster_incremental_on_kept),
    ),
}


def run_phase(phase: str, spec: CorpusSpec, work_dir: str, progress: bool,
              articles_dir: str | None = None) -> dict[str, Any]:
    """The stages of one phase on the corpus in ``work_dir/articles``; called in a fresh process (see __main__).

    The library phase writes the corpus; the dagster phase works on the same folder with its own data dir.
    """
    import warnings

    # beta/preview notices about the code location's own API choices are not benchmark output
    warnings.filterwarnings("ignore", module="dagster")
    root = Path(work_dir)
    ctx = SizeContext(spec=spec, work_dir=root, articles_dir=Path(articles_dir) if articles_dir else root / "articles",
                      progress=progress, remove_added_article=phase == "dagster_incremental_on_kept")
    stages: dict[str, Any] = {}
    with TreeMemorySampler() as sampler:
        sampler.take_window_peak_mib()  # the phase's baseline (imports) is not any stage's
        for name, fn in PHASES[phase]:
            if progress:
                print(f"[N={spec.n}] {name} ...", file=sys.stderr, flush=True)
            stages[name] = run_stage(lambda fn=fn: fn(ctx)).to_json()
            # this process and its workers during the stage
            stages[name]["peak_tree_rss_mib"] = sampler.take_window_peak_mib()
    close_engine_worker_pools()
    # the version the job's definitions imported (the extraction step codes with the same code)
    engine = sys.modules.get("geoevents.engine")
    return {"stages": stages, "peak_rss_mib": tree_peak(sampler),
            "extractor_version": getattr(engine, "EXTRACTOR_VERSION", None)}


def close_engine_worker_pools() -> int:
    """Stop the engine's worker processes before this phase process ends.

    The extract asset drops its EventCoder when done; the coder's pool is shut down by a finalizer when the
    coder is garbage-collected, or else at interpreter exit, where, in a process that is itself a
    multiprocessing child (this phase process, or a step of Dagster's multiprocess executor), the shutdown
    was seen to deadlock (parent joining workers that wait on a futex). Collecting now runs that finalizer
    while everything is alive; coders still referenced are closed through their public ``close()``."""
    import gc

    gc.collect()
    try:
        from geoevents.engine import EventCoder
    except ImportError:
        return 0
    coders = [obj for obj in gc.get_objects() if isinstance(obj, EventCoder)]
    for coder in coders:
        coder.close()
    return len(coders)


def run_aggregation(n_events: int, seed: int) -> dict[str, Any]:
    """The 10M-event aggregation, in its own process (its memory is reported apart from the pipeline's)."""
    with TreeMemorySampler() as sampler:
        outcome = run_stage(lambda: aggregation_at_scale(n_events, seed)).to_json()
    outcome["peak_rss_mib"] = tree_peak(sampler)
    return outcome
