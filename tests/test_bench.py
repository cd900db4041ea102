"""The benchmark: corpus generator (deterministic, realistic shape) and the quick run's JSON report.

No timing assertions: the figures depend on the machine. The quick run checks every figure is there and sane.
"""
from __future__ import annotations

import importlib
import json
import re
import sys

import pytest

from benchmarks.__main__ import TARGETS, evaluate_targets, median_round, parse_args
from benchmarks.corpus import CorpusSpec, load_templates, parse_lang_mix, render_article, write_corpus
from benchmarks.stages import (KEPT_MARKER, STAGE_FIGURES, STAGE_NAMES, kept_warehouse_problem,
                               mark_kept_warehouse)
from started_together import StartedTogether, selected_tests

# Figures that may legitimately be zero (no rejected files) or negative (an incremental run within noise).
# worker_start_seconds is 0 when the engine runs in one process (a one-core machine)
MAY_BE_ZERO = {"n_rejected", "worker_start_seconds"}
MAY_BE_NEGATIVE = {"seconds_beyond_empty"}


# ---------------------------------------------------------------- corpus


def test_article_is_deterministic_and_independent_of_corpus_size():
    small, large = CorpusSpec(n=10, seed=7), CorpusSpec(n=10_000, seed=7)
    assert render_article(small, 3) == render_article(large, 3)
    assert render_article(small, 3).text != render_article(CorpusSpec(n=10, seed=8), 3).text
    assert render_article(small, 3).text != render_article(small, 4).text


def test_corpus_shape_languages_dates_and_length():
    spec = CorpusSpec(n=400, seed=42, lang_mix={"de": 0.5, "en": 0.5})
    articles = [render_article(spec, i) for i in range(spec.n)]
    by_lang = {lang: [a for a in articles if a.language == lang] for lang in ("de", "en")}
    assert 140 < len(by_lang["de"]) < 260 and 140 < len(by_lang["en"]) < 260
    with_header = [a for a in articles if a.has_date_header]
    assert 140 < len(with_header) < 260
    for a in with_header:
        assert a.text.startswith(f"Date: {a.published.isoformat()}\n")
    # many days touched, all inside the span the ingest can date unambiguously
    assert len({a.published for a in articles}) > 250
    assert all(spec.first_date <= a.published <= spec.last_date for a in articles)
    words = [len(a.text.split()) for a in articles]
    assert 480 <= sum(words) / len(words) <= 760
    assert all(450 <= w <= 800 for w in words)


@pytest.mark.parametrize("language", ["de", "en"])
def test_weekday_clue_names_the_real_publication_day(language):
    templates = load_templates(language)
    spec = CorpusSpec(n=200, seed=1, lang_mix={language: 1.0}, date_header_fraction=0.0)
    for i in range(40):
        article = render_article(spec, i)
        d = article.published
        weekday, month = templates.weekdays[d.weekday()], templates.months[d.month - 1]
        clue = f"{weekday} ({d.day}. {month})" if language == "de" else f"{weekday} ({month} {d.day})"
        assert clue in article.text, (clue, article.text[:300])


def test_events_of_every_kind_with_quotes_and_frequent_great_powers():
    spec = CorpusSpec(n=60, seed=3)
    text = "\n".join(render_article(spec, i).text for i in range(spec.n))
    for marker in ("Videotreffen", "video", "Sanktionen", "sanctions", "„", "“", '"', "nicht", "not",
                   "beabsichtige", "intends", "kritisierte", "criticized", "Abkommen", "agreement",
                   "Invasion", "invasion", "vergangene Woche", "last week"):
        assert marker in text, marker
    for power in ("China", "Russland", "Russia", "Washington", "Peking", "Moskau", "Moscow", "Beijing"):
        assert len(re.findall(rf"\b{power}\b", text)) >= 10, power
    # and many other states
    assert sum(1 for state in ("Frankreich", "Japan", "India", "Türkei", "Brazil", "Polen", "Egypt", "Serbien")
               if state in text) >= 6


def test_write_corpus_writes_one_file_per_article(tmp_path):
    spec = CorpusSpec(n=25, seed=5)
    summary = write_corpus(tmp_path / "articles", spec)
    files = sorted((tmp_path / "articles").iterdir())
    assert len(files) == summary.n_files == 25
    assert files[0].read_text(encoding="utf-8") == render_article(spec, 0).text
    assert summary.n_bytes == sum(f.stat().st_size for f in files)
    assert sum(summary.languages.values()) == 25
    assert summary.published_by_file[files[0].name] == render_article(spec, 0).published


def test_lang_mix_parsing():
    assert parse_lang_mix("de=3,en=1") == {"de": 0.75, "en": 0.25}
    with pytest.raises(ValueError):
        parse_lang_mix("fr=1")
    with pytest.raises(ValueError):
        parse_lang_mix("de")
    spec = CorpusSpec(n=30, lang_mix=parse_lang_mix("en=1"))
    assert {render_article(spec, i).language for i in range(30)} == {"en"}


# ---------------------------------------------------------------- targets


def _run(share, dagster_seconds, peak, beyond, n):
    ok = {"status": "ok", "seconds": 1.0}
    peaks = {"library_stages": {"self": 2 * peak, "children": 10.0, "tree": 2 * peak},
             "dagster": {"self": peak - 100, "children": 10.0, "tree": peak}}
    return {"n": n, "peak_rss_mib": peaks, "stages": {
        "tokenizer_ceiling": {**ok, "engine_share_of_ceiling": share},
        "extract": ok,
        "dagster_job": {**ok, "seconds": dagster_seconds},
        "dagster_incremental": {**ok, "seconds_beyond_empty": beyond},
    }}


def test_targets_pass_and_miss():
    aggregation = {"status": "ok", "seconds": 4.0, "n_events": 10_000_000}
    runs = {"1000": _run(0.6, 8.0, 700.0, 1.0, 1000), "10000": _run(0.55, 55.0, 800.0, 2.0, 10000)}
    targets = evaluate_targets(runs, aggregation)
    assert set(targets) == set(TARGETS)
    assert {k: t["status"] for k, t in targets.items()} == {
        "engine_vs_tokenizer": "PASS", "end_to_end_10k": "PASS", "end_to_end_100k": "N/A",
        "peak_memory": "PASS", "incremental_one_article": "PASS", "daily_aggregation_10m": "PASS"}

    runs = {"1000": _run(0.3, 8.0, 700.0, 1.0, 1000), "10000": _run(0.6, 75.0, 1500.0, 6.5, 10000)}
    targets = evaluate_targets(runs, {**aggregation, "seconds": 5.5})
    assert {k: t["status"] for k, t in targets.items()} == {
        "engine_vs_tokenizer": "MISS", "end_to_end_10k": "MISS", "end_to_end_100k": "N/A",
        "peak_memory": "MISS", "incremental_one_article": "MISS", "daily_aggregation_10m": "MISS"}


# ---------------------------------------------------------------- --keep-warehouse


def _round(beyond: float, status: str = "ok") -> dict:
    return {"status": status, "reason": None if status == "ok" else "boom", "seconds": 5.0 + beyond,
            "seconds_add_one": 5.0 + beyond, "seconds_empty": 5.0, "seconds_beyond_empty": beyond,
            "seconds_rescan_nothing_new": 6.0, "cpu_seconds_add_one": 4.0 + beyond, "cpu_seconds_empty": 4.0,
            "n_days_reaggregated": 3, "step_seconds": {}}


@pytest.mark.parametrize("beyond, expected", [
    ([3.0], 3.0),
    ([4.0, 1.0, 9.0], 4.0),          # the middle one
    ([4.0, 1.0, 9.0, 2.0], 2.0),     # even count: the lower middle
])
def test_median_round_is_the_middle_round_by_seconds_beyond_empty(beyond, expected):
    chosen = median_round([_round(b) for b in beyond])
    assert chosen["seconds_beyond_empty"] == expected
    assert [r["seconds_beyond_empty"] for r in chosen["rounds"]] == beyond
    assert chosen["spread"]["seconds_beyond_empty"] == [min(beyond), max(beyond)]


def test_median_round_skips_failed_rounds_and_reports_a_failure_when_none_succeeded():
    assert median_round([_round(0, "error"), _round(7.0)])["seconds_beyond_empty"] == 7.0
    failed = median_round([_round(0, "error")])
    assert failed["status"] == "error" and len(failed["rounds"]) == 1


def test_kept_warehouse_is_reused_only_for_the_same_corpus_and_extractor(tmp_path):
    args = parse_args(["--n", "30", "--keep-warehouse", str(tmp_path)])
    assert args.dagster_only  # implied
    spec = CorpusSpec(n=30, seed=42)
    assert "no finished build" in kept_warehouse_problem(tmp_path, spec)
    mark_kept_warehouse(tmp_path, spec, {"status": "ok", "seconds": 1.0, "reason": None})
    assert kept_warehouse_problem(tmp_path, spec) is None
    assert "seed" in kept_warehouse_problem(tmp_path, CorpusSpec(n=30, seed=43))
    kept = json.loads((tmp_path / KEPT_MARKER).read_text(encoding="utf-8"))
    (tmp_path / KEPT_MARKER).write_text(json.dumps({**kept, "extractor_version": "0.0+old"}), encoding="utf-8")
    assert "extractor_version" in kept_warehouse_problem(tmp_path, spec)
    # the marker names the version the build process coded with, not the one on disk when the build ended
    mark_kept_warehouse(tmp_path, spec, {"status": "ok", "seconds": 1.0, "reason": None}, built_by="0.0+built")
    assert json.loads((tmp_path / KEPT_MARKER).read_text(encoding="utf-8"))["extractor_version"] == "0.0+built"
    assert "0.0+built" in kept_warehouse_problem(tmp_path, spec)


def test_rounds_need_a_kept_warehouse():
    with pytest.raises(SystemExit):
        parse_args(["--n", "30", "--rounds", "3"])


def test_targets_not_measured_are_not_applicable():
    runs = {"200": _run(None, 8.0, 300.0, 1.0, 200)}
    runs["200"]["stages"]["extract"] = {"status": "not_available", "reason": "engine missing"}
    targets = evaluate_targets(runs, {"status": "ok", "seconds": 0.1, "n_events": 100_000})
    assert targets["engine_vs_tokenizer"]["status"] == "N/A"
    assert "engine missing" in targets["engine_vs_tokenizer"]["detail"]
    assert targets["daily_aggregation_10m"]["status"] == "N/A"


# ---------------------------------------------------------------- the quick run end to end


def _code_landed(module: str, name: str) -> bool:
    try:
        return hasattr(importlib.import_module(module), name)
    except ImportError:
        return False


# The two benchmark runs below are subprocesses that take minutes and mostly leave the other core idle (one
# Dagster run at a time): both are started together, when the first of them is needed, and each test waits for
# its own. A deadline, not a timing assertion.
BENCH_TIMEOUT_SECONDS = 600
BENCH_RUNS = {
    "test_quick_run_reports_every_figure": ["--quick"],
    # --dagster-only (how N=100,000 is measured: the library stages would hold the corpus in memory)
    "test_dagster_only_run_skips_the_library_stages_and_times_the_jobs":
        ["--n", "30", "--dagster-only", "--events", "0", "--span-days", "10"],
}


@pytest.fixture(scope="module")
def bench_runs(request, tmp_path_factory):
    """``python -m benchmarks`` for every test of BENCH_RUNS that is selected, all started at once; yields a
    function giving a test its finished run (CompletedProcess) and its output folder."""
    runs = StartedTogether(BENCH_TIMEOUT_SECONDS)
    for name in selected_tests(request) & BENCH_RUNS.keys():
        work = tmp_path_factory.mktemp(name.removeprefix("test_")[:30])
        runs.start(name, [sys.executable, "-m", "benchmarks", *BENCH_RUNS[name], "--out", str(work / "out"),
                          "--work-dir", str(work)], work / "out")
    try:
        yield runs.finished
    finally:
        runs.stop()


def test_quick_run_reports_every_figure(bench_runs):
    completed, out = bench_runs("test_quick_run_reports_every_figure")
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "Targets" in completed.stdout
    report = json.loads((out / "bench.json").read_text(encoding="utf-8"))

    machine = report["machine"]
    for key in ("cpu_model", "logical_cores", "ram_gib", "python", "spacy_version", "duckdb_version"):
        assert machine[key], key
    assert set(report["targets"]) == set(TARGETS)
    assert all(t["status"] in ("PASS", "MISS", "N/A") for t in report["targets"].values())
    assert report["peak_rss_mib"] > 0

    # a stage may be missing only while the code it measures has not landed; it never fails
    engine_landed = _code_landed("geoevents.engine", "EventCoder")
    pipeline_landed = engine_landed and _code_landed("pipelines.definitions", "defs")
    must_run = {"corpus", "ingest", "tokenizer_ceiling"}
    if engine_landed:
        must_run |= {"extract", "duckdb_load", "aggregate_parquet"}
    if pipeline_landed:
        must_run |= {"dagster_job", "dagster_incremental"}
    run = report["runs"]["200"]
    for phase in ("library_stages", "dagster"):
        peaks = run["peak_rss_mib"][phase]
        assert peaks["tree"] >= peaks["self"] > 0, (phase, peaks)
    for name in STAGE_NAMES:
        stage = run["stages"][name]
        assert stage["status"] != "error", (name, stage["reason"])
        assert stage["peak_tree_rss_mib"] > 0, name
        if name in must_run:
            assert stage["status"] == "ok", (name, stage["reason"])
        if stage["status"] != "ok":
            assert stage["reason"], name
            continue
        assert stage["seconds"] > 0, name
        for key in STAGE_FIGURES[name]:
            value = stage[key]
            if key.startswith("engine_share_of_ceiling") and not engine_landed:
                continue
            assert isinstance(value, (int, float)), (name, key, value)
            if key in MAY_BE_ZERO:
                assert value >= 0, (name, key, value)
            elif key not in MAY_BE_NEGATIVE:
                assert value > 0, (name, key, value)
    assert run["stages"]["corpus"]["n_files"] == 200
    assert run["stages"]["ingest"]["n_articles"] == 200
    # the ingest must date every synthetic article right (metadata line or weekday clue)
    assert run["stages"]["ingest"]["date_correct_share"] == 1.0

    aggregation = report["aggregation"]
    assert aggregation["status"] == "ok", aggregation.get("reason")
    assert aggregation["n_events"] == 100_000 and aggregation["seconds"] > 0 and aggregation["n_result_rows"] > 0


def test_dagster_only_run_skips_the_library_stages_and_times_the_jobs(bench_runs):
    """--dagster-only (how N=100,000 is measured: the library stages would hold the corpus in memory)."""
    completed, out = bench_runs("test_dagster_only_run_skips_the_library_stages_and_times_the_jobs")
    assert completed.returncode == 0, completed.stderr[-3000:]
    run = json.loads((out / "bench.json").read_text(encoding="utf-8"))["runs"]["30"]
    for name in STAGE_NAMES:
        stage = run["stages"][name]
        if name in ("dagster_job", "dagster_incremental"):
            assert stage["status"] == "ok", (name, stage["reason"])
        else:
            assert (stage["status"], stage["reason"]) == ("not_available", "skipped (--dagster-only)"), name
    assert run["stages"]["dagster_job"]["n_articles"] == 30
    assert set(run["peak_rss_mib"]) == {"dagster"}
