"""The bad-input corpus through the real Dagster assets: every file ends in exactly one of article_sources or
rejected_articles (with the reason the corpus expects), the runs succeed, and nothing outside the folder is read."""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import pytest

from badcorpus import (OUTSIDE_MARKER, SQL_NAME, SQL_TEXT, TODAY, UNREADABLE_PATH, deny_reading, make_bad_corpus,
                       record_opened_paths)
from conftest import build_pipeline_resources
from geoevents import warehouse as wh
from geoevents.ingest import REJECTION_REASONS
from test_assets import ASSETS, CHECKS, INGEST_AND_EXTRACT


@pytest.fixture(scope="module")
def bad_corpus_run(tmp_path_factory) -> dict:
    """ingest + extract + aggregates over the bad-input corpus, with every opened path recorded."""
    base = tmp_path_factory.mktemp("badcorpus")
    root = base / "articles"
    expected = make_bad_corpus(root)
    resources = build_pipeline_resources(root, base / "data")
    with pytest.MonkeyPatch.context() as patch:
        deny_reading(patch, [root / UNREADABLE_PATH])
        opened = record_opened_paths(patch)
        ingest = dg.materialize(
            [*ASSETS, *CHECKS], resources=resources, selection=INGEST_AND_EXTRACT, raise_on_error=False,
            run_config={"ops": {"articles": {"config": {"today": TODAY.isoformat()}}}})
    with resources["warehouse"].reader() as con:
        span = wh.day_precision_date_range(con)
    aggregate = dg.materialize(
        [*ASSETS, *CHECKS], resources=resources, selection=dg.AssetSelection.groups("aggregate"),
        raise_on_error=False, partition_key=span[1].isoformat() if span else None)
    return {"root": root, "expected": expected, "resources": resources, "ingest": ingest,
            "aggregate": aggregate, "opened": opened}


def query(resources: dict, sql: str, params: dict | None = None) -> list[tuple]:
    with resources["warehouse"].reader() as con:
        return con.execute(sql, params or None).fetchall()


def test_runs_succeed_and_checks_pass(bad_corpus_run):
    for result in (bad_corpus_run["ingest"], bad_corpus_run["aggregate"]):
        assert result.success
        failed = [e.check_name for e in result.get_asset_check_evaluations() if not e.passed]
        assert not failed


def test_every_file_is_ingested_or_rejected_with_its_expected_reason(bad_corpus_run):
    expected, resources = bad_corpus_run["expected"], bad_corpus_run["resources"]
    ingested = {row[0] for row in query(resources, "SELECT source_path FROM article_sources")}
    rejected = dict(query(resources, "SELECT source_path, reason FROM rejected_articles"))
    assert not ingested & set(rejected), "a file is both ingested and rejected"
    assert ingested | set(rejected) == set(expected), "files in != ingested + rejected"
    for path, want in expected.items():
        got = "ingested" if path in ingested else rejected[path]
        assert got == want.outcome, path
    assert set(rejected.values()) <= set(REJECTION_REASONS)
    details = query(resources, "SELECT source_path FROM rejected_articles WHERE coalesce(detail, '') = ''")
    assert not details, "every rejection carries a detail"


def test_ingest_metadata_counts_match_the_tables(bad_corpus_run):
    metadata = bad_corpus_run["ingest"].asset_materializations_for_node("articles")[0].metadata
    n_files = len(bad_corpus_run["expected"])
    assert metadata["n_files_scanned"].value == n_files
    assert metadata["n_article_sources"].value + metadata["n_rejected_total"].value == n_files


def test_every_ingested_article_has_an_extraction_log_row(bad_corpus_run):
    resources = bad_corpus_run["resources"]
    unlogged = query(resources, "SELECT article_id FROM articles EXCEPT SELECT article_id FROM extraction_log")
    assert not unlogged
    statuses = dict(query(resources, "SELECT a.source_path, l.status FROM articles a JOIN extraction_log l "
                                     "USING (article_id)"))
    assert statuses["french.txt"] == "skipped_language"
    assert statuses["long_line.txt"] == "truncated"  # one 200,000-character "sentence", cut to the limit


def test_nothing_outside_the_articles_folder_is_read(bad_corpus_run):
    root, opened = bad_corpus_run["root"], bad_corpus_run["opened"]
    outside = os.path.realpath(root.parent / f"{root.name}_outside")
    assert opened, "the spy saw no file being opened"
    assert not [path for path in opened if path.startswith(outside + os.sep)]
    assert os.path.realpath(root / "huge_50mb.txt") not in opened
    leaked = query(bad_corpus_run["resources"], "SELECT count(*) FROM articles WHERE contains(body, $marker)",
                   {"marker": OUTSIDE_MARKER})
    assert leaked == [(0,)]


def test_sql_in_a_file_name_and_its_text_is_stored_verbatim(bad_corpus_run):
    resources = bad_corpus_run["resources"]
    rows = query(resources, "SELECT a.body FROM article_sources s JOIN articles a USING (article_id) "
                            "WHERE s.source_path = $path", {"path": SQL_NAME})
    assert len(rows) == 1 and SQL_TEXT in rows[0][0]
    tables = {row[0] for row in query(resources, "SELECT table_name FROM duckdb_tables()")}
    assert {"articles", "events", "article_sources", "rejected_articles"} <= tables


def test_rerun_over_the_same_corpus_changes_nothing(bad_corpus_run, tmp_path):
    """Re-ingesting the corpus (rejections included) leaves the ingest tables as they were."""
    resources = bad_corpus_run["resources"]
    tables = ("articles", "article_sources", "rejected_articles", "extraction_log")
    before = {name: sorted(query(resources, f"SELECT * FROM {name}"), key=repr) for name in tables}  # noqa: S608
    with pytest.MonkeyPatch.context() as patch:
        deny_reading(patch, [Path(bad_corpus_run["root"]) / UNREADABLE_PATH])
        result = dg.materialize([*ASSETS], resources=resources, selection=INGEST_AND_EXTRACT,
                                run_config={"ops": {"articles": {"config": {"today": TODAY.isoformat()}}}})
    assert result.success
    after = {name: sorted(query(resources, f"SELECT * FROM {name}"), key=repr) for name in tables}  # noqa: S608
    assert after == before
