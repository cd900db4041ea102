"""Ingestion: every file -> exactly one outcome; seed article, duplicates, bad inputs, dates, limits."""
from __future__ import annotations

import hashlib
import os
import time
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import fsspec
import pytest
from fsspec.implementations.local import LocalFileSystem

from badcorpus import (
    MIB,
    OUTSIDE_MARKER,
    SEED_ARTICLE,
    SQL_NAME,
    SQL_TEXT,
    TODAY,
    UNREADABLE_PATH,
    deny_reading,
    long_line_text,
    make_bad_corpus,
    near_duplicate_of_seed,
    record_opened_paths,
)
from geoevents.engine.model import stable_id
from geoevents.ingest import (
    article_file_entries,
    REJECTION_REASONS,
    IngestedArticle,
    IngestSettings,
    RejectedFile,
    count_outcomes,
    infer_published_date,
    ingest_bytes,
    iter_article_files,
    parse_metadata_date,
    scan_articles,
)
from geoevents.ingest.html import looks_like_html
from geoevents.ingest.patterns import load_boilerplate_rules, load_metadata_rules
from geoevents.ingest.text import normalize_text, remove_boilerplate, split_metadata_header

SETTINGS = IngestSettings()
SEED_BYTES = SEED_ARTICLE.read_bytes()
SEED_TITLE = "USA besorgt über Chinas Beziehungen zu Russland, sagt Außenministerium nach Putin-Xi-Gespräch"


def _ingest_text(text: str, name: str = "a.txt", today: date = TODAY, settings: IngestSettings = SETTINGS):
    return ingest_bytes(text.encode("utf-8"), name, settings, today)


# ---------------------------------------------------------------- the seed article

def test_seed_article_is_cleaned_and_dated():
    article = ingest_bytes(SEED_BYTES, "000_60d5d92e676d09a4.txt", SETTINGS, date(2026, 11, 27))
    assert isinstance(article, IngestedArticle)
    assert "source-127" not in article.body and "Leave a Reply" not in article.body
    assert article.body.endswith("die internationale Justiz entschieden zu verteidigen.“")
    assert article.title == SEED_TITLE and article.body.startswith(SEED_TITLE + "\n\n")
    assert "\n\n\n" not in article.body
    assert "„Peking behauptet, neutral zu sein" in article.body  # German quotes kept as they are
    assert (article.language, article.supported_language) == ("de", True)
    assert article.language_confidence > 0.9
    assert (article.published_date, article.published_date_basis) == (date(2022, 12, 30), "text_weekday_year")
    assert article.article_id == stable_id(article.body) and len(article.article_id) == 16
    assert article.content_sha256 == hashlib.sha256(SEED_BYTES).hexdigest()
    assert (article.source_encoding, article.source_format) == ("utf-8", "text")
    assert article.n_chars == len(article.body)


def _latest_friday_dec_30(today: date) -> date:
    candidates = [date(y, 12, 30) for y in range(today.year - 40, today.year + 1)]
    return max(d for d in candidates if d <= today and d.weekday() == 4)


@pytest.mark.parametrize("today, expected", [
    (date(2026, 11, 27), date(2022, 12, 30)),
    (date(2023, 1, 5), date(2022, 12, 30)),
    (date(2022, 12, 30), date(2022, 12, 30)),
    (date(2022, 12, 29), date(2016, 12, 30)),  # 2022-12-30 is after today; 2017-12-30 was a Saturday
])
def test_seed_year_is_the_latest_weekday_consistent_year_not_after_today(today, expected):
    assert _latest_friday_dec_30(today) == expected
    article = ingest_bytes(SEED_BYTES, "seed.txt", SETTINGS, today)
    assert (article.published_date, article.published_date_basis) == (expected, "text_weekday_year")


def test_renamed_copy_and_near_duplicate_have_the_seed_article_id():
    seed = ingest_bytes(SEED_BYTES, "seed.txt", SETTINGS, TODAY)
    renamed = ingest_bytes(SEED_BYTES, "elsewhere/renamed.text", SETTINGS, TODAY)
    near = _ingest_text(near_duplicate_of_seed(), "near.txt")
    assert renamed.article_id == seed.article_id and renamed.source_path == "elsewhere/renamed.text"
    assert near.body == seed.body and near.article_id == seed.article_id
    assert near.content_sha256 != seed.content_sha256


# ---------------------------------------------------------------- the bad-input corpus

@pytest.fixture
def bad_corpus(tmp_path, monkeypatch):
    root = tmp_path / "articles"
    expected = make_bad_corpus(root)
    deny_reading(monkeypatch, [root / UNREADABLE_PATH])
    opened = record_opened_paths(monkeypatch)
    outcomes = list(scan_articles(str(root), None, TODAY))
    monkeypatch.undo()
    return root, expected, outcomes, opened


def _count_entries_independently(root: Path) -> int:
    """Files in: every non-directory entry, plus symlinked and hidden directories (one entry, not walked)."""
    count = 0
    for directory, dirnames, filenames in os.walk(root, followlinks=False):
        count += len(filenames)
        for name in list(dirnames):
            path = Path(directory) / name
            if path.is_symlink() or name.startswith("."):
                count += 1
                dirnames.remove(name)
    return count


def test_every_file_has_exactly_one_outcome(bad_corpus):
    root, expected, outcomes, _ = bad_corpus
    paths = [o.source_path for o in outcomes]
    assert paths == sorted(paths) and len(paths) == len(set(paths))
    assert set(paths) == set(expected)
    ingested = [o for o in outcomes if isinstance(o, IngestedArticle)]
    rejected = [o for o in outcomes if isinstance(o, RejectedFile)]
    assert len(ingested) + len(rejected) == len(outcomes) == _count_entries_independently(root)
    counts = count_outcomes(outcomes)
    assert counts["ingested"] == len(ingested) and sum(counts.values()) == len(outcomes)


def test_named_files_get_the_entries_of_the_full_listing(tmp_path):
    """The new-files sensor's runs look up only the paths they name: same entries as listing the folder for every
    kind of entry (hidden, symlinks in and out of the root, loops, special files, nested folders), nothing for
    directories, missing files, files below hidden or symlinked directories, or paths that leave the root."""
    root = tmp_path / "articles"
    make_bad_corpus(root)
    listed = {entry.source_path: entry for entry in iter_article_files(str(root))}
    named = article_file_entries(str(root), [*listed, *listed])  # duplicates are looked up once
    assert [entry.source_path for entry in named] == sorted(listed)
    assert named == [listed[path] for path in sorted(listed)]
    below_listed_dirs = [f"{path}/x.txt" for path, entry in listed.items() if entry.reject_reason]
    directories = sorted({path.rsplit("/", 1)[0] for path in listed if "/" in path})
    assert directories and below_listed_dirs
    unlisted = [*directories, *below_listed_dirs, "missing.txt", "../outside.txt", "./x.txt", "/etc/passwd", ""]
    assert article_file_entries(str(root), unlisted) == []


def test_each_file_gets_its_expected_outcome(bad_corpus):
    _, expected, outcomes, _ = bad_corpus
    by_path = {o.source_path: o for o in outcomes}
    for path, want in expected.items():
        got = by_path[path]
        outcome = "ingested" if isinstance(got, IngestedArticle) else got.reason
        assert outcome == want.outcome, (path, got)
        if isinstance(got, RejectedFile):
            assert got.reason in REJECTION_REASONS and got.detail, path
            continue
        if want.language:
            assert got.language == want.language, path
        if want.supported_language is not None:
            assert got.supported_language is want.supported_language, path
        if want.checks_date:
            assert got.published_date == want.published_date, path
        if want.date_basis:
            assert got.published_date_basis == want.date_basis, path
        if want.source_encoding:
            assert got.source_encoding == want.source_encoding, path
        if want.source_format:
            assert got.source_format == want.source_format, path
        if want.title:
            assert got.title == want.title and got.body.startswith(want.title), path
        if want.same_article_as:
            assert got.article_id == by_path[want.same_article_as].article_id, path
        for text in want.body_contains:
            assert text in got.body, (path, text)
        for text in want.body_excludes:
            assert text not in got.body, (path, text)


def test_nothing_outside_the_root_is_opened(bad_corpus):
    root, _, outcomes, opened = bad_corpus
    outside = os.path.realpath(root.parent / f"{root.name}_outside")
    assert opened, "the spy saw no file being opened"
    assert not [p for p in opened if p.startswith(outside + os.sep)]
    assert all(OUTSIDE_MARKER not in o.body for o in outcomes if isinstance(o, IngestedArticle))
    # the 50 MB file is rejected from its size, never read
    assert os.path.realpath(root / "huge_50mb.txt") not in opened


def test_rejection_details_name_the_problem(bad_corpus):
    _, _, outcomes, _ = bad_corpus
    by_path = {o.source_path: o for o in outcomes}
    assert "Permission denied" in by_path[UNREADABLE_PATH].detail
    assert "50.0 MiB" in by_path["huge_50mb.txt"].detail
    assert "PNG" in by_path["png_renamed.txt"].detail
    assert "NUL" in by_path["nul_bytes.txt"].detail
    assert "outside the articles root" in by_path["link_outside.txt"].detail
    assert by_path["png_renamed.txt"].content_sha256  # read, so its hash is known
    assert by_path["huge_50mb.txt"].content_sha256 is None  # never read


def test_sql_in_file_name_and_text_is_kept_verbatim(bad_corpus):
    _, _, outcomes, _ = bad_corpus
    article = next(o for o in outcomes if o.source_path == SQL_NAME)
    assert isinstance(article, IngestedArticle) and SQL_TEXT in article.body


def test_long_line_without_punctuation_is_ingested_quickly():
    text = long_line_text(200_000)
    started = time.perf_counter()
    article = _ingest_text(text, "long.txt")
    elapsed = time.perf_counter() - started
    assert isinstance(article, IngestedArticle) and article.n_chars == len(text) >= 199_990
    assert elapsed < 2.0, f"{elapsed:.2f} s for one 200,000-character line"


# ---------------------------------------------------------------- worker processes

def test_scan_in_worker_processes_gives_the_same_outcomes_in_the_same_order(tmp_path):
    root = tmp_path / "articles"
    make_bad_corpus(root)
    few_per_batch = replace(SETTINGS, scan_batch_size=4, min_files_for_workers=1)
    in_process = list(scan_articles(str(root), few_per_batch, TODAY))
    in_workers = list(scan_articles(str(root), few_per_batch, TODAY, n_process=2))
    assert len(in_process) > 2 * few_per_batch.scan_batch_size  # several batches went to the workers
    assert in_workers == in_process


def test_scan_workers_are_forked_from_the_forkserver_not_spawned(tmp_path):
    """Scan workers come from multiprocessing's forkserver (which imports this module and the engine once, and
    also serves the engine's workers) instead of each being a spawned interpreter importing spaCy itself."""
    import psutil

    from conftest import new_processes
    from geoevents.ingest import scan

    context = scan.worker_context()
    assert context.get_start_method() == "forkserver"
    import multiprocessing.forkserver
    preload = multiprocessing.forkserver._forkserver._preload_modules   # noqa: SLF001 - what the server imports
    assert {"geoevents.ingest.scan", "geoevents.engine.coder"} <= set(preload)
    root = tmp_path / "articles"
    for index in range(12):
        (root / f"{index:02d}.txt").parent.mkdir(exist_ok=True)
        (root / f"{index:02d}.txt").write_bytes(SEED_BYTES.replace(b"Putin", f"Putin{index}".encode()))
    before = {process.pid for process in psutil.Process().children(recursive=True)}
    outcomes = scan_articles(str(root), replace(SETTINGS, scan_batch_size=2, min_files_for_workers=1), TODAY,
                             n_process=2)
    first = next(outcomes)
    workers = [(" ".join(worker.cmdline()), " ".join(worker.parent().cmdline()))   # while the scan runs
               for worker in map(psutil.Process, new_processes(before))]
    rest = list(outcomes)
    assert len(workers) == 2
    for command, server in workers:
        assert "multiprocessing.forkserver" in server and "spawn_main" not in command, server
    assert len([first, *rest]) == 12 and all(isinstance(o, IngestedArticle) for o in [first, *rest])


def test_scan_stays_in_process_below_the_worker_threshold_and_for_non_local_roots(monkeypatch, tmp_path):
    import geoevents.ingest.scan as scan

    def no_pool(*args, **kwargs):
        raise AssertionError("no worker pool expected")

    monkeypatch.setattr(scan, "ProcessPoolExecutor", no_pool)
    (tmp_path / "a.txt").write_bytes(SEED_BYTES)
    assert len(list(scan_articles(str(tmp_path), SETTINGS, TODAY, n_process=2))) == 1  # 1 < 2,000 files
    fs = fsspec.filesystem("memory")
    base = f"/ingest-test-{uuid.uuid4().hex}"
    fs.pipe(f"{base}/seed.txt", SEED_BYTES)
    try:
        outcomes = list(scan_articles(f"memory://{base}", replace(SETTINGS, min_files_for_workers=1), TODAY,
                                      n_process=2))
    finally:
        fs.rm(base, recursive=True)
    assert [o.source_path for o in outcomes] == ["seed.txt"]


class RecordingInlinePool:
    """Stands in for the scan's ProcessPoolExecutor: runs each batch at once in this process and records the pools
    created (their process counts) and the batch sizes submitted."""
    created: list[int] = []
    submitted: list[int] = []

    @classmethod
    def reset(cls) -> None:
        cls.created, cls.submitted = [], []

    def __init__(self, n_process, *args, **kwargs):
        type(self).created.append(n_process)

    def submit(self, fn, batch, *args):
        from concurrent.futures import Future
        type(self).submitted.append(len(batch))
        future = Future()
        future.set_result(fn(batch, *args))
        return future

    def shutdown(self, **kwargs):
        pass


def test_workers_stay_a_whole_write_chunk_ahead_of_the_caller(monkeypatch):
    # The articles asset takes WRITE_CHUNK_FILES outcomes, then writes them: the scan must have more than that
    # submitted beyond what the caller took, or the workers idle during the write.
    import itertools

    import geoevents.ingest.scan as scan
    from assets.ingest import WRITE_CHUNK_FILES
    from geoevents.ingest import FileEntry

    pool = RecordingInlinePool
    pool.reset()
    monkeypatch.setattr(scan, "ProcessPoolExecutor", pool)
    entries = [FileEntry(f"{i:05d}.bin", f"{i:05d}.bin", 1, reject_reason="unsupported_extension")
               for i in range(5 * WRITE_CHUNK_FILES)]
    outcomes = scan.ingest_entries(entries, SETTINGS, TODAY, n_process=2)
    taken = list(itertools.islice(outcomes, WRITE_CHUNK_FILES))
    assert sum(pool.submitted) - len(taken) >= WRITE_CHUNK_FILES
    assert [o.source_path for o in itertools.chain(taken, outcomes)] == [e.source_path for e in entries]


def test_the_scan_uses_workers_exactly_when_reads_in_workers_says_so(monkeypatch):
    """One predicate decides whether a scan reads in worker processes; the articles asset asks it to start the
    workers' server early, so the two must agree: the number of processes, the files against the threshold,
    local or not."""
    import itertools

    import geoevents.ingest.scan as scan
    from geoevents.ingest import FileEntry

    pool = RecordingInlinePool
    monkeypatch.setattr(scan, "ProcessPoolExecutor", pool)
    monkeypatch.setattr(scan, "prepare_model_cache", lambda: None)
    settings = replace(SETTINGS, min_files_for_workers=3, scan_batch_size=2)
    local, memory = LocalFileSystem(), fsspec.filesystem("memory")
    decisions = []
    for n_process, n_files, fs_of in itertools.product(
            [0, 1, 2, 3], [0, 2, 3, 5],
            [lambda i: local, lambda i: memory, lambda i: None, lambda i: memory if i == 0 else local]):
        entries = [FileEntry(f"{i:02d}.bin", f"{i:02d}.bin", 1, reject_reason="unsupported_extension", fs=fs_of(i))
                   for i in range(n_files)]
        pool.reset()
        outcomes = list(scan.ingest_entries(entries, settings, TODAY, n_process=n_process))
        expected = scan.reads_in_workers(entries, settings, n_process)
        assert expected == (n_process > 1 and n_files >= 3 and not any(e.fs is memory for e in entries))
        assert pool.created == ([n_process] if expected else []), (n_process, n_files, [e.fs for e in entries])
        assert [o.source_path for o in outcomes] == [e.source_path for e in entries]
        decisions.append(expected)
    assert any(decisions) and not all(decisions)   # both branches were taken
    # The cases the docstring names, directly.
    five_local = [FileEntry(f"{i}.txt", f"{i}.txt", 1, fs=local) for i in range(5)]
    assert scan.reads_in_workers(five_local, settings, 2)
    assert not scan.reads_in_workers(five_local, settings, 1)
    assert not scan.reads_in_workers(five_local[:2], settings, 2)
    assert not scan.reads_in_workers([replace(e, fs=memory) for e in five_local], settings, 2)


# ---------------------------------------------------------------- fsspec URIs

def test_memory_filesystem_root():
    fs = fsspec.filesystem("memory")
    base = f"/ingest-test-{uuid.uuid4().hex}"
    fs.pipe(f"{base}/b/seed.txt", SEED_BYTES)
    fs.pipe(f"{base}/a.html", b"<html><body><h1>Title</h1><p>Putin and Xi held talks in Moscow.</p></body></html>")
    fs.pipe(f"{base}/image.txt", b"\x89PNG\r\n\x1a\n" + bytes(32))
    fs.pipe(f"{base}/.hidden.txt", b"hidden")
    fs.pipe(f"{base}/notes.pdf", b"%PDF-1.4")
    try:
        outcomes = list(scan_articles(f"memory://{base}", None, TODAY))
        entries = list(iter_article_files(f"memory://{base}"))
    finally:
        fs.rm(base, recursive=True)
    summary = {o.source_path: ("ingested" if isinstance(o, IngestedArticle) else o.reason) for o in outcomes}
    assert summary == {".hidden.txt": "ignored_hidden", "a.html": "ingested", "b/seed.txt": "ingested",
                       "image.txt": "binary", "notes.pdf": "unsupported_extension"}
    assert [e.source_path for e in entries] == sorted(summary)
    seed = next(o for o in outcomes if o.source_path == "b/seed.txt")
    assert seed.article_id == ingest_bytes(SEED_BYTES, "x.txt", SETTINGS, TODAY).article_id


def test_file_uri_root_gives_the_same_relative_paths(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "seed.txt").write_bytes(SEED_BYTES)
    from_path = [o.source_path for o in scan_articles(str(tmp_path), None, TODAY)]
    from_uri = [o.source_path for o in scan_articles(f"file://{tmp_path}", None, TODAY)]
    assert from_path == from_uri == ["sub/seed.txt"]


def test_missing_root_is_an_error_not_an_empty_scan(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(scan_articles(str(tmp_path / "nope"), None, TODAY))


# ---------------------------------------------------------------- limits and robustness

def test_body_longer_than_the_limit_is_rejected_not_truncated():
    settings = replace(SETTINGS, max_body_chars=500)
    outcome = _ingest_text(SEED_BYTES.decode("utf-8"), settings=settings)
    assert isinstance(outcome, RejectedFile) and outcome.reason == "too_long_text"
    assert "500" in outcome.detail


def test_file_size_limit_is_configurable(tmp_path):
    (tmp_path / "seed.txt").write_bytes(SEED_BYTES)
    settings = replace(SETTINGS, max_file_bytes=1000)
    [outcome] = list(scan_articles(str(tmp_path), settings, TODAY))
    assert outcome.reason == "too_large"
    assert ingest_bytes(SEED_BYTES, "seed.txt", settings, TODAY).reason == "too_large"


def test_an_unexpected_failure_rejects_one_file_and_the_scan_goes_on(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_bytes(SEED_BYTES)
    (tmp_path / "b.txt").write_text("Poison pill article.\n\nIt breaks the language detector.")
    import geoevents.ingest.scan as scan_module

    real_detect = scan_module.detect_language

    def flaky_detect(text, sample_chars):
        if "Poison pill" in text:
            raise RuntimeError("detector exploded")
        return real_detect(text, sample_chars)

    monkeypatch.setattr(scan_module, "detect_language", flaky_detect)
    a, b = list(scan_articles(str(tmp_path), None, TODAY))
    assert isinstance(a, IngestedArticle)
    assert (b.reason, b.detail) == ("error", "RuntimeError: detector exploded")


def test_only_boilerplate_is_rejected():
    outcome = _ingest_text("Leave a Reply\n\nShare this:\nFacebook\n\nsource-3\n")
    assert outcome.reason == "no_text_after_cleaning"


def test_unsupported_language_is_ingested_not_rejected():
    text = ("Il governo italiano ha annunciato nuove misure economiche dopo l'incontro con i rappresentanti "
            "dell'Unione europea a Bruxelles, secondo un comunicato diffuso in serata.")
    article = _ingest_text(text)
    assert (article.language, article.supported_language) == ("it", False)


# ---------------------------------------------------------------- normalization and boilerplate

def test_normalize_text():
    raw = ("Caf\u0065\u0301 Titel  \r\nzweite\u00a0Zeile\t mit\u200b Tabs   \r\n\r\n\r\n\r\n"
           "„Zitat“ »Guillemets« \x07\n\n\n\nEnde  ")
    assert normalize_text(raw) == "Café Titel\nzweite Zeile mit Tabs\n\n„Zitat“ »Guillemets«\n\nEnde"
    assert normalize_text(normalize_text(raw)) == normalize_text(raw)


def test_boilerplate_is_removed_at_the_edges_only():
    rules = load_boilerplate_rules(SETTINGS.boilerplate_file)
    text = ("Skip to content\n\nReal headline\n\nHe said he would leave a reply later.\n\nShare this:\n\n"
            "Related posts\nis how the section was called.\n\nMore real text follows here, long enough to "
            "put the middle of the article beyond this point of the text.\n\nLeave a Reply\n\nsource-127")
    cleaned = remove_boilerplate(text, rules)
    assert cleaned.startswith("Real headline\n\nHe said he would leave a reply later.")
    assert "Share this" not in cleaned  # never prose, removed anywhere
    assert "Related posts\nis how the section was called." in cleaned  # first half: not a tail marker
    assert cleaned.endswith("beyond this point of the text.")


def test_trailing_related_block_is_cut():
    rules = load_boilerplate_rules(SETTINGS.boilerplate_file)
    body = "Headline\n\n" + "A sentence of the real article. " * 20
    text = body + "\n\nMehr zum Thema\nPutin droht erneut\nXi reist nach Moskau\n\nKommentare (3)"
    assert remove_boilerplate(text, rules) == body.strip()


def test_metadata_header_is_read_and_stripped():
    rules = load_metadata_rules(SETTINGS.metadata_file)
    fields, rest = split_metadata_header(
        "Published on: December 30, 2022\nTitle: A\nURL: https://x.org/a\n\nA\n\nBody.", rules)
    assert fields == {"date": "December 30, 2022", "title": "A", "url": "https://x.org/a"}
    assert rest == "A\n\nBody."
    assert split_metadata_header("Kein Header: hier\n\nText", rules) == ({}, "Kein Header: hier\n\nText")


def test_header_title_becomes_the_first_line():
    article = _ingest_text("Date: 2022-12-30\nTitle: Putin und Xi\n\nDer Text beginnt ohne Überschrift und "
                           "berichtet über ein Treffen der beiden Präsidenten.")
    assert article.title == "Putin und Xi" and article.body.startswith("Putin und Xi\n\nDer Text")
    assert (article.published_date, article.published_date_basis) == (date(2022, 12, 30), "metadata")


def test_html_sniffing():
    assert looks_like_html("  <!DOCTYPE html><html>")
    assert looks_like_html("<?xml version='1.0'?>\n<!-- saved -->\n<html lang=de>")
    assert not looks_like_html("Ein Artikel über <html>-Tags in E-Mails.")


# ---------------------------------------------------------------- publication dates

@pytest.mark.parametrize("text, language, expected", [
    ("Xi sprach am Freitag (30. Dezember) mit Putin.", "de", (date(2022, 12, 30), "text_weekday_year")),
    ("Berlin, Freitag, 30. Dezember: Die Regierung tagte.", "de", (date(2022, 12, 30), "text_weekday_year")),
    ("Am Freitag, den 30.12. wurde verhandelt.", "de", (date(2022, 12, 30), "text_weekday_year")),
    ("The call took place on Friday, December 30, officials said.", "en", (date(2022, 12, 30), "text_weekday_year")),
    ("Xi told Putin on Friday (Dec. 30) that talks would be hard.", "en", (date(2022, 12, 30), "text_weekday_year")),
    ("On Friday the 30th of December the leaders spoke.", "en", (date(2022, 12, 30), "text_weekday_year")),
    ("Die Erklärung vom 4. Februar 2022 und das Treffen am 30. Dezember 2022.", "de",
     (date(2022, 12, 30), "text_explicit")),
    ("Freitag, 30. Dezember 2022: Videotreffen.", "de", (date(2022, 12, 30), "text_explicit")),
    ("Signed on 2022-02-04 in Beijing, and renewed on 2030-01-01.", "en", (date(2022, 2, 4), "text_explicit")),
    ("Le sommet du 30.12.2022 à Pékin.", "fr", (date(2022, 12, 30), "text_explicit")),
    ("Xi und Putin sprachen am Freitag miteinander.", "de", (None, "unknown")),
    ("Im Februar begann die Invasion.", "de", (None, "unknown")),
])
def test_infer_published_date(text, language, expected):
    assert infer_published_date(text, language, TODAY) == expected


def test_inferred_date_is_never_today_by_default():
    for today in (TODAY, date(2030, 5, 17)):
        assert infer_published_date("No date clue in this text.", "en", today) == (None, "unknown")
    # a weekday clue never resolves to a date after today: 2026-11-28 (tomorrow) is skipped
    assert infer_published_date("am Samstag (28. November)", "de", TODAY) == (date(2020, 11, 28),
                                                                              "text_weekday_year")


@pytest.mark.parametrize("value, expected", [
    ("2022-12-30T14:05:00+00:00", date(2022, 12, 30)),
    ("30.12.2022", date(2022, 12, 30)),
    ("Fri, 30 Dec 2022 10:00:00 GMT", date(2022, 12, 30)),
    ("30. Dezember 2022", date(2022, 12, 30)),
    ("Dezember 2022", None),
    ("gestern", None),
    ("2 days ago", None),
    ("1672400000", None),
    ("", None),
])
def test_parse_metadata_date(value, expected):
    assert parse_metadata_date(value) == expected


def test_utf16_without_bom_is_reported_as_binary():
    outcome = ingest_bytes("Ein kurzer Text".encode("utf-16-le"), "a.txt", SETTINGS, TODAY)
    assert outcome.reason == "binary" and "byte order mark" in outcome.detail


def test_throughput_smoke(tmp_path):
    words = SEED_BYTES.decode("utf-8").split()
    for i in range(200):
        text = f"Artikel {i}\n\n" + " ".join(words[(i + j) % len(words)] for j in range(600))
        (tmp_path / f"{i:04d}.txt").write_text(text)
    ingest_bytes(SEED_BYTES, "warmup.txt", SETTINGS, TODAY)  # loads the language model once
    started = time.perf_counter()
    counts = count_outcomes(scan_articles(str(tmp_path), None, TODAY))
    elapsed = time.perf_counter() - started
    assert counts == {"ingested": 200}
    # ~0.6 ms per article on the reference machine; the bound only catches pathological slow-downs
    assert elapsed < 200 * 0.02, f"{elapsed:.2f} s for 200 articles"


def test_big_sparse_file_check_uses_size_only(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(50 * MIB)
    read_calls = []
    monkeypatch.setattr(LocalFileSystem, "_open", lambda self, path, *a, **k: read_calls.append(path))
    [outcome] = list(scan_articles(str(tmp_path), None, TODAY))
    assert outcome.reason == "too_large" and read_calls == []
