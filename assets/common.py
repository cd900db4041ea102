"""Shared asset settings and metadata helpers."""

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import dagster as dg
import duckdb
import pyarrow as pa

from geoevents import warehouse as wh

OWNERS = ["team:geoevents"]
# DuckDB allows one writer per file: every asset (and check) that opens the warehouse is in this pool;
# dagster.yaml limits the pool to one step at a time.
WAREHOUSE_POOL = "duckdb_writer"

_DUCKDB_TO_DAGSTER_TYPE = {"VARCHAR": "string", "INTEGER": "int", "BIGINT": "int", "DOUBLE": "float",
                           "BOOLEAN": "bool", "DATE": "date", "TIMESTAMP": "timestamp"}


def table_schema(con: duckdb.DuckDBPyConnection, table_name: str) -> dg.TableSchema:
    """Column schema of a warehouse table or view, with the column comments of sql/schema.sql."""
    return dg.TableSchema(columns=[
        dg.TableColumn(name=name, type=_DUCKDB_TO_DAGSTER_TYPE.get(dtype, dtype.lower()), description=comment)
        for name, dtype, comment in wh.table_columns(con, table_name)
    ])


def markdown_table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
    """Small markdown table for metadata previews (cells cut to keep the UI readable)."""
    def cell(value: Any) -> str:
        text = "" if value is None else str(value)
        text = text.replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= 80 else text[:77] + "..."

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines)


def preview(con: duckdb.DuckDBPyConnection, table_name: str) -> dg.MetadataValue:
    """Markdown preview of a table: the block named after it in sql/previews.sql."""
    cursor = wh.query_block(con, "previews.sql", table_name)
    headers = [column[0] for column in cursor.description]
    return dg.MetadataValue.md(markdown_table(cursor.fetchall(), headers))


def arrow_preview(table: pa.Table, n_rows: int = 20) -> dg.MetadataValue:
    """Markdown preview of the first rows of an Arrow table."""
    rows = [list(row.values()) for row in table.slice(0, n_rows).to_pylist()]
    return dg.MetadataValue.md(markdown_table(rows, table.schema.names))


@contextmanager
def older_objects_out_of_full_collections() -> Iterator[None]:
    """Keep the objects that exist when the block starts out of the cyclic GC's full collections until it ends.

    A step process holds over a million long-lived objects (Dagster, spaCy, pyarrow, DuckDB, the code location),
    and a full collection walks every one of them. The steps that create millions of objects (the extraction
    receives every coded result from its workers, the ingest every scanned article) set off full collections over
    and over: at 10,000 articles 25 of them cost the process 3.9 CPU-s. Frozen (``gc.freeze``), the older objects
    are skipped; unfrozen at the end, so any of them that became cyclic garbage meanwhile is collected as before."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
