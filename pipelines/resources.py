"""Dagster resources: where articles come from, the DuckDB warehouse, and the Parquet store.

Configured from environment variables with working defaults (see ``resources_from_env``); tests construct them
directly with temporary folders. Relative local paths are resolved against the project root, so the pipeline
behaves the same from any working directory.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from pydantic import Field

from geoevents import PROJECT_ROOT
from geoevents import publish as parquet_publish
from geoevents import warehouse as wh
from geoevents.ingest import IngestSettings


def resolve_location(location: str) -> str:
    """URIs (``s3://...``, ``file://...``) pass through; local paths become absolute, relative to the project root."""
    if "://" in location:
        return location
    path = Path(location).expanduser()
    return str(path if path.is_absolute() else (PROJECT_ROOT / path).resolve())


class ArticlesSource(dg.ConfigurableResource):
    """The folder (local path or fsspec URI) that holds the article files, the ingestion limits, and where the
    language model's decompressed arrays are kept between runs."""

    articles_dir: str = "seeds/articles"
    max_file_bytes: int = IngestSettings.max_file_bytes
    max_body_chars: int = IngestSettings.max_body_chars
    data_dir: str = Field(default="data", description="The pipeline's data folder (GEOEVENTS_DATA_DIR): the "
                                                      "language model cache defaults to <data_dir>/cache.")
    model_cache_dir: str = Field(
        default="", description="Local folder for py3langid's model decompressed (~100 MB, written once per "
                                "py3langid version; a process then loads it in ~0.02 CPU-s instead of ~0.5-0.9). "
                                "Empty: <data_dir>/cache.")

    def root(self) -> str:
        return resolve_location(self.articles_dir)

    def model_cache(self) -> str | None:
        """The language model cache folder, or None when the data dir is not local (an object-store URI)."""
        location = resolve_location(self.model_cache_dir or str(Path(self.data_dir) / "cache"))
        return None if "://" in location else location

    def settings(self) -> IngestSettings:
        return IngestSettings(max_file_bytes=self.max_file_bytes, max_body_chars=self.max_body_chars)


# DuckDB's own default is 80 % of the machine's RAM: its buffer pool then keeps every block a query touched (all
# article bodies after a full-table check), so the pipeline's memory grew with the warehouse.
DEFAULT_DUCKDB_MEMORY_LIMIT = "1GB"
# Measured on a 100,000-article warehouse (2.55 million events), evidence-span check over the whole tables:
# peak RSS 842 MiB with 1GB, 574 MiB with 512MB in about the same time (33-35 s on the loaded 2-core machine);
# 300MB took 64 s (374 MiB).
DEFAULT_WHOLE_TABLE_CHECK_MEMORY_LIMIT = "512MB"


class Warehouse(dg.ConfigurableResource):
    """The DuckDB warehouse under ``data_dir``: working file ``work/warehouse.duckdb``, analyst copy
    ``warehouse.duckdb``, published atomically once per run when the run's steps are done (see
    ``yield_for_execution``)."""

    data_dir: str = "data"
    memory_limit: str = Field(
        default=DEFAULT_DUCKDB_MEMORY_LIMIT,
        description="DuckDB memory_limit of every pipeline connection (e.g. '1GB'; empty = DuckDB's default, 80 % "
                    "of RAM). Bounds DuckDB's buffer pool so the pipeline's memory stays flat as the warehouse "
                    "grows; larger work spills to the temp folder next to the working database.")
    threads: int = Field(default=0, ge=0, description="DuckDB threads per connection (0 = DuckDB's default: "
                                                      "one per core).")
    whole_table_check_memory_limit: str = Field(
        default=DEFAULT_WHOLE_TABLE_CHECK_MEMORY_LIMIT,
        description="DuckDB memory_limit of the event checks when they read the whole tables (a check run on its "
                    "own, or after a run that coded every article): the evidence-span check joins every event with "
                    "its article body, and with this limit DuckDB spills that join instead of holding it (empty = "
                    "memory_limit).")

    def store(self) -> wh.Warehouse:
        return wh.Warehouse(resolve_location(self.data_dir), memory_limit=self.memory_limit or None,
                            threads=self.threads or None)

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator["Warehouse"]:
        """Publish the analyst copy when the run's steps are done (Dagster tears resources down once per run with
        the in-process executor, once per step process with the multiprocess one): one copy of the file per run
        however many steps wrote (a copy costs seconds at 100,000 articles), also after a failed step, with what
        was committed; none when nothing changed (``geoevents.warehouse.Warehouse.publish``)."""
        try:
            yield self
        finally:
            self.publish()

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Write transaction on the working file; the analyst copy follows at the end of the run."""
        with self.store().writer(publish=False) as con:
            yield con

    @contextmanager
    def reader(self, memory_limit: str | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        with self.store().reader(memory_limit=memory_limit) as con:
            yield con

    def publish(self) -> Path:
        return self.store().publish()


class ParquetStore(dg.ConfigurableResource):
    """Parquet datasets for dashboards. ``base_uri`` may be a local path or ``s3://bucket/prefix``;
    empty means ``<data_dir>/parquet``."""

    base_uri: str = ""
    data_dir: str = "data"

    def store(self) -> parquet_publish.ParquetStore:
        base = self.base_uri or str(Path(resolve_location(self.data_dir)) / "parquet")
        return parquet_publish.ParquetStore(resolve_location(base))


def data_dir_from_env() -> str:
    """Resolved GEOEVENTS_DATA_DIR (default ``data`` under the project root)."""
    return resolve_location(os.environ.get("GEOEVENTS_DATA_DIR") or "data")


def parquet_uri_from_env() -> str:
    """Resolved GEOEVENTS_PARQUET_URI (default ``<data_dir>/parquet``)."""
    return ParquetStore(base_uri=os.environ.get("GEOEVENTS_PARQUET_URI") or "",
                        data_dir=os.environ.get("GEOEVENTS_DATA_DIR") or "data").store().base_uri


def _env_or_default(name: str, default: str) -> str | dg.EnvVar:
    # dg.EnvVar keeps the value out of the UI and re-reads it at launch; it has no default, so only use it
    # when the variable is set.
    return dg.EnvVar(name) if os.environ.get(name) else default


def resources_from_env() -> dict[str, dg.ConfigurableResource]:
    """Resources configured by GEOEVENTS_ARTICLES_DIR, GEOEVENTS_DATA_DIR, GEOEVENTS_PARQUET_URI and the DuckDB
    limits GEOEVENTS_DUCKDB_MEMORY_LIMIT / GEOEVENTS_DUCKDB_THREADS."""
    data_dir = _env_or_default("GEOEVENTS_DATA_DIR", "data")
    return {
        "articles_source": ArticlesSource(articles_dir=_env_or_default("GEOEVENTS_ARTICLES_DIR", "seeds/articles"),
                                          data_dir=data_dir),
        "warehouse": Warehouse(data_dir=data_dir,
                               memory_limit=_env_or_default("GEOEVENTS_DUCKDB_MEMORY_LIMIT", DEFAULT_DUCKDB_MEMORY_LIMIT),
                               threads=dg.EnvVar.int("GEOEVENTS_DUCKDB_THREADS")
                               if os.environ.get("GEOEVENTS_DUCKDB_THREADS") else 0),
        "parquet_store": ParquetStore(base_uri=_env_or_default("GEOEVENTS_PARQUET_URI", ""), data_dir=data_dir),
    }
