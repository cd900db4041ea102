"""new_article_files_sensor (content cursor, run keys) and late_events_sensor (late articles re-aggregate exactly
the days they change), evaluated with build_sensor_context on temporary folders."""
import json
import os
from pathlib import Path

import dagster as dg
import pytest

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
        # The asset sensor wrapper yields a SkipReason when no new materialization arrived.
        items = [result] if isinstance(result, dg.SkipReason) else list(result or [])
        return [item for item in items if isinstance(item, dg.RunRequest)], context.cursor


def ranges_and_assets(requests: list[dg.RunRequest]) -> list[tuple]:
    return [(r.tags[PARTITION_RANGE_START_TAG], r.tags[PARTITION_RANGE_END_TAG],
             sorted(key.to_user_string() for key in r.asset_selection)) for r in requests]


@pytest.fixture(scope="module")
def late_article_flow(tmp_path_factory) -> dict:
    """Article A ingested and aggregated; then article B (later publication, earlier event day) ingested."""
    base = tmp_path_factory.mktemp("late")
    articles_dir = base / "articles"
    articles_dir.mkdir()
    (articles_dir / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    resources = build_pipeline_resources(articles_dir, base / "data")
    instance = dg.DagsterInstance.ephemeral()
    flow = {"resources": resources, "instance": instance}

    assert dg.materialize([*ASSETS, *CHECKS], resources=resources, instance=instance,
                          selection=INGEST_AND_EXTRACT).success
    flow["after_a"], cursor = evaluate_late_sensor(instance, None)
    for request in flow["after_a"]:
        assert dg.materialize([*ASSETS, *CHECKS], resources=resources, instance=instance, tags=request.tags,
                              selection=dg.AssetSelection.assets(*request.asset_selection)).success
    daily_file = (Path(resources["parquet_store"].store().base_path)
                  / "daily_interactions" / "date=2023-03-10" / "part-0.parquet")
    flow["d1_mtime_before"] = daily_file.stat().st_mtime_ns
    flow["repeat_without_new_events"], cursor = evaluate_late_sensor(instance, cursor)

    (articles_dir / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    assert dg.materialize([*ASSETS, *CHECKS], resources=resources, instance=instance, selection=INGEST_AND_EXTRACT,
                          run_config={"ops": {"articles": {"config": {"paths": ["b.txt"]}}}}).success
    flow["after_b"], cursor = evaluate_late_sensor(instance, cursor)
    for request in flow["after_b"]:
        flow["late_run"] = dg.materialize([*ASSETS, *CHECKS], resources=resources, instance=instance,
                                          tags=request.tags,
                                          selection=dg.AssetSelection.assets(*request.asset_selection))
    flow["d1_mtime_after"] = daily_file.stat().st_mtime_ns
    return flow


def test_late_sensor_requests_the_first_articles_day(late_article_flow):
    assert ranges_and_assets(late_article_flow["after_a"]) == [("2023-03-10", "2023-03-10", ["daily_interactions"])]
    assert late_article_flow["repeat_without_new_events"] == []  # the cursor moved past that materialization


def test_late_article_re_aggregates_only_its_earlier_day_and_the_month(late_article_flow):
    assert ranges_and_assets(late_article_flow["after_b"]) == [("2023-03-03", "2023-03-03", ["daily_interactions"])]
    late_run = late_article_flow["late_run"]
    assert late_run.success
    daily = [e for e in late_run.get_asset_materialization_events() if e.asset_key.path == ["daily_interactions"]]
    assert [e.partition for e in daily] == ["2023-03-03"]
    assert late_article_flow["d1_mtime_after"] == late_article_flow["d1_mtime_before"]  # day D1 not rewritten
    store = late_article_flow["resources"]["parquet_store"].store()
    assert {"date=2023-03-03", "date=2023-03-10"} <= set(store.list_partitions("daily_interactions"))
    march = store.read_partition("monthly_interactions", "month=2023-03").to_pylist()
    assert {("USA", "CHN"), ("RUS", "CHN")} <= {(r["source_actor"], r["target_actor"]) for r in march}
    assert all(e.passed for e in late_run.get_asset_check_evaluations())


def test_sensors_are_stopped_until_switched_on():
    for sensor in (new_article_files_sensor, late_events_sensor):
        assert sensor.default_status == dg.DefaultSensorStatus.STOPPED
