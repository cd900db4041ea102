"""monthly_interactions recomputes only the months whose events changed, with the rows and files a full rebuild
gives."""
import hashlib
import shutil
from pathlib import Path

import dagster as dg

from conftest import build_pipeline_resources
from geoevents import warehouse as wh
from geoevents.engine import EXTRACTOR_VERSION
from test_assets import ASSETS, CHECKS, copy_of_seeded, run_pipeline, seeded  # noqa: F401

WITHOUT_MONTHLY = dg.AssetSelection.groups("reference", "ingest", "extract")

# Published 2022-12-30 like the seed article (its month gains rows) and an event in March 2023 (a new month).
ARTICLE_DECEMBER = ("Moskau, 30. Dezember 2022\n\nDer russische Präsident Wladimir Putin hat am Freitag in Moskau den "
                    "indischen Premierminister Narendra Modi getroffen.\n")
ARTICLE_MARCH = ("Washington, 20. März 2023\n\nDer amerikanische Präsident Joe Biden hat am 3. März 2023 in "
                 "Washington den chinesischen Staatschef Xi Jinping getroffen.\n")
MONTHLY_TABLE = "SELECT * FROM monthly_interactions ORDER BY ALL"


def monthly_state(resources: dict) -> tuple[list, dict[str, str]]:
    """The monthly table's rows and the sha256 of every monthly Parquet file."""
    with resources["warehouse"].reader() as con:
        rows = con.execute(MONTHLY_TABLE).fetchall()
    root = Path(resources["parquet_store"].store().base_path) / "monthly_interactions"
    files = {p.parent.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.glob("*/*.parquet"))}
    return rows, files


def file_times(resources: dict) -> dict[str, int]:
    root = Path(resources["parquet_store"].store().base_path) / "monthly_interactions"
    return {p.parent.name: p.stat().st_mtime_ns for p in root.glob("*/*.parquet")}


def copy_with_monthly_current(seeded: dict, target: Path) -> dict:
    """A copy of the seeded warehouse whose monthly table has been rebuilt once at the copy's Parquet location (a
    new location is rebuilt as a whole; the copied files are identical, so none is rewritten)."""
    resources = copy_of_seeded(seeded, target)
    times = file_times(resources)
    metadata = monthly_metadata(materialize_monthly(resources))
    assert metadata["months_recomputed"] == "all months" and metadata["partitions_written"] == []
    assert file_times(resources) == times
    return resources


def materialize_monthly(resources: dict) -> dg.ExecuteInProcessResult:
    return dg.materialize([*ASSETS, *CHECKS], resources=resources,
                          selection=dg.AssetSelection.assets("monthly_interactions"))


def monthly_metadata(result: dg.ExecuteInProcessResult) -> dict:
    (event,) = [e for e in result.get_asset_materialization_events() if e.asset_key.path == ["monthly_interactions"]]
    return {key: value.value for key, value in event.materialization.metadata.items()}


def full_rebuild(articles_dir: Path, target: Path) -> dict:
    """The same articles through a fresh warehouse: every month computed as a whole."""
    shutil.copytree(articles_dir, target / "articles")
    resources = build_pipeline_resources(target / "articles", target / "data")
    run_pipeline(resources)
    return resources


def test_monthly_after_new_articles_recomputes_their_months_and_equals_a_full_rebuild(seeded, tmp_path):  # noqa: F811
    resources = copy_with_monthly_current(seeded, tmp_path / "incremental")
    articles_dir = Path(resources["articles_source"].articles_dir)
    before_rows, before_files = monthly_state(resources)
    times_before = file_times(resources)
    (articles_dir / "december.txt").write_text(ARTICLE_DECEMBER, encoding="utf-8")
    (articles_dir / "march.txt").write_text(ARTICLE_MARCH, encoding="utf-8")
    assert dg.materialize([*ASSETS, *CHECKS], resources=resources, selection=WITHOUT_MONTHLY,
                          run_config={"ops": {"articles": {"config": {"paths": ["december.txt", "march.txt"]}}}}
                          ).success
    with resources["warehouse"].reader() as con:
        assert [m.isoformat() for m in wh.stale_months(con)] == ["2022-12-01", "2023-03-01"]

    metadata = monthly_metadata(materialize_monthly(resources))

    assert metadata["months_recomputed"] == ["month=2022-12", "month=2023-03"]
    after_rows, after_files = monthly_state(resources)
    assert after_rows != before_rows and set(after_files) == set(before_files) | {"month=2023-03"}
    # Months without new events keep their files untouched.
    times_after = file_times(resources)
    assert {m: t for m, t in times_after.items() if m not in ("month=2022-12", "month=2023-03")} == {
        m: t for m, t in times_before.items() if m != "month=2022-12"}
    with resources["warehouse"].reader() as con:
        assert wh.stale_months(con) == []
    assert monthly_state(full_rebuild(articles_dir, tmp_path / "full")) == (after_rows, after_files)


def test_monthly_drops_the_rows_and_file_of_a_month_whose_events_are_gone(seeded, tmp_path):  # noqa: F811
    resources = copy_with_monthly_current(seeded, tmp_path / "incremental")
    _, files_before = monthly_state(resources)
    assert files_before
    store = resources["warehouse"].store()
    with store.reader() as con:
        article_ids = [row[0] for row in con.execute("SELECT DISTINCT article_id FROM events").fetchall()]
    # The articles re-coded without events (as a new engine version that finds none would do).
    empty = wh.ExtractionRows(extraction_log=[wh.log_row(a, EXTRACTOR_VERSION, "coded", None) for a in article_ids])
    with store.writer() as con:
        wh.replace_extraction(con, article_ids, empty)

    metadata = monthly_metadata(materialize_monthly(resources))

    assert metadata["months_recomputed"] == sorted(files_before)
    assert sorted(metadata["partitions_removed"]) == sorted(files_before)
    assert monthly_state(resources) == ([], {})


def test_monthly_with_no_changed_month_writes_nothing(seeded, tmp_path):  # noqa: F811
    resources = copy_with_monthly_current(seeded, tmp_path / "unchanged")
    work_file = resources["warehouse"].store().work_path
    before = (work_file.read_bytes(), monthly_state(resources), file_times(resources))

    metadata = monthly_metadata(materialize_monthly(resources))

    assert metadata["months_recomputed"] == []
    assert (work_file.read_bytes(), monthly_state(resources), file_times(resources)) == before


def test_monthly_is_rebuilt_as_a_whole_when_its_parquet_location_changes(seeded, tmp_path):  # noqa: F811
    resources = copy_with_monthly_current(seeded, tmp_path / "moved")
    rows, files = monthly_state(resources)
    moved = dict(resources, parquet_store=type(resources["parquet_store"])(base_uri=str(tmp_path / "elsewhere")))

    metadata = monthly_metadata(materialize_monthly(moved))

    assert metadata["months_recomputed"] == "all months"
    assert monthly_state(moved) == (rows, files)
