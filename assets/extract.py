"""Event extraction: code every article not yet coded by the current engine version, in batches."""

import functools
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date

import dagster as dg
from pydantic import Field

from assets.common import OWNERS, WAREHOUSE_POOL, preview, table_schema
from geoevents import warehouse as wh
from geoevents.engine import EXTRACTOR_VERSION, SUPPORTED_LANGUAGES, CoderConfig, EventCoder
from pipelines.resources import Warehouse

EXTRACTION_TABLE_DESCRIPTIONS = {
    "events": "Dyadic political events (CAMEO code, PLOVER type/mode/context, Goldstein, quad class, actors, "
              "negation, modality, date with precision, evidence span and the rule that fired).",
    "statements": "Statements and quotes (speaker, addressee, quote text, reporting source), each linked to its "
                  "STATEMENT event.",
    "sanctions_mentions": "Every mention of sanctions with imposer, target and stance (impose, threaten, evade, ...).",
    "actor_mentions": "Every recognized actor mention (code, sector, surface text, lexicon entry).",
    "extraction_log": "Which article was coded by which engine version, with status coded / truncated / "
                      "skipped_language / error.",
}


# Default sentence limit for `make run` and the UI launchpad without editing run config.
MAX_SENTENCE_CHARS_ENV = "GEOEVENTS_MAX_SENTENCE_CHARS"
# Processes coding a large run (default 2 = the cores of the reference machine); 1 codes in the asset's process.
ENGINE_PROCESSES_ENV = "GEOEVENTS_ENGINE_PROCESSES"
# Articles per engine worker process before the pool is replaced by a fresh one (0 = never; CoderConfig default).
ENGINE_WORKER_ARTICLES_ENV = "GEOEVENTS_ENGINE_WORKER_ARTICLES"
# Up to this many pending articles the asset's own process codes them: a worker takes seconds to start.
MIN_ARTICLES_FOR_WORKERS = 200


class ExtractConfig(dg.Config):
    reprocess_all: bool = Field(
        default=False, description="Re-code every article, not only those without a log row for this version.")
    batch_size: int = Field(
        default=256, description="Articles read, coded and written per transaction (bounds memory).")
    max_sentence_chars: int = Field(
        default=int(os.environ.get(MAX_SENTENCE_CHARS_ENV) or CoderConfig.max_sentence_chars),
        description="Longer sentences are cut to this many characters before rule matching (bounds time and "
                    "memory on pathological text); such articles get extraction_log status 'truncated'. "
                    "Default from GEOEVENTS_MAX_SENTENCE_CHARS, else 2000.")
    n_process: int = Field(
        default=0, ge=0,
        description="Processes coding the articles. 0 = automatic: with more than 200 pending articles "
                    "GEOEVENTS_ENGINE_PROCESSES (default 2, at most the CPU count) worker processes, else the "
                    "asset's own process (starting a worker costs seconds).")


@functools.lru_cache(maxsize=2)
def shared_event_coder(max_sentence_chars: int = CoderConfig.max_sentence_chars, n_process: int = 1) -> EventCoder:
    """One coder per process, limit and process count: building the spaCy pipelines and lexicon matchers (and
    starting worker processes) is the expensive part. A coder dropped from the cache stops its workers."""
    worker_articles = os.environ.get(ENGINE_WORKER_ARTICLES_ENV)
    return EventCoder(CoderConfig(max_sentence_chars=max_sentence_chars, n_process=n_process,
                                  worker_max_articles=(int(worker_articles) if worker_articles
                                                       else CoderConfig.worker_max_articles)))


def engine_processes(requested: int, n_pending: int) -> int:
    """Processes for coding ``n_pending`` articles: ``requested`` if set (> 0), else automatic (see ExtractConfig)."""
    if requested > 0:
        return requested
    if n_pending <= MIN_ARTICLES_FOR_WORKERS:
        return 1
    configured = os.environ.get(ENGINE_PROCESSES_ENV)
    if configured:
        return max(1, int(configured))
    return max(1, min(2, os.cpu_count() or 1))


def _chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def extract_batch(coder: EventCoder, article_rows: Sequence[tuple], extractor_version: str,
                  log: dg.DagsterLogManager | None = None) -> wh.ExtractionRows:
    """Rows for a batch of (article_id, body, language, published_date, supported_language) tuples.

    Unsupported languages are logged as skipped_language. If batched extraction fails, the batch is coded one
    article at a time so a single bad article is logged as error instead of failing the run.
    """
    rows = wh.ExtractionRows()
    items = []
    for article_id, body, language, published_date, supported in article_rows:
        if supported and language in SUPPORTED_LANGUAGES:
            items.append((article_id, body, language, published_date))
        else:
            rows.extraction_log.append(wh.log_row(article_id, extractor_version, "skipped_language",
                                                  f"no lexicons for language {language!r}"))
    try:
        results = list(coder.extract_many(items))
    except Exception as batch_error:  # noqa: BLE001 - isolate the failing article below
        if log:
            log.warning(f"batch extraction failed ({batch_error!r}); coding the batch article by article")
        results = []
        for article_id, body, language, published_date in items:
            try:
                results.append((article_id, coder.extract(body, language, published_date)))
            except Exception as error:  # noqa: BLE001 - recorded in extraction_log, run continues
                rows.extraction_log.append(wh.log_row(article_id, extractor_version, "error",
                                                      f"{type(error).__name__}: {error}"))
    for article_id, result in results:
        rows.extend(wh.extraction_rows(article_id, result, extractor_version))
    return rows


@dg.multi_asset(
    name="extract_events",
    specs=[
        dg.AssetSpec(name, deps=["articles"], group_name="extract", kinds={"spacy", "duckdb"}, owners=OWNERS,
                     description=description)
        for name, description in EXTRACTION_TABLE_DESCRIPTIONS.items()
    ],
    pool=WAREHOUSE_POOL,
    description="Runs the spaCy event coder over articles without an extraction_log row for the current "
                "EXTRACTOR_VERSION, in batches: each batch's old rows are replaced in one transaction.",
)
def extract_events(context: dg.AssetExecutionContext, config: ExtractConfig,
                   warehouse: Warehouse) -> Iterator[dg.MaterializeResult]:
    with warehouse.reader() as con:
        pending_rows = wh.pending_articles(con, EXTRACTOR_VERSION, config.reprocess_all)
    pending = [article_id for article_id, _ in pending_rows]
    context.log.info("%d articles to code with extractor %s", len(pending), EXTRACTOR_VERSION)
    n_process = engine_processes(config.n_process, len(pending))
    if pending:
        context.log.info("coding in %d process%s", n_process, "es" if n_process > 1 else "")
    coder = shared_event_coder(config.max_sentence_chars, n_process) if pending else None
    affected_days: set[date] = set()
    written: Counter[str] = Counter()
    duplicates = 0

    def write(batch_ids: Sequence[str], coding: Future) -> None:
        nonlocal duplicates
        batch_rows = coding.result()
        with warehouse.writer() as con:
            affected_days.update(wh.replace_extraction(con, batch_ids, batch_rows, run_id=context.run.run_id))
        for table in EXTRACTION_TABLE_DESCRIPTIONS:
            written[table] += len(getattr(batch_rows, table))
        duplicates += batch_rows.duplicate_rows_dropped

    # One batch ahead: while the workers code batch k+1 (a thread waits on them), this thread writes batch k.
    # Only this thread touches DuckDB; one extraction transaction per batch as before.
    previous: tuple[Sequence[str], Future] | None = None
    with ThreadPoolExecutor(1, thread_name_prefix="geoevents-coding") as coding_thread:
        for batch in _chunks(pending_rows, max(1, config.batch_size)):
            batch_ids = [article_id for article_id, _ in batch]
            with warehouse.reader() as con:
                article_rows = wh.articles_for_extraction(con, batch_ids, (batch[0][1], batch[-1][1]))
            coding = coding_thread.submit(extract_batch, coder, article_rows, EXTRACTOR_VERSION, context.log)
            if previous is not None:
                write(*previous)
            previous = batch_ids, coding
        if previous is not None:
            write(*previous)
    if coder is not None:
        coder.close()   # idle workers would hold their memory until the process ends; the next run starts new ones

    with warehouse.reader() as con:
        totals = wh.row_counts(con, "table_row_count_events")
        schemas = {table: table_schema(con, table) for table in EXTRACTION_TABLE_DESCRIPTIONS}
        by_type = wh.counts(con, "events_by_type")
        by_language = wh.counts(con, "events_by_language")
        by_status = wh.counts(con, "extraction_status_counts", {"extractor_version": EXTRACTOR_VERSION})
        previews = {table: preview(con, table) for table in EXTRACTION_TABLE_DESCRIPTIONS}
    for table in EXTRACTION_TABLE_DESCRIPTIONS:
        metadata: dict = {
            "dagster/row_count": totals[table],
            "n_rows_written": written[table],
            "dagster/column_schema": schemas[table],
            "extractor_version": EXTRACTOR_VERSION,
            "preview": previews[table],
        }
        if table == "events":
            metadata.update({
                "n_articles_processed": len(pending),
                "events_by_type": by_type,
                "events_by_language": by_language,
                # Days whose daily aggregate changed (old and new rows): the late-data sensor re-aggregates them.
                "affected_dates": sorted(day.isoformat() for day in affected_days),
                "n_duplicate_rows_dropped": duplicates,
            })
        if table == "extraction_log":
            metadata["status_counts"] = by_status
        yield dg.MaterializeResult(asset_key=table, metadata=metadata)
