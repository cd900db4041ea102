"""Listing the articles root (a local path or an fsspec URI) into one FileEntry per entry.

Decisions, so every entry has exactly one outcome and nothing outside the root is ever read:
- directories are walked (also one named ``x.txt``); a *symlink* to a directory is not followed and is
  reported (symlinked_directory, or symlink_outside_root when it leaves the root);
- a symlink to a file inside the root is read through its resolved path; a symlink resolving outside
  the root is reported and never opened; a link loop is reported as symlink_loop;
- hidden and editor temp entries (``.name``, ``#name#``, ``name~``) are skipped but reported
  (ignored_hidden); a hidden directory is one entry and is not walked;
- fifos, sockets and devices are reported as not_a_file (opening a fifo would block the scan);
- other suffixes are reported as unsupported_extension, oversized files as too_large from their size.
Symlinks only exist on the local filesystem; other fsspec filesystems (memory://, object stores) list
plain files and directories.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import fsspec
from fsspec.implementations.local import LocalFileSystem

from geoevents.ingest.settings import IngestSettings


@dataclass(frozen=True)
class FileEntry:
    source_path: str               # relative to the root, POSIX separators
    fs_path: str                   # what to open on ``fs`` (symlinks resolved)
    size: int | None
    reject_reason: str | None = None   # set when the listing already decided the outcome
    reject_detail: str = ""
    fs: Any = field(default=None, compare=False, repr=False)  # fsspec filesystem holding fs_path
    modified: float | None = None  # modification time (POSIX seconds) as listed; None when the filesystem has none


def listed_modified_time(info: Mapping[str, Any]) -> float | None:
    """Modification time in POSIX seconds from an fsspec ``info``/``ls`` record (local: ``mtime``; object stores
    name it differently, some as a datetime); None when the filesystem does not report one."""
    modified = info.get("mtime") or info.get("LastModified") or info.get("last_modified")
    if modified is None:
        return None
    return modified.timestamp() if hasattr(modified, "timestamp") else float(modified)


def is_hidden_name(name: str) -> bool:
    return name.startswith(".") or name.endswith("~") or (name.startswith("#") and name.endswith("#"))


def human_size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB ({size} bytes)" if size >= 1024 * 1024 else f"{size} bytes"


class _Walker:
    def __init__(self, fs, root_path: str, settings: IngestSettings):
        self.fs = fs
        self.root = root_path
        self.settings = settings
        self.is_local = isinstance(fs, LocalFileSystem)

    def relative(self, path: str) -> str:
        relative = path[len(self.root):].lstrip("/") if path.startswith(self.root) else path
        return relative.replace(os.sep, "/")

    def entry(self, path: str, size: int | None, reason: str | None = None, detail: str = "",
              fs_path: str | None = None, modified: float | None = None) -> FileEntry:
        return FileEntry(source_path=self.relative(path), fs_path=fs_path or path, size=size,
                         reject_reason=reason, reject_detail=detail, fs=self.fs, modified=modified)

    def inside_root(self, real_path: str) -> bool:
        return real_path == self.root or real_path.startswith(self.root.rstrip(os.sep) + os.sep)

    def walk(self) -> Iterator[FileEntry]:
        pending = [self.root]
        while pending:
            directory = pending.pop()
            try:
                listing = _local_listing(directory) if self.is_local else self.fs.ls(directory, detail=True)
            except OSError as exc:
                yield self.entry(directory, None, "unreadable", f"cannot list directory: {exc}")
                continue
            for info in listing:
                path = str(info["name"]).rstrip("/")
                if path == directory.rstrip("/"):
                    continue  # some filesystems list a directory as its own only child
                entry = self.listed_entry(path, info)
                if entry is None:
                    pending.append(path)
                else:
                    yield entry

    def listed_entry(self, path: str, info: dict) -> FileEntry | None:
        """The entry of one listed path, or None for a directory the walk descends into."""
        name = path.rsplit("/", 1)[-1]
        kind = info.get("type")
        if is_hidden_name(name):
            what = "hidden directory, not scanned" if kind == "directory" else "hidden or temp file"
            return self.entry(path, info.get("size"), "ignored_hidden", what)
        if self.is_local and info.get("islink"):
            return self.symlink_entry(path)
        if kind == "directory":
            return None
        if kind == "file":
            return self.file_entry(path, int(info.get("size") or 0), modified=listed_modified_time(info))
        return self.entry(path, None, "not_a_file", f"not a regular file or directory (type {kind})")

    def entry_at(self, source_path: str) -> FileEntry | None:
        """The entry the walk would list for ``source_path`` (relative, POSIX), or None when the walk would not
        list it: missing, a directory, below a hidden or symlinked directory, or not a plain relative path.
        Looks only at the path's own components, so its cost does not depend on the size of the folder."""
        parts = source_path.split("/")
        if any(part in ("", ".", "..") for part in parts):
            return None
        path = self.root.rstrip("/")
        for depth, name in enumerate(parts):
            path = f"{path}/{name}"
            try:
                # fsspec's local info() follows a symlink (and fails on a dangling one); the listing does not
                if self.is_local and os.path.islink(path):
                    info = {"islink": True}
                else:
                    info = self.fs.info(path)
            except OSError:  # FileNotFoundError included: the walk would not list it either
                return None
            entry = self.listed_entry(path, info)
            if entry is not None:  # a file, link, hidden or special entry: the walk goes no deeper
                return entry if depth == len(parts) - 1 else None
        return None  # a directory is walked, not listed

    def file_entry(self, path: str, size: int, fs_path: str | None = None,
                   modified: float | None = None) -> FileEntry:
        if not self.settings.accepts_suffix(path):
            suffix = os.path.splitext(path)[1] or "(none)"
            return self.entry(path, size, "unsupported_extension",
                              f"suffix {suffix} not in {', '.join(self.settings.suffixes)}", fs_path)
        if size > self.settings.max_file_bytes:
            return self.entry(path, size, "too_large", f"{human_size(size)} > limit "
                                                        f"{human_size(self.settings.max_file_bytes)}", fs_path)
        return self.entry(path, size, fs_path=fs_path, modified=modified)

    def symlink_entry(self, path: str) -> FileEntry:
        target = os.readlink(path)
        # Resolve the path first and decide on "outside" before touching the target at all.
        real_path = os.path.realpath(path)
        if not self.inside_root(real_path):
            return self.entry(path, None, "symlink_outside_root",
                              f"symlink -> {target} resolves to {real_path}, outside the articles root")
        try:
            target_stat = os.stat(path)  # follows the link chain
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return self.entry(path, None, "symlink_loop", f"symlink -> {target}: {exc.strerror}")
            if exc.errno == errno.ENOENT:
                return self.entry(path, None, "broken_symlink", f"symlink -> {target}: target does not exist")
            return self.entry(path, None, "unreadable", f"symlink -> {target}: {exc}")
        if stat.S_ISDIR(target_stat.st_mode):
            return self.entry(path, None, "symlinked_directory",
                              f"symlink -> {target}: symlinked directories are not followed (cycles, double "
                              "counting); files under the root are scanned at their own path")
        if not stat.S_ISREG(target_stat.st_mode):
            return self.entry(path, None, "not_a_file", f"symlink -> {target}: not a regular file")
        return self.file_entry(path, target_stat.st_size, fs_path=real_path, modified=target_stat.st_mtime)


def _local_listing(directory: str) -> list[dict[str, Any]]:
    """The records ``LocalFileSystem.ls(directory, detail=True)`` gives, with the keys the walk reads (name, type,
    size, islink, mtime), straight from ``os.scandir``: fsspec builds its record through path normalization and a
    dozen keys per entry, which was most of the listing's time (100,000 files: ~3 CPU-s, now ~1).
    Same values: the entry's own ``lstat`` (type, modification time), a symlink's size that of its target (0 when
    that cannot be read), entries that vanish while listed left out; a directory that is no longer one lists
    nothing (fsspec lists the file as its own only child, which the walk skips)."""
    infos = []
    try:
        scan = os.scandir(directory)
    except NotADirectoryError:
        return infos
    with scan as entries:
        for item in entries:
            try:
                status = item.stat(follow_symlinks=False)
            except FileNotFoundError:
                continue
            kind = stat.S_IFMT(status.st_mode)
            link = kind == stat.S_IFLNK
            size = status.st_size
            if link:
                try:
                    size = item.stat(follow_symlinks=True).st_size
                except OSError:
                    size = 0
            infos.append({"name": item.path, "size": size, "islink": link, "mtime": status.st_mtime,
                          "type": "directory" if kind == stat.S_IFDIR else "file" if kind == stat.S_IFREG
                          else "other"})
    return infos


def open_root(root: str) -> tuple[Any, str]:
    """The fsspec filesystem and the normalized root path for a local path or URI.

    A local root is resolved (symlinks, ``..``) so that "inside the root" is checked on real paths.
    """
    fs, root_path = fsspec.core.url_to_fs(str(root))
    if isinstance(fs, LocalFileSystem):
        root_path = os.path.realpath(root_path)
    else:
        root_path = root_path.rstrip("/") or "/"
        fs.invalidate_cache(root_path)
    if not fs.exists(root_path):
        raise FileNotFoundError(f"articles root does not exist: {root}")
    if not fs.isdir(root_path):
        raise NotADirectoryError(f"articles root is not a directory: {root}")
    return fs, root_path


def article_file_entries(root: str, source_paths: Iterable[str],
                         settings: IngestSettings | None = None) -> list[FileEntry]:
    """The entries ``iter_article_files`` would list for these relative paths, sorted by relative path, without
    listing the folder (the new-files sensor names the files it wants; a folder of 100,000 files took seconds
    to list). Paths the listing would not contain are left out."""
    settings = settings or IngestSettings()
    fs, root_path = open_root(root)
    walker = _Walker(fs, root_path, settings)
    entries = [entry for path in sorted(set(source_paths)) if (entry := walker.entry_at(path)) is not None]
    entries.sort(key=lambda e: e.source_path)
    return entries


def iter_article_files(root: str, settings: IngestSettings | None = None) -> Iterator[FileEntry]:
    """Every entry under the root that is not a walked directory, sorted by relative path.

    Entries the listing already rejects carry ``reject_reason``; the others are candidate articles
    for ``ingest_file``. Raises FileNotFoundError/NotADirectoryError only for a missing root.
    """
    settings = settings or IngestSettings()
    fs, root_path = open_root(root)
    entries = list(_Walker(fs, root_path, settings).walk())
    entries.sort(key=lambda e: e.source_path)
    yield from entries
