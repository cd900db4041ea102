"""Generator of the bad-input corpus for ingestion tests (reusable by pipeline tests).

``make_bad_corpus(root)`` writes files under ``root`` (plus one file in a sibling folder outside the root,
reached only through a symlink) and returns the expected outcome per relative path. Every entry the
scan sees is a key of that dict, so "files in = ingested + rejected" can be asserted on it.

The unreadable file is simulated: tests run as root, where chmod 000 does not stop reading, so
``deny_reading`` makes the filesystem raise PermissionError for it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from geoevents import SEEDS_DIR

SEED_ARTICLE = SEEDS_DIR / "articles" / "000_60d5d92e676d09a4.txt"
# The ingestion date the expectations are computed for.
TODAY = date(2026, 11, 27)
# Text of the file outside the root: it must never show up in any article.
OUTSIDE_MARKER = "OUTSIDE-ROOT-SECRET-7f3a"
UNREADABLE_PATH = "locked.txt"
SQL_NAME = "x'); DROP TABLE articles; --.txt"
SQL_TEXT = "Robert'); DROP TABLE articles; --"
MIB = 1024 * 1024
_UNSET = object()


@dataclass(frozen=True)
class Expected:
    outcome: str                                # "ingested" or the rejection reason
    language: str | None = None
    supported_language: bool | None = None
    published_date: object = _UNSET             # date or None when asserted
    date_basis: str | None = None
    source_encoding: str | None = None
    source_format: str | None = None
    same_article_as: str | None = None          # relative path of a file with the same article_id
    title: str | None = None
    body_contains: tuple[str, ...] = ()
    body_excludes: tuple[str, ...] = ()

    @property
    def checks_date(self) -> bool:
        return self.published_date is not _UNSET


GERMAN_TEXT = (
    "Die Bundesregierung in Berlin hat am Montag neue Gespräche mit der französischen Regierung angekündigt.\n\n"
    "Außenministerin und Verteidigungsminister sollen über die Unterstützung der Ukraine beraten, hieß es aus "
    "Regierungskreisen. Eine Einigung über weitere Lieferungen sei möglich, sagte ein Sprecher.\n\n"
    "Die Opposition kritisierte das Vorgehen als zu zögerlich und forderte eine Debatte im Bundestag."
)
ENGLISH_NO_DATE = (
    "Ministers discuss grain exports\n\n"
    "Foreign ministers from several countries met to discuss grain exports through the Black Sea, officials said. "
    "The talks focused on shipping routes and insurance for vessels.\n\n"
    "No agreement was announced, but delegates said they would continue the discussions in the coming weeks."
)
FRENCH_TEXT = (
    "Le président français a reçu vendredi le chancelier allemand à l'Élysée pour discuter de la guerre en "
    "Ukraine et des relations avec la Chine.\n\n"
    "Les deux dirigeants ont souligné la nécessité d'une position européenne commune face aux sanctions et "
    "aux tensions commerciales, selon un communiqué publié après la rencontre."
)
ENGLISH_EXPLICIT_DATE = (
    "Sanctions package adopted\n\n"
    "The European Union adopted its ninth sanctions package against Russia on December 16, 2022, after weeks "
    "of negotiations between member states.\n\n"
    "The measures target banks, media outlets and drone manufacturers, diplomats said."
)
HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>World News | Example Site</title>
<meta property="article:published_time" content="2022-12-30T14:05:00+00:00">
<script>var tracking = "SCRIPT-TEXT-MUST-NOT-APPEAR";</script>
<style>body { color: red; }</style>
</head><body>
<header><a class="logo" href="/">Example Site</a><nav><a href="/world">World</a> <a href="/politics">NAV-LINK</a></nav></header>
<article>
  <h1>Xi and Putin hold video call</h1>
  <p>Chinese President Xi Jinping and Russian President Vladimir Putin held a video call on Friday,
     state media reported.</p>
  <p>The two leaders discussed <b>military cooperation</b> and the war in Ukraine.</p>
  <aside>ASIDE-TEASER: Read our newsletter</aside>
</article>
<footer>FOOTER-TEXT Copyright 2022</footer>
</body></html>
"""
HTML_NO_TEXT = """<!doctype html><html><head><title>Loading</title><script>document.write("x")</script></head>
<body><nav><a href="/">Home</a></nav><form><input name="q"><button>Search</button></form><footer>(c)</footer></body></html>
"""
SNIFFED_HTML = """<!DOCTYPE html><html><head><meta name="date" content="2023-03-01"></head>
<body><main><h1>Saved page</h1><p>Diplomats met in Geneva to discuss the ceasefire proposal in detail.</p></main></body></html>
"""
HEADER_ARTICLE = (
    "Datum: 30.12.2022\n"
    "Titel: Xi und Putin sprechen per Video\n"
    "URL: https://example.org/xi-putin\n"
    "\n"
    "Xi und Putin sprechen per Video\n\n"
    "Der chinesische Präsident Xi Jinping und der russische Präsident Wladimir Putin haben miteinander gesprochen. "
    "Dabei ging es um die Zusammenarbeit beider Länder."
)
BOILERPLATE_ONLY = "Leave a Reply\n\nShare this:\nTwitter\nFacebook\n\nsource-12\n"
# Words for the 200,000-character line: German, no punctuation at all.
LONG_LINE_WORDS = ("Regierung", "Frieden", "Verhandlungen", "zwischen", "den", "Ländern", "und", "der", "Krieg",
                   "dauert", "weiter", "an", "während", "Diplomaten", "neue", "Gespräche", "planen")


def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


def near_duplicate_of_seed() -> str:
    """The seed article as another scraper would save it: other boilerplate, CRLF, stray spaces."""
    lines = seed_text().split("\n")
    while lines and lines[-1].strip() in ("", "Leave a Reply", "source-127"):
        lines.pop()
    article = "\n".join(line + "  " for line in lines)  # trailing spaces
    article = article.replace("Putin und Xi Jinping", "Putin und\u00a0Xi\u200b Jinping", 1)
    text = ("Skip to content\nMenü\n\n\n" + article +
            "\n\n\n\nShare this:\nTwitter\nFacebook\n\nLike this:\nLoading...\n\n"
            "Related posts\nChina und Russland vertiefen Beziehungen\nLeave a Reply\nsource-99\n")
    return text.replace("\n", "\r\n")


def long_line_text(n_chars: int = 200_000) -> str:
    words, size, i = [], 0, 0
    while size < n_chars:
        word = LONG_LINE_WORDS[i % len(LONG_LINE_WORDS)]
        words.append(word)
        size += len(word) + 1
        i += 1
    return " ".join(words)[:n_chars].rstrip()


def _write(root: Path, relative: str, content: bytes | str, encoding: str = "utf-8") -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def make_bad_corpus(root: Path) -> dict[str, Expected]:
    """Write the corpus under ``root`` and return {relative path: Expected}.

    Also writes ``<root>_outside/secret.txt`` (containing OUTSIDE_MARKER) next to the root.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    outside = root.parent / f"{root.name}_outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text(f"{OUTSIDE_MARKER}\n\nThis file lies outside the articles root.\n")
    (outside / "dir").mkdir(exist_ok=True)
    (outside / "dir" / "inner.txt").write_text(f"{OUTSIDE_MARKER} in a directory outside the root.\n")

    expected: dict[str, Expected] = {}
    seed_title = seed_text().split("\n", 1)[0]

    def add(relative: str, content: bytes | str, outcome: Expected, encoding: str = "utf-8") -> None:
        _write(root, relative, content, encoding)
        expected[relative] = outcome

    # the seed article, an exact copy, a renamed copy in another folder, a symlink to it, a near duplicate
    add("seed.txt", seed_text(), Expected(
        "ingested", language="de", supported_language=True, published_date=date(2022, 12, 30),
        date_basis="text_weekday_year", source_encoding="utf-8", source_format="text", title=seed_title,
        body_excludes=("source-127", "Leave a Reply")))
    add("copies/seed (copy).txt", seed_text(), Expected("ingested", same_article_as="seed.txt"))
    add("copies/renamed_article.text", seed_text(), Expected("ingested", same_article_as="seed.txt"))
    add("near_duplicate.txt", near_duplicate_of_seed(), Expected(
        "ingested", same_article_as="seed.txt", body_excludes=("Skip to content", "Share this", "Related posts")))
    os.symlink("seed.txt", root / "alias_to_seed.txt")
    expected["alias_to_seed.txt"] = Expected("ingested", same_article_as="seed.txt")

    # empty, whitespace, binary
    add("empty.txt", b"", Expected("empty"))
    add("whitespace_only.txt", " \n\t\r\n  \n", Expected("empty"))
    add("png_renamed.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), Expected("binary"))
    add("nul_bytes.txt", b"Some text\x00\x00\x00 with NUL bytes\x00 inside", Expected("binary"))
    add("control_chars.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50 + b"text", Expected("binary"))

    # encodings
    add("utf16_bom.txt", GERMAN_TEXT, Expected(
        "ingested", language="de", source_encoding="utf-16-le", body_contains=("Außenministerin",)),
        encoding="utf-16")
    add("utf8_bom.txt", "\ufeff" + ENGLISH_EXPLICIT_DATE, Expected(
        "ingested", language="en", source_encoding="utf-8-sig", title="Sanctions package adopted"))
    add("latin1_umlauts.txt", GERMAN_TEXT.replace("Gespräche", "Gespräche „mit Nachdruck“"), Expected(
        "ingested", language="de", source_encoding="cp1252",
        body_contains=("Außenministerin", "Gespräche „mit Nachdruck“", "möglich")), encoding="cp1252")
    add("iso8859_1.txt", "Ärger über Öl: Straßenproteste in München\n\n" + GERMAN_TEXT, Expected(
        "ingested", language="de", body_contains=("Ärger über Öl", "Straßenproteste")), encoding="latin-1")

    # HTML
    add("page.html", HTML_PAGE, Expected(
        "ingested", language="en", source_format="html", published_date=date(2022, 12, 30), date_basis="metadata",
        title="Xi and Putin hold video call", body_contains=("military cooperation", "held a video call"),
        body_excludes=("SCRIPT-TEXT", "NAV-LINK", "ASIDE-TEASER", "FOOTER-TEXT", "color: red")))
    add("empty_page.htm", HTML_NO_TEXT, Expected("no_text_in_html"))
    add("saved_page.txt", SNIFFED_HTML, Expected(
        "ingested", source_format="html", published_date=date(2023, 3, 1), date_basis="metadata",
        title="Saved page"))

    # size limits
    big = root / "huge_50mb.txt"
    with open(big, "wb") as handle:
        handle.write(b"This file is far too large.\n")
        handle.truncate(50 * MIB)  # sparse: instant, and takes no disk space
    expected["huge_50mb.txt"] = Expected("too_large")
    add("long_line.txt", long_line_text(), Expected("ingested", language="de"))

    # names
    add("Bericht über Peking und Moskau.txt", GERMAN_TEXT, Expected("ingested", language="de"))
    add("ünïcödé/東京 – Gespräch.md", "# Gespräche in Tokio\n\n" + GERMAN_TEXT, Expected("ingested", language="de"))
    add(SQL_NAME, f"SQL in a name\n\nThe suspect typed {SQL_TEXT} into the form, police said on "
                  "Tuesday, March 7, 2023.", Expected(
        "ingested", language="en", body_contains=(SQL_TEXT,), published_date=date(2023, 3, 7),
        date_basis="text_explicit"))

    # directories and special entries
    add("x.txt/inside_dir_named_x.txt", ENGLISH_NO_DATE + "\n\nFiled from a folder named x.txt.",
        Expected("ingested", language="en"))
    add(UNREADABLE_PATH, GERMAN_TEXT + "\n\nGesperrt.", Expected("unreadable"))
    os.chmod(root / UNREADABLE_PATH, 0)
    os.symlink(outside / "secret.txt", root / "link_outside.txt")
    expected["link_outside.txt"] = Expected("symlink_outside_root")
    os.symlink(outside / "dir", root / "link_outside_dir")
    expected["link_outside_dir"] = Expected("symlink_outside_root")
    os.symlink("../../" + root.name + "/seed.txt", root / "copies" / "dotdot_alias.txt")
    expected["copies/dotdot_alias.txt"] = Expected("ingested", same_article_as="seed.txt")
    os.symlink("loop_b.txt", root / "loop_a.txt")
    os.symlink("loop_a.txt", root / "loop_b.txt")
    expected["loop_a.txt"] = Expected("symlink_loop")
    expected["loop_b.txt"] = Expected("symlink_loop")
    os.symlink("self_loop.txt", root / "self_loop.txt")
    expected["self_loop.txt"] = Expected("symlink_loop")
    os.symlink("does_not_exist.txt", root / "dangling.txt")
    expected["dangling.txt"] = Expected("broken_symlink")
    os.symlink("x.txt", root / "linked_dir")
    expected["linked_dir"] = Expected("symlinked_directory")
    os.mkfifo(root / "pipe.txt")
    expected["pipe.txt"] = Expected("not_a_file")

    # skipped on purpose, but reported
    add(".hidden_article.txt", GERMAN_TEXT, Expected("ignored_hidden"))
    add("draft.txt~", GERMAN_TEXT, Expected("ignored_hidden"))
    add(".git/config", "[core]\n", Expected("ignored_hidden"))
    expected[".git"] = expected.pop(".git/config")  # the hidden directory is one entry, not walked
    add("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), Expected("unsupported_extension"))
    add("README", "no suffix", Expected("unsupported_extension"))
    add("data.csv", "a,b\n1,2\n", Expected("unsupported_extension"))

    # language and dates
    add("french.txt", FRENCH_TEXT, Expected("ingested", language="fr", supported_language=False))
    add("no_date.txt", ENGLISH_NO_DATE, Expected(
        "ingested", language="en", supported_language=True, published_date=None, date_basis="unknown"))
    add("explicit_date.txt", ENGLISH_EXPLICIT_DATE, Expected(
        "ingested", language="en", published_date=date(2022, 12, 16), date_basis="text_explicit"))
    add("with_header.txt", HEADER_ARTICLE, Expected(
        "ingested", language="de", published_date=date(2022, 12, 30), date_basis="metadata",
        title="Xi und Putin sprechen per Video", body_excludes=("URL:", "Datum:", "example.org")))
    add("only_boilerplate.txt", BOILERPLATE_ONLY, Expected("no_text_after_cleaning"))
    return expected


def deny_reading(monkeypatch, paths: list[Path]) -> None:
    """Make the local fsspec filesystem raise PermissionError when one of ``paths`` is opened."""
    from fsspec.implementations.local import LocalFileSystem

    denied = {os.path.realpath(p) for p in paths}
    original_open = LocalFileSystem._open

    def guarded_open(self, path, *args, **kwargs):
        if os.path.realpath(self._strip_protocol(path)) in denied:
            raise PermissionError(13, "Permission denied", str(path))
        return original_open(self, path, *args, **kwargs)

    monkeypatch.setattr(LocalFileSystem, "_open", guarded_open)


def record_opened_paths(monkeypatch) -> list[str]:
    """Record the real path of every file opened through ``open`` or the local fsspec filesystem while
    ``monkeypatch`` is active. Call it after deny_reading, so the recording wraps the denial."""
    import builtins

    from fsspec.implementations.local import LocalFileSystem

    opened: list[str] = []
    original_open, original_fs_open = builtins.open, LocalFileSystem._open

    def spy_open(file, *args, **kwargs):
        if isinstance(file, (str, bytes, os.PathLike)):
            opened.append(os.path.realpath(file))
        return original_open(file, *args, **kwargs)

    def spy_fs_open(self, path, *args, **kwargs):
        opened.append(os.path.realpath(self._strip_protocol(path)))
        return original_fs_open(self, path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(LocalFileSystem, "_open", spy_fs_open)
    return opened
