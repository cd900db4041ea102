"""Runs of `make run` whose process died without ending (SIGKILL, OOM killer, power loss).

Dagster records such a run as STARTED forever, and the pool slot its step held (pool ``duckdb_writer``, limit 1)
stays claimed: every later run waits for that slot without end. Dagster's run monitoring cannot see that an
in-process run (``execute_in_process``) died, so `make run` tags its runs with the host, process id and process
start time, and before it starts, releases the runs it can prove dead: tagged with this host, and no live
process with that id and start time (a reused pid is another process). Finished runs still holding slots are
released too (the daemon does that after ``free_slots_after_run_end_seconds``, but `make run` has no daemon).
Unfinished runs it cannot judge (another host, launched from the UI, started before these tags) are reported
with what to do, never touched.
"""
from __future__ import annotations

import socket
from dataclasses import dataclass

import dagster as dg
import psutil

RUN_HOST_TAG = "geoevents/host"
RUN_PID_TAG = "geoevents/pid"
RUN_PROCESS_STARTED_TAG = "geoevents/process_started"


def process_tags() -> dict[str, str]:
    """Tags naming this process, for every run `make run` executes in it."""
    process = psutil.Process()
    return {RUN_HOST_TAG: socket.gethostname(), RUN_PID_TAG: str(process.pid),
            RUN_PROCESS_STARTED_TAG: repr(process.create_time())}


def _process_is_gone(tags: dict[str, str]) -> bool | None:
    """True when the tagged process no longer exists on this host, False when it runs, None when unknown."""
    if tags.get(RUN_HOST_TAG) != socket.gethostname() or RUN_PID_TAG not in tags:
        return None
    try:
        process = psutil.Process(int(tags[RUN_PID_TAG]))
        started = process.create_time()
    except psutil.NoSuchProcess:
        return True
    except (psutil.AccessDenied, ValueError):
        return None
    return repr(started) != tags.get(RUN_PROCESS_STARTED_TAG)


@dataclass(frozen=True)
class SlotHolder:
    run_id: str
    status: str
    action: str   # "released" or "left"
    reason: str


def release_slots_of_dead_runs(instance: dg.DagsterInstance) -> list[SlotHolder]:
    """Release the pool slots of runs that can no longer free them; report the holders left alone."""
    storage = instance.event_log_storage
    if not storage.supports_global_concurrency_limits:
        return []
    holders = []
    for run_id in sorted(storage.get_concurrency_run_ids()):
        run = instance.get_run_by_id(run_id)
        gone = _process_is_gone(run.tags) if run is not None else None
        if run is None or run.is_finished:
            reason = f"the run ended ({run.status.value if run else 'deleted'}) without releasing its slot"
        elif gone:
            reason = (f"its process {run.tags[RUN_PID_TAG]} on {run.tags[RUN_HOST_TAG]} is gone "
                      "(killed while running)")
            instance.report_run_failed(run, message=f"Marked failed by `make run`: {reason}.")
        else:
            why = ("its process is still running" if gone is False else
                   "it names no process of this host (launched from the UI, on another host or by an older version), "
                   "so nothing here can tell whether it still runs: if it does not, end it (UI: Runs > Terminate > "
                   f"Force termination, or `dagster run delete -f {run_id}`) and the next `make run` releases its slot")
            holders.append(SlotHolder(run_id, run.status.value, "left", why))
            continue
        storage.free_concurrency_slots_for_run(run_id)
        holders.append(SlotHolder(run_id, run.status.value if run else "DELETED", "released", reason))
    return holders
