"""Records produced by ingestion: one per file, either an article or a rejection."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# How published_date was found (articles.published_date_basis).
DATE_BASES = ("metadata", "text_weekday_year", "text_explicit", "unknown")

# Every reason a file can be rejected for (rejected_articles.reason), with what it means.
REJECTION_REASONS = {
    "ignored_hidden": "hidden or editor temp file/directory (name starts with '.' or '#', or ends with '~'); "
                      "skipped on purpose, reported so it is counted",
    "unsupported_extension": "file suffix is not in IngestSettings.suffixes",
    "not_a_file": "neither a regular file nor a directory (fifo, socket, device)",
    "symlink_outside_root": "symlink whose target resolves outside the articles root; never read",
    "symlink_loop": "symlink that resolves to itself (directly or through other links)",
    "broken_symlink": "symlink whose target does not exist",
    "symlinked_directory": "symlink to a directory inside the root; not followed (cycles, double counting)",
    "unreadable": "listing or reading failed (permission denied, I/O error)",
    "too_large": "file size above IngestSettings.max_file_bytes; rejected from its size without reading it",
    "empty": "zero bytes, or only whitespace after decoding",
    "binary": "not text: known binary magic number, NUL bytes, or too many control characters",
    "undecodable": "not UTF-8, no BOM, and no legacy encoding fits",
    "no_text_in_html": "HTML page with no visible article text after removing scripts, navigation, etc.",
    "no_text_after_cleaning": "nothing left once metadata header lines and web boilerplate were removed",
    "too_long_text": "cleaned body longer than IngestSettings.max_body_chars (rejected, not truncated)",
    "error": "unexpected failure while ingesting this one file (detail has the exception)",
}


@dataclass(frozen=True)
class IngestedArticle:
    source_path: str            # relative to the articles root, POSIX separators
    article_id: str             # stable_id of the cleaned body
    title: str
    body: str
    language: str               # ISO 639-1
    language_confidence: float
    supported_language: bool    # de / en
    published_date: date | None
    published_date_basis: str   # metadata | text_weekday_year | text_explicit | unknown
    content_sha256: str         # of the raw bytes
    source_encoding: str
    source_format: str          # text | html

    @property
    def n_chars(self) -> int:
        return len(self.body)


@dataclass(frozen=True)
class RejectedFile:
    source_path: str
    reason: str                 # short machine-readable reason (see sql/schema.sql)
    detail: str
    content_sha256: str | None = None
