"""The China-Russia-US chart: 90-day window ending on the newest data day, PNG written atomically next to the
Parquet files, metadata for the UI."""
from datetime import date

import pyarrow as pa
import pyarrow.fs as pafs
import pytest

from assets.aggregate import DAILY_DATASET
from assets.chart import CHART_FILE, china_russia_us_chart_metadata, china_russia_us_counts
from geoevents import chart, publish

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def daily_rows(*rows: tuple[str, str, int]) -> pa.Table:
    return pa.table({
        "source_actor": [r[0] for r in rows], "target_actor": [r[1] for r in rows],
        "event_type": ["CONSULT"] * len(rows), "quad_class": [1] * len(rows), "n_events": [r[2] for r in rows],
        "n_articles": [1] * len(rows), "goldstein_sum": [1.0] * len(rows), "goldstein_mean": [1.0] * len(rows)})


def store_with_days(tmp_path, days: dict[str, pa.Table]) -> publish.ParquetStore:
    store = publish.ParquetStore(tmp_path / "parquet")
    for day, table in days.items():
        store.write_partition(DAILY_DATASET, f"date={day}", table, publish.DAILY_INTERACTIONS_SCHEMA)
    return store


def test_window_is_the_90_days_ending_on_the_newest_data_day():
    assert chart.chart_window(date(2022, 12, 30)) == (date(2022, 10, 2), date(2022, 12, 30))


def test_counts_cover_only_china_russia_us_dyads_inside_the_window(tmp_path):
    store = store_with_days(tmp_path, {
        "2022-01-01": daily_rows(("CHN", "RUS", 7)),           # older than 90 days before the newest day
        "2022-12-01": daily_rows(("USA", "CHN", 2), ("RUS", "UKR", 5)),
        "2022-12-30": daily_rows(("CHN", "RUS", 3), ("USA", "CHN", 1), ("DEU", "USA", 4)),
    })
    counts, first_day, last_day = china_russia_us_counts(store, DAILY_DATASET)
    assert (first_day, last_day) == (date(2022, 10, 2), date(2022, 12, 30))
    assert counts == {"USA->CHN": {date(2022, 12, 1): 2, date(2022, 12, 30): 1},
                      "CHN->RUS": {date(2022, 12, 30): 3}}


def test_chart_png_is_written_atomically_next_to_the_parquet_files(tmp_path):
    store = store_with_days(tmp_path, {"2023-03-03": daily_rows(("USA", "CHN", 2), ("CHN", "USA", 2))})
    metadata = china_russia_us_chart_metadata(store, DAILY_DATASET)
    written = tmp_path / "parquet" / CHART_FILE
    assert written.read_bytes().startswith(PNG_SIGNATURE)
    assert not [p for p in written.parent.iterdir() if p.name != written.name], "temp file left behind"
    assert metadata["china_russia_us_chart"].value.startswith("![China-Russia-US daily events](data:image/png;base64,")
    assert metadata["china_russia_us_chart_file"].value == f"{store.base_uri}/{CHART_FILE}"
    assert metadata["china_russia_us_chart_window"] == "2022-12-04..2023-03-03"
    assert metadata["china_russia_us_chart_events"] == 4
    # Same data -> same bytes, so re-runs do not churn the file.
    china_russia_us_chart_metadata(store, DAILY_DATASET)
    assert (tmp_path / "parquet" / CHART_FILE).read_bytes() == written.read_bytes()


def test_no_daily_files_no_chart(tmp_path):
    store = publish.ParquetStore(tmp_path / "parquet")
    assert china_russia_us_chart_metadata(store, DAILY_DATASET) == {}
    assert not (tmp_path / "parquet" / CHART_FILE).exists()


class FailingMove:
    """Local filesystem whose rename fails, as if the process died between writing and publishing."""

    def __init__(self):
        self.local = pafs.LocalFileSystem()

    def __getattr__(self, name):
        return getattr(self.local, name)

    def move(self, source, destination):
        raise OSError("simulated failure before the rename")


def test_failed_write_leaves_the_previous_chart_and_no_temp_file(tmp_path):
    target = tmp_path / "charts" / "chart.png"
    publish.write_bytes_atomically(pafs.LocalFileSystem(), str(target), PNG_SIGNATURE + b"old")
    with pytest.raises(OSError, match="simulated"):
        publish.write_bytes_atomically(FailingMove(), str(target), PNG_SIGNATURE + b"new")
    assert target.read_bytes() == PNG_SIGNATURE + b"old"
    assert [p.name for p in target.parent.iterdir()] == ["chart.png"]


def test_empty_window_still_renders_a_png():
    png = chart.render_daily_dyad_chart({}, date(2023, 1, 1), date(2023, 3, 31), "nothing")
    assert png.startswith(PNG_SIGNATURE)
