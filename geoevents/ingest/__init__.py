"""Ingestion: files under the articles root -> cleaned articles or specific rejections.

Every file gets exactly one outcome (``IngestedArticle`` or ``RejectedFile``); nothing is dropped
silently and nothing outside the root is read. No Dagster import: the ``articles`` asset calls
``scan_articles`` (or ``article_file_entries`` + ``ingest_file`` for the files a sensor names).
"""
from geoevents.ingest.dates import infer_published_date, parse_metadata_date
from geoevents.ingest.files import FileEntry, article_file_entries, iter_article_files, listed_modified_time
from geoevents.ingest.language import detect_language, set_model_cache_dir
from geoevents.ingest.model import DATE_BASES, REJECTION_REASONS, IngestedArticle, RejectedFile
from geoevents.ingest.scan import count_outcomes, ingest_bytes, ingest_entries, ingest_file, scan_articles
from geoevents.ingest.settings import IngestSettings, ingest_fingerprint

__all__ = [
    "DATE_BASES",
    "REJECTION_REASONS",
    "FileEntry",
    "IngestSettings",
    "IngestedArticle",
    "RejectedFile",
    "count_outcomes",
    "detect_language",
    "infer_published_date",
    "ingest_bytes",
    "ingest_entries",
    "ingest_fingerprint",
    "article_file_entries",
    "ingest_file",
    "iter_article_files",
    "listed_modified_time",
    "parse_metadata_date",
    "scan_articles",
    "set_model_cache_dir",
]
