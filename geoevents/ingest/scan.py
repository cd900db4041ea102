"""Files -> IngestedArticle | RejectedFile, one outcome per file, never aborting the scan for one file."""
from __future__ import annotations

import hashlib
import itertools
import multiprocessing
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date

from fsspec.implementations.local import LocalFileSystem

from geoevents.engine.model import stable_id
from geoevents.ingest.dates import infer_published_date, parse_metadata_date
from geoevents.ingest.decode import decode_bytes
from geoevents.ingest.errors import Rejection
from geoevents.ingest.files import FileEntry, human_size, iter_article_files
from geoevents.ingest.html import extract_html_article, looks_like_html
from geoevents.ingest.language import (detect_language, model_cache_dir, prepare_model_cache,
                                       set_model_cache_dir)
from geoevents.ingest.model import IngestedArticle, RejectedFile
from geoevents.ingest.patterns import load_boilerplate_rules, load_metadata_rules
from geoevents.ingest.settings import IngestSettings
from geoevents.ingest.text import (
    collapse_blank_lines,
    ensure_title_first,
    first_line,
    normalize_text,
    remove_boilerplate,
    split_metadata_header,
    strip_markdown_headings,
)

Outcome = IngestedArticle | RejectedFile
# Batches submitted ahead per worker process: enough to keep the workers busy while the caller writes. The
# articles asset writes 1,000 files at a time (0.2-1.2 s); with 2 workers, 16 batches of 64 each keep more than
# that chunk queued (4 left the workers idle for most of each write once identification got faster). The
# outcomes held meanwhile are ~2,000 files' bodies (~20 MB).
MAX_BATCHES_IN_FLIGHT_PER_PROCESS = 16


def _clean_body(text: str, settings: IngestSettings) -> tuple[str, dict[str, str]]:
    """Normalized text without boilerplate and without a leading metadata header, plus the header fields."""
    boilerplate = load_boilerplate_rules(settings.boilerplate_file)
    metadata = load_metadata_rules(settings.metadata_file)
    text = remove_boilerplate(normalize_text(text), boilerplate, settings.max_boilerplate_line_chars)
    header, text = split_metadata_header(text, metadata)
    if header:
        # Boilerplate may also sit between the header and the article.
        text = remove_boilerplate(text, boilerplate, settings.max_boilerplate_line_chars)
    return collapse_blank_lines(text), header


@dataclass(frozen=True)
class _CleanedFile:
    """A file that passed every check up to language identification."""
    source_path: str
    body: str
    metadata_date: date | None
    content_sha256: str
    source_encoding: str
    source_format: str


def _clean_bytes(data: bytes, source_path: str, settings: IngestSettings, content_sha256: str) -> _CleanedFile:
    if len(data) > settings.max_file_bytes:
        raise Rejection("too_large", f"{human_size(len(data))} > limit {human_size(settings.max_file_bytes)}")
    if not data:
        raise Rejection("empty", "0 bytes")
    decoded = decode_bytes(data, settings)
    if not decoded.text.strip():
        raise Rejection("empty", f"only whitespace ({len(data)} bytes, {decoded.encoding})")

    metadata_title: str | None = None
    metadata_date: date | None = None
    source_format = "text"
    text = decoded.text
    if settings.is_html_suffix(source_path) or looks_like_html(text):
        page = extract_html_article(text, load_metadata_rules(settings.metadata_file))
        source_format, text = "html", page.text
        metadata_title, metadata_date = page.title, page.published_date
    elif settings.is_markdown_suffix(source_path):
        text = strip_markdown_headings(text)

    body, header = _clean_body(text, settings)
    metadata_title = header.get("title") or metadata_title
    if header.get("date"):
        metadata_date = parse_metadata_date(header["date"]) or metadata_date
    if not body:
        raise Rejection("no_text_after_cleaning", "only metadata header lines and web boilerplate "
                                                  f"({len(decoded.text)} characters before cleaning)")
    body = ensure_title_first(body, metadata_title)
    if len(body) > settings.max_body_chars:
        raise Rejection("too_long_text", f"cleaned body has {len(body)} characters > limit "
                                         f"{settings.max_body_chars} (rejected rather than truncated, so no "
                                         "text is lost silently)")
    return _CleanedFile(source_path, body, metadata_date, content_sha256, decoded.encoding, source_format)


def _complete(cleaned: _CleanedFile, language: str, confidence: float, settings: IngestSettings,
              today: date) -> IngestedArticle:
    if cleaned.metadata_date is not None:
        published, basis = cleaned.metadata_date, "metadata"
    else:
        published, basis = infer_published_date(cleaned.body, language, today, settings.date_words_file)
    return IngestedArticle(
        source_path=cleaned.source_path,
        article_id=stable_id(cleaned.body),
        title=first_line(cleaned.body),
        body=cleaned.body,
        language=language,
        language_confidence=confidence,
        supported_language=language in settings.supported_languages,
        published_date=published,
        published_date_basis=basis,
        content_sha256=cleaned.content_sha256,
        source_encoding=cleaned.source_encoding,
        source_format=cleaned.source_format,
    )


def _unexpected(source_path: str, exc: Exception, content_sha256: str | None) -> RejectedFile:
    # One broken file must not abort a scan of thousands: it is reported with the exception instead.
    return RejectedFile(source_path, "error", f"{type(exc).__name__}: {exc}", content_sha256)


def _clean_or_reject(data: bytes, source_path: str, settings: IngestSettings) -> _CleanedFile | RejectedFile:
    content_sha256 = hashlib.sha256(data).hexdigest()
    try:
        return _clean_bytes(data, source_path, settings, content_sha256)
    except Rejection as rejection:
        return RejectedFile(source_path, rejection.reason, rejection.detail, content_sha256)
    except Exception as exc:
        return _unexpected(source_path, exc, content_sha256)


def _finish(cleaned: _CleanedFile | RejectedFile, settings: IngestSettings, today: date,
            language: tuple[str, float] | None = None) -> Outcome:
    if isinstance(cleaned, RejectedFile):
        return cleaned
    try:
        language = language or detect_language(cleaned.body, settings.language_sample_chars)
        return _complete(cleaned, *language, settings, today)
    except Exception as exc:
        return _unexpected(cleaned.source_path, exc, cleaned.content_sha256)


def ingest_bytes(data: bytes, source_path: str, settings: IngestSettings | None, today: date) -> Outcome:
    """One file's raw bytes -> an article or a rejection. ``source_path`` decides the format by suffix."""
    settings = settings or IngestSettings()
    return _finish(_clean_or_reject(data, source_path, settings), settings, today)


def _read_at_most(entry: FileEntry, limit: int) -> bytes:
    # Read one byte past the limit: a file that grew after listing is still caught without loading it whole.
    with entry.fs.open(entry.fs_path, "rb") as handle:
        return handle.read(limit + 1)


def _read_and_clean(entry: FileEntry, settings: IngestSettings) -> _CleanedFile | RejectedFile:
    if entry.reject_reason:
        return RejectedFile(entry.source_path, entry.reject_reason, entry.reject_detail)
    try:
        data = _read_at_most(entry, settings.max_file_bytes)
    except OSError as exc:
        return RejectedFile(entry.source_path, "unreadable", f"{type(exc).__name__}: {exc}")
    if len(data) > settings.max_file_bytes:
        return RejectedFile(entry.source_path, "too_large",
                            f"more than {human_size(settings.max_file_bytes)} (grew after listing)")
    return _clean_or_reject(data, entry.source_path, settings)


def ingest_file(entry: FileEntry, settings: IngestSettings | None, today: date) -> Outcome:
    """One listed file -> exactly one outcome. Never raises for a problem with the file itself."""
    settings = settings or IngestSettings()
    return _finish(_read_and_clean(entry, settings), settings, today)


# Modules the scan workers' server imports once (this module imports the engine's records, hence spaCy, itself);
# the engine's workers are forked from the same server (geoevents.engine.coder.worker_context), so whichever pool
# starts it first, it serves both with their code already imported.
_WORKER_PRELOAD = ["geoevents.engine.coder", __name__]


def worker_context() -> multiprocessing.context.BaseContext:
    """How scan workers are started: forked from multiprocessing's forkserver, a fresh single-threaded interpreter
    that imported this module and the engine once (a spawned worker imported them itself: ~1 CPU-s each, spaCy
    included), so a worker inherits no lock or thread of the caller (a Dagster step, DuckDB). ``spawn`` where there
    is no forkserver (Windows). A forkserver this process started before serves with the modules it preloaded;
    a worker imports what is missing itself."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_WORKER_PRELOAD)
    return context


def _detect_or_none(cleaned: _CleanedFile | RejectedFile, settings: IngestSettings) -> tuple[str, float] | None:
    if isinstance(cleaned, RejectedFile):
        return None
    try:
        return detect_language(cleaned.body, settings.language_sample_chars)
    except Exception:
        return None  # _finish retries alone and reports the error for this file


def _ingest_batch(batch: list[FileEntry], settings: IngestSettings, today: date) -> list[Outcome]:
    cleaned = [_read_and_clean(entry, settings) for entry in batch]
    # Language identification back to back for the batch: its large lookup tables stay in the CPU
    # cache, which makes it about twice as fast as interleaving it with reading and cleaning.
    languages = [_detect_or_none(item, settings) for item in cleaned]
    return [_finish(item, settings, today, language) for item, language in zip(cleaned, languages)]


def scan_articles(root: str, settings: IngestSettings | None, today: date, n_process: int = 1) -> Iterator[Outcome]:
    """Every file under ``root`` (local path or fsspec URI) -> one outcome, in sorted source_path order.

    Files carrying the same cleaned text yield articles with the same article_id; the caller records
    the later ones as duplicates (article_sources.is_duplicate).

    ``n_process`` > 1 reads, cleans and identifies the files in that many worker processes (batches of
    ``scan_batch_size`` files, outcomes still in sorted order, the same outcomes), from
    ``settings.min_files_for_workers`` files on: a worker takes seconds to start. Only a local root is read by
    workers (another process cannot see an in-memory filesystem).
    """
    settings = settings or IngestSettings()
    yield from ingest_entries(list(iter_article_files(root, settings)), settings, today, n_process)


def reads_in_workers(entries: Sequence[FileEntry], settings: IngestSettings, n_process: int) -> bool:
    """Whether ``ingest_entries`` reads ``entries`` in worker processes: more than one process, at least
    ``settings.min_files_for_workers`` files (a worker takes seconds to start) and only local files (another
    process cannot see an in-memory filesystem). The one place this is decided; the articles asset asks it too, to
    start the workers' server early."""
    local = all(isinstance(entry.fs, LocalFileSystem) for entry in entries if entry.fs is not None)
    return n_process > 1 and len(entries) >= settings.min_files_for_workers and local


def ingest_entries(entries: list[FileEntry], settings: IngestSettings | None, today: date,
                   n_process: int = 1) -> Iterator[Outcome]:
    """One outcome per listed entry, in the entries' order: what ``scan_articles`` does after listing the folder
    (a full scan that skips unchanged files passes the rest of the listing here)."""
    settings = settings or IngestSettings()
    size = max(1, settings.scan_batch_size)
    batches = [entries[start:start + size] for start in range(0, len(entries), size)]
    if not reads_in_workers(entries, settings, n_process):
        for batch in batches:
            yield from _ingest_batch(batch, settings, today)
        return
    # The workers load the language model from the same cache folder as this process; written here first when it
    # has no entry yet, so that the workers read it instead of each decompressing the model file.
    prepare_model_cache()
    pool = ProcessPoolExecutor(n_process, mp_context=worker_context(),
                               initializer=set_model_cache_dir, initargs=(model_cache_dir(),))
    # A bounded window of batches in flight (Executor.map would submit all at once and keep every finished
    # batch's outcomes, bodies included, until the caller reaches it: memory growing with the folder).
    in_flight: deque[Future] = deque()
    pending_batches = iter(batches)
    try:
        for batch in itertools.islice(pending_batches, MAX_BATCHES_IN_FLIGHT_PER_PROCESS * n_process):
            in_flight.append(pool.submit(_ingest_batch, batch, settings, today))
        while in_flight:
            outcomes = in_flight.popleft().result()
            for batch in itertools.islice(pending_batches, 1):
                in_flight.append(pool.submit(_ingest_batch, batch, settings, today))
            yield from outcomes
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def count_outcomes(outcomes: Iterable[Outcome]) -> Counter:
    """``{"ingested": n, <reason>: n, ...}`` for run metadata and logs."""
    return Counter("ingested" if isinstance(o, IngestedArticle) else o.reason for o in outcomes)
