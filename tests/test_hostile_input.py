"""Hostile input: SQL in file names, article text and folder names goes through the whole job as plain data;
the UI binds to loopback; size and sentence limits are configurable and enforced with a recorded reason."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import dagster as dg
import duckdb
import pytest

from badcorpus import SQL_NAME, SQL_TEXT
from conftest import SEED_ARTICLES, build_pipeline_resources
from geoevents import PROJECT_ROOT
from pipelines.resources import ArticlesSource
from test_assets import ASSETS, CHECKS, INGEST_AND_EXTRACT, TABLES, run_pipeline

HOSTILE_FOLDER = "da'ta\"; DROP TABLE articles; --"
HOSTILE_SENTENCE = "Putin sagte am Freitag: '); DROP TABLE events; DELETE FROM articles WHERE ('1'='1"


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory) -> dict:
    """The seed, a file named like an injection carrying SQL text, and a seed variant with SQL inside a sentence
    that yields events; articles and data live in folders whose names are injections too."""
    base = tmp_path_factory.mktemp("hostile") / HOSTILE_FOLDER
    articles = base / f"articles {HOSTILE_FOLDER}"
    shutil.copytree(SEED_ARTICLES, articles)
    (articles / SQL_NAME).write_text(
        f"SQL in a name\n\nThe suspect typed {SQL_TEXT} into the form, police said.\n", encoding="utf-8")
    seed_text = next(SEED_ARTICLES.glob("*.txt")).read_text(encoding="utf-8")
    title, rest = seed_text.split("\n", 1)
    (articles / "'; DROP TABLE events; --.md").write_text(f"{title}\n\n{HOSTILE_SENTENCE}\n{rest}", encoding="utf-8")
    resources = build_pipeline_resources(articles, base / "data")
    ingest, aggregate = run_pipeline(resources)
    return {"resources": resources, "ingest": ingest, "aggregate": aggregate}


def test_whole_job_succeeds_and_every_table_is_intact(hostile_run):
    assert hostile_run["ingest"].success and hostile_run["aggregate"].success
    assert all(e.passed for r in (hostile_run["ingest"], hostile_run["aggregate"])
               for e in r.get_asset_check_evaluations())
    for database in (hostile_run["resources"]["warehouse"].store().work_path,
                     hostile_run["resources"]["warehouse"].store().analyst_path):
        con = duckdb.connect(str(database), read_only=True)
        try:
            tables = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
            assert set(TABLES) <= tables
            assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
            assert con.execute("SELECT count(*) FROM events").fetchone()[0] > 0
            # the view over Parquet works although its location contains quotes and SQL
            assert con.execute("SELECT count(*) FROM china_russia_us_daily").fetchone()[0] > 0
        finally:
            con.close()


def test_hostile_names_and_text_are_stored_verbatim(hostile_run):
    with hostile_run["resources"]["warehouse"].reader() as con:
        paths = {row[0] for row in con.execute("SELECT source_path FROM article_sources").fetchall()}
        assert {SQL_NAME, "'; DROP TABLE events; --.md"} <= paths
        bodies = [row[0] for row in con.execute("SELECT body FROM articles").fetchall()]
        assert any(SQL_TEXT in body for body in bodies)
        assert any(HOSTILE_SENTENCE in body for body in bodies)
        hostile_article = con.execute("SELECT article_id FROM article_sources WHERE source_path = $path",
                                      {"path": "'; DROP TABLE events; --.md"}).fetchone()[0]
        assert con.execute("SELECT count(*) FROM events WHERE article_id = $id",
                           {"id": hostile_article}).fetchone()[0] > 0


# ------------------------------------------------------------------------------------------------ the web UI
def test_dagster_ui_binds_to_loopback_by_default():
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    dev_lines = [line for line in makefile.splitlines() if re.search(r"\bdagster(-webserver)? dev\b", line)]
    assert dev_lines, "the Makefile starts the UI with `dagster dev`"
    for line in dev_lines:
        host = re.search(r"(?:-h|--host)[ =](\S+)", line)
        assert host and host.group(1) == "127.0.0.1", line
    for name in ("Makefile", "workspace.yaml", "dagster.yaml"):
        assert "0.0.0.0" not in (PROJECT_ROOT / name).read_text(encoding="utf-8"), name


# ------------------------------------------------------------------------------------------------ limits
@pytest.fixture(scope="module")
def limited_folder(tmp_path_factory):
    base = tmp_path_factory.mktemp("limits")
    articles = base / "articles"
    shutil.copytree(SEED_ARTICLES, articles)
    paragraph = ("Die Regierung in Berlin beriet am Montag mit Vertretern aus Paris über die Lage. " * 10 + "\n\n")
    (articles / "big_file.txt").write_text(paragraph * 200, encoding="utf-8")           # ~170 KB
    (articles / "long_body.txt").write_text(paragraph * 40, encoding="utf-8")           # ~34,000 characters
    endless = " und ".join(["Putin traf Xi in Moskau"] * 120)                               # one ~3,500-char sentence
    (articles / "long_sentence.txt").write_text(f"Lange Sätze\n\n{endless}.\n", encoding="utf-8")
    return base


def test_size_limits_from_resource_config_reject_with_reasons(limited_folder):
    resources = build_pipeline_resources(limited_folder / "articles", limited_folder / "data")
    resources["articles_source"] = ArticlesSource(articles_dir=str(limited_folder / "articles"),
                                                  data_dir=str(limited_folder / "data"),
                                                  max_file_bytes=100_000, max_body_chars=20_000)
    result = dg.materialize([*ASSETS], resources=resources, selection=["articles"])
    assert result.success
    with resources["warehouse"].reader() as con:
        rejected = {path: (reason, detail) for path, reason, detail in con.execute(
            "SELECT source_path, reason, detail FROM rejected_articles").fetchall()}
    assert rejected["big_file.txt"][0] == "too_large" and rejected["big_file.txt"][1]
    assert rejected["long_body.txt"][0] == "too_long_text" and rejected["long_body.txt"][1]
    assert set(rejected) == {"big_file.txt", "long_body.txt"}


def test_sentence_limit_from_run_config_is_enforced_and_logged(limited_folder):
    resources = build_pipeline_resources(limited_folder / "articles", limited_folder / "data_sentences")

    def run(max_sentence_chars: int, reprocess_all: bool) -> dict[str, tuple[str, str | None]]:
        config = {"max_sentence_chars": max_sentence_chars, "reprocess_all": reprocess_all}
        result = dg.materialize([*ASSETS, *CHECKS], resources=resources, selection=INGEST_AND_EXTRACT,
                                run_config={"ops": {"extract_events": {"config": config}}})
        assert result.success
        with resources["warehouse"].reader() as con:
            return {path: (status, detail) for path, status, detail in con.execute(
                "SELECT a.source_path, l.status, l.detail FROM articles a JOIN extraction_log l USING (article_id)"
            ).fetchall()}

    limited = run(1000, reprocess_all=False)
    assert limited["long_sentence.txt"][0] == "truncated" and limited["long_sentence.txt"][1]
    assert limited["000_60d5d92e676d09a4.txt"][0] == "coded"
    relaxed = run(10_000, reprocess_all=True)
    assert relaxed["long_sentence.txt"][0] == "coded"


def test_sentence_limit_default_comes_from_the_environment():
    script = "from assets.extract import ExtractConfig; print(ExtractConfig().max_sentence_chars)"
    env = {**os.environ, "GEOEVENTS_MAX_SENTENCE_CHARS": "1234"}
    output = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True,
                            cwd=PROJECT_ROOT)
    assert output.stdout.strip() == "1234"
