"""Every asset materialized on temporary folders (resources set explicitly), idempotency, checks that fail on
crafted bad rows, the seed acceptance list as seen through the warehouse and the Parquet files."""
import dataclasses
import hashlib
import shutil
import threading
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import fsspec
import psutil
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from assets import aggregate, chart, checks, extract, ingest, reference
from conftest import SEED_ARTICLES, build_pipeline_resources
from geoevents import PROJECT_ROOT
from geoevents import warehouse as wh
from geoevents.publish import ParquetStore, serialize_table
from pipelines.jobs import ingest_and_extract_job
from pipelines.partitions import PARTITION_RANGE_END_TAG, PARTITION_RANGE_START_TAG

ASSETS = dg.load_assets_from_modules([reference, ingest, extract, aggregate])
CHECKS = dg.load_asset_checks_from_modules([checks])
# What ingest_and_extract_job (the sensor's and the hourly schedule's job) materializes.
INGEST_AND_EXTRACT = ingest_and_extract_job.selection
TABLES = ("articles", "article_sources", "rejected_articles", "events", "statements", "sanctions_mentions",
          "actor_mentions", "extraction_log", "cameo_codes", "actors", "actor_codes", "monthly_interactions")


def prepare_articles(folder: Path) -> Path:
    """The seed article, an identical copy under another name, and two files that must be rejected."""
    shutil.copytree(SEED_ARTICLES, folder)
    seed = next(SEED_ARTICLES.glob("*.txt"))
    shutil.copyfile(seed, folder / "zz_copy_of_seed.txt")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return folder


def run_pipeline(resources: dict, extract_config: dict | None = None) -> tuple[dg.ExecuteInProcessResult, ...]:
    """ingest + extract, then the daily range that has events (one run) + monthly, like `make run`."""
    run_config = {"ops": {"extract_events": {"config": extract_config}}} if extract_config else None
    first = dg.materialize([*ASSETS, *CHECKS], resources=resources, selection=INGEST_AND_EXTRACT, run_config=run_config)
    with resources["warehouse"].reader() as con:
        span = wh.day_precision_date_range(con)
    assert span is not None, "the seed article must yield day-precision events"
    second = dg.materialize([*ASSETS, *CHECKS], resources=resources, selection=dg.AssetSelection.groups("aggregate"),
                            tags={PARTITION_RANGE_START_TAG: span[0].isoformat(),
                                  PARTITION_RANGE_END_TAG: span[1].isoformat()})
    return first, second


# Columns naming the run that wrote a row (extraction_log.run_id): a run that re-codes an article writes its own
# id while the data stay the same, so content comparisons leave them out.
RUN_PROVENANCE_COLUMNS = {"extraction_log": ("run_id",)}


def content_query(table: str) -> str:
    """SELECT of a table's content: every column except run provenance."""
    excluded = RUN_PROVENANCE_COLUMNS.get(table)
    return f"SELECT * EXCLUDE ({', '.join(excluded)}) FROM {table}" if excluded else f"SELECT * FROM {table}"


def snapshot(resources: dict) -> dict:
    """Sorted content of every table and sha256 of every Parquet file."""
    with resources["warehouse"].reader() as con:
        tables = {name: sorted(con.execute(content_query(name)).fetchall(), key=repr) for name in TABLES}
    parquet_root = Path(resources["parquet_store"].store().base_path)
    files = {str(p.relative_to(parquet_root)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(parquet_root.rglob("*.parquet"))}
    return {"tables": tables, "parquet": files}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> dict:
    """One pipeline run over the seed articles, shared by the read-only tests of this module."""
    base = tmp_path_factory.mktemp("seeded")
    resources = build_pipeline_resources(prepare_articles(base / "articles"), base / "data")
    first, second = run_pipeline(resources)
    return {"base": base, "resources": resources, "ingest_result": first, "aggregate_result": second,
            "snapshot": snapshot(resources)}


def copy_of_seeded(seeded: dict, target: Path) -> dict:
    shutil.copytree(seeded["base"], target)
    return build_pipeline_resources(target / "articles", target / "data")


def copies_with_three_new_articles(seeded: dict, tmp_path: Path, names: tuple[str, str]) -> tuple[dict, dict]:
    """Two copies of the seeded deployment, each with the same three new articles (Monday, Tuesday, Friday) waiting."""
    new_files = {f"new_{day}.txt": NEW_ARTICLE.replace("Friday", day) for day in ("Monday", "Tuesday", "Friday")}
    copies = tuple(copy_of_seeded(seeded, tmp_path / name) for name in names)
    for resources in copies:
        for name, text in new_files.items():
            (Path(resources["articles_source"].articles_dir) / name).write_text(text, encoding="utf-8")
    return copies


def events(resources: dict, where: str = "true") -> list[dict]:
    with resources["warehouse"].reader() as con:
        cursor = con.execute(f"SELECT * FROM events WHERE {where}")  # noqa: S608 - literal test filters
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


# ------------------------------------------------------------------------------------------------ materializations
def test_every_asset_materializes_with_metadata_and_checks_pass(seeded):
    materialized = {e.asset_key.to_user_string(): e.materialization.metadata
                    for r in (seeded["ingest_result"], seeded["aggregate_result"])
                    for e in r.get_asset_materialization_events()}
    assert set(materialized) == {a.to_user_string() for a in dg.AssetSelection.all().resolve(ASSETS)}
    assert materialized["articles"]["dagster/row_count"].value == 1
    assert materialized["articles"]["n_duplicate_sources"].value == 1
    assert set(materialized["articles"]["rejections_by_reason"].value) == {"empty", "unsupported_extension"}
    events_metadata = materialized["events"]
    assert events_metadata["events_by_type"].value["CONSULT"] >= 1
    assert events_metadata["events_by_language"].value == {"de": events_metadata["dagster/row_count"].value}
    assert "2022-12-30" in events_metadata["affected_dates"].value
    assert isinstance(events_metadata["dagster/column_schema"].value, dg.TableSchema)
    assert materialized["daily_interactions"]["days_with_rows"].value >= 1
    evaluations = [e for r in (seeded["ingest_result"], seeded["aggregate_result"])
                   for e in r.get_asset_check_evaluations()]
    # Every check ran; the daily one twice: on the days the ingest run aggregated itself (its monthly step), and
    # in the range run.
    assert sorted(e.check_name for e in evaluations) == sorted(
        [key.name for c in CHECKS for key in c.check_keys] + ["daily_interactions_match_events"])
    assert all(e.passed for e in evaluations), [(e.check_name, e.metadata) for e in evaluations if not e.passed]
    assert sorted(e.partition for e in seeded["ingest_result"].get_asset_materialization_events()
                  if e.asset_key.path == ["daily_interactions"]) == events_metadata["affected_dates"].value


def test_rerun_and_reprocess_give_identical_tables_and_parquet_bytes(seeded, tmp_path):
    resources = copy_of_seeded(seeded, tmp_path / "again")
    run_pipeline(resources)
    assert snapshot(resources) == seeded["snapshot"]
    run_pipeline(resources, extract_config={"reprocess_all": True, "batch_size": 1})
    assert snapshot(resources) == seeded["snapshot"]


def test_articles_config_paths_ingests_only_the_named_files(seeded, tmp_path):
    resources = copy_of_seeded(seeded, tmp_path / "paths")
    articles_dir = Path(resources["articles_source"].articles_dir)
    (articles_dir / "new.txt").write_text("Paris, 3. März 2023\n\nMacron traf Scholz in Berlin.\n", encoding="utf-8")
    (articles_dir / "not_named.txt").write_text("Noch ein Text über Politik in Europa.\n", encoding="utf-8")
    result = dg.materialize([*ASSETS], resources=resources, selection=["articles"],
                            run_config={"ops": {"articles": {"config": {"paths": ["new.txt"]}}}})
    metadata = result.asset_materializations_for_node("articles")[0].metadata
    assert metadata["n_files_scanned"].value == 1
    with resources["warehouse"].reader() as con:
        paths = {row[0] for row in con.execute("SELECT source_path FROM article_sources").fetchall()}
    assert "new.txt" in paths and "not_named.txt" not in paths


def analyst_article_count(resources: dict) -> int:
    con = duckdb.connect(str(resources["warehouse"].store().analyst_path), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def count_analyst_copies(monkeypatch) -> list[str]:
    """One entry per new analyst copy published from now on (a full copy of the working file or the previous
    copy rewritten in place, geoevents.warehouse.Warehouse.publish)."""
    copies: list[str] = []
    publish = wh.Warehouse._publish_locked

    def counted(store: wh.Warehouse) -> None:
        copies.append(str(store.analyst_path))
        publish(store)
    monkeypatch.setattr(wh.Warehouse, "_publish_locked", counted)
    return copies


def test_one_new_article_costs_one_analyst_copy_for_the_ingest_and_aggregate_runs(seeded, tmp_path, monkeypatch):
    resources = copy_of_seeded(seeded, tmp_path / "publish")
    run_pipeline(resources)  # the copy's new Parquet location: the daily view and the monthly table follow it once
    articles_dir = Path(resources["articles_source"].articles_dir)
    copies = count_analyst_copies(monkeypatch)

    (articles_dir / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    result = dg.materialize([*ASSETS, *CHECKS], resources=resources, selection=INGEST_AND_EXTRACT,
                            run_config={"ops": {"articles": {"config": {"paths": ["new.txt"]}}}})
    assert result.success and len(copies) == 1  # articles, extraction and the monthly table wrote: one copy
    assert analyst_article_count(resources) == 2 and resources["warehouse"].store().analyst_copy_is_current()
    affected = [m for m in result.get_asset_materialization_events() if m.asset_key.path == ["events"]]
    days = affected[0].materialization.metadata["affected_dates"].value
    assert days
    # The late-events sensor's run over the changed days writes Parquet files only.
    assert dg.materialize([*ASSETS, *CHECKS], resources=resources,
                          selection=dg.AssetSelection.assets("daily_interactions"),
                          tags={PARTITION_RANGE_START_TAG: min(days), PARTITION_RANGE_END_TAG: max(days)}).success
    assert len(copies) == 1

    dg.materialize([*ASSETS, *CHECKS], resources=resources, selection=INGEST_AND_EXTRACT,
                   run_config={"ops": {"articles": {"config": {"paths": []}}}})
    assert len(copies) == 1  # nothing changed: nothing to copy

    (articles_dir / "only_ingested.txt").write_text(NEW_ARTICLE.replace("Friday", "Thursday"), encoding="utf-8")
    dg.materialize([*ASSETS], resources=resources, selection=["articles"],
                   run_config={"ops": {"articles": {"config": {"paths": ["only_ingested.txt"]}}}})
    assert len(copies) == 2 and analyst_article_count(resources) == 3  # a run of the articles step alone


def test_a_run_that_fails_half_way_publishes_what_it_committed(seeded, tmp_path, monkeypatch):
    resources = copy_of_seeded(seeded, tmp_path / "failing")
    (Path(resources["articles_source"].articles_dir) / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")

    def failing_write(*args, **kwargs):
        raise RuntimeError("disk full")
    monkeypatch.setattr(extract.wh, "replace_extraction", failing_write)
    result = dg.materialize([*ASSETS, *CHECKS], resources=resources, selection=INGEST_AND_EXTRACT,
                            run_config={"ops": {"articles": {"config": {"paths": ["new.txt"]}}}}, raise_on_error=False)

    assert not result.success
    assert analyst_article_count(resources) == 2 and resources["warehouse"].store().analyst_copy_is_current()


def test_coded_batches_are_written_in_groups_one_transaction_each_and_a_rerun_completes_a_failed_run(
        seeded, tmp_path, monkeypatch):
    grouped, at_once = copies_with_three_new_articles(seeded, tmp_path, ("grouped", "at_once"))
    run_pipeline(at_once)

    writes: list[int] = []
    replace_extraction = extract.wh.replace_extraction

    def second_write_fails(con, article_ids, rows, run_id=None):
        writes.append(len(article_ids))
        if len(writes) == 2:
            raise RuntimeError("disk full")
        return replace_extraction(con, article_ids, rows, run_id=run_id)
    monkeypatch.setattr(extract.wh, "replace_extraction", second_write_fails)
    in_groups_of_two = {"batch_size": 1, "write_batch_size": 2}
    failed = dg.materialize([*ASSETS, *CHECKS], resources=grouped, selection=INGEST_AND_EXTRACT, raise_on_error=False,
                            run_config={"ops": {"extract_events": {"config": in_groups_of_two}}})
    assert not failed.success and writes == [2, 1]   # 3 pending articles: a group of two, then the last one
    with grouped["warehouse"].reader() as con:   # the first group is committed, the failed one left nothing
        assert len(wh.pending_article_ids(con, extract.EXTRACTOR_VERSION, False)) == 1
        assert con.execute("SELECT count(DISTINCT article_id) FROM events").fetchone()[0] == 3

    writes.clear()
    run_pipeline(grouped, extract_config=in_groups_of_two)
    assert writes == [1]
    coded_tables = ("events", "statements", "sanctions_mentions", "actor_mentions", "extraction_log")
    assert ({table: snapshot(grouped)["tables"][table] for table in coded_tables}
            == {table: snapshot(at_once)["tables"][table] for table in coded_tables})



def test_the_next_batch_is_coded_while_the_last_one_is_turned_into_tables(seeded, tmp_path, monkeypatch):
    """The coding thread goes on to the next batch while another thread joins the last batch's columns into Arrow
    tables (the engine's workers used to wait for each conversion), and the rows are those written otherwise."""
    overlapping, reference_run = copies_with_three_new_articles(seeded, tmp_path, ("overlapping", "reference"))
    run_pipeline(reference_run)

    coding_started: list[list[str]] = []
    second_batch_coding = threading.Event()
    code_articles = extract.code_articles

    def recording_code_articles(coder, article_rows, *args, **kwargs):
        coding_started.append([row[0] for row in article_rows])
        if len(coding_started) == 2:
            second_batch_coding.set()
        return code_articles(coder, article_rows, *args, **kwargs)
    extraction_batch_tables = extract.wh.extraction_batch_tables
    coded_during_first_conversion: list[bool] = []

    def first_conversion_waits_for_the_second_batch(*args, **kwargs):
        if not coded_during_first_conversion:   # in the coding thread this waits in vain (and the test fails)
            coded_during_first_conversion.append(second_batch_coding.wait(timeout=20))
        return extraction_batch_tables(*args, **kwargs)
    monkeypatch.setattr(extract, "code_articles", recording_code_articles)
    monkeypatch.setattr(extract.wh, "extraction_batch_tables", first_conversion_waits_for_the_second_batch)
    run_pipeline(overlapping, extract_config={"batch_size": 1, "write_batch_size": 2})

    assert coded_during_first_conversion == [True]
    assert len(coding_started) == 3
    coded_tables = ("events", "statements", "sanctions_mentions", "actor_mentions", "extraction_log")
    assert ({table: snapshot(overlapping)["tables"][table] for table in coded_tables}
            == {table: snapshot(reference_run)["tables"][table] for table in coded_tables})



def test_by_default_each_write_group_is_coded_in_one_stream(seeded, tmp_path, monkeypatch):
    """Without a batch_size the articles of a write group are coded together: one stream of chunks to the engine's
    workers per transaction, not four streams (the workers wait at the end of each)."""
    resources = copy_of_seeded(seeded, tmp_path / "streams")
    for day in ("Monday", "Tuesday", "Friday"):
        (Path(resources["articles_source"].articles_dir) / f"new_{day}.txt").write_text(
            NEW_ARTICLE.replace("Friday", day), encoding="utf-8")
    coded: list[int] = []
    written: list[int] = []
    code_articles, replace_extraction = extract.code_articles, extract.wh.replace_extraction

    def recording_code_articles(coder, article_rows, *args, **kwargs):
        coded.append(len(article_rows))
        return code_articles(coder, article_rows, *args, **kwargs)

    def recording_write(con, article_ids, rows, run_id=None):
        written.append(len(article_ids))
        return replace_extraction(con, article_ids, rows, run_id=run_id)
    monkeypatch.setattr(extract, "code_articles", recording_code_articles)
    monkeypatch.setattr(extract.wh, "replace_extraction", recording_write)
    run_pipeline(resources, extract_config={"write_batch_size": 2})
    assert coded == [2, 1] and written == [2, 1]
    assert extract.ExtractConfig().batch_size == 0

def test_a_full_scan_in_workers_starts_their_server_before_it_prepares_the_model_cache(tmp_path, monkeypatch):
    """The scan workers' forkserver imports its modules while the caller prepares the model cache: started before
    ingest_entries, only when that will use workers (enough local files, more than one process)."""
    from multiprocessing import forkserver

    from geoevents.ingest import IngestSettings, iter_article_files

    folder = tmp_path / "articles"
    folder.mkdir()
    for index in range(3):
        (folder / f"a{index}.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    few = IngestSettings(min_files_for_workers=3)
    entries = list(iter_article_files(str(folder), few))
    assert not ingest.start_scan_worker_server(entries, few, n_process=1)
    assert not ingest.start_scan_worker_server(entries[:2], few, n_process=2)
    in_memory = [dataclasses.replace(entry, fs=fsspec.filesystem("memory")) for entry in entries]
    assert not ingest.start_scan_worker_server(in_memory, few, n_process=2)
    assert ingest.start_scan_worker_server(entries, few, n_process=2)
    server = forkserver._forkserver._forkserver_pid   # noqa: SLF001 - the stdlib's one server per process
    assert server is not None and psutil.Process(server).is_running()

    calls: list[str] = []
    monkeypatch.setattr(ingest, "start_scan_worker_server", lambda to_read, settings, n_process: calls.append(
        f"start {len(to_read)} files, {n_process} processes"))
    monkeypatch.setattr(ingest.ingest, "ingest_entries", lambda to_read, settings, today, n_process: calls.append(
        f"scan {len(to_read)} files") or [])
    resources = build_pipeline_resources(folder, tmp_path / "data")
    assert dg.materialize([*ASSETS], resources=resources, selection=["articles"],
                          run_config={"ops": {"articles": {"config": {"n_process": 2}}}}).success
    assert calls == ["start 3 files, 2 processes", "scan 3 files"]

# ------------------------------------------------------------------------------------------------ seed acceptance
def test_seed_events_in_the_warehouse(seeded):
    resources = seeded["resources"]
    day = "event_date = DATE '2022-12-30' AND date_precision = 'day'"
    consult = events(resources, f"event_type = 'CONSULT' AND {day}")
    assert {(e["source_actor"], e["target_actor"]) for e in consult} & {("CHN", "RUS"), ("RUS", "CHN")}
    assert events(resources, f"event_type = 'STATEMENT' AND source_actor = 'USA' AND target_actor = 'CHN' AND {day}")
    assert events(resources, "event_type = 'ACCUSE' AND source_actor = 'USA' AND target_actor = 'CHN'")
    assault = events(resources, "event_type = 'ASSAULT' AND source_actor = 'RUS' AND target_actor = 'UKR'")
    # The February invasion keeps month precision (the continuing war may also be coded on the publication day).
    assert (date(2022, 2, 1), "month") in {(e["event_date"], e["date_precision"]) for e in assault}


def test_seed_daily_parquet_partition_and_month_precision(seeded):
    store: ParquetStore = seeded["resources"]["parquet_store"].store()
    partitions = store.list_partitions("daily_interactions")
    assert "date=2022-12-30" in partitions
    assert not [p for p in partitions if p.startswith("date=2022-02")]
    dyads = {(r["source_actor"], r["target_actor"])
             for r in store.read_partition("daily_interactions", "date=2022-12-30").to_pylist()}
    assert dyads & {("CHN", "RUS"), ("RUS", "CHN")}
    assert ("USA", "CHN") in dyads
    february = store.read_partition("monthly_interactions", "month=2022-02").to_pylist()
    assault = [r for r in february if (r["source_actor"], r["target_actor"], r["event_type"]) == ("RUS", "UKR", "ASSAULT")]
    assert assault and assault[0]["n_month_precision"] >= 1 and assault[0]["n_day_precision"] == 0


def test_analyst_copy_has_views_over_parquet_and_example_queries_run(seeded):
    analyst_path = seeded["resources"]["warehouse"].store().analyst_path
    con = duckdb.connect(str(analyst_path), read_only=True)
    try:
        rows = con.execute("SELECT source_actor, target_actor, sum(n_events) FROM china_russia_us_daily "
                           "WHERE date = DATE '2022-12-30' GROUP BY ALL").fetchall()
        assert ("USA", "CHN") in {(s, t) for s, t, _ in rows}
        for query in sorted((PROJECT_ROOT / "sql" / "queries").glob("*.sql")):
            con.execute(query.read_text(encoding="utf-8")).fetchall()
        explained = con.execute("SELECT rule_id, evidence_text FROM events_explained LIMIT 1").fetchone()
        assert explained[0] and explained[1]
    finally:
        con.close()


def test_partition_tables_slice_the_runs_of_an_ordered_table_and_filter_an_unordered_one():
    days = [date(2022, 12, 29)] * 3 + [date(2022, 12, 30)] * 4 + [date(2022, 12, 31)]
    table = pa.Table.from_batches([  # chunks that split a day's rows, as DuckDB's Arrow batches can
        pa.record_batch({"date": pa.array(days[i:i + 3], pa.date32()), "n": list(range(i, min(i + 3, 8)))})
        for i in range(0, 8, 3)])

    def filtered(t: pa.Table) -> dict:
        return {day: t.filter(pc.equal(t.column("date"), pa.scalar(day, pa.date32())))
                for day in sorted(set(t.column("date").to_pylist()))}

    sliced = aggregate.partition_tables(table, "date")
    assert [day for day, _ in sliced] == sorted(set(days))
    expected = filtered(table)
    for day, rows in sliced:
        assert rows.equals(expected[day])
        assert serialize_table(rows, SCHEMA_N) == serialize_table(expected[day], SCHEMA_N)
    shuffled = table.take([7, 0, 3, 1, 4, 2, 5, 6])   # a day's rows in two runs: filtered per value
    assert {day: rows.column("n").to_pylist() for day, rows in aggregate.partition_tables(shuffled, "date")} == {
        day: rows.column("n").to_pylist() for day, rows in filtered(shuffled).items()}
    assert aggregate.partition_tables(table.slice(0, 0), "date") == []


SCHEMA_N = pa.schema([pa.field("n", pa.int64())])


# ------------------------------------------------------------------------------------------------ checks can fail
def run_check(resources: dict, check_name: str) -> dg.AssetCheckEvaluation:
    check_key = next(key for c in CHECKS for key in c.check_keys if key.name == check_name)
    result = dg.materialize([*ASSETS, *CHECKS], resources=resources,
                            selection=dg.AssetSelection.checks(check_key), raise_on_error=False)
    (evaluation,) = result.get_asset_check_evaluations()
    return evaluation


@pytest.mark.parametrize("check_name, corruption", [
    ("events_keys_consistent",
     "INSERT INTO statements (statement_id, event_id, article_id, is_direct_quote) "
     "VALUES ('orphan', 'no-such-event', 'x', false)"),
    ("events_codes_in_reference_tables",
     "UPDATE events SET source_actor = 'ZZZ' WHERE event_id = (SELECT min(event_id) FROM events)"),
    ("events_evidence_spans_match_body",
     "UPDATE events SET evidence_text = 'not in the article' WHERE event_id = (SELECT min(event_id) FROM events)"),
    ("events_dates_not_after_publication", "UPDATE articles SET published_date = DATE '2020-01-01'"),
    ("daily_interactions_match_events",
     "DELETE FROM events WHERE event_id = (SELECT min(event_id) FROM events WHERE date_precision = 'day' "
     "AND modality = 'asserted' AND NOT negated AND source_actor IS NOT NULL AND target_actor IS NOT NULL)"),
])
def test_each_check_fails_on_crafted_bad_rows(seeded, tmp_path, check_name, corruption):
    resources = copy_of_seeded(seeded, tmp_path / "bad")
    assert run_check(resources, check_name).passed
    with resources["warehouse"].writer() as con:
        con.execute(corruption)
    evaluation = run_check(resources, check_name)
    assert not evaluation.passed
    assert evaluation.metadata


EVENT_CHECKS = ("events_keys_consistent", "events_codes_in_reference_tables", "events_evidence_spans_match_body",
                "events_dates_not_after_publication")
NEW_ARTICLE = ("Beijing, March 3, 2023\n\nChinese President Xi Jinping met Russian President Vladimir Putin in "
               "Moscow on Friday. The United States criticized China for its support of Russia.\n")


def event_check_evaluations(result: dg.ExecuteInProcessResult) -> dict[str, dg.AssetCheckEvaluation]:
    return {e.check_name: e for e in result.get_asset_check_evaluations() if e.check_name in EVENT_CHECKS}


def test_event_checks_of_a_run_read_the_articles_it_coded_and_on_their_own_everything(seeded, tmp_path):
    resources = copy_of_seeded(seeded, tmp_path / "scoped")
    first_run = {name: e.metadata["checked"].value
                 for name, e in event_check_evaluations(seeded["ingest_result"]).items()}
    assert first_run.pop("events_codes_in_reference_tables") == "all events: this run reloaded the reference tables"
    assert set(first_run.values()) == {"all events: this run coded every article (1)"}
    with resources["warehouse"].writer() as con:  # a broken row in the article an earlier run coded
        broken = con.execute("UPDATE events SET evidence_text = 'not in the article' WHERE event_id = "
                             "(SELECT min(event_id) FROM events) RETURNING event_id").fetchone()[0]
    (Path(resources["articles_source"].articles_dir) / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    result = dg.materialize([*ASSETS, *CHECKS], resources=resources, selection=INGEST_AND_EXTRACT,
                            run_config={"ops": {"articles": {"config": {"paths": ["new.txt"]}}}})
    evaluations = event_check_evaluations(result)
    assert set(evaluations) == set(EVENT_CHECKS) and all(e.passed for e in evaluations.values())
    assert {e.metadata["checked"].value for e in evaluations.values()} == {
        "events of the 1 articles this run coded (of 2)"}
    with resources["warehouse"].reader() as con:
        new_article_events = con.execute(
            "SELECT count(*) FROM events JOIN extraction_log USING (article_id) WHERE run_id = $run_id",
            {"run_id": result.run_id}).fetchone()[0]
    assert new_article_events >= 1  # the scoped checks had the new article's events to read

    alone = run_check(resources, "events_evidence_spans_match_body")
    assert not alone.passed
    assert alone.metadata["checked"].value.startswith("all events: this run did not code articles")
    assert broken in alone.metadata["problems"].value

    nothing_new = dg.materialize([*ASSETS, *CHECKS], resources=resources, selection=INGEST_AND_EXTRACT,
                                 run_config={"ops": {"articles": {"config": {"paths": []}}}})
    evaluations = event_check_evaluations(nothing_new)
    assert all(e.passed for e in evaluations.values())
    assert {e.metadata["checked"].value for e in evaluations.values()} == {
        "events of the 0 articles this run coded (of 2)"}


def test_codes_check_reads_every_event_after_the_run_reloaded_the_reference_tables(seeded, tmp_path):
    resources = copy_of_seeded(seeded, tmp_path / "reloaded")
    with resources["warehouse"].writer() as con:  # as if the seeds had changed since the last load
        con.execute("DELETE FROM warehouse_meta WHERE key = 'reference_sha256'")
    (Path(resources["articles_source"].articles_dir) / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    result = dg.materialize([*ASSETS, *CHECKS], resources=resources, selection=INGEST_AND_EXTRACT,
                            run_config={"ops": {"articles": {"config": {"paths": ["new.txt"]}}}})
    checked = {name: e.metadata["checked"].value for name, e in event_check_evaluations(result).items()}
    assert checked.pop("events_codes_in_reference_tables") == "all events: this run reloaded the reference tables"
    assert set(checked.values()) == {"events of the 1 articles this run coded (of 2)"}


def test_daily_partition_file_is_removed_when_its_day_has_no_eligible_events(seeded, tmp_path):
    resources = copy_of_seeded(seeded, tmp_path / "stale")
    with resources["warehouse"].writer() as con:
        con.execute("UPDATE events SET negated = true WHERE event_date = DATE '2022-12-30'")
    result = dg.materialize([*ASSETS, *CHECKS], resources=resources, partition_key="2022-12-30",
                            selection=dg.AssetSelection.assets("daily_interactions"))
    assert result.success
    assert "date=2022-12-30" not in resources["parquet_store"].store().list_partitions("daily_interactions")
    with resources["warehouse"].reader() as con:
        assert con.execute("SELECT count(*) FROM daily_interactions WHERE date = DATE '2022-12-30'").fetchone() == (0,)


def test_chart_asset_draws_the_china_russia_us_chart_from_the_daily_files(seeded, tmp_path):
    resources = copy_of_seeded(seeded, tmp_path / "chart")
    (daily,) = [e for e in seeded["aggregate_result"].get_asset_materialization_events()
                if e.asset_key == dg.AssetKey("daily_interactions")][-1:]
    assert "china_russia_us_chart" not in daily.materialization.metadata  # a daily run does not draw it
    result = dg.materialize([*ASSETS, chart.china_russia_us_chart], resources=resources,
                            selection=["china_russia_us_chart"])
    (drawn,) = result.get_asset_materialization_events()
    metadata = drawn.materialization.metadata
    assert metadata["china_russia_us_chart"].value.startswith("![China-Russia-US daily events](data:image/png;base64,")
    assert metadata["china_russia_us_chart_events"].value > 0
    assert (Path(resources["parquet_store"].store().base_path) / chart.CHART_FILE).read_bytes().startswith(b"\x89PNG")


def test_every_seed_acceptance_row_is_in_the_warehouse_tables(seeded):
    """All 14 rows of the seed spec, judged on the rows analysts query (events + statements + sanctions_mentions),
    with the same checks the evaluation applies to the engine's output (tests/gold/seed_expected.json)."""
    from dataclasses import fields

    from geoevents.engine.model import Event, ExtractionResult, SanctionMention, Statement
    from geoevents.evaluation.datasets import load_seed_expected
    from geoevents.evaluation.seed import score_seed

    def rows(con, table):
        cursor = con.execute(f"SELECT * FROM {table}")  # noqa: S608 - fixed table names
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def build(cls, row):
        return cls(**{f.name: row[f.name] for f in fields(cls) if f.name in row})

    with seeded["resources"]["warehouse"].reader() as con:
        statements = {row["event_id"]: build(Statement, row) for row in rows(con, "statements")}
        events = []
        for row in rows(con, "events"):
            event = build(Event, {k: v for k, v in row.items() if k != "statement"})
            event.statement = statements.get(row["event_id"])
            events.append(event)
        sanctions = [build(SanctionMention, row) for row in rows(con, "sanctions_mentions")]
    result = ExtractionResult(language="de", n_sentences=0, events=events, sanctions=sanctions)
    score = score_seed(load_seed_expected(Path(__file__).parent / "gold"), result)
    missing = [f"row {r.row}: {r.description} ({r.detail})" for r in score.rows if not r.found]
    assert len(score.rows) == 14 and not missing, missing
