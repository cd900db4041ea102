"""The local listing without fsspec's per-entry records: the same entries as fsspec's ``ls``, and the suffix test
without pathlib (both run once per file of every full scan and every tick of the new-files sensor)."""
from __future__ import annotations

import os
import socket
from pathlib import PurePosixPath

import pytest
from fsspec.implementations.local import LocalFileSystem

from badcorpus import make_bad_corpus
from geoevents.ingest import IngestSettings, files, iter_article_files
from geoevents.ingest.settings import path_suffix


def _fields(entries):
    return [(e.source_path, e.fs_path, e.size, e.reject_reason, e.reject_detail, e.modified) for e in entries]


def _fsspec_listing(directory):
    return LocalFileSystem().ls(directory, detail=True)


@pytest.mark.parametrize("name", [
    "a.txt", "a.TXT", "dir/a.md", "/abs/dir/b.HTML", "a.tar.gz", "a.", "a..txt", "..txt", ".hidden", ".hidden.txt",
    "noext", "dir.txt/noext", "dir/", "dir/.", "dir/..", "a.txt/", "a.txt/.", "", ".", "..", "a/./b.htm",
    "a//b.md", "x. txt", "x.txt ", "ü.Md", "a.b.c.d",
])
def test_path_suffix_is_pathlibs(name):
    assert path_suffix(name) == PurePosixPath(name).suffix


def test_suffix_tests_read_the_last_component():
    settings = IngestSettings()
    assert settings.accepts_suffix("sub.dir/article.TXT") and not settings.accepts_suffix("article.txt.bak")
    assert not settings.accepts_suffix("folder.txt/README")
    assert settings.is_html_suffix("a/b.HTM") and not settings.is_html_suffix("a.html/b.txt")
    assert settings.is_markdown_suffix("notes.md") and not settings.is_markdown_suffix(".md")


def test_listing_equals_fsspecs(tmp_path, monkeypatch):
    """Every kind of entry (hidden, symlinks to files in and out of the root, loops, dangling links, a symlinked
    directory, a fifo, a socket, nested folders, odd suffixes) gets the entry the fsspec listing gave it."""
    root = tmp_path / "articles"
    make_bad_corpus(root)
    os.mkfifo(root / "another_pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(root / "another_socket.txt"))
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / "nested" / "deeper" / "A.TXT").write_text("Ein Text.")
    (root / "nested" / "trailing.").write_text("x")
    (root / "nested" / "empty.md").write_bytes(b"")
    os.symlink(root / "nested", root / "nested_link")
    os.symlink(root / "nested" / "deeper" / "A.TXT", root / "nested" / "link_to_file.txt")
    os.symlink("missing-target.txt", root / "nested" / "dangling.txt")
    try:
        listed = list(iter_article_files(str(root)))
        monkeypatch.setattr(files, "_local_listing", _fsspec_listing)
        assert _fields(listed) == _fields(iter_article_files(str(root)))
    finally:
        sock.close()
    kinds = {entry.reject_reason for entry in listed}
    assert {None, "not_a_file", "symlinked_directory", "broken_symlink", "ignored_hidden",
            "unsupported_extension"} <= kinds
    assert all(entry.modified is not None for entry in listed if entry.reject_reason is None)


def test_listing_of_what_is_no_longer_a_directory(tmp_path):
    """A folder replaced by a file between listing its parent and descending into it lists nothing (fsspec lists
    the file as its own child, which the walk skips); a missing folder fails as fsspec's does."""
    (tmp_path / "f.txt").write_text("x")
    assert files._local_listing(str(tmp_path / "f.txt")) == []
    with pytest.raises(FileNotFoundError):
        files._local_listing(str(tmp_path / "gone"))
    with pytest.raises(FileNotFoundError):
        _fsspec_listing(str(tmp_path / "gone"))
