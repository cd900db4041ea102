"""What happens when a file changes, becomes bad, recovers or disappears between runs (docs/what_happens_when.md)."""
from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

from conftest import SEED_ARTICLES, build_pipeline_resources
from test_assets import ASSETS, CHECKS, INGEST_AND_EXTRACT

ENGLISH = ("Beijing, December 30, 2022\n\nChinese President Xi Jinping met Russian President Vladimir Putin on "
           "Friday.\n")
ENGLISH_CHANGED = ("Beijing, December 30, 2022\n\nThe United States criticized China for its support of Russia "
                   "on Friday.\n")


def ingest_and_extract(resources: dict) -> None:
    result = dg.materialize([*ASSETS, *CHECKS], resources=resources, selection=INGEST_AND_EXTRACT)
    assert result.success


def file_state(resources: dict, source_path: str) -> dict:
    with resources["warehouse"].reader() as con:
        source = con.execute("SELECT article_id FROM article_sources WHERE source_path = $p",
                             {"p": source_path}).fetchone()
        rejected = con.execute("SELECT reason FROM rejected_articles WHERE source_path = $p",
                               {"p": source_path}).fetchone()
        article_ids = {row[0] for row in con.execute("SELECT article_id FROM articles").fetchall()}
        coded = {row[0] for row in con.execute("SELECT DISTINCT article_id FROM extraction_log").fetchall()}
    return {"article_id": source[0] if source else None, "rejected": rejected[0] if rejected else None,
            "articles": article_ids, "coded": coded}


@pytest.fixture
def resources(tmp_path) -> dict:
    articles = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, articles)
    (articles / "english.txt").write_text(ENGLISH, encoding="utf-8")
    resources = build_pipeline_resources(articles, tmp_path / "data")
    ingest_and_extract(resources)
    return resources


def test_changed_file_points_to_its_new_article_which_gets_coded(resources):
    before = file_state(resources, "english.txt")
    (Path(resources["articles_source"].root()) / "english.txt").write_text(ENGLISH_CHANGED, encoding="utf-8")
    ingest_and_extract(resources)
    after = file_state(resources, "english.txt")
    assert after["article_id"] not in (None, before["article_id"]) and after["rejected"] is None
    assert after["article_id"] in after["coded"]
    assert before["article_id"] in after["articles"], "the old text's article is kept"


def test_file_that_turns_bad_moves_to_rejected_and_back(resources):
    path = Path(resources["articles_source"].root()) / "english.txt"
    path.write_bytes(b"\x00\x01\x02 broken \x00")
    ingest_and_extract(resources)
    broken = file_state(resources, "english.txt")
    assert broken["article_id"] is None and broken["rejected"] == "binary"
    path.write_text(ENGLISH, encoding="utf-8")
    ingest_and_extract(resources)
    fixed = file_state(resources, "english.txt")
    assert fixed["article_id"] is not None and fixed["rejected"] is None


def test_removed_file_keeps_its_rows(resources):
    before = file_state(resources, "english.txt")
    (Path(resources["articles_source"].root()) / "english.txt").unlink()
    ingest_and_extract(resources)
    assert file_state(resources, "english.txt") == before
