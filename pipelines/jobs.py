"""Jobs: ingest + extract (unpartitioned), and the aggregates (daily partitions; one run may cover a range)."""

import os

import dagster as dg

ingest_and_extract_job = dg.define_asset_job(
    "ingest_and_extract_job",
    # monthly_interactions (unpartitioned, only the months whose events changed) is refreshed in the same run, so
    # the run's one analyst copy holds it; the aggregate run of the changed days then writes Parquet only.
    selection=dg.AssetSelection.groups("reference", "ingest", "extract")
    | dg.AssetSelection.assets("monthly_interactions"),
    description="Load the reference tables, ingest new or changed article files, code every article the "
                "current extractor version has not coded yet (with the blocking event checks) and recompute the "
                "monthly_interactions of the months whose events changed.",
)

aggregate_job = dg.define_asset_job(
    "aggregate_job",
    selection=dg.AssetSelection.groups("aggregate"),  # daily partitions inferred from daily_interactions
    description="daily_interactions for the selected day(s) (Parquet + view; a range runs as one run) and the "
                "monthly_interactions table and Parquet files (the months whose events changed since they were "
                "last recomputed).",
)

chart_job = dg.define_asset_job(
    "chart_job",
    selection=dg.AssetSelection.groups("dashboards"),
    description="The China-Russia-US chart from the daily Parquet files (hourly_chart_schedule, make run).",
)


def executor_from_env() -> dg.ExecutorDefinition:
    """Executor for every job, from GEOEVENTS_EXECUTOR: ``in_process`` (default: one process, the spaCy pipelines
    are built once per run; DuckDB writers run one at a time anyway) or ``multiprocess`` (one process per step, at
    most GEOEVENTS_MAX_CONCURRENT at a time; dagster.yaml's pool still serializes the warehouse steps).

    Assets exchange data only through the warehouse and Parquet, so other executors work unchanged: install
    dagster-celery or dagster-k8s and return their executor (e.g. ``k8s_job_executor``) here; on k8s the data
    dir must be a shared volume (or GEOEVENTS_PARQUET_URI an object store).
    """
    if os.environ.get("GEOEVENTS_EXECUTOR", "in_process") == "multiprocess":
        return dg.multiprocess_executor.configured({
            "max_concurrent": int(os.environ.get("GEOEVENTS_MAX_CONCURRENT", "2")),
            "start_method": step_start_method(os.environ.get("GEOEVENTS_STEP_START_METHOD", "forkserver")),
        })
    return dg.in_process_executor


def step_start_method(name: str) -> dict:
    """How the multiprocess executor starts a step's process: ``forkserver`` (default) forks it from a server that
    imported the code location once (Dagster, DuckDB, pyarrow, spaCy: seconds per step when each step imports
    them again), ``spawn`` starts a fresh interpreter per step."""
    if name == "forkserver":
        return {"forkserver": {"preload_modules": ["pipelines.definitions"]}}
    if name == "spawn":
        return {"spawn": {}}
    raise ValueError(f"GEOEVENTS_STEP_START_METHOD must be forkserver or spawn, not {name!r}")
