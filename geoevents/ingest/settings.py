"""Configuration of ingestion: which files are read, size limits, and where the data-driven patterns live."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from pathlib import Path

from geoevents import SEEDS_DIR

INGEST_SEEDS_DIR = SEEDS_DIR / "ingest"
MIB = 1024 * 1024


@dataclass(frozen=True)
class IngestSettings:
    # Suffixes (lower case, with dot) of files that are read as articles; others are rejected as
    # unsupported_extension so the operator sees them.
    suffixes: tuple[str, ...] = (".txt", ".text", ".md", ".html", ".htm")
    # Suffixes always parsed as HTML; other files are parsed as HTML only when they start like a page.
    html_suffixes: tuple[str, ...] = (".html", ".htm")
    # Markdown files lose their heading markers ("# Title" -> "Title") so the title line is plain text.
    markdown_suffixes: tuple[str, ...] = (".md",)
    # Files above this size are rejected from their listed size, before anything is read.
    max_file_bytes: int = 20 * MIB
    # Cleaned bodies above this length are rejected (too_long_text) rather than truncated: a truncated
    # body would silently lose text and its article_id would depend on the limit.
    max_body_chars: int = 1_000_000
    # Languages the event coder has lexicons for; others are ingested with supported_language=False.
    supported_languages: tuple[str, ...] = ("de", "en")
    # Language identification reads only this prefix of the body. py3langid walks the text byte by byte in
    # Python: ~0.4 ms for 1500 characters, ~1 ms for 3000 on the reference machine. 1500 characters
    # (~220 words) already give a confident decision for news text and keep 10,000 articles within seconds.
    language_sample_chars: int = 1500
    # scan_articles reads and cleans this many files, then identifies their languages in one go.
    scan_batch_size: int = 64
    # scan_articles(n_process > 1) starts worker processes only for at least this many files: a worker takes
    # ~3 s to start (imports, language model) and one process reads ~650 files/s on the reference machine.
    min_files_for_workers: int = 2000
    # Binary sniffing looks at this many leading bytes; above this share of control characters the
    # file is binary.
    binary_sniff_bytes: int = 8192
    max_control_char_ratio: float = 0.10
    # Encodings charset-normalizer may choose from when a file is not UTF-8 (and has no BOM). Keeping the
    # list to real-world legacy encodings avoids exotic code pages winning on short texts.
    legacy_encodings: tuple[str, ...] = (
        "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "iso8859_5",
        "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1257", "mac_roman", "cp850", "cp437",
        "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr",
    )
    # Boilerplate lines are short; longer lines are never tested against the patterns.
    max_boilerplate_line_chars: int = 400
    boilerplate_file: Path = INGEST_SEEDS_DIR / "boilerplate.yaml"
    metadata_file: Path = INGEST_SEEDS_DIR / "metadata.yaml"
    date_words_file: Path = INGEST_SEEDS_DIR / "date_words.yaml"

    def accepts_suffix(self, name: str) -> bool:
        return path_suffix(name).lower() in self.suffixes

    def is_html_suffix(self, name: str) -> bool:
        return path_suffix(name).lower() in self.html_suffixes

    def is_markdown_suffix(self, name: str) -> bool:
        return path_suffix(name).lower() in self.markdown_suffixes


def path_suffix(name: str) -> str:
    """``Path(name).suffix`` without building a path (the listing asks it once per file: a pathlib object cost
    more than the file's stat). The last component of a plain path is pathlib's name; a path ending in a
    separator, ``.`` or ``..`` goes through pathlib, which normalizes it first."""
    base = name.rsplit("/", 1)[-1]
    if base in ("", ".", ".."):
        return Path(name).suffix
    dot = base.rfind(".")
    return base[dot:] if 0 < dot < len(base) - 1 else ""


# The modules that turn a file's bytes into an article or a rejection.
INGEST_CODE_DIR = Path(__file__).resolve().parent


def ingest_fingerprint(settings: IngestSettings) -> str:
    """sha256 of what decides a file's outcome besides its bytes: every setting, the content of the pattern files
    they name, and the source of the ingest modules. A full scan skips a file only when its size, modification
    time and this fingerprint equal what the warehouse recorded when the file was read; a change here re-reads
    every file. (Installed packages, e.g. the language model, are not covered: ``reread_unchanged`` forces it.)"""
    digest = hashlib.sha256()
    for setting in fields(settings):
        value = getattr(settings, setting.name)
        digest.update(f"{setting.name}=".encode())
        digest.update(value.read_bytes() if isinstance(value, Path) else repr(value).encode())
    for module in sorted(INGEST_CODE_DIR.glob("*.py")):
        digest.update(module.name.encode())
        digest.update(module.read_bytes())
    return digest.hexdigest()
