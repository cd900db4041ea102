"""Bytes -> text: BOM-marked Unicode, UTF-8, then legacy encodings; binary data is refused."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from geoevents.ingest.errors import Rejection
from geoevents.ingest.settings import IngestSettings

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Leading bytes of common binary formats a scraper leaves next to articles.
_MAGIC_NUMBERS = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx/epub)"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (doc/xls)"),
    (b"\x7fELF", "ELF executable"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
    (b"\x00asm", "WebAssembly"),
)
# RIFF containers (WEBP, WAV, AVI) and ISO media (MP4, HEIC) carry their type at an offset.
_RIFF = b"RIFF"
_ISO_MEDIA_TAG = b"ftyp"

# Control bytes that do not occur in text (tab, newline, carriage return, form feed, vertical tab and
# ESC are allowed).
_TEXT_CONTROLS = b"\t\n\r\x0b\x0c\x1b"
_BINARY_CONTROLS = bytes(b for b in range(32) if b not in _TEXT_CONTROLS) + b"\x7f"
# The same set as characters, plus the C1 controls, for text decoded from a BOM-marked or legacy encoding.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def _sniff_binary(data: bytes, settings: IngestSettings) -> str | None:
    """A human reason when the (BOM-less) bytes are clearly not text, else None."""
    for magic, kind in _MAGIC_NUMBERS:
        if data.startswith(magic):
            return f"{kind} (magic number {magic[:8]!r})"
    if data.startswith(_RIFF) and len(data) >= 12:
        return f"RIFF container ({data[8:12]!r})"
    if data[4:8] == _ISO_MEDIA_TAG:
        return "ISO media file (MP4/MOV/HEIC)"
    nul_at = data.find(b"\x00")
    if nul_at >= 0:
        return f"NUL byte at offset {nul_at} (binary data, or UTF-16/32 without a byte order mark)"
    sample = data[: settings.binary_sniff_bytes]
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))
    if sample and controls / len(sample) > settings.max_control_char_ratio:
        return f"{controls} of the first {len(sample)} bytes are control characters"
    return None


def _control_char_ratio(text: str, sample_chars: int) -> float:
    sample = text[:sample_chars]
    if not sample:
        return 0.0
    return len(_CONTROL_CHARS.findall(sample)) / len(sample)


def _legacy_decode(data: bytes, settings: IngestSettings) -> DecodedText:
    best = charset_normalizer.from_bytes(data, cp_isolation=list(settings.legacy_encodings)).best()
    if best is None:
        raise Rejection("undecodable", "not UTF-8 and no byte order mark; none of the legacy encodings "
                                       f"fits ({', '.join(settings.legacy_encodings[:6])}, ...)")
    text = str(best)
    encoding = codecs.lookup(best.encoding).name
    # Short Western texts are often reported as cp1250/latin-1 although cp1252 reads them identically
    # (or better: latin-1 turns cp1252 quotes into invisible C1 controls). Prefer cp1252 then.
    if encoding != "cp1252" and encoding in {"iso8859-1", "iso8859-15", "cp1250", "iso8859-2"}:
        try:
            as_cp1252 = data.decode("cp1252")
        except UnicodeDecodeError:
            as_cp1252 = None
        if as_cp1252 is not None and (as_cp1252 == text or encoding == "iso8859-1"):
            return DecodedText(as_cp1252, "cp1252")
    return DecodedText(text, encoding)


def decode_bytes(data: bytes, settings: IngestSettings) -> DecodedText:
    """Decode the raw bytes of a file, or raise Rejection (binary, undecodable)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                decoded = DecodedText(data[len(bom):].decode(codec), codec)
            except UnicodeDecodeError as exc:
                raise Rejection("undecodable", f"starts with a {codec} byte order mark but does not decode: {exc}")
            break
    else:
        binary = _sniff_binary(data, settings)
        if binary:
            raise Rejection("binary", binary)
        try:
            decoded = DecodedText(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            decoded = _legacy_decode(data, settings)
    ratio = _control_char_ratio(decoded.text, settings.binary_sniff_bytes)
    if ratio > settings.max_control_char_ratio:
        raise Rejection("binary", f"decoded as {decoded.encoding}, but {ratio:.0%} of the first characters "
                                  "are control characters")
    return decoded
