"""Parquet publishing for dashboards: Hive-style folders, atomic replacement, byte-identical output.

Layout under the store's base URI (a local path or any URI pyarrow understands, e.g. ``s3://bucket/prefix``)::

    daily_interactions/date=YYYY-MM-DD/part-0.parquet
    monthly_interactions/month=YYYY-MM/part-0.parquet

The partition column lives in the folder name only (Hive convention), so readers that understand Hive
partitioning (DuckDB ``hive_partitioning``, ``pyarrow.dataset``, Spark, pandas) get it as a column.
Same rows in -> same bytes out: explicit schema, no timestamps or pandas metadata, fixed writer options.
"""
from __future__ import annotations

import hashlib
import posixpath
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs
import pyarrow.dataset as pads
import pyarrow.parquet as pq

from geoevents.pause_points import pause_point

PART_FILE = "part-0.parquet"
# Partition files written at once by ``ParquetStore.write_partitions``. A file's write is mostly pyarrow's Parquet
# encoding and file system calls, which release the GIL: a range run over three years writes ~1,250 small files
# (~0.9 CPU-ms each) while nothing else of the job runs, so two threads keep both cores of the target machine busy.
PARTITION_WRITE_THREADS = 2


def _temp_prefix(file_name: str) -> str:
    # Leading dot: Hive readers and globs over *.parquet skip a temp file while it is being written.
    return f".{file_name}.tmp-"


_TEMP_PREFIX = _temp_prefix(PART_FILE)

DAILY_INTERACTIONS_SCHEMA = pa.schema([
    pa.field("source_actor", pa.string(), nullable=False),
    pa.field("target_actor", pa.string(), nullable=False),
    pa.field("event_type", pa.string(), nullable=False),
    pa.field("quad_class", pa.int32()),
    pa.field("n_events", pa.int64(), nullable=False),
    pa.field("n_articles", pa.int64(), nullable=False),
    pa.field("goldstein_sum", pa.float64()),
    pa.field("goldstein_mean", pa.float64()),
])

MONTHLY_INTERACTIONS_SCHEMA = pa.schema([
    pa.field("source_actor", pa.string(), nullable=False),
    pa.field("target_actor", pa.string(), nullable=False),
    pa.field("event_type", pa.string(), nullable=False),
    pa.field("quad_class", pa.int32()),
    pa.field("n_events", pa.int64(), nullable=False),
    pa.field("n_day_precision", pa.int64(), nullable=False),
    pa.field("n_month_precision", pa.int64(), nullable=False),
    pa.field("n_articles", pa.int64(), nullable=False),
    pa.field("goldstein_sum", pa.float64()),
    pa.field("goldstein_mean", pa.float64()),
])

# Fixed writer options: changing any of them changes the bytes of every file.
_WRITE_OPTIONS = dict(
    compression="zstd",
    compression_level=3,
    use_dictionary=True,
    write_statistics=True,
    version="2.6",
    data_page_version="1.0",
    store_schema=False,
)


def partition_value(partition: str) -> str:
    """The value of a Hive partition folder name: ``date=2022-12-30`` -> ``2022-12-30``."""
    return partition.split("=", 1)[1]


@dataclass(frozen=True)
class PartitionWrite:
    dataset: str
    partition: str  # "date=2022-12-30"
    uri: str
    n_rows: int
    changed: bool   # False when the file already held exactly these bytes
    sha256: str


def write_bytes_atomically(fs: pafs.FileSystem, path: str, data: bytes, pause_at: str | None = None) -> None:
    """Replace ``path`` on a pyarrow filesystem: temp file in the same folder, then rename, so readers (DuckDB,
    dashboards, the UI) see either the old or the new file, never a half-written one. ``pause_at`` names the
    test pause point between writing and renaming (geoevents.pause_points)."""
    folder = posixpath.dirname(path)
    fs.create_dir(folder, recursive=True)
    temp_path = posixpath.join(folder, f"{_temp_prefix(posixpath.basename(path))}{uuid.uuid4().hex}")
    try:
        with fs.open_output_stream(temp_path) as out:
            out.write(data)
        if pause_at is not None:
            pause_point(pause_at)
        fs.move(temp_path, path)
    except BaseException:
        if fs.get_file_info(temp_path).type == pafs.FileType.File:
            fs.delete_file(temp_path)
        raise


def serialize_table(table: pa.Table, schema: pa.Schema) -> bytes:
    """Parquet bytes of ``table`` cast to ``schema`` (column order from the schema, metadata stripped)."""
    selected = table.select(schema.names).cast(schema).replace_schema_metadata(None)
    sink = pa.BufferOutputStream()
    pq.write_table(selected, sink, row_group_size=max(1, selected.num_rows), **_WRITE_OPTIONS)
    return sink.getvalue().to_pybytes()


class ParquetStore:
    """Hive-partitioned Parquet datasets under one base URI, written atomically."""

    def __init__(self, base_uri: str | Path):
        base = str(base_uri)
        if "://" not in base:
            base = str(Path(base).resolve())
        self.base_uri = base.rstrip("/")
        self.fs, self.base_path = pafs.FileSystem.from_uri(self.base_uri)
        self.base_path = self.base_path.rstrip("/")
        self._is_local = isinstance(self.fs, pafs.LocalFileSystem)

    # ------------------------------------------------------------------ locations
    def dataset_uri(self, dataset: str) -> str:
        return f"{self.base_uri}/{dataset}"

    def dataset_glob(self, dataset: str) -> str:
        """Glob over every partition file of ``dataset`` (for DuckDB ``read_parquet``)."""
        location = self.base_path if self._is_local else self.base_uri
        return f"{location}/{dataset}/*/*.parquet"

    def partition_uri(self, dataset: str, partition: str) -> str:
        return f"{self.dataset_uri(dataset)}/{partition}/{PART_FILE}"

    def _partition_path(self, dataset: str, partition: str) -> str:
        return posixpath.join(self.base_path, dataset, partition, PART_FILE)

    # ------------------------------------------------------------------ reading
    def list_partitions(self, dataset: str) -> list[str]:
        """Partition folder names (``date=2022-12-30``) that hold a part file, sorted."""
        selector = pafs.FileSelector(posixpath.join(self.base_path, dataset), allow_not_found=True)
        found = []
        for info in self.fs.get_file_info(selector):
            if info.type == pafs.FileType.Directory and "=" in info.base_name:
                part = self.fs.get_file_info(posixpath.join(info.path, PART_FILE))
                if part.type == pafs.FileType.File:
                    found.append(info.base_name)
        return sorted(found)

    def read_bytes(self, dataset: str, partition: str) -> bytes | None:
        path = self._partition_path(dataset, partition)
        if self.fs.get_file_info(path).type != pafs.FileType.File:
            return None
        with self.fs.open_input_stream(path) as stream:
            return stream.read()

    def read_partition(self, dataset: str, partition: str) -> pa.Table | None:
        data = self.read_bytes(dataset, partition)
        return None if data is None else pq.read_table(pa.BufferReader(data))

    def column_totals(self, dataset: str, partitions: Sequence[str], column: str) -> dict[str, int]:
        """Sum of the integer ``column`` in each of ``partitions``' files (0 for a file without rows), read in one
        dataset scan: only that column, the files in parallel (one read per file took ~1 ms of Python each)."""
        paths = {self._partition_path(dataset, partition): partition for partition in partitions}
        totals = dict.fromkeys(partitions, 0)
        if not paths:
            return totals
        scanner = pads.dataset(list(paths), filesystem=self.fs, format="parquet").scanner(columns=[column])
        for tagged in scanner.scan_batches():
            totals[paths[tagged.fragment.path]] += int(pc.sum(tagged.record_batch.column(0)).as_py() or 0)
        return totals

    # ------------------------------------------------------------------ writing
    def write_partition(self, dataset: str, partition: str, table: pa.Table, schema: pa.Schema) -> PartitionWrite:
        """Replace one partition's file atomically: temp file in the same folder, then rename into place.

        Readers see either the old or the new file, never a half-written one. An unchanged file is left alone.
        """
        data = serialize_table(table, schema)
        digest = hashlib.sha256(data).hexdigest()
        uri = self.partition_uri(dataset, partition)
        folder = posixpath.join(self.base_path, dataset, partition)
        self._remove_stale_temp_files(folder)
        existing = self.read_bytes(dataset, partition)
        if existing is not None and hashlib.sha256(existing).hexdigest() == digest:
            return PartitionWrite(dataset, partition, uri, table.num_rows, False, digest)
        write_bytes_atomically(self.fs, self._partition_path(dataset, partition), data, pause_at="parquet_write")
        return PartitionWrite(dataset, partition, uri, table.num_rows, True, digest)

    def write_partitions(self, dataset: str, tables: Sequence[tuple[str, pa.Table]], schema: pa.Schema,
                         threads: int = PARTITION_WRITE_THREADS) -> list[PartitionWrite]:
        """``write_partition`` for each ``(partition, table)``, ``threads`` files at a time (distinct partitions:
        each file is still replaced atomically); the results in the order given, the files' bytes as written one
        by one. The first failure (in that order) is raised once the writes already started have ended; writes not
        started yet are cancelled."""
        if threads <= 1 or len(tables) <= 1:
            return [self.write_partition(dataset, partition, table, schema) for partition, table in tables]
        with ThreadPoolExecutor(threads, thread_name_prefix="parquet-write") as pool:
            futures = [pool.submit(self.write_partition, dataset, partition, table, schema)
                       for partition, table in tables]
            try:
                return [future.result() for future in futures]
            finally:
                for future in futures:
                    future.cancel()

    def _remove_stale_temp_files(self, folder: str) -> None:
        """Temp files of a write that was killed before its rename (one writer per partition: none is in use)."""
        for info in self.fs.get_file_info(pafs.FileSelector(folder, allow_not_found=True)):
            if info.type == pafs.FileType.File and info.base_name.startswith(_TEMP_PREFIX):
                self.fs.delete_file(info.path)

    def remove_partition(self, dataset: str, partition: str) -> bool:
        """Delete a partition's file and folder (a day that no longer has rows). True when something was removed."""
        path = self._partition_path(dataset, partition)
        if self.fs.get_file_info(path).type != pafs.FileType.File:
            return False
        self.fs.delete_file(path)
        folder = posixpath.join(self.base_path, dataset, partition)
        if not self.fs.get_file_info(pafs.FileSelector(folder, allow_not_found=True)):
            self.fs.delete_dir(folder)
        return True
