"""Which runs holding the duckdb_writer pool slot `make run` releases before it starts (pipelines/stale_runs.py)."""
import shutil
import socket
import subprocess
import sys
import uuid

import dagster as dg
import psutil
import pytest

from geoevents import PROJECT_ROOT
from pipelines.stale_runs import (RUN_HOST_TAG, RUN_PID_TAG, RUN_PROCESS_STARTED_TAG, process_tags,
                                  release_slots_of_dead_runs)

POOL = "duckdb_writer"


@pytest.fixture(scope="module")
def project_instance(tmp_path_factory):
    """An instance with the project's dagster.yaml (built once: its storage set-up is most of this module's time)."""
    home = tmp_path_factory.mktemp("dagster_home")
    shutil.copyfile(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    with dg.DagsterInstance.from_config(str(home)) as instance:
        instance.event_log_storage.set_concurrency_slots(POOL, 1)
        yield instance


@pytest.fixture
def instance(project_instance):
    """The shared instance with no slot held, before and after each test."""
    storage = project_instance.event_log_storage
    for run_id in storage.get_concurrency_run_ids():
        storage.free_concurrency_slots_for_run(run_id)
    yield project_instance
    for run_id in storage.get_concurrency_run_ids():
        storage.free_concurrency_slots_for_run(run_id)


@pytest.fixture(scope="module")
def dead_process_tags() -> dict[str, str]:
    """Tags of a process that ran on this host and has exited."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    tags = {RUN_HOST_TAG: socket.gethostname(), RUN_PID_TAG: str(child.pid),
            RUN_PROCESS_STARTED_TAG: repr(psutil.Process(child.pid).create_time())}
    child.kill()
    child.wait()
    return tags


def holding_run(instance, tags: dict[str, str], status=dg.DagsterRunStatus.STARTED) -> str:
    """A run in `status` whose step holds the pool's slot."""
    run_id = str(uuid.uuid4())
    instance.add_run(dg.DagsterRun(job_name="ingest_and_extract_job", run_id=run_id, status=status, tags=tags))
    assert instance.event_log_storage.claim_concurrency_slot(POOL, run_id, "articles").is_claimed
    return run_id


def outcome(instance) -> dict[str, str]:
    return {holder.run_id: holder.action for holder in release_slots_of_dead_runs(instance)}


def test_a_killed_run_of_this_host_is_released_and_marked_failed(instance, dead_process_tags):
    run_id = holding_run(instance, dead_process_tags)
    (holder,) = release_slots_of_dead_runs(instance)
    assert (holder.run_id, holder.action, holder.status) == (run_id, "released", "STARTED")
    assert f"its process {dead_process_tags[RUN_PID_TAG]} on {socket.gethostname()} is gone" in holder.reason
    assert instance.get_run_by_id(run_id).status == dg.DagsterRunStatus.FAILURE
    assert not instance.event_log_storage.get_concurrency_run_ids()
    # the slot is free again: the next run's step gets it at once
    assert instance.event_log_storage.claim_concurrency_slot(POOL, str(uuid.uuid4()), "articles").is_claimed


def test_a_pid_now_used_by_another_process_counts_as_gone(instance):
    tags = {**process_tags(), RUN_PROCESS_STARTED_TAG: "1.0"}   # this pid, but a process started in 1970
    run_id = holding_run(instance, tags)
    assert outcome(instance) == {run_id: "released"}


def test_a_run_whose_process_still_runs_keeps_its_slot(instance):
    run_id = holding_run(instance, process_tags())
    (holder,) = release_slots_of_dead_runs(instance)
    assert (holder.run_id, holder.action, holder.reason) == (run_id, "left", "its process is still running")
    assert instance.get_run_by_id(run_id).status == dg.DagsterRunStatus.STARTED
    assert instance.event_log_storage.get_concurrency_run_ids() == {run_id}


@pytest.mark.parametrize("tags", [
    {},                                                                   # launched from the UI, or before the tags
    {RUN_HOST_TAG: "another-host", RUN_PID_TAG: "1", RUN_PROCESS_STARTED_TAG: "1.0"},
])
def test_a_run_nothing_here_can_check_is_reported_with_what_to_do_and_left(instance, tags):
    run_id = holding_run(instance, tags)
    (holder,) = release_slots_of_dead_runs(instance)
    assert holder.action == "left"
    assert "Force termination" in holder.reason and f"dagster run delete -f {run_id}" in holder.reason
    assert instance.get_run_by_id(run_id).status == dg.DagsterRunStatus.STARTED
    assert instance.event_log_storage.get_concurrency_run_ids() == {run_id}


@pytest.mark.parametrize("status", [dg.DagsterRunStatus.CANCELED, dg.DagsterRunStatus.FAILURE])
def test_an_ended_run_still_holding_a_slot_is_released(instance, status):
    run_id = holding_run(instance, {}, status=status)
    assert outcome(instance) == {run_id: "released"}
    assert instance.get_run_by_id(run_id).status == status


def test_deleting_a_run_as_the_guidance_says_frees_its_slot(instance):
    run_id = holding_run(instance, {})
    instance.delete_run(run_id)   # what `dagster run delete -f RUN_ID` does
    assert not instance.event_log_storage.get_concurrency_run_ids()
    assert outcome(instance) == {}


def test_the_instance_frees_slots_of_ended_runs_when_its_daemon_runs(instance):
    """The UI path (`make ui` runs the daemon): a run force-terminated in the UI ends, and run monitoring frees its
    slots after this many seconds (dagster.yaml)."""
    assert instance.run_monitoring_enabled
    assert 0 < instance.run_monitoring_settings["free_slots_after_run_end_seconds"] <= 300
