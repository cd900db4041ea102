"""Records produced by ingestion: one per file, either an article or a rejection."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


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


@dataclass(frozen=True)
class RejectedFile:
    source_path: str
    reason: str                 # short machine-readable reason (see sql/schema.sql)
    detail: str
    content_sha256: str | None = None
