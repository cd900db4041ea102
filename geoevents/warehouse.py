"""DuckDB warehouse: schema, transactional Arrow writes, and the analyst copy.

Single-writer design that keeps analysts working:

- the pipeline writes its own working database ``<data_dir>/work/warehouse.duckdb``;
- after a successful write transaction (a writer with ``publish=True``; the pipeline publishes once per run, when
  its steps are done: ``pipelines.resources.Warehouse``) it checkpoints, brings a staging file up to the working
  file's bytes, fsyncs it and atomically renames it to ``<data_dir>/warehouse.duckdb``: the analyst copy. An analyst
  holding a read-only connection to the old analyst file keeps reading the old inode; new connections see the new
  file; the pipeline never needs a lock on the analyst file. A transaction that changed nothing leaves the working
  file as it was, and then nothing is published (``Warehouse.publish``).
- the staging file is the analyst copy before the current one, kept as ``work/analyst-previous.duckdb`` (a hard
  link taken at each rename): only its blocks that differ from the working file are rewritten, so a publish writes
  what the runs since changed, not the whole warehouse. It is reused only when no reader holds it: every DuckDB
  connection holds a lock on its file for as long as it is open, which the publish tests (an open-file-description
  lock, Linux) together with this process's own open files. Otherwise (a reader still holds it, no previous copy
  yet, another platform) the working file is copied in full to ``<data_dir>/warehouse.duckdb.tmp-<uuid>`` as before.

Schema: ``sql/schema.sql`` + ``sql/reference.sql`` + ``sql/views.sql``, applied idempotently on first connection.
All statements live in ``sql/*.sql`` as named blocks; rows arrive as Arrow tables, values as parameters.
No Dagster import here: the library works on its own (tests, notebooks, other orchestrators).
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import struct
import time
import uuid
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

try:
    import fcntl
except ImportError:  # not POSIX: publishes copy in full, one process at a time is up to the caller
    fcntl = None

from geoevents import SQL_DIR
from geoevents.engine.model import ExtractionResult, stable_id
from geoevents.ingest.model import IngestedArticle, RejectedFile
from geoevents.pause_points import pause_point
from geoevents.rows import ExtractionColumns, extraction_columns, statement_id

WORK_DB_NAME = "warehouse.duckdb"
# The analyst copy before the current one (see the module docstring), in the working folder, and the lock file
# that makes publishes one at a time across processes.
PREVIOUS_ANALYST_COPY_NAME = "analyst-previous.duckdb"
PUBLISH_LOCK_NAME = "analyst-publish.lock"
REFERENCE_TABLES = ("cameo_codes", "actors", "actor_codes", "places")
SCHEMA_DEFINITION_FILES = ("schema.sql", "reference.sql", "views.sql", "warehouse.sql")
_NAMED_BLOCK = re.compile(r"^-- name:\s*(\S+)\s*$", re.MULTILINE)
_LOCK_RETRY_SECONDS = 120.0
# Rows per row group of what the pipeline appends (DuckDB's default is 122,880). At every checkpoint DuckDB
# re-compresses a table's last, partly filled row group as a whole: with article bodies (~4 KiB each) that cost
# memory and time growing with the table up to 122,880 rows (peaks of +190 MiB at 32,000 articles, measured);
# with 8,192 rows it stays within a few MiB. Existing row groups keep their size.
WRITE_ROW_GROUP_SIZE = 8192
WAREHOUSE_CATALOG = Path(WORK_DB_NAME).stem   # what DuckDB names the file's catalog on a plain connect

# DuckDB column type -> Arrow type, for building incoming Arrow tables from the live table definitions
# (sql/schema.sql stays the single source of truth for column names and types).
_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "SMALLINT": pa.int16(),
    "DOUBLE": pa.float64(),
    "FLOAT": pa.float32(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


class WarehouseError(RuntimeError):
    """The warehouse cannot be used as is (unopenable file, schema problem); the message says what to do."""


# ---------------------------------------------------------------------------------------------- SQL files
@lru_cache(maxsize=None)
def load_sql_blocks(file_name: str) -> dict[str, str]:
    """Named blocks (``-- name: x``) of ``sql/<file_name>``."""
    text = (SQL_DIR / file_name).read_text(encoding="utf-8")
    parts = _NAMED_BLOCK.split(text)
    return {name: body.strip() for name, body in zip(parts[1::2], parts[2::2])}


def sql_block(file_name: str, name: str) -> str:
    blocks = load_sql_blocks(file_name)
    if name not in blocks:
        raise KeyError(f"no block '-- name: {name}' in sql/{file_name}")
    return blocks[name]


def split_statements(block: str) -> list[str]:
    """Statements of a block of our own SQL files (``;`` at line end separates them; no article text inside)."""
    statements = []
    for chunk in re.split(r";[ \t]*(?:\n|$)", block):
        lines = [line for line in chunk.splitlines() if line.strip() and not line.strip().startswith("--")]
        if lines:
            statements.append("\n".join(lines))
    return statements


def _parameters_used(statement: str, params: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The parameters ``statement`` refers to: DuckDB rejects named parameters a statement does not use."""
    used = {key: value for key, value in (params or {}).items() if f"${key}" in statement}
    return used or None


def run_block(con: duckdb.DuckDBPyConnection, file_name: str, name: str,
              params: Mapping[str, Any] | None = None) -> None:
    """Execute every statement of a block; each statement gets only the parameters it uses."""
    for statement in split_statements(sql_block(file_name, name)):
        con.execute(statement, _parameters_used(statement, params))


def query_block(con: duckdb.DuckDBPyConnection, file_name: str, name: str,
                params: Mapping[str, Any] | None = None) -> duckdb.DuckDBPyConnection:
    statement = sql_block(file_name, name)
    return con.execute(statement, _parameters_used(statement, params))


def query_arrow(con: duckdb.DuckDBPyConnection, file_name: str, name: str,
                params: Mapping[str, Any] | None = None) -> pa.Table:
    """A block's result as an Arrow table (through a relation: no extra copy of the rows)."""
    statement = sql_block(file_name, name)
    return con.sql(statement, params=_parameters_used(statement, params)).to_arrow_table()


def sql_string_literal(value: str) -> str:
    """Quoted SQL string literal, only for DDL that cannot take parameters (a view's Parquet location)."""
    return "'" + value.replace("'", "''") + "'"


# ---------------------------------------------------------------------------------------------- Arrow helpers
def table_columns(con: duckdb.DuckDBPyConnection, table_name: str) -> list[tuple[str, str, str | None]]:
    """(name, DuckDB type, comment) of a table's or view's columns in definition order."""
    return query_block(con, "warehouse.sql", "table_columns", {"table": table_name}).fetchall()


def arrow_schema_of(con: duckdb.DuckDBPyConnection, table_name: str) -> pa.Schema:
    columns = table_columns(con, table_name)
    if not columns:
        raise WarehouseError(f"table {table_name} does not exist in the warehouse (schema not applied?)")
    return pa.schema([pa.field(name, _ARROW_TYPES.get(dtype, pa.string())) for name, dtype, _ in columns])


def rows_to_arrow(con: duckdb.DuckDBPyConnection, table_name: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Arrow table shaped like ``table_name`` (columns and types from the live table); extra keys are ignored."""
    schema = arrow_schema_of(con, table_name)
    # Column by column: no intermediate dict per row (pa.Table.from_pylist would build the columns again).
    return pa.Table.from_pydict({name: [row.get(name) for row in rows] for name in schema.names}, schema=schema)


@lru_cache(maxsize=None)
def _field_names(record_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record_type))


def record_fields(record: Any) -> dict[str, Any]:
    """A dataclass record's own fields as a dict. Unlike dataclasses.asdict no recursive deep copy (the engine's
    records hold strings, numbers, dates and at most one nested record, which the caller converts itself):
    asdict was most of the time spent turning extraction results into rows."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, tables: Mapping[str, pa.Table]) -> Iterator[None]:
    """Register Arrow tables under the given names for the duration of the block."""
    for name, table in tables.items():
        con.register(name, table)
    try:
        yield
    finally:
        for name in tables:
            con.unregister(name)


# ---------------------------------------------------------------------------------------------- the warehouse
class Warehouse:
    """The working DuckDB database of the pipeline and its published analyst copy."""

    def __init__(self, data_dir: str | Path, memory_limit: str | None = None, threads: int | None = None):
        """``memory_limit`` (DuckDB syntax, e.g. ``"1GB"``) and ``threads`` bound each connection the pipeline
        opens; unset, DuckDB's defaults apply (80 % of RAM, one thread per core)."""
        self.data_dir = Path(data_dir).resolve()
        self.work_path = self.data_dir / "work" / WORK_DB_NAME
        self.analyst_path = self.data_dir / WORK_DB_NAME
        self.previous_analyst_path = self.work_path.parent / PREVIOUS_ANALYST_COPY_NAME
        self.connection_config: dict[str, Any] = {}
        if memory_limit:
            self.connection_config["memory_limit"] = memory_limit
        if threads:
            self.connection_config["threads"] = int(threads)

    # ------------------------------------------------------------------ connections
    def _connect(self, read_only: bool, memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
        """Open the working database, waiting while another process holds the write lock."""
        deadline = time.monotonic() + _LOCK_RETRY_SECONDS
        config = {**self.connection_config, **({"memory_limit": memory_limit} if memory_limit else {})}
        while True:
            try:
                if read_only:
                    return duckdb.connect(str(self.work_path), read_only=True, config=config)
                return self._attach_for_writing()
            except duckdb.IOException as error:
                if "lock" in str(error).lower() and time.monotonic() < deadline:
                    time.sleep(0.5)
                    continue
                raise self._unopenable(error) from error
            except duckdb.Error as error:
                raise self._unopenable(error) from error

    def _attach_for_writing(self) -> duckdb.DuckDBPyConnection:
        """Read-write connection whose appends fill row groups of WRITE_ROW_GROUP_SIZE rows (an ATTACH option: it
        is not stored in the file, so every writer sets it). Same catalog name as a plain connect to the file."""
        con = duckdb.connect(config={"temp_directory": f"{self.work_path}.tmp", **self.connection_config})
        try:
            con.execute(f"ATTACH {sql_string_literal(str(self.work_path))} AS {WAREHOUSE_CATALOG} "
                        f"(ROW_GROUP_SIZE {WRITE_ROW_GROUP_SIZE})")
            con.execute(f"USE {WAREHOUSE_CATALOG}")
        except BaseException:
            con.close()
            raise
        return con

    def _unopenable(self, error: Exception) -> WarehouseError:
        return WarehouseError(
            f"cannot open the working warehouse {self.work_path}: {error}. "
            f"If a crash left it corrupt, move that file aside (it is not deleted automatically) and either copy "
            f"the last published analyst copy {self.analyst_path} in its place or re-run the pipeline from scratch."
        )

    def ensure_schema(self) -> None:
        """Create the working database if needed and apply the schema (idempotent)."""
        self.work_path.parent.mkdir(parents=True, exist_ok=True)
        con = self._connect(read_only=False)
        try:
            apply_schema(con)
        finally:
            con.close()

    @contextmanager
    def writer(self, publish: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """Connection inside a transaction: commit (and publish the analyst copy) on success, roll back on error.

        ``publish=False`` lets a long job commit several batches and publish once at the end (``publish()``).
        """
        self.work_path.parent.mkdir(parents=True, exist_ok=True)
        con = self._connect(read_only=False)
        try:
            apply_schema(con)
            con.begin()
            try:
                yield con
            except BaseException:
                con.rollback()
                raise
            con.commit()
            con.execute("CHECKPOINT")
        finally:
            con.close()
        if publish:
            self.publish()

    @contextmanager
    def reader(self, memory_limit: str | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """Read-only connection to the working database (created, or its schema updated, first if needed).

        ``memory_limit`` replaces the warehouse's own for this connection (a large join then spills to disk)."""
        if not self.work_path.exists():
            self.ensure_schema()
        con = self._connect(read_only=True, memory_limit=memory_limit)
        if not schema_is_current(con):
            # Written by an older code version and not written since: bring the views the queries use up to
            # date (a short write) instead of failing on a view that does not exist yet.
            con.close()
            self.ensure_schema()
            con = self._connect(read_only=True, memory_limit=memory_limit)
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def analyst_reader(self) -> Iterator[duckdb.DuckDBPyConnection | None]:
        """Read-only connection to the published analyst copy (None before the first publish).

        Never waits for the pipeline's write lock: sensors and dashboards read this file."""
        if not self.analyst_path.exists():
            yield None
            return
        con = duckdb.connect(str(self.analyst_path), read_only=True)
        try:
            yield con
        finally:
            con.close()

    def analyst_copy_is_current(self) -> bool:
        """True when the analyst copy holds the working database's current state.

        Every checkpoint that writes anything writes a new database header (DuckDB counts them: the header's
        iteration), while transactions that change nothing and read-only connections leave the file untouched;
        the copy is byte for byte the working file at publish time. So equal size and equal header blocks mean
        nothing was committed since (timestamps are not used: their resolution varies by filesystem). A crash
        between a commit and its publish leaves the headers different, and the next publish copies."""
        try:
            return _header_state(self.analyst_path) == _header_state(self.work_path)
        except FileNotFoundError:
            return False

    def publish(self, force: bool = False) -> Path:
        """Bring the analyst copy to the (closed, checkpointed) working database's state atomically.

        Skipped when the analyst copy already holds the working database's state (``analyst_copy_is_current``),
        unless ``force``. Otherwise the previous analyst copy is brought up to the working file by rewriting the
        blocks that differ (when no reader holds it, see the module docstring), else the working file is copied
        in full; the result is fsynced and renamed over the analyst copy, and the copy it replaces is kept as the
        previous one for the next publish."""
        if not self.work_path.exists():
            self.ensure_schema()
        with _publish_lock(self.work_path.parent / PUBLISH_LOCK_NAME):
            # Files left by a publish that was killed before its renames (publishes run one at a time).
            for stale in [*self.data_dir.glob(f"{WORK_DB_NAME}.tmp-*"),
                          *self.previous_analyst_path.parent.glob(f"{PREVIOUS_ANALYST_COPY_NAME}.tmp-*")]:
                stale.unlink(missing_ok=True)
            if not force and self.analyst_copy_is_current():
                return self.analyst_path
            self._publish_locked()
        return self.analyst_path

    def _publish_locked(self) -> None:
        temp_path = self.data_dir / f"{WORK_DB_NAME}.tmp-{uuid.uuid4().hex}"
        # The working file is read under its write lock: a writer in another process (a concurrent run, or a step
        # process of the multiprocess executor) waits until it is read instead of changing the file midway.
        lock = self._connect(read_only=False)
        try:
            lock.execute("CHECKPOINT")
            staged = self._refresh_previous_copy()
            if staged is None:
                staged = temp_path
                shutil.copyfile(self.work_path, temp_path)
                with open(temp_path, "rb+") as handle:
                    os.fsync(handle.fileno())
            pause_point("analyst_publish")
            keep = self._link_current_copy()
            os.replace(staged, self.analyst_path)
            if keep is not None:
                os.replace(keep, self.previous_analyst_path)
        finally:
            lock.close()
            temp_path.unlink(missing_ok=True)
        _fsync_directory(self.data_dir)
        _fsync_directory(self.previous_analyst_path.parent)

    def _refresh_previous_copy(self) -> Path | None:
        """The previous analyst copy rewritten to the working file's bytes (only the blocks that differ), fsynced;
        None when it cannot be reused: there is none, a reader may hold it, or it is on another filesystem than
        the analyst copy (the rename needs one)."""
        path = self.previous_analyst_path
        if fcntl is None or not hasattr(fcntl, "F_OFD_SETLK"):
            return None  # no open-file-description locks (not Linux): readers cannot be seen, copy in full
        try:
            status = path.stat()
        except FileNotFoundError:
            return None
        if status.st_dev != self.data_dir.stat().st_dev or _open_in_this_process(status):
            # Opening and closing a file drops every POSIX lock this process holds on it (DuckDB's too), so a file
            # this process has open is neither tested nor touched.
            return None
        if status.st_nlink > 1:
            return None  # another name for it (the analyst copy itself, linked by hand): never written in place
        fd = os.open(path, os.O_RDWR)
        try:
            try:
                fcntl.fcntl(fd, fcntl.F_OFD_SETLK, _whole_file_lock(fcntl.F_WRLCK))
            except OSError as error:
                if error.errno in (errno.EAGAIN, errno.EACCES):
                    return None  # a reader (a DuckDB connection in another process) holds it
                raise
            copy_changed_blocks(self.work_path, fd)
            os.fsync(fd)
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK, _whole_file_lock(fcntl.F_UNLCK))
        finally:
            os.close(fd)
        return path

    def _link_current_copy(self) -> Path | None:
        """A second name for the current analyst copy, to become the previous copy once the new one is renamed
        into place; None when there is no analyst copy or the filesystem has no hard links across the folders."""
        if not self.analyst_path.exists() or fcntl is None or not hasattr(fcntl, "F_OFD_SETLK"):
            return None  # (without open-file-description locks it could never be reused: no disk spent on it)
        keep = self.previous_analyst_path.parent / f"{PREVIOUS_ANALYST_COPY_NAME}.tmp-{uuid.uuid4().hex}"
        try:
            os.link(self.analyst_path, keep)
        except OSError:
            return None
        return keep


# Unit of comparison of the analyst copy refresh: DuckDB's block size (256 KiB), so a changed block is rewritten
# alone.
_COMPARE_BYTES = 256 * 1024


def copy_changed_blocks(source: Path, target_fd: int, unit: int = _COMPARE_BYTES) -> int:
    """Make the file open as ``target_fd`` byte-for-byte equal to ``source``: read both, rewrite the units that
    differ, cut or extend to the source's size. Returns the bytes written."""
    written = 0
    target_size = os.fstat(target_fd).st_size
    wanted = bytearray(unit)
    present = bytearray(unit)
    with open(source, "rb", buffering=0) as handle:
        source_size = os.fstat(handle.fileno()).st_size
        offset = 0
        while offset < source_size:
            n = handle.readinto(wanted)
            if not n:
                break
            m = os.preadv(target_fd, [present], offset) if offset < target_size else 0
            if m != n or (wanted != present if n == unit else wanted[:n] != present[:n]):
                view = memoryview(wanted)[:n]
                while view:
                    view = view[os.pwrite(target_fd, view, offset + n - len(view)):]
                written += n
            offset += n
    os.ftruncate(target_fd, offset)
    return written


def _whole_file_lock(kind: int) -> bytes:
    # struct flock: l_type, l_whence, l_start, l_len (0 = to the end), l_pid (0 for open-file-description locks)
    return struct.pack("hhqqi", kind, os.SEEK_SET, 0, 0, 0)


def _open_in_this_process(status: os.stat_result) -> bool:
    """True when one of this process's file descriptors is the file (or when that cannot be told)."""
    try:
        descriptors = os.listdir("/proc/self/fd")
    except OSError:
        return True
    for name in descriptors:
        try:
            other = os.stat(f"/proc/self/fd/{name}")
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (status.st_dev, status.st_ino):
            return True
    return False


@contextmanager
def _publish_lock(path: Path) -> Iterator[None]:
    """One publish at a time across processes (flock: not released when the process closes other files)."""
    if fcntl is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


# DuckDB's main header and its two alternating database headers (block counter, iteration) lead the file.
_DATABASE_HEADERS_BYTES = 3 * 4096


def _header_state(path: Path) -> tuple[int, bytes]:
    with open(path, "rb") as handle:
        return os.fstat(handle.fileno()).st_size, handle.read(_DATABASE_HEADERS_BYTES)


def _fsync_directory(path: Path) -> None:
    """Persist a rename (POSIX); not possible on every platform, where the rename is still atomic."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _sql_file(file_name: str) -> str:
    path = SQL_DIR / file_name
    if not path.exists():
        raise WarehouseError(f"schema file {path} is missing")
    return path.read_text(encoding="utf-8")


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Tables from schema.sql and reference.sql, then the views (daily_interactions typed-empty until Parquet exists).

    reference.sql re-creates its tables (CREATE OR REPLACE: the CSVs are the source of truth), so it only runs
    here when a reference table is missing; the reference_tables asset runs it before every reload.
    """
    fingerprint = schema_fingerprint()
    existing = _existing_schema_objects(con)
    if _schema_is_current(con, existing, fingerprint):
        return  # nothing changed since the last application (re-running the DDL costs ~0.5 s per connection)
    con.execute(_sql_file("schema.sql"))
    rebuild_coded_row_tables_without_keys(con)
    if not set(REFERENCE_TABLES) <= existing:
        con.execute(_sql_file("reference.sql"))
    if "daily_interactions" not in existing:
        run_block(con, "views.sql", "daily_interactions_empty")
    run_block(con, "views.sql", "eligible_events")
    run_block(con, "views.sql", "analyst_views")
    run_block(con, "warehouse.sql", "record_schema_fingerprint", {"fingerprint": fingerprint})


# The tables of coded rows have no PRIMARY KEY since 2026-11-28 (sql/schema.sql: with one, every write loaded most
# of its index, so a write's cost grew with the warehouse).
CODED_ROW_TABLES = ("events", "statements", "sanctions_mentions", "actor_mentions")


def rebuild_coded_row_tables_without_keys(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Rebuild, once, each table of coded rows that still has the PRIMARY KEY of a warehouse created before
    2026-11-28: schema.sql's definition under a new name, the rows copied in their order, the old table dropped,
    the new one renamed and schema.sql's comments applied, all in one transaction (~7 s at 100,000 articles).
    Returns the tables rebuilt (none once done: a warehouse created since has no key to drop)."""
    keyed = [row[0] for row in query_block(con, "warehouse.sql", "tables_with_primary_key",
                                           {"names": list(CODED_ROW_TABLES)}).fetchall()]
    if not keyed:
        return []
    schema = _sql_file("schema.sql")
    con.begin()
    try:
        for table in keyed:
            definition = re.search(rf"^CREATE TABLE IF NOT EXISTS {table} \(.*?^\);", schema, re.S | re.M)
            comments = re.findall(rf"^COMMENT ON (?:TABLE {table}|COLUMN {table}\.\w+) IS .*;$", schema, re.M)
            if definition is None or not comments:
                raise WarehouseError(f"sql/schema.sql has no definition or comments of {table}")
            rebuilt = f"{table}__without_key"
            con.execute(definition.group(0).replace(f"IF NOT EXISTS {table} (", f"{rebuilt} (", 1))
            con.execute(f"INSERT INTO {rebuilt} BY NAME SELECT * FROM {table}")  # noqa: S608 - fixed names
            con.execute(f"DROP TABLE {table}")
            con.execute(f"ALTER TABLE {rebuilt} RENAME TO {table}")
            for comment in comments:
                con.execute(comment)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return keyed


def _existing_schema_objects(con: duckdb.DuckDBPyConnection) -> set[str]:
    # None of these is created by schema.sql, so one look-up before applying it serves every decision.
    names = ["warehouse_meta", "daily_interactions", *REFERENCE_TABLES]
    return {row[0] for row in
            query_block(con, "warehouse.sql", "existing_tables_and_views", {"names": names}).fetchall()}


def _schema_is_current(con: duckdb.DuckDBPyConnection, existing: set[str], fingerprint: str) -> bool:
    return "warehouse_meta" in existing and _applied_schema_fingerprint(con) == fingerprint


def schema_is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the DDL of this code version was applied (works on a read-only connection)."""
    return _schema_is_current(con, _existing_schema_objects(con), schema_fingerprint())


def schema_fingerprint() -> str:
    """sha256 over the DDL files: changes whenever a schema or view definition changes.

    Every connection asks for it; the files are read again only when one of them changed on disk."""
    versions = []
    for file_name in SCHEMA_DEFINITION_FILES:
        path = SQL_DIR / file_name
        if not path.exists():
            raise WarehouseError(f"schema file {path} is missing")
        stat = path.stat()
        versions.append((file_name, stat.st_mtime_ns, stat.st_size))
    return _fingerprint_of(tuple(versions))


@lru_cache(maxsize=4)
def _fingerprint_of(versions: tuple[tuple[str, int, int], ...]) -> str:
    digest = hashlib.sha256()
    for file_name, _, _ in versions:
        digest.update(_sql_file(file_name).encode("utf-8"))
    return digest.hexdigest()


def _applied_schema_fingerprint(con: duckdb.DuckDBPyConnection) -> str | None:
    # fetchall, not fetchone: an unfinished result would block the connection's next relation query (con.sql)
    rows = query_block(con, "warehouse.sql", "applied_schema_fingerprint").fetchall()
    return rows[0][0] if rows else None


def meta_value(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    rows = query_block(con, "warehouse.sql", "meta_value", {"key": key}).fetchall()
    return rows[0][0] if rows else None


def set_meta_value(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    run_block(con, "warehouse.sql", "set_meta_value", {"key": key, "value": value})


DAILY_VIEW_META_KEY = "daily_interactions_view_sha256"


def _daily_interactions_view_statement(parquet_glob: str | None) -> str:
    if parquet_glob is None:
        return sql_block("views.sql", "daily_interactions_empty")
    return sql_block("views.sql", "daily_interactions_parquet").replace(
        ":parquet_glob", sql_string_literal(parquet_glob))


def daily_interactions_source_is(con: duckdb.DuckDBPyConnection, parquet_glob: str | None) -> bool:
    """True when the daily_interactions view was last defined by exactly the statement
    ``set_daily_interactions_source(con, parquet_glob)`` would run (works on a read-only connection)."""
    statement = _daily_interactions_view_statement(parquet_glob)
    return meta_value(con, DAILY_VIEW_META_KEY) == hashlib.sha256(statement.encode("utf-8")).hexdigest()


def set_daily_interactions_source(con: duckdb.DuckDBPyConnection, parquet_glob: str | None) -> None:
    """Point the daily_interactions view at the Parquet files, or at the typed empty view when there are none."""
    statement = _daily_interactions_view_statement(parquet_glob)
    for part in split_statements(statement):
        con.execute(part)
    set_meta_value(con, DAILY_VIEW_META_KEY, hashlib.sha256(statement.encode("utf-8")).hexdigest())


# ---------------------------------------------------------------------------------------------- ingestion
@dataclass
class IngestBatch:
    """Rows of one ingestion pass, built from geoevents.ingest records."""
    articles: list[dict[str, Any]] = field(default_factory=list)
    article_sources: list[dict[str, Any]] = field(default_factory=list)
    rejected_articles: list[dict[str, Any]] = field(default_factory=list)
    file_scan_state: list[dict[str, Any]] = field(default_factory=list)


# A file's state is recorded only when its modification time lies this long before the listing: a write in the
# same clock tick as the read (filesystem timestamps can be coarse) would otherwise leave size and time as
# recorded with other bytes, and the next scan would skip it.
SETTLED_FILE_SECONDS = 2.0


def file_scan_state_rows(article_sources: Iterable[Mapping[str, Any]],
                         listed: Mapping[str, tuple[int | None, float | None]], ingest_fingerprint: str,
                         listed_at: float) -> list[dict[str, Any]]:
    """file_scan_state rows for the files of ``article_sources`` whose listing (``listed``: path -> (size,
    modification time)) gave a size and a modification time at least SETTLED_FILE_SECONDS before ``listed_at``."""
    rows = []
    for source in article_sources:
        size, modified = listed.get(source["source_path"], (None, None))
        if size is not None and modified is not None and modified <= listed_at - SETTLED_FILE_SECONDS:
            rows.append({"source_path": source["source_path"], "file_size": size, "file_modified": modified,
                         "ingest_fingerprint": ingest_fingerprint})
    return rows


def recorded_file_states(con: duckdb.DuckDBPyConnection, ingest_fingerprint: str) -> dict[str, tuple[int, float]]:
    """path -> (size, modification time) of the files in article_sources read under this fingerprint."""
    rows = query_block(con, "warehouse.sql", "recorded_file_scan_state", {"fingerprint": ingest_fingerprint})
    return {path: (size, modified) for path, size, modified in rows.fetchall()}


def ingest_rows(records: Iterable[IngestedArticle | RejectedFile], seen_at: datetime,
                articles_seen: set[str] | None = None) -> IngestBatch:
    """Split IngestedArticle / RejectedFile records into table rows (first file of an article carries it).

    ``articles_seen`` carries the article ids of earlier chunks of the same scan (updated here), so a scan
    written in chunks counts and writes each article once."""
    batch = IngestBatch()
    articles_seen = set() if articles_seen is None else articles_seen
    for record in records:
        row = record_fields(record)
        if isinstance(record, IngestedArticle):
            if row["article_id"] not in articles_seen:
                articles_seen.add(row["article_id"])
                batch.articles.append({**row, "n_chars": len(row["body"]), "ingested_at": seen_at})
            batch.article_sources.append({
                "source_path": row["source_path"], "article_id": row["article_id"],
                "content_sha256": row["content_sha256"], "first_seen_at": seen_at,
            })
        else:
            batch.rejected_articles.append({**row, "seen_at": seen_at})
    return batch


def write_ingest_batch(con: duckdb.DuckDBPyConnection, batch: IngestBatch) -> None:
    incoming = {
        "incoming_articles": rows_to_arrow(con, "articles", batch.articles),
        "incoming_article_sources": rows_to_arrow(con, "article_sources", batch.article_sources),
        "incoming_rejected_articles": rows_to_arrow(con, "rejected_articles", batch.rejected_articles),
        "incoming_file_scan_state": rows_to_arrow(con, "file_scan_state", batch.file_scan_state),
    }
    with registered(con, incoming):
        run_block(con, "warehouse.sql", "upsert_articles")
        run_block(con, "warehouse.sql", "upsert_article_sources")
        run_block(con, "warehouse.sql", "replace_file_scan_state")
        run_block(con, "warehouse.sql", "upsert_rejected_articles")
    pause_point("duckdb_write")


# ---------------------------------------------------------------------------------------------- extraction
@dataclass
class ExtractionRows:
    events: list[dict[str, Any]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    sanctions_mentions: list[dict[str, Any]] = field(default_factory=list)
    actor_mentions: list[dict[str, Any]] = field(default_factory=list)
    extraction_log: list[dict[str, Any]] = field(default_factory=list)
    duplicate_rows_dropped: int = 0

    def extend(self, other: ExtractionRows) -> None:
        for name in ("events", "statements", "sanctions_mentions", "actor_mentions", "extraction_log"):
            getattr(self, name).extend(getattr(other, name))
        self.duplicate_rows_dropped += other.duplicate_rows_dropped


def _first_of_each(items: Iterable[Any], key: Callable[[Any], Hashable], rows: "ExtractionRows"
                   ) -> Iterator[tuple[Hashable, Any]]:
    """(key, item) for the first item of each key; later exact duplicates are counted in ``rows``."""
    seen: set[Hashable] = set()
    for item in items:
        item_key = key(item)
        if item_key in seen:
            rows.duplicate_rows_dropped += 1
            continue
        seen.add(item_key)
        yield item_key, item


def extraction_rows(article_id: str, result: ExtractionResult, extractor_version: str) -> ExtractionRows:
    """Table rows for one article's extraction result. Exact duplicates (same id) are kept once and counted."""
    rows = ExtractionRows()
    for event_id, event in _first_of_each(result.events, lambda e: e.event_id(article_id), rows):
        row = record_fields(event)
        statement = row.pop("statement")
        rows.events.append({
            **row, "event_id": event_id, "article_id": article_id,
            "cameo_root": event.cameo_root or event.cameo_code[:2], "extractor_version": extractor_version,
        })
        if statement is not None:
            rows.statements.append({
                **record_fields(statement), "statement_id": statement_id(event_id), "event_id": event_id,
                "article_id": article_id,
            })
    for mention_id, mention in _first_of_each(result.sanctions, lambda m: m.mention_id(article_id), rows):
        rows.sanctions_mentions.append({**record_fields(mention), "mention_id": mention_id, "article_id": article_id})
    actor_key = lambda a: (a.char_start, a.char_end, a.actor_code)  # noqa: E731 - the actor_mentions primary key
    for _, actor in _first_of_each(result.actor_mentions, actor_key, rows):
        rows.actor_mentions.append({**record_fields(actor), "article_id": article_id})
    rows.extraction_log.append({
        "article_id": article_id, "extractor_version": extractor_version,
        "status": "truncated" if result.truncated else "coded",
        "detail": "a sentence exceeded the configured length and was cut" if result.truncated else None,
        "n_sentences": result.n_sentences, "n_events": len(rows.events),
    })
    return rows


def log_row(article_id: str, extractor_version: str, status: str, detail: str | None) -> dict[str, Any]:
    return {"article_id": article_id, "extractor_version": extractor_version, "status": status,
            "detail": detail, "n_sentences": None, "n_events": 0}


def pending_articles(con: duckdb.DuckDBPyConnection, extractor_version: str,
                     reprocess_all: bool) -> list[tuple[str, int]]:
    """(article_id, storage row) of the articles without a log row for this version, in storage order."""
    return query_block(con, "warehouse.sql", "pending_articles",
                       {"reprocess_all": reprocess_all, "extractor_version": extractor_version}).fetchall()


def pending_article_ids(con: duckdb.DuckDBPyConnection, extractor_version: str, reprocess_all: bool) -> list[str]:
    return [article_id for article_id, _ in pending_articles(con, extractor_version, reprocess_all)]


def articles_for_extraction(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str],
                            storage_rows: tuple[int, int] | None = None) -> list[tuple]:
    """(article_id, body, language, published_date, supported_language) for the given ids, ordered by id.

    ``storage_rows`` = (first, last) storage row of the ids (from ``pending_articles``) restricts the read to
    that range; ids found outside it (rows moved since) are read by id."""
    ids = list(article_ids)
    if storage_rows is None:
        return query_block(con, "warehouse.sql", "articles_for_extraction", {"article_ids": ids}).fetchall()
    rows = query_block(con, "warehouse.sql", "articles_for_extraction_in_rows",
                       {"article_ids": ids, "first_row": storage_rows[0], "last_row": storage_rows[1]}).fetchall()
    if len(rows) < len(set(ids)):
        found = {row[0] for row in rows}
        rows += query_block(con, "warehouse.sql", "articles_for_extraction",
                            {"article_ids": [i for i in ids if i not in found]}).fetchall()
        rows.sort(key=lambda row: row[0])
    return rows


EXTRACTION_TABLES = ("events", "statements", "sanctions_mentions", "actor_mentions", "extraction_log")


def extraction_schemas(con: duckdb.DuckDBPyConnection) -> dict[str, pa.Schema]:
    """Arrow schemas of the extraction tables (for ``extraction_tables`` away from a connection)."""
    return {table: arrow_schema_of(con, table) for table in EXTRACTION_TABLES}


def extraction_tables(rows: ExtractionRows, schemas: Mapping[str, pa.Schema]) -> dict[str, pa.Table]:
    """The rows as one Arrow table per extraction table: a few bytes per value instead of a dict per row, so
    the coded rows of several batches can wait for one write."""
    return {table: pa.Table.from_pydict({name: [row.get(name) for row in getattr(rows, table)]
                                         for name in schemas[table].names}, schema=schemas[table])
            for table in EXTRACTION_TABLES}


def extraction_batch_tables(coded: Iterable[tuple[str, ExtractionResult]] | Iterable[ExtractionColumns],
                            extractor_version: str, schemas: Mapping[str, pa.Schema],
                            log_rows: Sequence[Mapping[str, Any]] = ()) -> tuple[dict[str, pa.Table], int]:
    """``extraction_tables`` of the ``extraction_rows`` of every (article_id, result), in order, after
    ``log_rows`` (extraction_log rows of articles not coded), and the number of duplicate rows dropped: the same
    tables, built column by column from the records (no dict per row, most of the conversion's cost). ``coded`` may
    also be the ``ExtractionColumns`` of consecutive runs of results (``extraction_columns`` with the tables'
    column names, as the engine's workers return them), which are joined in order."""
    parts = list(coded)
    if not parts or not isinstance(parts[0], ExtractionColumns):
        parts = [extraction_columns(parts, extractor_version, extraction_column_names(schemas))]
    log = list(log_rows)
    dropped = 0
    tables = {}
    for table, schema in schemas.items():
        if table == "extraction_log":
            continue
        values: dict[str, list] = {}
        for part in parts:
            for name, column in part.columns[table].items():
                values.setdefault(name, []).extend(column)
        n_rows = sum(len(next(iter(part.columns[table].values()))) for part in parts)
        tables[table] = pa.Table.from_pydict(
            {name: values[name] if name in values else [None] * n_rows for name in schema.names}, schema=schema)
    for part in parts:
        log += part.extraction_log
        dropped += part.duplicate_rows_dropped
    schema = schemas["extraction_log"]
    tables["extraction_log"] = pa.Table.from_pydict({name: [row.get(name) for row in log] for name in schema.names},
                                                    schema=schema)
    return {table: tables[table] for table in EXTRACTION_TABLES}, dropped


def extraction_column_names(schemas: Mapping[str, pa.Schema]) -> dict[str, tuple[str, ...]]:
    """The column names ``extraction_columns`` fills, per table of coded rows."""
    return {table: tuple(schema.names) for table, schema in schemas.items() if table != "extraction_log"}


def replace_extraction(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str],
                       rows: ExtractionRows | Mapping[str, pa.Table], run_id: str | None = None) -> list[date]:
    """Replace the batch's extraction rows; return the days (day precision) whose aggregates are affected.

    ``rows`` as dicts (ExtractionRows) or as Arrow tables (``extraction_tables``). ``run_id`` names the pipeline
    run in the batch's extraction_log rows (the run's checks read exactly them).
    Only articles coded before have rows to remove (extraction_log says which): for the others, every article of
    a first coding, nothing is deleted and the stored events are not read, so the write does not scan tables that
    grow with the warehouse."""
    batch_articles = pa.table({"article_id": pa.array(list(article_ids), pa.string())})
    tables = (rows if not isinstance(rows, ExtractionRows)
              else {table: rows_to_arrow(con, table, getattr(rows, table)) for table in EXTRACTION_TABLES})
    incoming = {"incoming_batch_articles": batch_articles,
                **{f"incoming_{table}": tables[table] for table in EXTRACTION_TABLES}}
    with registered(con, incoming):
        replaced = query_arrow(con, "warehouse.sql", "previously_coded_batch_articles")
        affected: set[date] = set()
        if replaced.num_rows:
            with registered(con, {"incoming_replaced_articles": replaced}):
                affected |= {row[0] for row in
                             query_block(con, "warehouse.sql", "day_dates_of_replaced_events").fetchall()}
                run_block(con, "warehouse.sql", "mark_months_of_replaced_events_stale")
                run_block(con, "warehouse.sql", "delete_replaced_extraction")
        run_block(con, "warehouse.sql", "insert_batch_extraction", {"run_id": run_id})
        run_block(con, "warehouse.sql", "mark_months_of_incoming_events_stale")
        affected |= {row[0] for row in query_block(con, "warehouse.sql", "day_dates_of_incoming_events").fetchall()}
    pause_point("events_write")
    return sorted(affected)


# ---------------------------------------------------------------------------------------------- reference
REFERENCE_META_KEY = "reference_sha256"


def reference_fingerprint(cameo_codes: Sequence[Mapping[str, Any]], actors: Sequence[Mapping[str, Any]],
                          actor_codes: Sequence[Mapping[str, Any]], places: Sequence[Mapping[str, Any]] = ()) -> str:
    """sha256 over sql/reference.sql and the reference rows: equal fingerprints mean equal tables."""
    digest = hashlib.sha256(_sql_file("reference.sql").encode("utf-8"))
    for rows in (cameo_codes, actors, actor_codes, places):
        digest.update(json.dumps(rows, sort_keys=True, default=str).encode("utf-8"))
    return digest.hexdigest()


def reference_tables_hold(con: duckdb.DuckDBPyConnection, fingerprint: str) -> bool:
    """True when the reference tables were last loaded from rows with this fingerprint (read-only connection)."""
    return meta_value(con, REFERENCE_META_KEY) == fingerprint


def replace_reference_tables(con: duckdb.DuckDBPyConnection, cameo_codes: Sequence[Mapping[str, Any]],
                             actors: Sequence[Mapping[str, Any]], actor_codes: Sequence[Mapping[str, Any]],
                             places: Sequence[Mapping[str, Any]] = ()) -> None:
    """Re-create the reference tables from sql/reference.sql (picks up column changes) and load the rows."""
    con.execute(_sql_file("reference.sql"))
    set_meta_value(con, REFERENCE_META_KEY, reference_fingerprint(cameo_codes, actors, actor_codes, places))
    incoming = {
        "incoming_cameo_codes": rows_to_arrow(con, "cameo_codes", cameo_codes),
        "incoming_actors": rows_to_arrow(con, "actors", actors),
        "incoming_actor_codes": rows_to_arrow(con, "actor_codes", actor_codes),
        "incoming_places": rows_to_arrow(con, "places", places),
    }
    with registered(con, incoming):
        run_block(con, "warehouse.sql", "replace_reference_tables")


# ---------------------------------------------------------------------------------------------- aggregates
def daily_interactions(con: duckdb.DuckDBPyConnection, start: date, end: date) -> pa.Table:
    """Daily dyad aggregates for ``start <= date < end`` (sql/aggregates.sql), deterministic row order."""
    return query_arrow(con, "aggregates.sql", "daily_interactions", {"start": start, "end": end})


def monthly_interactions(con: duckdb.DuckDBPyConnection, all_months: bool = True) -> pa.Table:
    """Monthly dyad aggregates of every month, or (``all_months`` False) of the months in monthly_interactions_stale."""
    return query_arrow(con, "aggregates.sql", "monthly_interactions", {"all_months": all_months})


def replace_monthly_interactions(con: duckdb.DuckDBPyConnection, table: pa.Table, all_months: bool = True) -> None:
    """Replace the rows of every month (or of the stale months) by ``table``; no month is stale afterwards."""
    with registered(con, {"incoming_monthly_interactions": table}):
        run_block(con, "warehouse.sql", "replace_monthly_interactions", {"all_months": all_months})


def stale_months(con: duckdb.DuckDBPyConnection) -> list[date]:
    """Months whose events changed since monthly_interactions last recomputed them (extraction marks them)."""
    return [row[0] for row in query_block(con, "warehouse.sql", "stale_months").fetchall()]


MONTHLY_SOURCE_META_KEY = "monthly_interactions_source_sha256"


def monthly_interactions_source_fingerprint(parquet_location: str) -> str:
    """sha256 over what the monthly rows and files are derived from besides the events: the aggregate's SQL, the
    eligible_events view and the Parquet location. When it differs from the recorded one, recomputing only the
    stale months is not enough (new SQL, or files at a new place): the table is rebuilt as a whole."""
    digest = hashlib.sha256()
    for part in (sql_block("aggregates.sql", "monthly_interactions"), sql_block("views.sql", "eligible_events"),
                 parquet_location):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def monthly_interactions_rebuilt_from(con: duckdb.DuckDBPyConnection, fingerprint: str) -> bool:
    """True when the monthly table was last rebuilt as a whole from this source (works on a read-only connection)."""
    return meta_value(con, MONTHLY_SOURCE_META_KEY) == fingerprint


def record_monthly_interactions_source(con: duckdb.DuckDBPyConnection, fingerprint: str) -> None:
    set_meta_value(con, MONTHLY_SOURCE_META_KEY, fingerprint)


def eligible_daily_event_counts(con: duckdb.DuckDBPyConnection, start: date, end: date) -> dict[date, int]:
    rows = query_block(con, "aggregates.sql", "eligible_daily_event_counts", {"start": start, "end": end}).fetchall()
    return {day: count for day, count in rows}


def day_precision_date_range(con: duckdb.DuckDBPyConnection) -> tuple[date, date] | None:
    first, last = query_block(con, "aggregates.sql", "day_precision_event_date_range").fetchone()
    return None if first is None else (first, last)


# ---------------------------------------------------------------------------------------------- reporting
def counts(con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, Any] | None = None) -> dict[str, int]:
    """A two-column (key, count) report block as a dict, in the block's order."""
    return {str(key): int(value) for key, value in query_block(con, "warehouse.sql", name, params).fetchall()}


def row_counts(con: duckdb.DuckDBPyConnection, name: str) -> dict[str, int]:
    """A one-row report block (column name -> count) as a dict."""
    cursor = query_block(con, "warehouse.sql", name)
    values = cursor.fetchone()
    return {column[0]: int(value) for column, value in zip(cursor.description, values)}


def run_coding_counts(con: duckdb.DuckDBPyConnection, run_id: str) -> tuple[int, int]:
    """(articles the run coded, articles in the warehouse)."""
    coded, total = query_block(con, "warehouse.sql", "run_coding_counts", {"run_id": run_id}).fetchone()
    return int(coded), int(total)


def check_rows(con: duckdb.DuckDBPyConnection, name: str, run_id: str | None = None) -> list[dict[str, Any]]:
    """Rows a data-quality check query found (empty = passed): over the whole tables, or with ``run_id`` over the
    events of the articles that run coded."""
    cursor = query_block(con, "warehouse.sql", name, {"run_id": run_id})
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
