"""Event extraction: code every article not yet coded by the current engine version, in batches."""

import functools
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any

import dagster as dg
import pyarrow as pa
from pydantic import Field

from assets.common import OWNERS, WAREHOUSE_POOL, older_objects_out_of_full_collections, preview, table_schema
from geoevents import warehouse as wh
from geoevents.rows import extraction_columns
from geoevents.engine import (EXTRACTOR_VERSION, SUPPORTED_LANGUAGES, CoderConfig, EventCoder,
                              ExtractionResult)
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
        default=0, ge=0,
        description="Articles coded together, in one stream of chunks to the engine's workers. 0 (default) = "
                    "write_batch_size: at the end of a stream a worker waits until the other has coded its last "
                    "chunk, so fewer streams keep the workers busier; a stream's coded columns wait in memory until "
                    "it ends (~9 MB per 256 articles).")
    write_batch_size: int = Field(
        default=1024, ge=1,
        description="Articles whose coded rows are written in one transaction: whole coding batches, at least "
                    "one. A write pays a connection, a commit and a checkpoint whatever its size; the rows wait "
                    "as Arrow tables (a few MB per 1,000 articles).")
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


def code_articles(coder: EventCoder, article_rows: Sequence[tuple], extractor_version: str,
                  log: dg.DagsterLogManager | None = None,
                  convert: Callable[[list[tuple[str, ExtractionResult]]], Any] | None = None) -> tuple[list, list[dict]]:
    """Code a batch of (article_id, body, language, published_date, supported_language) tuples: the (article_id,
    result) pairs in order, and the extraction_log rows of the articles not coded. With ``convert``, the list holds
    ``convert`` of consecutive runs of those pairs instead (EventCoder.extract_converted: converted where coded).

    Unsupported languages are logged as skipped_language. If batched extraction fails, the batch is coded one
    article at a time so a single bad article is logged as error instead of failing the run.
    """
    log_rows = []
    items = []
    for article_id, body, language, published_date, supported in article_rows:
        if supported and language in SUPPORTED_LANGUAGES:
            items.append((article_id, body, language, published_date))
        else:
            log_rows.append(wh.log_row(article_id, extractor_version, "skipped_language",
                                       f"no lexicons for language {language!r}"))
    try:
        results = list(coder.extract_many(items) if convert is None else coder.extract_converted(items, convert))
    except Exception as batch_error:  # noqa: BLE001 - isolate the failing article below
        if log:
            log.warning(f"batch extraction failed ({batch_error!r}); coding the batch article by article")
        results = []
        for article_id, body, language, published_date in items:
            try:
                coded = (article_id, coder.extract(body, language, published_date))
                results.append(coded if convert is None else convert([coded]))
            except Exception as error:  # noqa: BLE001 - recorded in extraction_log, run continues
                log_rows.append(wh.log_row(article_id, extractor_version, "error",
                                           f"{type(error).__name__}: {error}"))
    return results, log_rows


def extract_batch(coder: EventCoder, article_rows: Sequence[tuple], extractor_version: str,
                  log: dg.DagsterLogManager | None = None) -> wh.ExtractionRows:
    """The rows of ``code_articles``' outcome as dicts (``code_batch`` builds the same rows as Arrow tables)."""
    results, log_rows = code_articles(coder, article_rows, extractor_version, log)
    rows = wh.ExtractionRows(extraction_log=log_rows)
    for article_id, result in results:
        rows.extend(wh.extraction_rows(article_id, result, extractor_version))
    return rows


@dataclass
class CodedBatch:
    """One coding batch's rows as Arrow tables (wh.extraction_tables), waiting to be written."""
    article_ids: list[str]
    tables: dict[str, pa.Table]
    duplicate_rows_dropped: int


@dataclass
class CodedParts:
    """One coding batch as the engine's workers returned it (columns per run of results, see code_articles) with
    the extraction_log rows of its articles not coded: what ``batch_tables`` turns into a CodedBatch."""
    article_ids: list[str]
    parts: list
    log_rows: list[dict]


def code_parts(coder: EventCoder, article_rows: Sequence[tuple], extractor_version: str,
               schemas: dict[str, pa.Schema], log: dg.DagsterLogManager | None = None) -> CodedParts:
    # The engine's workers turn their results into the tables' columns (plain lists travel back instead of the
    # result objects); batch_tables joins them into the tables of extract_batch's rows, without a dict per row.
    convert = functools.partial(extraction_columns, extractor_version=extractor_version,
                                names=wh.extraction_column_names(schemas))
    parts, log_rows = code_articles(coder, article_rows, extractor_version, log, convert)
    return CodedParts([row[0] for row in article_rows], parts, log_rows)


def batch_tables(coded: CodedParts, extractor_version: str, schemas: dict[str, pa.Schema]) -> CodedBatch:
    tables, dropped = wh.extraction_batch_tables(coded.parts, extractor_version, schemas, coded.log_rows)
    return CodedBatch(coded.article_ids, tables, dropped)


def code_batch(coder: EventCoder, article_rows: Sequence[tuple], extractor_version: str,
               schemas: dict[str, pa.Schema], log: dg.DagsterLogManager | None = None) -> CodedBatch:
    """One coding batch's rows as Arrow tables: ``batch_tables`` of ``code_parts``."""
    return batch_tables(code_parts(coder, article_rows, extractor_version, schemas, log), extractor_version, schemas)


def _tables_when_coded(coding: Future, extractor_version: str, schemas: dict[str, pa.Schema]) -> CodedBatch:
    return batch_tables(coding.result(), extractor_version, schemas)


@dg.multi_asset(
    name="extract_events",
    specs=[
        dg.AssetSpec(name, deps=["articles"], group_name="extract", kinds={"spacy", "duckdb"}, owners=OWNERS,
                     description=description)
        for name, description in EXTRACTION_TABLE_DESCRIPTIONS.items()
    ],
    pool=WAREHOUSE_POOL,
    description="Runs the spaCy event coder over articles without an extraction_log row for the current "
                "EXTRACTOR_VERSION, in batches: the old rows of a group of batches (write_batch_size articles) "
                "are replaced in one transaction.",
)
def extract_events(context: dg.AssetExecutionContext, config: ExtractConfig,
                   warehouse: Warehouse) -> Iterator[dg.MaterializeResult]:
    with older_objects_out_of_full_collections():
        results = list(_extract_events(context, config, warehouse))
    yield from results


def _extract_events(context: dg.AssetExecutionContext, config: ExtractConfig,
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

    def write(group: Sequence[Future]) -> None:
        """The coded rows of a group of batches in one transaction (their articles' old rows replaced)."""
        nonlocal duplicates
        coded = [future.result() for future in group]
        tables = {table: pa.concat_tables([batch.tables[table] for batch in coded])
                  for table in EXTRACTION_TABLE_DESCRIPTIONS}
        with warehouse.writer() as con:
            affected_days.update(wh.replace_extraction(con, [i for batch in coded for i in batch.article_ids],
                                                       tables, run_id=context.run.run_id))
        for table in EXTRACTION_TABLE_DESCRIPTIONS:
            written[table] += tables[table].num_rows
        duplicates += sum(batch.duplicate_rows_dropped for batch in coded)

    # A group of coding batches is read at once and written in one transaction. One group ahead: while a thread
    # waits on the workers coding group k+1, this thread writes group k. Only this thread touches DuckDB.
    # A third thread joins each coded batch's columns into Arrow tables: the coding thread goes straight on to the
    # next batch, so the workers do not wait while a batch is converted (they did after every batch).
    batch_size = config.batch_size or config.write_batch_size
    group_size = batch_size * max(1, config.write_batch_size // batch_size)
    previous: list[Future] = []
    if pending:
        with warehouse.reader() as con:
            schemas = wh.extraction_schemas(con)
    with ThreadPoolExecutor(1, thread_name_prefix="geoevents-coding") as coding_thread, \
            ThreadPoolExecutor(1, thread_name_prefix="geoevents-tables") as tables_thread:
        for group in _chunks(pending_rows, group_size):
            with warehouse.reader() as con:
                article_rows = wh.articles_for_extraction(con, [article_id for article_id, _ in group],
                                                          (group[0][1], group[-1][1]))
            coding = [tables_thread.submit(_tables_when_coded,
                                           coding_thread.submit(code_parts, coder, batch, EXTRACTOR_VERSION, schemas,
                                                                context.log),
                                           EXTRACTOR_VERSION, schemas)
                      for batch in _chunks(article_rows, batch_size)]
            if previous:
                write(previous)
            previous = coding
        if coder is not None:
            # Idle workers would hold their memory until the process ends (the next run starts new ones). The
            # coding thread stops them right after the last batch, while this thread writes the last group: the
            # pool's shutdown waits for the workers to exit (seconds after thousands of articles). Leaving the
            # block waits for it, so no worker outlives the step.
            coding_thread.submit(coder.close)
        if previous:
            write(previous)

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
