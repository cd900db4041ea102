"""Reference tables (CAMEO codes, actor lexicon, actor codes, place gazetteer) from the seed CSVs into the warehouse."""

from collections.abc import Iterable
from dataclasses import fields
from typing import Any

import dagster as dg

from assets.common import OWNERS, WAREHOUSE_POOL, preview, table_schema
from geoevents import reference
from geoevents import warehouse as wh
from pipelines.resources import Warehouse


def record_rows(records: Iterable[Any]) -> list[dict[str, Any]]:
    """One dict per dataclass record, field name -> value: what ``dataclasses.asdict`` gives for these flat records
    (strings, dates, None), without its recursive deep copy: 0.28 -> 0.03 CPU-s for the 7,277 actor entries, in
    every ingest run (empty ones included), which builds the rows to fingerprint them."""
    records = list(records)
    if not records:
        return []
    names = [field.name for field in fields(records[0])]
    return [{name: getattr(record, name) for name in names} for record in records]

@dg.asset(
    group_name="reference",
    kinds={"python", "duckdb"},
    owners=OWNERS,
    pool=WAREHOUSE_POOL,
    description="CAMEO/PLOVER code table, actor lexicon, actor codes and place gazetteer from seeds/reference, "
                "replaced as a "
                "whole so analysts can join events to names, Goldstein scores and lexicon entries (only when the "
                "seeds or sql/reference.sql changed: warehouse_meta.reference_sha256).",
)
def reference_tables(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    codes = list(reference.load_cameo_codes().values())
    cameo_rows = [{**row, "root": code.root} for row, code in zip(record_rows(codes), codes)]
    actor_rows = record_rows(reference.load_actor_lexicon())
    actor_code_rows = record_rows(reference.load_actor_codes().values())
    place_rows = record_rows(reference.load_places())
    fingerprint = wh.reference_fingerprint(cameo_rows, actor_rows, actor_code_rows, place_rows)
    with warehouse.reader() as con:
        reload = not wh.reference_tables_hold(con, fingerprint)
    if reload:
        # Unchanged seeds are not re-loaded: the write would make every run copy the analyst file, whose cost
        # grows with the warehouse.
        with warehouse.writer() as con:
            wh.replace_reference_tables(con, cameo_rows, actor_rows, actor_code_rows, place_rows)
    with warehouse.reader() as con:
        schemas = {name: table_schema(con, name) for name in wh.REFERENCE_TABLES}
        actor_code_preview = preview(con, "actor_codes")
        cameo_preview = preview(con, "cameo_codes")
    context.log.info("reference tables %s: %d CAMEO codes, %d actor entries, %d actor codes, %d places",
                     "loaded" if reload else "already up to date", len(cameo_rows), len(actor_rows),
                     len(actor_code_rows), len(place_rows))
    return dg.MaterializeResult(metadata={
        "reloaded": reload,
        "reference_sha256": fingerprint,
        "n_cameo_codes": len(cameo_rows),
        "n_actor_entries": len(actor_rows),
        "n_actor_codes": len(actor_code_rows),
        "n_places": len(place_rows),
        "dagster/row_count": len(cameo_rows) + len(actor_rows) + len(actor_code_rows) + len(place_rows),
        "dagster/column_schema": schemas["cameo_codes"],
        "actors_column_schema": schemas["actors"],
        "actor_codes_column_schema": schemas["actor_codes"],
        "places_column_schema": schemas["places"],
        "preview": cameo_preview,
        "actor_codes_preview": actor_code_preview,
    })
