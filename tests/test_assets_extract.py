"""Batch extraction glue: unsupported languages are logged as skipped, a failing article is logged as error."""
from datetime import date

import pyarrow as pa
import pytest

from assets.extract import extract_batch
from geoevents.engine.model import ExtractionResult


class RecordingCoder:
    """Stands in for EventCoder: codes every text as one sentence, fails on texts containing 'BROKEN'."""

    def __init__(self):
        self.batches = 0

    def extract(self, text, language, published_date):
        if "BROKEN" in text:
            raise ValueError("cannot code this text")
        return ExtractionResult(language=language, n_sentences=1, truncated=len(text) > 50)

    def extract_many(self, items):
        self.batches += 1
        for key, text, language, published in items:
            yield key, self.extract(text, language, published)

    def extract_converted(self, items, convert):
        yield convert(list(self.extract_many(items)))


def log_by_article(rows):
    return {row["article_id"]: (row["status"], row["detail"]) for row in rows.extraction_log}


def test_unsupported_language_is_skipped_and_truncation_is_logged():
    rows = extract_batch(RecordingCoder(), [
        ("de1", "Kurzer Text.", "de", date(2022, 12, 30), True),
        ("fr1", "Un texte.", "fr", None, False),
        ("en1", "A long English text " * 5, "en", None, True),
    ], "v1")
    log = log_by_article(rows)
    assert log["de1"] == ("coded", None)
    assert log["fr1"][0] == "skipped_language" and "'fr'" in log["fr1"][1]
    assert log["en1"][0] == "truncated"
    assert all(row["extractor_version"] == "v1" for row in rows.extraction_log)


def test_one_failing_article_is_logged_as_error_and_the_batch_continues():
    coder = RecordingCoder()
    rows = extract_batch(coder, [
        ("ok1", "Gut.", "de", None, True),
        ("bad", "BROKEN text", "de", None, True),
        ("ok2", "Auch gut.", "de", None, True),
    ], "v1")
    log = log_by_article(rows)
    assert log["bad"] == ("error", "ValueError: cannot code this text")
    assert log["ok1"] == ("coded", None) and log["ok2"] == ("coded", None)


def test_code_batch_tables_hold_extract_batchs_rows():
    """code_batch (what the asset writes) builds the tables of extract_batch's rows: skipped, failed, truncated."""
    from assets.extract import code_batch
    from geoevents import warehouse as wh

    batch = [("de1", "Kurzer Text.", "de", date(2022, 12, 30), True), ("fr1", "Un texte.", "fr", None, False),
             ("bad", "BROKEN text", "de", None, True), ("en1", "A long English text " * 5, "en", None, True)]
    schemas = {table: pa.schema([pa.field(name, pa.string()) for name in ("article_id", "status", "detail")])
               for table in wh.EXTRACTION_TABLES}
    coded = code_batch(RecordingCoder(), batch, "v1", schemas)
    assert coded.article_ids == ["de1", "fr1", "bad", "en1"] and coded.duplicate_rows_dropped == 0
    expected = extract_batch(RecordingCoder(), batch, "v1").extraction_log
    assert coded.tables["extraction_log"].to_pylist() == [
        {name: row[name] for name in ("article_id", "status", "detail")} for row in expected]
    assert [row["status"] for row in expected] == ["skipped_language", "error", "coded", "truncated"]


def test_older_objects_are_frozen_during_the_block_and_unfrozen_after_it_also_on_errors():
    import gc

    from assets.common import older_objects_out_of_full_collections

    with older_objects_out_of_full_collections():
        assert gc.get_freeze_count() > 1000   # the modules, this test's objects: out of the collections
    assert gc.get_freeze_count() == 0
    with pytest.raises(ValueError), older_objects_out_of_full_collections():
        raise ValueError("the step failed")
    assert gc.get_freeze_count() == 0
