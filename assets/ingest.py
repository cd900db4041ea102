"""Articles: scan the articles folder, clean and date every file, upsert into the warehouse."""

import os
from datetime import date, datetime, timezone

import dagster as dg
from pydantic import Field

from assets.common import OWNERS, WAREHOUSE_POOL, preview, table_schema
from geoevents import ingest
from geoevents import warehouse as wh
from geoevents.pause_points import pause_point
from pipelines.resources import ArticlesSource, Warehouse


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
    today: str | None = Field(
        default=None,
        description="ISO date used as 'today' when inferring publication years of NEW articles (default: the "
                    "run's UTC date). Articles already stored keep the date inferred when first ingested.",
    )


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
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    today = date.fromisoformat(config.today) if config.today else now.date()
    root = articles_source.root()
    settings = articles_source.settings()
    if config.paths is None:
        n_process = config.n_process or max(1, min(2, os.cpu_count() or 1))
        records = list(ingest.scan_articles(root, settings, today, n_process=n_process))
    else:
        wanted = set(config.paths)
        records = [ingest.ingest_file(entry, settings, today)
                   for entry in ingest.iter_article_files(root, settings) if entry.source_path in wanted]
    pause_point("ingest_scan")
    batch = wh.ingest_rows(records, seen_at=now)
    with warehouse.writer() as con:
        before = wh.row_counts(con, "ingest_counts")
        wh.write_ingest_batch(con, batch)
        after = wh.row_counts(con, "ingest_counts")
        by_language = wh.counts(con, "articles_by_language")
        by_reason = wh.counts(con, "rejections_by_reason")
        schema = table_schema(con, "articles")
        article_preview = preview(con, "articles")
    n_new = after["n_articles"] - before["n_articles"]
    context.log.info("scanned %d files under %s: %d articles in this scan (%d new), %d rejected",
                     len(records), root, len(batch.articles), n_new, len(batch.rejected_articles))
    return dg.MaterializeResult(metadata={
        "articles_root": root,
        "n_files_scanned": len(records),
        "n_articles_in_scan": len(batch.articles),
        "n_articles_new": n_new,
        "n_rejected_in_scan": len(batch.rejected_articles),
        "dagster/row_count": after["n_articles"],
        "n_article_sources": after["n_article_sources"],
        "n_duplicate_sources": after["n_duplicate_sources"],
        "n_rejected_total": after["n_rejected"],
        "articles_by_language": by_language,
        "rejections_by_reason": by_reason,
        "dagster/column_schema": schema,
        "preview": article_preview,
    })
