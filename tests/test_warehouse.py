"""geoevents.warehouse and geoevents.publish without Dagster: schema, transactions, analyst copy, aggregates, Parquet."""
from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
from collections import defaultdict
from dataclasses import asdict
from datetime import date, datetime, timedelta
from decimal import Decimal

import duckdb
import pyarrow as pa
import pytest

from geoevents import reference
from geoevents import warehouse as wh
from geoevents.engine.model import ActorMention, ExtractionResult, SanctionMention, Statement
from geoevents.ingest.model import IngestedArticle, RejectedFile
from geoevents.publish import DAILY_INTERACTIONS_SCHEMA, ParquetStore, serialize_table

BODY = "Putin und Xi trafen sich am Freitag. Biden kritisierte China. Russland griff die Ukraine an."


def article(article_id="a1", source_path="one.txt", body=BODY, published=date(2022, 12, 30)) -> IngestedArticle:
    return IngestedArticle(
        source_path=source_path, article_id=article_id, title=body.split(".")[0], body=body, language="de",
        language_confidence=0.99, supported_language=True, published_date=published,
        published_date_basis="text_explicit", content_sha256="sha-" + source_path, source_encoding="utf-8",
        source_format="text")


def test_schema_is_idempotent_and_views_work_before_any_parquet(tmp_path):
    store = wh.Warehouse(tmp_path)
    store.ensure_schema()
    store.ensure_schema()
    with store.reader() as con:
        tables = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert {"articles", "events", "monthly_interactions", "cameo_codes", "actor_codes"} <= tables
        assert con.execute("SELECT count(*) FROM daily_interactions").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM china_russia_us_daily").fetchone() == (0,)
        types = dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() "
                                 "WHERE table_name = 'daily_interactions'").fetchall())
    assert types["date"] == "DATE" and types["n_events"] == "BIGINT"


def test_writer_rolls_back_on_error_and_does_not_publish(tmp_path):
    store = wh.Warehouse(tmp_path)
    with store.writer() as con:
        wh.write_ingest_batch(con, wh.ingest_rows([article()], datetime(2024, 1, 1)))
    published = store.analyst_path.read_bytes()
    with pytest.raises(RuntimeError, match="boom"):
        with store.writer() as con:
            wh.write_ingest_batch(con, wh.ingest_rows([article("a2", "two.txt", BODY + " Mehr.")], datetime(2024, 1, 2)))
            raise RuntimeError("boom")
    with store.reader() as con:
        assert con.execute("SELECT article_id FROM articles").fetchall() == [("a1",)]
    assert store.analyst_path.read_bytes() == published


def test_analyst_connection_keeps_reading_old_copy_while_pipeline_publishes(tmp_path):
    store = wh.Warehouse(tmp_path)
    with store.writer() as con:
        wh.write_ingest_batch(con, wh.ingest_rows([article()], datetime(2024, 1, 1)))
    analyst = duckdb.connect(str(store.analyst_path), read_only=True)
    try:
        with store.writer() as con:  # needs no lock on the analyst file
            wh.write_ingest_batch(con, wh.ingest_rows([article("a2", "two.txt", BODY + " Mehr.")], datetime(2024, 1, 2)))
        assert analyst.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    finally:
        analyst.close()
    fresh = duckdb.connect(str(store.analyst_path), read_only=True)
    try:
        assert fresh.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    finally:
        fresh.close()
    assert not list(tmp_path.glob("*.tmp-*"))


def test_publish_copies_only_when_the_working_database_changed(tmp_path):
    store = wh.Warehouse(tmp_path)
    with store.writer() as con:
        wh.write_ingest_batch(con, wh.ingest_rows([article()], datetime(2024, 1, 1)))
    first_copy = store.analyst_path.stat().st_ino
    with store.writer() as con:  # the same rows again: the upserts change nothing
        wh.write_ingest_batch(con, wh.IngestBatch())
    store.publish()
    assert store.analyst_copy_is_current() and store.analyst_path.stat().st_ino == first_copy
    with store.writer(publish=False) as con:  # a commit whose publish never happened (e.g. a crash)
        wh.write_ingest_batch(con, wh.ingest_rows([article("a2", "two.txt", BODY + " Mehr.")], datetime(2024, 1, 2)))
    assert not store.analyst_copy_is_current()
    store.publish()
    assert store.analyst_path.stat().st_ino != first_copy and store.analyst_copy_is_current()
    analyst = duckdb.connect(str(store.analyst_path), read_only=True)
    try:
        assert analyst.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    finally:
        analyst.close()
    store.publish(force=True)
    assert not list(tmp_path.glob("*.tmp-*"))


@pytest.mark.parametrize("target, written", [
    (b"", 10 * 256),             # no previous bytes: everything written
    (b"A" * 10 * 256, 3 * 256),  # same size: only the three units that differ
    (b"A" * 13 * 256, 3 * 256),  # longer: the differing units, then cut
    (b"A" * 7 * 256, 5 * 256),   # shorter: the two differing units it has and the three missing ones
])
def test_copy_changed_blocks_rewrites_the_units_that_differ(tmp_path, target, written):
    source = bytearray(b"A" * 10 * 256)
    for unit in (1, 4, 8):
        source[unit * 256 + 17] = ord("B")
    (tmp_path / "source").write_bytes(source)
    (tmp_path / "target").write_bytes(target)
    fd = os.open(tmp_path / "target", os.O_RDWR)
    try:
        assert wh.copy_changed_blocks(tmp_path / "source", fd, unit=256) == written
    finally:
        os.close(fd)
    assert (tmp_path / "target").read_bytes() == source


def _publish_article(store: wh.Warehouse, number: int) -> None:
    with store.writer() as con:
        wh.write_ingest_batch(con, wh.ingest_rows(
            [article(f"a{number}", f"{number}.txt", f"{BODY} Nummer {number}.")], datetime(2024, 1, number)))


def _inode(path) -> int:
    return path.stat().st_ino


def test_publish_rewrites_the_previous_analyst_copy_in_place(tmp_path):
    """The third publish reuses the copy the second one replaced: same file, now the working file's bytes."""
    store = wh.Warehouse(tmp_path)
    _publish_article(store, 1)
    assert not store.previous_analyst_path.exists()  # nothing was replaced yet
    first = _inode(store.analyst_path)
    _publish_article(store, 2)
    second = _inode(store.analyst_path)
    assert second != first and _inode(store.previous_analyst_path) == first
    _publish_article(store, 3)
    assert _inode(store.analyst_path) == first and _inode(store.previous_analyst_path) == second
    assert store.analyst_path.read_bytes() == store.work_path.read_bytes()
    analyst = duckdb.connect(str(store.analyst_path), read_only=True)
    try:
        assert analyst.execute("SELECT count(*) FROM articles").fetchone() == (3,)
    finally:
        analyst.close()
    assert not list(tmp_path.glob("*.tmp-*")) and not list(store.work_path.parent.glob("*.tmp-*"))


def test_publish_never_rewrites_a_previous_copy_with_another_name(tmp_path):
    """A previous copy that is also the analyst file (linked by hand) is replaced by a full copy, not rewritten."""
    store = wh.Warehouse(tmp_path)
    _publish_article(store, 1)
    _publish_article(store, 2)
    store.previous_analyst_path.unlink()
    os.link(store.analyst_path, store.previous_analyst_path)
    published = store.analyst_path.read_bytes()
    live = _inode(store.analyst_path)
    with store.writer(publish=False) as con:
        wh.write_ingest_batch(con, wh.ingest_rows([article("a3", "3.txt", f"{BODY} Nummer 3.")], datetime(2024, 1, 3)))
    store.publish()
    assert _inode(store.analyst_path) != live and _inode(store.previous_analyst_path) == live
    assert store.previous_analyst_path.read_bytes() == published   # the old analyst file was not touched
    assert store.analyst_path.read_bytes() == store.work_path.read_bytes()


# Runs in a separate process: an analyst's connection to the analyst file, counting articles on every input line.
HOLDING_READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
for _ in sys.stdin:
    print(con.execute("SELECT count(*) FROM articles").fetchone()[0], flush=True)
"""


@pytest.mark.parametrize("reader_in", ["another process", "this process"])
def test_publish_never_rewrites_a_copy_a_reader_holds(tmp_path, reader_in):
    """An analyst connected before two publishes holds the file that is now the previous copy: the next publish
    copies in full instead, and the analyst keeps reading the snapshot they opened."""
    store = wh.Warehouse(tmp_path)
    _publish_article(store, 1)
    _publish_article(store, 2)
    held = _inode(store.analyst_path)
    if reader_in == "another process":
        reader = subprocess.Popen([sys.executable, "-c", HOLDING_READER, str(store.analyst_path)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

        def count() -> int:
            reader.stdin.write("count\n")
            reader.stdin.flush()
            return int(reader.stdout.readline())
    else:
        connection = duckdb.connect(str(store.analyst_path), read_only=True)

        def count() -> int:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    try:
        assert count() == 2
        _publish_article(store, 3)  # reuses the first copy, nobody holds it
        assert _inode(store.previous_analyst_path) == held
        _publish_article(store, 4)  # the previous copy is held: a full copy
        _publish_article(store, 5)
        assert held not in (_inode(store.analyst_path), _inode(store.previous_analyst_path))
        assert count() == 2
    finally:
        if reader_in == "another process":
            reader.stdin.close()
            assert reader.wait(timeout=60) == 0
        else:
            connection.close()
    assert store.analyst_path.read_bytes() == store.work_path.read_bytes()
    fresh = duckdb.connect(str(store.analyst_path), read_only=True)
    try:
        assert fresh.execute("SELECT count(*) FROM articles").fetchone() == (5,)
    finally:
        fresh.close()


def test_reference_tables_and_daily_view_record_what_they_were_built_from(tmp_path):
    store = wh.Warehouse(tmp_path)
    cameo = [{**asdict(code), "root": code.root} for code in reference.load_cameo_codes().values()]
    fingerprint = wh.reference_fingerprint(cameo, [], [])
    assert fingerprint != wh.reference_fingerprint([{**cameo[0], "name": "other"}, *cameo[1:]], [], [])
    with store.reader() as con:
        assert not wh.reference_tables_hold(con, fingerprint)
        assert not wh.daily_interactions_source_is(con, None)
    with store.writer() as con:
        wh.replace_reference_tables(con, cameo, [], [])
        wh.set_daily_interactions_source(con, None)
    with store.reader() as con:
        assert wh.reference_tables_hold(con, fingerprint)
        assert wh.daily_interactions_source_is(con, None)
        assert not wh.daily_interactions_source_is(con, str(tmp_path / "parquet" / "*" / "*.parquet"))


def test_writers_append_in_small_row_groups_under_the_files_own_catalog_name(tmp_path):
    store = wh.Warehouse(tmp_path, memory_limit="256MB", threads=1)
    records = [article(f"id{i}", f"f{i}.txt", f"{BODY} {i}") for i in range(wh.WRITE_ROW_GROUP_SIZE + 10)]
    with store.writer() as con:
        assert con.execute("SELECT current_database()").fetchone() == (wh.WAREHOUSE_CATALOG,)
        assert con.execute("SELECT current_setting('threads')").fetchone() == (1,)
        wh.write_ingest_batch(con, wh.ingest_rows(records, datetime(2024, 1, 1)))
    plain = duckdb.connect(str(store.work_path), read_only=True)
    try:
        assert plain.execute("SELECT current_database()").fetchone() == (wh.WAREHOUSE_CATALOG,)
        n_row_groups = plain.execute("SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('articles')"
                                     ).fetchone()[0]
    finally:
        plain.close()
    assert n_row_groups == 2


def test_corrupt_working_database_fails_with_the_file_name_and_is_kept(tmp_path):
    store = wh.Warehouse(tmp_path)
    store.work_path.parent.mkdir(parents=True)
    store.work_path.write_bytes(b"not a duckdb file" * 500)
    with pytest.raises(wh.WarehouseError, match=str(store.work_path)):
        with store.writer():
            pass
    assert store.work_path.read_bytes().startswith(b"not a duckdb file")


def test_ingest_upsert_keeps_first_ingestion_and_tracks_duplicates_and_rejections(tmp_path):
    store = wh.Warehouse(tmp_path)
    first = [article(), article(source_path="copy.txt"), RejectedFile("bad.bin", "binary", "NUL bytes", "x")]
    with store.writer() as con:
        wh.write_ingest_batch(con, wh.ingest_rows(first, datetime(2024, 1, 1)))
    # Second scan: bad.bin was fixed and now carries a new article; the first article is seen again later.
    second = [article(), article(source_path="copy.txt"), article("a3", "bad.bin", BODY + " Neu.")]
    with store.writer() as con:
        wh.write_ingest_batch(con, wh.ingest_rows(second, datetime(2024, 2, 1)))
    with store.reader() as con:
        assert con.execute("SELECT article_id, ingested_at FROM articles ORDER BY 1").fetchall() == [
            ("a1", datetime(2024, 1, 1)), ("a3", datetime(2024, 2, 1))]
        assert con.execute("SELECT source_path, article_id, is_duplicate, first_seen_at FROM article_sources "
                           "ORDER BY 1").fetchall() == [
            ("bad.bin", "a3", False, datetime(2024, 2, 1)),
            ("copy.txt", "a1", True, datetime(2024, 1, 1)),
            ("one.txt", "a1", False, datetime(2024, 1, 1))]
        assert con.execute("SELECT count(*) FROM rejected_articles").fetchone() == (0,)


def test_rejection_keeps_first_seen_for_the_same_reason(tmp_path):
    store = wh.Warehouse(tmp_path)
    for seen, reason in [(datetime(2024, 1, 1), "binary"), (datetime(2024, 1, 2), "binary"),
                         (datetime(2024, 1, 3), "too_large")]:
        with store.writer(publish=False) as con:
            wh.write_ingest_batch(con, wh.ingest_rows([RejectedFile("f.txt", reason, "d")], seen))
        with store.reader() as con:
            row = con.execute("SELECT reason, seen_at FROM rejected_articles").fetchone()
        expected_seen = datetime(2024, 1, 1) if reason == "binary" else datetime(2024, 1, 3)
        assert row == (reason, expected_seen)


def _extraction(make_event) -> ExtractionResult:
    quote = make_event(cameo_code="010", event_type="STATEMENT", char_start=37, char_end=61,
                       evidence_text=BODY[37:61], source_actor="USA", target_actor="CHN", rule_id="stmt")
    quote.statement = Statement(speaker_actor="USA", speaker_text="Biden", addressee_actor="CHN",
                                quote_text=None, is_direct_quote=False)
    return ExtractionResult(language="de", n_sentences=3, events=[
        make_event(char_start=0, char_end=36, evidence_text=BODY[:36]),
        make_event(char_start=0, char_end=36, evidence_text=BODY[:36]),  # exact duplicate: kept once
        quote,
        make_event(char_start=62, char_end=len(BODY), evidence_text=BODY[62:], cameo_code="190",
                   event_type="ASSAULT", source_actor="RUS", target_actor="UKR", goldstein=-10.0, quad_class=4,
                   event_date=date(2022, 2, 1), date_precision="month", rule_id="assault"),
    ], sanctions=[SanctionMention(1, 0, 5, "WST", "CHN", "evade", False, None, BODY[:36], "sanction")])


def test_extraction_batch_tables_are_the_tables_of_extraction_rows(tmp_path, make_event, coder):
    """The extract asset's column-by-column conversion gives the same tables (values, types, row order) and the
    same duplicate count as extraction_tables over extraction_rows: crafted duplicates of every kind, a statement,
    a truncated and an empty result, articles logged without coding, and the engine's own results."""
    from conftest import SEED_ARTICLES

    store = wh.Warehouse(tmp_path)
    with store.reader() as con:
        schemas = wh.extraction_schemas(con)
    wh_actor = ActorMention(0, 5, "USA", "GOV", "Biden", 0, "actors:usa")
    mention = SanctionMention(1, 0, 5, "WST", "CHN", "evade", False, None, BODY[:36], "sanction")
    crafted = _extraction(make_event)
    crafted.sanctions += [mention, SanctionMention(1, 0, 5, "WST", "CHN", "evade", False, None, BODY[:36], "sanction")]
    crafted.actor_mentions = [wh_actor, ActorMention(0, 5, "USA", "GOV", "Biden", 0, "actors:usa"),
                              ActorMention(0, 5, "USA", None, "Biden", 0, "actors:other")]
    coded = [("a1", crafted),
             ("a2", ExtractionResult(language="en", n_sentences=0)),
             ("a3", ExtractionResult(language="de", n_sentences=2, truncated=True,
                                     events=[make_event(cameo_root="", statement=None)]))]
    for index, path in enumerate(sorted(SEED_ARTICLES.glob("*.txt"))):
        coded.append((f"seed{index}", coder.extract(path.read_text(encoding="utf-8"), "de", date(2022, 12, 30))))
    assert sum(len(result.events) for _, result in coded) > 20
    log_rows = [wh.log_row("fr1", "v1", "skipped_language", "no lexicons for language 'fr'"),
                wh.log_row("bad", "v1", "error", "ValueError: x")]
    rows = wh.ExtractionRows(extraction_log=list(log_rows))
    for article_id, result in coded:
        rows.extend(wh.extraction_rows(article_id, result, "v1"))
    expected = wh.extraction_tables(rows, schemas)
    tables, dropped = wh.extraction_batch_tables(coded, "v1", schemas, log_rows)
    assert dropped == rows.duplicate_rows_dropped >= 4  # 1 event, 2 sanctions mentions, 1 actor mention crafted
    for table in wh.EXTRACTION_TABLES:
        assert tables[table].schema == expected[table].schema == schemas[table]
        assert tables[table].to_pylist() == expected[table].to_pylist(), table
        assert tables[table].equals(expected[table]), table
    empty, dropped = wh.extraction_batch_tables([], "v1", schemas)
    assert dropped == 0 and all(empty[table].num_rows == 0 for table in wh.EXTRACTION_TABLES)
    assert all(empty[table].schema == schemas[table] for table in wh.EXTRACTION_TABLES)


def test_pending_articles_come_in_storage_order_and_a_row_range_reads_the_same_rows(tmp_path):
    store = wh.Warehouse(tmp_path)
    records = [article(f"id{9 - i}", f"f{i}.txt", f"{BODY} {i}") for i in range(6)]
    with store.writer() as con:
        wh.write_ingest_batch(con, wh.ingest_rows(records, datetime(2024, 1, 1)))
    with store.reader() as con:
        pending = wh.pending_articles(con, "v1", False)
        assert sorted(article_id for article_id, _ in pending) == sorted(r.article_id for r in records)
        assert [row for _, row in pending] == sorted(row for _, row in pending)
        batch = pending[1:4]
        ids = [article_id for article_id, _ in batch]
        by_id = wh.articles_for_extraction(con, ids)
        assert [row[0] for row in by_id] == sorted(ids)
        assert wh.articles_for_extraction(con, ids, (batch[0][1], batch[-1][1])) == by_id
        # a range that misses some ids (rows moved since the pending list was read): those are read by id
        assert wh.articles_for_extraction(con, ids, (batch[0][1], batch[0][1])) == by_id


def test_replace_extraction_is_transactional_per_batch_and_reports_affected_days(tmp_path, make_event):
    store = wh.Warehouse(tmp_path)
    with store.writer() as con:
        wh.write_ingest_batch(con, wh.ingest_rows([article()], datetime(2024, 1, 1)))
    rows = wh.extraction_rows("a1", _extraction(make_event), "v1")
    assert rows.duplicate_rows_dropped == 1
    assert rows.statements[0]["statement_id"] == wh.statement_id(rows.events[1]["event_id"])
    for _ in range(2):  # replacing twice leaves one copy
        with store.writer() as con:
            affected = wh.replace_extraction(con, ["a1"], rows)
    assert affected == [date(2022, 12, 30)]
    with store.reader() as con:
        assert wh.row_counts(con, "table_row_count_events") == {
            "events": 3, "statements": 1, "sanctions_mentions": 1, "actor_mentions": 0, "extraction_log": 1}
        assert wh.pending_article_ids(con, "v1", False) == []
        assert wh.pending_article_ids(con, "v2", False) == ["a1"]
        assert wh.pending_article_ids(con, "v1", True) == ["a1"]
        assert wh.check_rows(con, "check_evidence_spans") == []
        assert wh.day_precision_date_range(con) == (date(2022, 12, 30), date(2022, 12, 30))


def test_a_first_coding_only_inserts_and_a_recoding_replaces_the_old_rows_and_their_days(tmp_path, make_event):
    store = wh.Warehouse(tmp_path)
    with store.writer() as con:
        wh.write_ingest_batch(con, wh.ingest_rows([article("a1", "a1.txt"), article("a2", "a2.txt")],
                                                  datetime(2024, 1, 1)))
    first = {article_id: wh.extraction_rows(article_id, ExtractionResult(language="de", n_sentences=1, events=[
        make_event(event_date=date(2022, 12, 30))]), "v1") for article_id in ("a1", "a2")}
    with store.writer() as con:
        assert wh.replace_extraction(con, ["a1"], first["a1"], run_id="run-1") == [date(2022, 12, 30)]
        assert wh.stale_months(con) == [date(2022, 12, 1)]
        con.execute("DELETE FROM monthly_interactions_stale")
    with store.writer() as con:   # a2's first coding leaves a1's rows alone
        assert wh.replace_extraction(con, ["a2"], first["a2"], run_id="run-1") == [date(2022, 12, 30)]
    recoded = wh.extraction_rows("a1", ExtractionResult(language="de", n_sentences=1, events=[
        make_event(event_date=date(2022, 11, 3), rule_id="other")]), "v2")
    with store.writer() as con:   # a1 again, by another engine version: its old rows go, both days are affected
        assert wh.replace_extraction(con, ["a1"], recoded, run_id="run-2") == [date(2022, 11, 3), date(2022, 12, 30)]
        assert wh.stale_months(con) == [date(2022, 11, 1), date(2022, 12, 1)]
    with store.reader() as con:
        assert con.execute("SELECT article_id, rule_id, event_date FROM events ORDER BY article_id").fetchall() == [
            ("a1", "other", date(2022, 11, 3)), ("a2", "test:rule", date(2022, 12, 30))]
        assert con.execute("SELECT article_id, extractor_version, run_id FROM extraction_log "
                           "ORDER BY article_id, extractor_version").fetchall() == [
            ("a1", "v1", "run-1"), ("a1", "v2", "run-2"), ("a2", "v1", "run-1")]
        assert wh.check_rows(con, "check_event_keys") == []


def test_daily_and_monthly_aggregates_count_only_eligible_events(tmp_path, make_event):
    store = wh.Warehouse(tmp_path)
    events = [
        make_event(rule_id="r1", goldstein=1.0),
        make_event(rule_id="r2", goldstein=4.0),
        make_event(rule_id="negated", negated=True),
        make_event(rule_id="future", modality="future"),
        make_event(rule_id="no-target", target_actor=None),
        make_event(rule_id="month", event_date=date(2022, 12, 1), date_precision="month"),
        make_event(rule_id="year", event_date=date(2022, 1, 1), date_precision="year"),
    ]
    with store.writer() as con:
        wh.write_ingest_batch(con, wh.ingest_rows([article()], datetime(2024, 1, 1)))
        wh.replace_extraction(con, ["a1"], wh.extraction_rows(
            "a1", ExtractionResult(language="de", n_sentences=1, events=events), "v1"))
        daily = wh.daily_interactions(con, date(2022, 1, 1), date(2023, 1, 1)).to_pylist()
        monthly = wh.monthly_interactions(con).to_pylist()
    assert daily == [{"date": date(2022, 12, 30), "source_actor": "RUS", "target_actor": "CHN",
                      "event_type": "CONSULT", "quad_class": 1, "n_events": 2, "n_articles": 1,
                      "goldstein_sum": 5.0, "goldstein_mean": 2.5}]
    assert [(m["month"], m["n_events"], m["n_day_precision"], m["n_month_precision"]) for m in monthly] == [
        (date(2022, 12, 1), 3, 2, 1)]
    with store.reader() as con:
        eligible = {row[0] for row in con.execute("SELECT rule_id FROM eligible_events").fetchall()}
    assert eligible == {"r1", "r2", "month", "year"}


# The aggregates as one GROUP BY with count(DISTINCT article_id) and ORDER BY event_type: the form
# daily_interactions had before it became two GROUP BYs with a ranked sort key (its rows must stay identical);
# monthly_interactions still has this form.
ONE_GROUP_BY_DAILY = """
SELECT event_date AS date, source_actor, target_actor, event_type, quad_class,
       count(*) AS n_events, count(DISTINCT article_id) AS n_articles,
       CAST(sum(CAST(goldstein AS DECIMAL(18, 3))) AS DOUBLE) AS goldstein_sum,
       CAST(sum(CAST(goldstein AS DECIMAL(18, 3))) / nullif(count(goldstein), 0) AS DOUBLE) AS goldstein_mean
FROM eligible_events
WHERE date_precision = 'day' AND event_date >= $start AND event_date < $end
GROUP BY ALL
ORDER BY date, source_actor, target_actor, event_type, quad_class NULLS FIRST"""
ONE_GROUP_BY_MONTHLY = """
SELECT CAST(date_trunc('month', event_date) AS DATE) AS month, source_actor, target_actor, event_type, quad_class,
       count(*) AS n_events,
       count(*) FILTER (WHERE date_precision = 'day') AS n_day_precision,
       count(*) FILTER (WHERE date_precision = 'month') AS n_month_precision,
       count(DISTINCT article_id) AS n_articles,
       CAST(sum(CAST(goldstein AS DECIMAL(18, 3))) AS DOUBLE) AS goldstein_sum,
       CAST(sum(CAST(goldstein AS DECIMAL(18, 3))) / nullif(count(goldstein), 0) AS DOUBLE) AS goldstein_mean
FROM eligible_events
WHERE date_precision IN ('day', 'month') AND event_date IS NOT NULL
  AND ($all_months OR CAST(date_trunc('month', event_date) AS DATE) IN (SELECT month FROM monthly_interactions_stale))
GROUP BY ALL
ORDER BY month, source_actor, target_actor, event_type, quad_class NULLS FIRST"""


def crowded_events(n: int = 3000, seed: int = 7) -> pa.Table:
    """Events over few days, dyads, types and 40 articles: groups with several articles, several events of one
    article in a group, ties broken only by event type or quad class (also NULL), NULL Goldstein scores (a group
    of only NULLs too), event types that prefix one another or sort after ASCII, ineligible rows of every kind."""
    rng = random.Random(seed)
    columns = defaultdict(list)
    for i in range(n):
        precision = rng.choice(["day"] * 6 + ["month", "year"])
        row = {
            "event_id": f"e{i:05d}", "article_id": f"{rng.randrange(40):016x}", "sentence_index": 0,
            "char_start": 0, "char_end": 1, "evidence_text": "x", "cameo_code": "040", "cameo_root": "04",
            "event_type": rng.choice(["AID", "AIDE", "COERCE", "CONSULT", "STATEMENT", "ÜBRIG"]),
            "quad_class": rng.choice([1, 2, None]),
            "goldstein": None if i % 500 == 0 else rng.choice([1.0, -4.5, 0.125, 3.3, -10.0, None]),
            "source_actor": rng.choice(["CHN", "RUS", "USA", "CHN", "RUS", None]),
            "target_actor": rng.choice(["CHN", "RUS", "UKR", None, "CHN"]),
            "negated": rng.random() < 0.1, "modality": rng.choice(["asserted"] * 5 + ["future", "reported"]),
            "event_date": None if rng.random() < 0.02 else date(2022, 12, 28) + timedelta(days=rng.randrange(6)),
            "date_precision": precision, "language": "de", "rule_id": "r", "extractor_version": "v1",
        }
        if i % 500 == 0:   # one group whose every Goldstein score is NULL
            row.update(source_actor="USA", target_actor="UKR", event_type="AID", quad_class=2,
                       event_date=date(2022, 12, 29), date_precision="day", modality="asserted", negated=False)
        for key, value in row.items():
            columns[key].append(value)
    return pa.table(columns)


def reference_aggregates(rows: list[dict], key) -> list[tuple]:
    """(group key..., n_events, n_articles, goldstein_sum, goldstein_mean) in Python, ordered as the SQL orders."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    out = []
    for group, members in groups.items():
        scores = [Decimal(str(r["goldstein"])) for r in members if r["goldstein"] is not None]
        total = sum(scores) if scores else None
        out.append((*group, len(members), len({r["article_id"] for r in members}),
                    float(total) if total is not None else None,
                    float(total) / len(scores) if scores else None))
    return sorted(out, key=lambda r: (*r[:4], r[4] is not None, r[4] or 0))


def eligible(row: dict) -> bool:
    return (row["modality"] == "asserted" and not row["negated"] and row["source_actor"] is not None
            and row["target_actor"] is not None)


def test_aggregates_equal_a_reference_computation_and_the_one_group_by_form(tmp_path):
    store = wh.Warehouse(tmp_path)
    events = crowded_events()
    with store.writer() as con:
        with wh.registered(con, {"incoming_events": events}):
            con.execute("INSERT INTO events BY NAME SELECT * FROM incoming_events")
        con.execute("INSERT INTO monthly_interactions_stale VALUES (DATE '2023-01-01')")
    rows = events.to_pylist()
    start, end = date(2022, 12, 29), date(2023, 1, 2)
    day_rows = [r for r in rows if eligible(r) and r["date_precision"] == "day" and r["event_date"] is not None
                and start <= r["event_date"] < end]
    expected_daily = reference_aggregates(
        day_rows, lambda r: (r["event_date"], r["source_actor"], r["target_actor"], r["event_type"], r["quad_class"]))
    with store.reader() as con:
        daily = wh.daily_interactions(con, start, end)
        monthly = wh.monthly_interactions(con)
        stale_only = wh.monthly_interactions(con, all_months=False)
        one_day = wh.daily_interactions(con, date(2022, 12, 30), date(2022, 12, 31))
        old_forms = [con.sql(ONE_GROUP_BY_DAILY, params={"start": start, "end": end}).to_arrow_table(),
                     con.sql(ONE_GROUP_BY_MONTHLY, params={"all_months": True}).to_arrow_table(),
                     con.sql(ONE_GROUP_BY_MONTHLY, params={"all_months": False}).to_arrow_table(),
                     con.sql(ONE_GROUP_BY_DAILY, params={"start": date(2022, 12, 30),
                                                         "end": date(2022, 12, 31)}).to_arrow_table()]
    assert [tuple(r.values()) for r in daily.to_pylist()] == expected_daily
    # the crowding the data is for: several articles in a group, one article twice in a group, NULL quad classes
    # next to non-NULL ones, and a group without any Goldstein score
    assert max(r[6] for r in expected_daily) >= 3
    assert any(r[5] > r[6] for r in expected_daily)
    assert any(r[4] is None for r in expected_daily) and any(r[8] is None for r in expected_daily)
    month_rows = [r for r in rows if eligible(r) and r["date_precision"] in ("day", "month")
                  and r["event_date"] is not None]
    expected_monthly = reference_aggregates(
        month_rows, lambda r: (r["event_date"].replace(day=1), r["source_actor"], r["target_actor"], r["event_type"],
                               r["quad_class"]))
    assert [(r["month"], r["source_actor"], r["target_actor"], r["event_type"], r["quad_class"], r["n_events"],
             r["n_articles"], r["goldstein_sum"], r["goldstein_mean"]) for r in monthly.to_pylist()] == expected_monthly
    assert {r["month"] for r in monthly.to_pylist()} == {date(2022, 12, 1), date(2023, 1, 1)}
    assert all(r["n_events"] == r["n_day_precision"] + r["n_month_precision"] for r in monthly.to_pylist())
    assert {r["month"] for r in stale_only.to_pylist()} == {date(2023, 1, 1)}
    # byte for byte what the one-GROUP-BY form returns (values, types, order)
    for new, old in zip([daily, monthly, stale_only, one_day], old_forms, strict=True):
        assert new.schema == old.schema and new.equals(old)
    assert serialize_table(daily.drop_columns(["date"]), DAILY_INTERACTIONS_SCHEMA) == serialize_table(
        old_forms[0].drop_columns(["date"]), DAILY_INTERACTIONS_SCHEMA)


def test_reader_brings_a_warehouse_of_an_older_code_version_up_to_date(tmp_path):
    store = wh.Warehouse(tmp_path)
    store.ensure_schema()
    con = duckdb.connect(str(store.work_path))  # as an older version left it: no eligible_events view yet
    con.execute("DROP VIEW eligible_events")
    con.execute("UPDATE warehouse_meta SET value = 'older' WHERE key = 'schema_sha256'")
    con.close()
    with store.reader() as con:
        assert wh.schema_is_current(con)
        assert con.execute("SELECT count(*) FROM eligible_events").fetchone() == (0,)
        assert wh.day_precision_date_range(con) is None


def test_an_extraction_log_without_run_id_is_migrated_in_place_and_keeps_its_rows(tmp_path, make_event):
    store = wh.Warehouse(tmp_path)
    with store.writer() as con:
        wh.write_ingest_batch(con, wh.ingest_rows([article()], datetime(2024, 1, 1)))
        wh.replace_extraction(con, ["a1"], wh.extraction_rows(
            "a1", ExtractionResult(language="de", n_sentences=1, events=[make_event()]), "v1"), run_id="run-1")
    con = duckdb.connect(str(store.work_path))  # as the code before the column left it
    con.execute("ALTER TABLE extraction_log DROP COLUMN run_id")
    con.execute("UPDATE warehouse_meta SET value = 'older' WHERE key = 'schema_sha256'")
    con.close()
    for _ in range(2):  # applying the schema again changes nothing
        with store.writer() as con:
            pass
    with store.reader() as con:
        assert con.execute("SELECT article_id, extractor_version, run_id FROM extraction_log").fetchall() == [
            ("a1", "v1", None)]
        comment = con.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'extraction_log' "
                              "AND column_name = 'run_id'").fetchone()[0]
        assert "run" in comment


@pytest.mark.parametrize("check_name, corruption", [
    ("check_event_keys", "INSERT INTO statements (statement_id, event_id, article_id, is_direct_quote) "
                         "VALUES ('orphan', 'no-such-event', $article_id, false)"),
    # the coded rows' keys have no unique index (sql/schema.sql): the check is what finds a duplicate
    ("check_event_keys", "INSERT INTO events SELECT * FROM events WHERE article_id = $article_id"),
    ("check_event_keys", "INSERT INTO actor_mentions VALUES ($article_id, 0, 5, 'RUS', 'GOV', 'Putin', 0, 'e1'), "
                         "($article_id, 0, 5, 'RUS', 'GOV', 'Putin', 0, 'e1')"),
    ("check_codes_in_reference", "UPDATE events SET source_actor = 'ZZZ' WHERE article_id = $article_id"),
    ("check_evidence_spans", "UPDATE events SET evidence_text = 'elsewhere' WHERE article_id = $article_id"),
    ("check_event_dates_not_after_publication",
     "UPDATE articles SET published_date = DATE '2020-01-01' WHERE article_id = $article_id"),
])
def test_a_check_scoped_to_a_run_reads_the_articles_that_run_coded(tmp_path, make_event, check_name, corruption):
    store = wh.Warehouse(tmp_path)
    with store.writer() as con:
        wh.replace_reference_tables(con, [{**asdict(code), "root": code.root}
                                          for code in reference.load_cameo_codes().values()],
                                    [asdict(entry) for entry in reference.load_actor_lexicon()],
                                    [asdict(code) for code in reference.load_actor_codes().values()])
        for article_id, run_id in (("a1", "run-1"), ("a2", "run-2")):
            wh.write_ingest_batch(con, wh.ingest_rows([article(article_id, f"{article_id}.txt")],
                                                      datetime(2024, 1, 1)))
            result = ExtractionResult(language="de", n_sentences=1,
                                      events=[make_event(char_end=5, evidence_text=BODY[:5])])
            wh.replace_extraction(con, [article_id], wh.extraction_rows(article_id, result, "v1"), run_id=run_id)
    with store.reader() as con:
        assert [wh.check_rows(con, check_name, run) for run in (None, "run-1", "run-2")] == [[], [], []]
        assert wh.run_coding_counts(con, "run-1") == (1, 2)
    with store.writer() as con:
        con.execute(corruption, {"article_id": "a1"})
    with store.reader() as con:
        assert wh.check_rows(con, check_name)             # the whole tables
        assert wh.check_rows(con, check_name, "run-1")    # the run that coded a1
        assert wh.check_rows(con, check_name, "run-2") == []


def test_a_reader_may_have_its_own_memory_limit(tmp_path):
    store = wh.Warehouse(tmp_path, memory_limit="1GB")
    store.ensure_schema()
    limits = []
    for memory_limit in (None, "100MB"):
        with store.reader(memory_limit=memory_limit) as con:
            limits.append(con.execute("SELECT current_setting('memory_limit')").fetchone()[0])
    assert limits == ["953.6 MiB", "95.3 MiB"]


def test_reader_connection_is_ready_for_arrow_queries(tmp_path):
    store = wh.Warehouse(tmp_path)
    store.ensure_schema()
    with store.reader() as con:  # the schema check before it must leave no unfinished result behind
        assert wh.daily_interactions(con, date(2022, 1, 1), date(2023, 1, 1)).num_rows == 0


def test_parquet_partition_writes_are_deterministic_atomic_and_removable(tmp_path):
    store = ParquetStore(tmp_path / "parquet")
    table = pa.table({"n_events": [3, 1], "source_actor": ["CHN", "RUS"], "target_actor": ["RUS", "CHN"],
                      "event_type": ["CONSULT", "CONSULT"], "quad_class": [1, 1], "n_articles": [1, 1],
                      "goldstein_sum": [3.0, 1.0], "goldstein_mean": [1.0, 1.0]})
    first = store.write_partition("daily_interactions", "date=2022-12-30", table, DAILY_INTERACTIONS_SCHEMA)
    second = store.write_partition("daily_interactions", "date=2022-12-30", table, DAILY_INTERACTIONS_SCHEMA)
    assert first.changed and not second.changed and first.sha256 == second.sha256
    data = store.read_bytes("daily_interactions", "date=2022-12-30")
    assert hashlib.sha256(data).hexdigest() == first.sha256
    assert data == serialize_table(table, DAILY_INTERACTIONS_SCHEMA)
    assert store.read_partition("daily_interactions", "date=2022-12-30").schema.names == DAILY_INTERACTIONS_SCHEMA.names
    assert store.list_partitions("daily_interactions") == ["date=2022-12-30"]
    assert not [p for p in (tmp_path / "parquet").rglob("*") if ".tmp-" in p.name]
    assert store.remove_partition("daily_interactions", "date=2022-12-30")
    assert store.list_partitions("daily_interactions") == []
    assert not store.remove_partition("daily_interactions", "date=2022-12-30")


def _daily_table(counts: list[int]) -> pa.Table:
    return pa.table({"source_actor": ["CHN"] * len(counts), "target_actor": ["RUS"] * len(counts),
                     "event_type": ["CONSULT"] * len(counts), "quad_class": [1] * len(counts), "n_events": counts,
                     "n_articles": [1] * len(counts), "goldstein_sum": [1.0] * len(counts),
                     "goldstein_mean": [1.0] * len(counts)})


def test_partition_files_are_written_two_at_a_time_with_the_bytes_and_order_of_one_by_one(tmp_path, monkeypatch):
    """write_partitions: the files of a range are written by two threads at once (both writes below wait for each
    other: one at a time they could not), the results come in the order given and every file holds the bytes
    write_partition gives alone."""
    import threading

    tables = [(f"date=2022-12-{day:02d}", _daily_table(list(range(1, day % 5 + 2)))) for day in range(1, 21)]
    alone = ParquetStore(tmp_path / "alone")
    expected = [alone.write_partition("daily_interactions", partition, table, DAILY_INTERACTIONS_SCHEMA)
                for partition, table in tables]
    store = ParquetStore(tmp_path / "threads")
    both_writing = threading.Barrier(2, timeout=30)
    write_partition = ParquetStore.write_partition

    def meeting_write(self, dataset, partition, table, schema):
        if partition in ("date=2022-12-01", "date=2022-12-02"):
            both_writing.wait()   # BrokenBarrierError after 30 s if the second write waits for the first
        return write_partition(self, dataset, partition, table, schema)

    monkeypatch.setattr(ParquetStore, "write_partition", meeting_write)
    written = store.write_partitions("daily_interactions", tables, DAILY_INTERACTIONS_SCHEMA)
    assert [w.partition for w in written] == [partition for partition, _ in tables]
    assert [(w.sha256, w.n_rows, w.changed) for w in written] == [(e.sha256, e.n_rows, e.changed) for e in expected]
    for partition, _ in tables:
        assert store.read_bytes("daily_interactions", partition) == alone.read_bytes("daily_interactions", partition)
    again = store.write_partitions("daily_interactions", tables, DAILY_INTERACTIONS_SCHEMA)
    assert not any(w.changed for w in again)


def test_a_failed_partition_write_is_raised_and_the_writes_not_started_are_cancelled(tmp_path, monkeypatch):
    import threading

    import time

    tables = [(f"date=2022-{month:02d}-{day:02d}", _daily_table([day])) for month in (11, 12) for day in range(1, 31)]
    store = ParquetStore(tmp_path / "parquet")
    started: list[str] = []
    lock = threading.Lock()
    write_partition = ParquetStore.write_partition

    def failing_write(self, dataset, partition, table, schema):
        with lock:
            started.append(partition)
        if partition == "date=2022-11-02":
            raise OSError("disk full")
        time.sleep(0.01)   # the 59 other writes take 0.3 s at two at a time: the failure is seen long before
        return write_partition(self, dataset, partition, table, schema)

    monkeypatch.setattr(ParquetStore, "write_partition", failing_write)
    with pytest.raises(OSError, match="disk full"):
        store.write_partitions("daily_interactions", tables, DAILY_INTERACTIONS_SCHEMA)
    assert "date=2022-11-02" in started and len(started) < len(tables)
    assert not [p for p in (tmp_path / "parquet").rglob("*") if ".tmp-" in p.name]


def test_column_totals_sum_each_partition_file_in_one_scan(tmp_path):
    store = ParquetStore(tmp_path / "parquet")
    rows = {"date=2022-12-29": [3, 1, 4], "date=2022-12-30": [], "date=2022-12-31": [2]}
    for partition, counts in rows.items():
        table = pa.table({"source_actor": ["CHN"] * len(counts), "target_actor": ["RUS"] * len(counts),
                          "event_type": ["CONSULT"] * len(counts), "quad_class": [1] * len(counts),
                          "n_events": counts, "n_articles": [1] * len(counts), "goldstein_sum": [1.0] * len(counts),
                          "goldstein_mean": [1.0] * len(counts)})
        store.write_partition("daily_interactions", partition, table, DAILY_INTERACTIONS_SCHEMA)
    assert store.column_totals("daily_interactions", list(rows), "n_events") == {
        "date=2022-12-29": 8, "date=2022-12-30": 0, "date=2022-12-31": 2}
    assert store.column_totals("daily_interactions", ["date=2022-12-31"], "n_events") == {"date=2022-12-31": 2}
    assert store.column_totals("daily_interactions", [], "n_events") == {}


def test_daily_view_reads_parquet_files_with_a_quote_in_the_path(tmp_path):
    store = wh.Warehouse(tmp_path / "wh")
    parquet = ParquetStore(tmp_path / "it's parquet")
    table = pa.table({"source_actor": ["USA"], "target_actor": ["CHN"], "event_type": ["ACCUSE"], "quad_class": [3],
                      "n_events": [2], "n_articles": [1], "goldstein_sum": [-4.0], "goldstein_mean": [-2.0]})
    parquet.write_partition("daily_interactions", "date=2022-12-30", table, DAILY_INTERACTIONS_SCHEMA)
    with store.writer() as con:
        wh.set_daily_interactions_source(con, parquet.dataset_glob("daily_interactions"))
    analyst = duckdb.connect(str(store.analyst_path), read_only=True)
    try:
        assert analyst.execute("SELECT date, source_actor, target_actor, n_events FROM china_russia_us_daily"
                               ).fetchall() == [(date(2022, 12, 30), "USA", "CHN", 2)]
    finally:
        analyst.close()


def test_a_warehouse_created_with_keys_on_the_coded_row_tables_is_rebuilt_once_without_them(tmp_path, make_event):
    store = wh.Warehouse(tmp_path)
    result = ExtractionResult(language="de", n_sentences=1, events=[make_event(), make_event(rule_id="other")],
                              actor_mentions=[])
    with store.writer() as con:
        wh.write_ingest_batch(con, wh.ingest_rows([article()], datetime(2024, 1, 1)))
        wh.replace_extraction(con, ["a1"], wh.extraction_rows("a1", result, "v1"))
        con.execute("INSERT INTO actor_mentions VALUES ('a1', 0, 5, 'RUS', 'GOV', 'Putin', 0, 'e1'), "
                    "('a1', 30, 32, 'CHN', 'GOV', 'Xi', 0, 'e2')")
        con.execute("INSERT INTO sanctions_mentions VALUES ('m1', 'a1', 0, 0, 5, 'USA', 'RUS', 'impose', false, "
                    "NULL, 'Putin', 'r'), ('m2', 'a1', 1, 6, 9, NULL, NULL, 'threaten', true, NULL, 'und', 'r')")
        con.execute("INSERT INTO statements SELECT 's1', min(event_id), 'a1', 'RUS', 'Putin', 'CHN', 'Freunde', true, "
                    "NULL, 3, 10 FROM events")
    # As a warehouse created before 2026-11-28 holds them: each table with its primary key, no comments (the
    # definitions of that time, which had them, are gone), and a schema fingerprint of an older code version.
    keys = {"events": "event_id", "statements": "statement_id", "sanctions_mentions": "mention_id",
            "actor_mentions": "article_id, char_start, char_end, actor_code"}
    con = duckdb.connect(str(store.work_path))
    for table, key in keys.items():
        columns = ", ".join(f"{name} {dtype}{'' if nullable else ' NOT NULL'}" for name, dtype, nullable in
                            con.execute("SELECT column_name, data_type, is_nullable FROM duckdb_columns() "
                                        "WHERE table_name = $table ORDER BY column_index", {"table": table}).fetchall())
        con.execute(f"CREATE TABLE {table}_keyed ({columns}, PRIMARY KEY ({key}))")
        con.execute(f"INSERT INTO {table}_keyed SELECT * FROM {table}")
        con.execute(f"DROP TABLE {table}")
        con.execute(f"ALTER TABLE {table}_keyed RENAME TO {table}")
    con.execute("UPDATE warehouse_meta SET value = 'older' WHERE key = 'schema_sha256'")
    keyed_tables = "SELECT DISTINCT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    contents = {table: f"SELECT * FROM {table} ORDER BY ALL" for table in keys}
    assert set(keys) <= {row[0] for row in con.execute(keyed_tables).fetchall()}
    before = {table: con.execute(query).fetchall() for table, query in contents.items()}
    con.close()
    assert all(before.values())

    with store.writer() as con:   # the first connection of this code version applies the schema: keys go, rows stay
        pass
    fresh = wh.Warehouse(tmp_path / "fresh")
    fresh.ensure_schema()
    described = ("SELECT table_name, column_index, column_name, data_type, is_nullable, comment FROM duckdb_columns() "
                 "WHERE table_name IN ('events', 'statements', 'sanctions_mentions', 'actor_mentions') "
                 "ORDER BY table_name, column_index")
    tables = "SELECT table_name, comment FROM duckdb_tables() ORDER BY table_name"
    with store.reader() as con, fresh.reader() as fresh_con:
        remaining = {row[0] for row in con.execute(keyed_tables).fetchall()}
        assert not remaining & set(keys)
        assert {"articles", "extraction_log"} <= remaining   # the other tables keep their keys
        assert con.execute(described).fetchall() == fresh_con.execute(described).fetchall()
        assert con.execute(tables).fetchall() == fresh_con.execute(tables).fetchall()
        assert {table: con.execute(query).fetchall() for table, query in contents.items()} == before
        assert con.execute("SELECT count(*) FROM eligible_events").fetchone() == (2,)
        assert wh.check_rows(con, "check_event_keys") == []
    with store.writer() as con:   # nothing left to rebuild
        assert wh.rebuild_coded_row_tables_without_keys(con) == []
