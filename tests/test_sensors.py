"""new_article_files_sensor (content cursor, run keys) and late_events_sensor (late articles re-aggregate exactly
the days they change), evaluated with build_sensor_context on temporary folders."""
import json
import os
from datetime import date
from pathlib import Path

import dagster as dg
import pytest

from assets import aggregate
from conftest import build_pipeline_resources
from pipelines.definitions import defs
from pipelines.partitions import PARTITION_RANGE_END_TAG, PARTITION_RANGE_START_TAG
from pipelines.sensors import contiguous_day_ranges, late_events_sensor, new_article_files_sensor
from test_assets import ASSETS, CHECKS, INGEST_AND_EXTRACT


# Article A (published 2023-03-10) reports a meeting that day; article B, published ten days later, reports a
# meeting on 2023-03-03: a late article for an earlier day.
ARTICLE_A = ("Moskau, 10. März 2023\n\nDer russische Präsident Wladimir Putin hat am Freitag in Moskau den "
             "chinesischen Staatschef Xi Jinping getroffen.\n")
ARTICLE_B = ("Washington, 20. März 2023\n\nDer amerikanische Präsident Joe Biden hat am 3. März 2023 in Washington "
             "den chinesischen Staatschef Xi Jinping getroffen.\n")


def evaluate_files_sensor(resources: dict, cursor: str | None) -> dg.SensorResult:
    with dg.build_sensor_context(resources=resources, cursor=cursor) as context:
        return new_article_files_sensor(context)


def requested_paths(result: dg.SensorResult) -> list[str]:
    (request,) = result.run_requests
    return request.run_config["ops"]["articles"]["config"]["paths"]


# ------------------------------------------------------------------------------------------------ new/changed files
def test_files_sensor_requests_new_then_changed_files_and_skips_unchanged(tmp_path):
    articles_dir = tmp_path / "articles"
    articles_dir.mkdir()
    (articles_dir / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (articles_dir / "nested").mkdir()
    (articles_dir / "nested" / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (articles_dir / ".a.txt.swp").write_bytes(b"editor state")
    resources = {"articles_source": build_pipeline_resources(articles_dir, tmp_path / "data")["articles_source"]}

    first = evaluate_files_sensor(resources, None)
    assert requested_paths(first) == ["a.txt", "nested/b.txt"]  # the hidden swap file is not worth a run
    cursor = json.loads(first.cursor)
    assert set(cursor) == {"a.txt", "nested/b.txt"} and cursor["a.txt"][2].startswith("sha256:")

    unchanged = evaluate_files_sensor(resources, first.cursor)
    assert not unchanged.run_requests and unchanged.skip_reason is not None

    # Same bytes, new mtime: re-hashed, recognized as unchanged, cursor refreshed.
    os.utime(articles_dir / "a.txt", (1_700_000_000, 1_700_000_000))
    touched = evaluate_files_sensor(resources, first.cursor)
    assert not touched.run_requests
    assert json.loads(touched.cursor)["a.txt"][1] == 1_700_000_000

    (articles_dir / "a.txt").write_text(ARTICLE_A + "\nNachtrag: Das Treffen dauerte drei Stunden.\n",
                                        encoding="utf-8")
    (articles_dir / "c.txt").write_text(ARTICLE_B, encoding="utf-8")
    changed = evaluate_files_sensor(resources, touched.cursor)
    assert requested_paths(changed) == ["a.txt", "c.txt"]
    assert evaluate_files_sensor(resources, changed.cursor).run_requests == []

    (articles_dir / "c.txt").unlink()
    after_delete = evaluate_files_sensor(resources, changed.cursor)
    assert not after_delete.run_requests and "c.txt" not in json.loads(after_delete.cursor)


def test_files_sensor_run_key_names_the_content(tmp_path):
    articles_dir = tmp_path / "articles"
    articles_dir.mkdir()
    (articles_dir / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    resources = {"articles_source": build_pipeline_resources(articles_dir, tmp_path / "data")["articles_source"]}
    first_key = evaluate_files_sensor(resources, None).run_requests[0].run_key
    # A lost cursor re-requests the same content under the same key, which Dagster launches only once.
    assert evaluate_files_sensor(resources, None).run_requests[0].run_key == first_key
    (articles_dir / "a.txt").write_text(ARTICLE_B, encoding="utf-8")
    assert evaluate_files_sensor(resources, None).run_requests[0].run_key != first_key


def test_files_sensor_request_ingests_exactly_the_requested_files(tmp_path):
    articles_dir = tmp_path / "articles"
    articles_dir.mkdir()
    (articles_dir / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    resources = build_pipeline_resources(articles_dir, tmp_path / "data")
    first = evaluate_files_sensor({"articles_source": resources["articles_source"]}, None)
    (articles_dir / "b.txt").write_text(ARTICLE_B, encoding="utf-8")  # appears after the evaluation
    result = dg.materialize(ASSETS, resources=resources, selection=["articles"],
                            run_config=first.run_requests[0].run_config)
    assert result.asset_materializations_for_node("articles")[0].metadata["n_files_scanned"].value == 1
    assert requested_paths(evaluate_files_sensor({"articles_source": resources["articles_source"]},
                                                 first.cursor)) == ["b.txt"]


# ------------------------------------------------------------------------------------------------ late events
def test_contiguous_day_ranges_split_at_gaps_and_drop_days_outside_the_partitions():
    assert contiguous_day_ranges(["2023-03-03", "2023-03-01", "2023-03-02", "2023-03-10", "1999-01-01"]) == [
        ("2023-03-01", "2023-03-03"), ("2023-03-10", "2023-03-10")]
    assert contiguous_day_ranges([]) == []


def evaluate_late_sensor(instance: dg.DagsterInstance, cursor: str | None) -> tuple[list[dg.RunRequest], str]:
    with dg.build_sensor_context(instance=instance, definitions=defs, cursor=cursor) as context:
        result = late_events_sensor(context)
        return list(result.run_requests or []), result.cursor


def ranges_and_assets(requests: list[dg.RunRequest]) -> list[tuple]:
    return [(r.tags[PARTITION_RANGE_START_TAG], r.tags[PARTITION_RANGE_END_TAG],
             sorted(key.to_user_string() for key in r.asset_selection)) for r in requests]


def ingest_files(flow: dict, paths: list[str] | None, max_changed_days: int | None = None) -> dg.ExecuteInProcessResult:
    """ingest_and_extract_job as the files sensor requests it (``paths``), its monthly step's day limit set."""
    ops: dict = {"articles": {"config": {"paths": paths}}} if paths is not None else {}
    if max_changed_days is not None:
        ops["monthly_interactions"] = {"config": {"max_changed_days": max_changed_days}}
    result = dg.materialize([*ASSETS, *CHECKS], resources=flow["resources"], instance=flow["instance"],
                            selection=INGEST_AND_EXTRACT, run_config={"ops": ops} if ops else None)
    assert result.success
    return result


def daily_partitions_materialized(result: dg.ExecuteInProcessResult) -> list[str]:
    return sorted(e.partition for e in result.get_asset_materialization_events()
                  if e.asset_key.path == ["daily_interactions"])


def daily_check_evaluations(result: dg.ExecuteInProcessResult) -> list:
    return [e for e in result.get_asset_check_evaluations() if e.check_name == "daily_interactions_match_events"]


@pytest.fixture(scope="module")
def late_article_flow(tmp_path_factory) -> dict:
    """Article A ingested (its day aggregated by the ingest run itself); then article B (later publication,
    earlier event day) ingested the same way; the sensor evaluated after each."""
    base = tmp_path_factory.mktemp("late")
    articles_dir = base / "articles"
    articles_dir.mkdir()
    (articles_dir / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    resources = build_pipeline_resources(articles_dir, base / "data")
    flow = {"resources": resources, "instance": dg.DagsterInstance.ephemeral(), "articles_dir": articles_dir}

    flow["run_a"] = ingest_files(flow, None)
    flow["after_a"], flow["cursor_a"] = evaluate_late_sensor(flow["instance"], None)
    daily_file = (Path(resources["parquet_store"].store().base_path)
                  / "daily_interactions" / "date=2023-03-10" / "part-0.parquet")
    flow["d1_mtime_before"] = daily_file.stat().st_mtime_ns
    flow["repeat_without_new_events"], cursor = evaluate_late_sensor(flow["instance"], flow["cursor_a"])

    (articles_dir / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    flow["run_b"] = ingest_files(flow, ["b.txt"])
    flow["after_b"], flow["cursor_b"] = evaluate_late_sensor(flow["instance"], cursor)
    flow["d1_mtime_after"] = daily_file.stat().st_mtime_ns
    return flow


def test_the_ingest_run_aggregates_the_days_it_changed_and_the_sensor_launches_nothing(late_article_flow):
    flow = late_article_flow
    assert daily_partitions_materialized(flow["run_a"]) == ["2023-03-10"]
    assert flow["after_a"] == [] and flow["repeat_without_new_events"] == []
    (monthly,) = [e.materialization.metadata for e in flow["run_a"].get_asset_materialization_events()
                  if e.asset_key.path == ["monthly_interactions"]]
    assert monthly["daily_partitions_aggregated"].value == ["date=2023-03-10"]
    # The partition shows as materialized in the instance (what the UI's partition status reads).
    assert flow["instance"].get_materialized_partitions(dg.AssetKey("daily_interactions")) >= {"2023-03-10"}
    (evaluation,) = daily_check_evaluations(flow["run_a"])
    assert evaluation.passed and evaluation.metadata["n_days_compared"].value == 1


def test_late_article_re_aggregates_only_its_earlier_day_and_the_month(late_article_flow):
    flow = late_article_flow
    assert daily_partitions_materialized(flow["run_b"]) == ["2023-03-03"]
    assert flow["after_b"] == []  # the ingest run aggregated its day: no second run
    assert flow["d1_mtime_after"] == flow["d1_mtime_before"]  # day D1 not rewritten
    store = flow["resources"]["parquet_store"].store()
    assert {"date=2023-03-03", "date=2023-03-10"} <= set(store.list_partitions("daily_interactions"))
    day0 = store.read_partition("daily_interactions", "date=2023-03-03").to_pylist()
    assert {(r["source_actor"], r["target_actor"]) for r in day0} >= {("USA", "CHN")}
    march = store.read_partition("monthly_interactions", "month=2023-03").to_pylist()
    assert {("USA", "CHN"), ("RUS", "CHN")} <= {(r["source_actor"], r["target_actor"]) for r in march}
    assert all(e.passed for e in flow["run_b"].get_asset_check_evaluations())
    assert [e.passed for e in daily_check_evaluations(flow["run_b"])] == [True]


TWO_DAYS = ("Berlin, 26. März 2023\n\nDer deutsche Bundeskanzler Olaf Scholz hat am 1. März 2023 in Berlin den "
            "chinesischen Staatschef Xi Jinping getroffen.\n\nDer französische Präsident Emmanuel Macron hat am "
            "12. März 2023 in Paris den chinesischen Staatschef Xi Jinping getroffen.\n")


def test_day_windows_join_changed_days_up_to_the_gap():
    assert aggregate.day_windows(["2023-03-12", "2023-03-01", "2023-03-27", "2023-03-01"], gap=14) == [
        (date(2023, 3, 1), date(2023, 3, 12)), (date(2023, 3, 27), date(2023, 3, 27))]
    assert aggregate.day_windows(["2023-03-01", "2023-03-16"], gap=14) == [
        (date(2023, 3, 1), date(2023, 3, 1)), (date(2023, 3, 16), date(2023, 3, 16))]
    assert aggregate.day_windows([]) == []


def test_changed_days_of_one_window_leave_the_days_between_alone_and_equal_a_range_run(late_article_flow):
    """Days 1 and 12 are aggregated in one query over 1..12: the files of days 3 and 10 (other articles) between them
    are neither rewritten nor removed, and a range run over 1..12 afterwards finds every file as it would write it."""
    flow = late_article_flow
    store = flow["resources"]["parquet_store"].store()
    between = {day: (Path(store.base_path) / "daily_interactions" / f"date={day}" / "part-0.parquet").stat().st_mtime_ns
               for day in ("2023-03-03", "2023-03-10")}
    (flow["articles_dir"] / "two_days.txt").write_text(TWO_DAYS, encoding="utf-8")
    run = ingest_files(flow, ["two_days.txt"])
    assert daily_partitions_materialized(run) == ["2023-03-01", "2023-03-12"]
    assert [e.passed for e in daily_check_evaluations(run)] == [True]
    assert {day: (Path(store.base_path) / "daily_interactions" / f"date={day}" / "part-0.parquet").stat().st_mtime_ns
            for day in between} == between
    range_run = dg.materialize([*ASSETS, *CHECKS], resources=flow["resources"], instance=flow["instance"],
                               selection=dg.AssetSelection.assets("daily_interactions"),
                               tags={PARTITION_RANGE_START_TAG: "2023-03-01", PARTITION_RANGE_END_TAG: "2023-03-12"})
    events = [e for e in range_run.get_asset_materialization_events() if e.asset_key.path == ["daily_interactions"]]
    metadata = events[-1].materialization.metadata   # the run's figures are on the last partition's event
    assert metadata["partitions_written"].value == [] and metadata["partitions_removed"].value == []
    assert set(metadata["partitions_unchanged"].value) == {
        "date=2023-03-01", "date=2023-03-03", "date=2023-03-10", "date=2023-03-12"}


def test_a_range_run_puts_its_figures_on_the_last_partitions_event_only(late_article_flow):
    """Every partition of a range run gets its materialization event (the partitions tab shows each day as
    materialized by the run); the run's figures (totals, file lists, column schema, preview) are stored once, on
    the last partition's event (the asset's latest materialization), not copied onto every day's event. A run of one
    partition carries them as before."""
    flow = late_article_flow
    range_run = dg.materialize([*ASSETS, *CHECKS], resources=flow["resources"], instance=flow["instance"],
                               selection=dg.AssetSelection.assets("daily_interactions"),
                               tags={PARTITION_RANGE_START_TAG: "2023-03-02", PARTITION_RANGE_END_TAG: "2023-03-11"})
    events = [e for e in range_run.get_asset_materialization_events() if e.asset_key.path == ["daily_interactions"]]
    assert [e.partition for e in events] == [f"2023-03-{day:02d}" for day in range(2, 12)]
    summary_keys = {"dagster/row_count", "n_events", "days_with_rows", "partitions_written", "partitions_unchanged",
                    "partitions_removed", "dagster/column_schema", "preview", "window_start", "window_end_exclusive"}
    for event in events[:-1]:
        metadata = event.materialization.metadata
        assert set(metadata) == {"range_run", "parquet_location"}, (event.partition, set(metadata))
        assert "2023-03-02..2023-03-11" in metadata["range_run"].value and "of 2023-03-11" in metadata["range_run"].value
    last = events[-1].materialization.metadata
    assert summary_keys <= set(last)
    assert last["days_with_rows"].value == 2 and last["window_end_exclusive"].value == "2023-03-12"
    assert set(last["partitions_unchanged"].value) == {"date=2023-03-03", "date=2023-03-10"}
    stored = flow["instance"].fetch_materializations(dg.AssetKey("daily_interactions"), limit=1).records[0]
    assert stored.partition_key == "2023-03-11" and "dagster/column_schema" in stored.asset_materialization.metadata

    one_day = dg.materialize([*ASSETS, *CHECKS], resources=flow["resources"], instance=flow["instance"],
                             selection=dg.AssetSelection.assets("daily_interactions"), partition_key="2023-03-03")
    (event,) = [e for e in one_day.get_asset_materialization_events() if e.asset_key.path == ["daily_interactions"]]
    assert set(event.materialization.metadata) == summary_keys | {"parquet_location"}
    assert event.materialization.metadata["days_with_rows"].value == 1


def late_articles(day: int, published: int, leader: str = "Der deutsche Bundeskanzler Olaf Scholz") -> str:
    return (f"Berlin, {published}. März 2023\n\n{leader} hat am {day}. März 2023 in Berlin den chinesischen "
            "Staatschef Xi Jinping getroffen.\n")


def test_days_the_ingest_run_left_are_requested_for_every_events_materialization_since_the_last_tick(
        late_article_flow):
    """With max_changed_days = 0 the ingest run aggregates no day: the sensor requests them, also for two events
    materializations between two ticks (an asset sensor saw only the latest of them)."""
    flow = late_article_flow
    (flow["articles_dir"] / "c.txt").write_text(late_articles(6, 24), encoding="utf-8")
    run_c = ingest_files(flow, ["c.txt"], max_changed_days=0)
    (flow["articles_dir"] / "d.txt").write_text(
        late_articles(14, 25, "Der französische Präsident Emmanuel Macron"), encoding="utf-8")
    run_d = ingest_files(flow, ["d.txt"], max_changed_days=0)
    assert daily_partitions_materialized(run_c) == daily_partitions_materialized(run_d) == []
    requests, cursor = evaluate_late_sensor(flow["instance"], flow["cursor_b"])
    assert ranges_and_assets(requests) == [("2023-03-06", "2023-03-06", ["daily_interactions"]),
                                           ("2023-03-14", "2023-03-14", ["daily_interactions"])]
    for request in requests:
        late_run = dg.materialize([*ASSETS, *CHECKS], resources=flow["resources"], instance=flow["instance"],
                                  tags=request.tags, selection=dg.AssetSelection.assets(*request.asset_selection))
        assert late_run.success and all(e.passed for e in late_run.get_asset_check_evaluations())
    assert evaluate_late_sensor(flow["instance"], cursor)[0] == []
    # A cursor from before: the days are materialized since, so nothing is requested again.
    assert evaluate_late_sensor(flow["instance"], flow["cursor_b"])[0] == []


def test_the_sensor_waits_for_the_run_that_changed_the_events_to_finish(late_article_flow, monkeypatch):
    flow = late_article_flow
    instance = flow["instance"]
    (flow["articles_dir"] / "e.txt").write_text(late_articles(20, 28), encoding="utf-8")
    run_e = ingest_files(flow, ["e.txt"], max_changed_days=0)
    _, cursor = evaluate_late_sensor(instance, None)  # everything so far: the cursor of the latest materialization
    records = instance.fetch_materializations(dg.AssetKey("events"), limit=2).records
    cursor_before_e = str(records[1].storage_id)
    finished = instance.get_run_by_id(run_e.run_id)
    real_get_run = instance.get_run_by_id
    monkeypatch.setattr(instance, "get_run_by_id", lambda run_id: finished.with_status(dg.DagsterRunStatus.STARTED)
                        if run_id == run_e.run_id else real_get_run(run_id))
    requests, waiting_cursor = evaluate_late_sensor(instance, cursor_before_e)
    assert requests == [] and waiting_cursor == cursor_before_e  # not past the running run's materialization
    monkeypatch.undo()
    requests, after = evaluate_late_sensor(instance, cursor_before_e)
    assert ranges_and_assets(requests) == [("2023-03-20", "2023-03-20", ["daily_interactions"])]
    assert after == cursor


def test_sensors_are_stopped_until_switched_on():
    for sensor in (new_article_files_sensor, late_events_sensor):
        assert sensor.default_status == dg.DefaultSensorStatus.STOPPED
