"""Articles: scan the articles folder, clean and date every file, upsert into the warehouse."""

import itertools
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timezone

import dagster as dg
from pydantic import Field

from assets.common import OWNERS, WAREHOUSE_POOL, older_objects_out_of_full_collections, preview, table_schema
from geoevents import ingest
from geoevents import warehouse as wh
from geoevents.ingest.scan import reads_in_workers
from geoevents.ingest.scan import worker_context as scan_worker_context
from geoevents.pause_points import pause_point
from pipelines.resources import ArticlesSource, Warehouse


# Files whose rows are built and written together (one transaction): the scan streams through in chunks of this
# size, so memory does not grow with the number of files (the asset used to hold every record of the scan).
WRITE_CHUNK_FILES = 1000


def _chunks(records: Iterable[ingest.IngestedArticle | ingest.RejectedFile],
            size: int) -> Iterator[Sequence[ingest.IngestedArticle | ingest.RejectedFile]]:
    iterator = iter(records)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


class ArticlesConfig(dg.Config):
    paths: list[str] | None = Field(
        default=None,
        description="Only ingest these files (paths relative to the articles folder); all files when unset. "
                    "The new-files sensor sets it.",
    )
    n_process: int = Field(
        default=0, ge=0,
        description="Processes reading and cleaning the files of a full scan. 0 = automatic: up to 2 (the CPU "
                    "count), used from 2,000 files on (a worker takes seconds to start).",
    )
    reread_unchanged: bool = Field(
        default=False,
        description="Read every file of a full scan again. By default a file whose size and modification time "
                    "equal those it was last read with, under the same ingest settings, pattern files and ingest "
                    "code (file_scan_state), is not read again: its rows would come out the same.",
    )
    today: str | None = Field(
        default=None,
        description="ISO date used as 'today' when inferring publication years of NEW articles (default: the "
                    "run's UTC date). Articles already stored keep the date inferred when first ingested.",
    )


def is_unchanged(entry: ingest.FileEntry, recorded: dict[str, tuple[int, float]]) -> bool:
    """True when the listing says what ``recorded`` (wh.recorded_file_states) says for an ingested file: same size
    and modification time under the same ingest fingerprint, so reading it again would give the same rows.
    Entries the listing rejects and files without a modification time are always processed."""
    return (entry.reject_reason is None and entry.modified is not None
            and recorded.get(entry.source_path) == (entry.size, entry.modified))


def start_scan_worker_server(to_read: Sequence[ingest.FileEntry], settings: ingest.IngestSettings,
                             n_process: int) -> bool:
    """Start the scan workers' forkserver now when ``ingest_entries`` will read ``to_read`` in worker processes
    (``reads_in_workers``, the scan's own decision):
    the server imports the engine and the scan code (~1 CPU-s) in its own process while this one prepares the
    language model's cache (0.5-0.9 CPU-s in a fresh data dir) and starts the pool, instead of the pool's first
    submit waiting for it afterwards. True if it was started here (or already ran)."""
    if not reads_in_workers(to_read, settings, n_process):
        return False
    context = scan_worker_context()
    if context.get_start_method() != "forkserver":
        return False
    from multiprocessing import forkserver

    forkserver.ensure_running()
    return True


@dg.asset(
    group_name="ingest",
    kinds={"python", "duckdb"},
    owners=OWNERS,
    pool=WAREHOUSE_POOL,
    description="One row per distinct article (cleaned text, language, publication date) in `articles`; every "
                "file in `article_sources` (copies flagged is_duplicate) or `rejected_articles` with a reason. "
                "Idempotent: re-runs keep first-ingestion timestamps and dates.",
)
def articles(context: dg.AssetExecutionContext, config: ArticlesConfig, articles_source: ArticlesSource,
             warehouse: Warehouse) -> dg.MaterializeResult:
    with older_objects_out_of_full_collections():
        return _articles(context, config, articles_source, warehouse)


def _articles(context: dg.AssetExecutionContext, config: ArticlesConfig, articles_source: ArticlesSource,
              warehouse: Warehouse) -> dg.MaterializeResult:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    today = date.fromisoformat(config.today) if config.today else now.date()
    root = articles_source.root()
    settings = articles_source.settings()
    ingest.set_model_cache_dir(articles_source.model_cache())  # the language model, decompressed once per version
    fingerprint = ingest.ingest_fingerprint(settings)
    listed_at = time.time()
    if config.paths is None:
        entries = list(ingest.iter_article_files(root, settings))
    else:
        entries = ingest.article_file_entries(root, config.paths, settings)
    with warehouse.reader() as con:
        before = wh.row_counts(con, "ingest_counts")
        # Files the sensor names are read; a full scan skips the files unchanged since they were read.
        recorded = {} if config.paths is not None or config.reread_unchanged else \
            wh.recorded_file_states(con, fingerprint)
    to_read = [entry for entry in entries if not is_unchanged(entry, recorded)]
    del recorded
    if config.paths is None:
        n_process = config.n_process or max(1, min(2, os.cpu_count() or 1))
        start_scan_worker_server(to_read, settings, n_process)
        records = ingest.ingest_entries(to_read, settings, today, n_process=n_process)
    else:
        records = (ingest.ingest_file(entry, settings, today) for entry in to_read)
    listed = {entry.source_path: (entry.size, entry.modified) for entry in to_read if entry.reject_reason is None}
    n_files = n_articles_in_scan = n_rejected_in_scan = 0
    articles_seen: set[str] = set()   # ids only (~100 bytes each): an article copied into two chunks counts once
    # One transaction per chunk of files: DuckDB holds a transaction's uncommitted rows in memory, so one
    # transaction over a whole scan grew with the folder. Each file's rows are still written atomically and a
    # re-run after a failure completes the scan (upserts; first-ingestion timestamps and dates are kept).
    for index, chunk in enumerate(_chunks(records, WRITE_CHUNK_FILES)):
        if index == 0:
            pause_point("ingest_scan")
        batch = wh.ingest_rows(chunk, seen_at=now, articles_seen=articles_seen)
        batch.file_scan_state = wh.file_scan_state_rows(batch.article_sources, listed, fingerprint, listed_at)
        with warehouse.writer() as con:
            wh.write_ingest_batch(con, batch)
        n_files += len(chunk)
        n_articles_in_scan += len(batch.articles)
        n_rejected_in_scan += len(batch.rejected_articles)
    with warehouse.reader() as con:
        after = wh.row_counts(con, "ingest_counts")
        by_language = wh.counts(con, "articles_by_language")
        by_reason = wh.counts(con, "rejections_by_reason")
        schema = table_schema(con, "articles")
        article_preview = preview(con, "articles")
    n_new = after["n_articles"] - before["n_articles"]
    n_unchanged = len(entries) - len(to_read)
    context.log.info("listed %d files under %s, read %d (%d unchanged since they were read): %d articles in this "
                     "scan (%d new), %d rejected", len(entries), root, n_files, n_unchanged, n_articles_in_scan,
                     n_new, n_rejected_in_scan)
    return dg.MaterializeResult(metadata={
        "articles_root": root,
        "n_files_scanned": len(entries),
        "n_files_read": n_files,
        "n_files_unchanged": n_unchanged,
        "n_articles_in_scan": n_articles_in_scan,
        "n_articles_new": n_new,
        "n_rejected_in_scan": n_rejected_in_scan,
        "dagster/row_count": after["n_articles"],
        "n_article_sources": after["n_article_sources"],
        "n_duplicate_sources": after["n_duplicate_sources"],
        "n_rejected_total": after["n_rejected"],
        "articles_by_language": by_language,
        "rejections_by_reason": by_reason,
        "dagster/column_schema": schema,
        "preview": article_preview,
    })
