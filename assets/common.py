"""Shared asset settings and metadata helpers."""

from collections.abc import Mapping, Sequence
from typing import Any

import dagster as dg
import duckdb

OWNERS = ["team:geoevents"]
# DuckDB allows one writer per file: every asset (and check) that opens the warehouse is in this pool;
# dagster.yaml limits the pool to one step at a time.
WAREHOUSE_POOL = "duckdb_writer"

_DUCKDB_TO_DAGSTER_TYPE = {"VARCHAR": "string", "INTEGER": "int", "BIGINT": "int", "DOUBLE": "float",
                           "BOOLEAN": "bool", "DATE": "date", "TIMESTAMP": "timestamp"}


def table_schema(con: duckdb.DuckDBPyConnection, table_name: str) -> dg.TableSchema:
    """Column schema of a warehouse table or view, with the column comments of sql/schema.sql."""
    rows = con.execute(
        "SELECT column_name, data_type, comment FROM duckdb_columns() WHERE table_name = $table "
        "ORDER BY column_index", {"table": table_name}).fetchall()
    return dg.TableSchema(columns=[
        dg.TableColumn(name=name, type=_DUCKDB_TO_DAGSTER_TYPE.get(dtype, dtype.lower()), description=comment)
        for name, dtype, comment in rows
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


def preview(con: duckdb.DuckDBPyConnection, query: str, params: Mapping[str, Any] | None = None) -> dg.MetadataValue:
    """Markdown preview of a (parameterized) query's rows."""
    cursor = con.execute(query, params or None)
    headers = [column[0] for column in cursor.description]
    return dg.MetadataValue.md(markdown_table(cursor.fetchall(), headers))
