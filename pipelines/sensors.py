"""Sensors (stopped by default, see docs/operations.md): changed article files, and days whose events changed.

``new_article_files_sensor`` keeps a JSON cursor ``{relative path: [size, mtime, content key]}``: a file is
requested again only when its content changed (sha256), so touching a file or re-saving the same bytes does not
start a run. ``late_events_sensor`` turns the ``affected_dates`` of every ``events`` materialization, once its run
has finished, into runs of ``daily_interactions`` over those of the days not materialized since (one run per
contiguous range): the ingest run aggregates up to 31 changed days itself (``monthly_interactions`` step), so a
new article usually needs no second run. ``monthly_interactions`` is refreshed by the ingest run itself (its
changed months).
"""

import hashlib
import json

import dagster as dg

from geoevents.engine.model import stable_id
from geoevents.ingest.files import FileEntry, iter_article_files, listed_modified_time
from pipelines.jobs import aggregate_job, ingest_and_extract_job
from pipelines.partitions import (PARTITION_RANGE_END_TAG, PARTITION_RANGE_START_TAG, contiguous_day_ranges,
                                  partition_days)
from pipelines.resources import ArticlesSource

# Hidden and editor temp files change constantly and never become articles; a full scan still records them.
_NOT_WORTH_A_RUN = {"ignored_hidden"}
_HASH_CHUNK_BYTES = 1 << 20


def _modified_time(entry: FileEntry) -> float | None:
    if entry.modified is not None:
        return entry.modified  # from the listing: no look-up per file
    try:
        info = entry.fs.info(entry.fs_path)
    except (OSError, AttributeError):
        return None
    return listed_modified_time(info)


def content_key(entry: FileEntry) -> str:
    """sha256 of the file's bytes; for files the listing already rejected (too large, symlink outside the root,
    unreadable, ...) their size, so they are not read."""
    if entry.reject_reason is not None or entry.fs is None:
        return f"rejected:{entry.reject_reason}:{entry.size}"
    digest = hashlib.sha256()
    try:
        with entry.fs.open(entry.fs_path, "rb") as handle:
            while chunk := handle.read(_HASH_CHUNK_BYTES):
                digest.update(chunk)
    except OSError as error:  # the ingest run records the unreadable file with its reason
        return f"unreadable:{type(error).__name__}:{entry.size}"
    return f"sha256:{digest.hexdigest()}"


def scan_for_changes(articles_source: ArticlesSource, cursor: str | None) -> tuple[list[str], dict[str, list]]:
    """Paths that are new or whose content changed since ``cursor``, and the new cursor state.

    Files whose size and modification time equal the cursor's are not read again; a changed mtime with the
    same content only refreshes the cursor. Deleted files drop out of the cursor (nothing to ingest).
    """
    seen: dict[str, list] = json.loads(cursor) if cursor else {}
    state: dict[str, list] = {}
    changed: list[str] = []
    for entry in iter_article_files(articles_source.root(), articles_source.settings()):
        if entry.reject_reason in _NOT_WORTH_A_RUN:
            continue
        modified = _modified_time(entry)
        previous = seen.get(entry.source_path)
        if previous is not None and modified is not None and previous[:2] == [entry.size, modified]:
            state[entry.source_path] = previous
            continue
        key = content_key(entry)
        state[entry.source_path] = [entry.size, modified, key]
        if previous is None or previous[2] != key:
            changed.append(entry.source_path)
    return sorted(changed), state


@dg.sensor(
    job=ingest_and_extract_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Starts ingest_and_extract_job for article files that are new or whose content changed "
                "(config `paths`, so only those files are read). Cursor: path -> size, mtime, sha256.",
)
def new_article_files_sensor(context: dg.SensorEvaluationContext,
                             articles_source: ArticlesSource) -> dg.SensorResult:
    changed, state = scan_for_changes(articles_source, context.cursor)
    new_cursor = json.dumps(state, sort_keys=True)
    if not changed:
        return dg.SensorResult(skip_reason=dg.SkipReason("no new or changed files in the articles folder"),
                               cursor=new_cursor)
    context.log.info("%d new or changed article files", len(changed))
    # The run key names each file's content: the same change is never launched twice, even if the cursor was
    # reset; a later edit of the same file has a new key.
    run_key = "files-" + stable_id(*(f"{path}\0{state[path][2]}" for path in changed))
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=run_key,
                                    run_config={"ops": {"articles": {"config": {"paths": changed}}}},
                                    tags={"geoevents/changed_files": str(len(changed))})],
        cursor=new_cursor,
    )


# Events materializations read per tick (the rest wait for the next tick).
LATE_EVENTS_PER_TICK = 100


def days_left_to_aggregate(instance: dg.DagsterInstance, record: dg.EventLogRecord) -> list[str]:
    """The days of an events materialization's ``affected_dates`` that are daily partitions and whose
    daily_interactions partition has not been materialized since (the ingest run aggregates a few changed days
    itself, in its monthly_interactions step; a later run may have covered others)."""
    materialization = record.asset_materialization
    affected = materialization.metadata.get("affected_dates") if materialization else None
    days = set(partition_days(list(affected.value) if affected is not None else []))
    done: set[str] = set()
    cursor = None
    while days - done:
        result = instance.fetch_materializations(
            dg.AssetRecordsFilter(asset_key=dg.AssetKey("daily_interactions"), asset_partitions=sorted(days),
                                  after_storage_id=record.storage_id),
            limit=1000, cursor=cursor)
        done |= {r.partition_key for r in result.records if r.partition_key}
        if not result.has_more:
            break
        cursor = result.cursor
    return sorted(days - done)


@dg.sensor(
    job=aggregate_job,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="When extraction changes events (late articles, re-coding), re-runs daily_interactions for "
                "exactly the days in the materialization's `affected_dates` that were not aggregated since (one "
                "run per contiguous range); waits until the run that coded them has finished, because that run "
                "aggregates a few changed days itself (monthly_interactions step). monthly_interactions is not "
                "requested: ingest_and_extract_job recomputes the changed months.",
)
def late_events_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult:
    after = int(context.cursor) if context.cursor and context.cursor.isdigit() else None
    records = context.instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=dg.AssetKey("events"), after_storage_id=after),
        limit=LATE_EVENTS_PER_TICK, ascending=True).records
    requests: list[dg.RunRequest] = []
    waiting = None
    for record in records:
        run = context.instance.get_run_by_id(record.run_id)
        if run is not None and not run.is_finished:
            waiting = record.run_id  # its own monthly step may still aggregate the days: look again next tick
            break
        ranges = contiguous_day_ranges(days_left_to_aggregate(context.instance, record))
        if ranges:
            context.log.info("events of run %s changed %s", record.run_id,
                             ", ".join(f"{a}..{b}" if a != b else a for a, b in ranges))
        # Parquet files only (the view is rewritten only when its source changes): no analyst copy for these runs.
        requests += [dg.RunRequest(run_key=f"late-events-{record.run_id}-{record.timestamp}-{start}-{end}",
                                   asset_selection=[dg.AssetKey("daily_interactions")],
                                   tags={PARTITION_RANGE_START_TAG: start, PARTITION_RANGE_END_TAG: end})
                     for start, end in ranges]
        after = record.storage_id
    new_cursor = str(after) if after is not None else None
    if requests:
        return dg.SensorResult(run_requests=requests, cursor=new_cursor)
    reason = (f"waiting for run {waiting} to finish (it may aggregate the days it changed itself)" if waiting
              else "no events materialization changed a day that is not aggregated since")
    return dg.SensorResult(skip_reason=dg.SkipReason(reason), cursor=new_cursor)
