"""Jobs: ingest + extract (unpartitioned), and the aggregates (daily partitions; one run may cover a range)."""

import os

import dagster as dg

from pipelines.partitions import daily_partitions

all_assets = dg.AssetSelection.all()

ingest_and_extract_job = dg.define_asset_job(
    "ingest_and_extract_job",
    selection=dg.AssetSelection.groups("reference", "ingest", "extract"),
    description="Load the reference tables, ingest new or changed article files and code every article the "
                "current extractor version has not coded yet (with the blocking event checks).",
)

aggregate_job = dg.define_asset_job(
    "aggregate_job",
    selection=dg.AssetSelection.groups("aggregate"),
    partitions_def=daily_partitions,
    description="daily_interactions for the selected day(s) (Parquet + view; a range runs as one run) and the "
                "monthly_interactions table and Parquet files.",
)


def executor_from_env() -> dg.ExecutorDefinition:
    """Executor for every job: GEOEVENTS_EXECUTOR=multiprocess (default; one process per step, at most
    GEOEVENTS_MAX_CONCURRENT at a time) or in_process (one process, easiest to debug).

    Assets exchange data only through the warehouse, so other executors work unchanged: install dagster-celery
    or dagster-k8s and pass their executor (e.g. ``k8s_job_executor``) here, or set it per job; the DuckDB pool
    in dagster.yaml keeps writers one at a time (on k8s the data dir must be a shared volume).
    """
    if os.environ.get("GEOEVENTS_EXECUTOR", "multiprocess") == "in_process":
        return dg.in_process_executor
    return dg.multiprocess_executor.configured(
        {"max_concurrent": int(os.environ.get("GEOEVENTS_MAX_CONCURRENT", "2"))})
