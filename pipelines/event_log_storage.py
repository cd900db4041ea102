"""Dagster instance class of dagster.yaml (``instance_class``): Dagster's own instance whose default storage is
Dagster's SQLite storage, same files and layout in the instance folder, with an event log that writes a *batch*
of asset events in one transaction per database.

Why: a single-run backfill of daily_interactions over ~1,300 days logs one ASSET_MATERIALIZATION_PLANNED event
per partition when the run is created and one ASSET_MATERIALIZATION per partition when the step ends. Dagster's
SQLite event log stores each event on its own: a new engine and connection, a commit and a close (a WAL
checkpoint) for the run's database and again for the index database. That was ~40 s of the aggregate job,
against ~3 s for the aggregation and the Parquet files.

Dagster already hands such events over in batches to storages that implement ``store_event_batch`` (its
Postgres storage and Dagster+ do) when ``DAGSTER_EVENT_BATCH_SIZE`` is set; the SQLite storage inherits the
default, which stores them one by one. ``BatchingSqliteEventLogStorage`` writes the same rows (one per event,
with the partition column every status query reads) in one transaction per database, so per-partition status
in the UI (materialized, failed, in progress), backfills and the asset sensors see exactly what the stock
storage would have written. Events other than asset events take the stock path.

The instance class only changes the *default* storage (computed from the instance folder, so ``dagster dev``
with a temporary folder and ``DagsterInstance.from_config(path)`` work as before); a ``storage:`` section in
dagster.yaml (Postgres in production, whose event log batches natively) replaces it.
"""
from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

import yaml
from dagster import DagsterInstance
from dagster._config import StringSource
from dagster._config.config_schema import UserConfigSchema
from dagster._core.events import ASSET_EVENTS
from dagster._core.events.log import EventLogEntry
from dagster._core.instance.ref import InstanceRef
from dagster._core.storage.event_log import SqlEventLogStorageTable, SqliteEventLogStorage
from dagster._core.storage.sqlite_storage import DagsterSqliteStorage, _event_logs_directory
from dagster._serdes import ConfigurableClassData

# Dagster reads this variable on every event (dagster/_core/instance/utils.py): > 0 makes it buffer the events of
# one batch (a run's planned events, one step's materializations over a partition range) and call
# store_event_batch with up to this many. 0 (Dagster's default) writes event by event.
EVENT_BATCH_SIZE_ENV = "DAGSTER_EVENT_BATCH_SIZE"
DEFAULT_EVENT_BATCH_SIZE = 500


def _is_asset_event(event: EventLogEntry) -> bool:
    return bool(event.is_dagster_event and event.dagster_event_type in ASSET_EVENTS
                and event.get_dagster_event().asset_key)


class BatchingSqliteEventLogStorage(SqliteEventLogStorage):
    """SqliteEventLogStorage whose ``store_event_batch`` writes asset events in one transaction per database."""

    def store_event_batch(self, events: Sequence[EventLogEntry]) -> None:
        # Keep the order of the batch: runs of consecutive asset events of one run go together, anything else
        # (asset check events, which the stock store_event mirrors differently) is stored as Dagster would.
        group: list[EventLogEntry] = []
        for event in events:
            if _is_asset_event(event) and (not group or group[0].run_id == event.run_id):
                group.append(event)
                continue
            self._store_asset_event_group(group)
            group = []
            if _is_asset_event(event):
                group.append(event)
            else:
                self.store_event(event)
        self._store_asset_event_group(group)

    def _store_asset_event_group(self, events: list[EventLogEntry]) -> None:
        """What ``SqliteEventLogStorage.store_event`` does per asset event, for all of them at once: the row in
        the run's database, its mirror in the index database, indexed tags, and the asset's summary row."""
        if len(events) <= 1:
            for event in events:
                self.store_event(event)
            return
        rows = [self._event_to_row(event) for event in events]  # each event serialized once, for both databases
        # One statement executed with many parameter sets, not Dagster's prepare_insert_event_batch (one INSERT
        # with a VALUES tuple per event): SQLAlchemy compiled that statement anew for every batch, ~37,000 bind
        # parameters for a range run's 1,310 materializations; this one is compiled once and cached.
        insert = SqlEventLogStorageTable.insert()
        with self.run_connection(events[0].run_id) as conn:
            conn.execute(insert, rows)
        with self.index_transaction() as conn:
            # SQLAlchemy sends the rows in order, in as few multi-row INSERTs as SQLite's parameter limit allows
            # ("insertmanyvalues"). SQLite returns RETURNING rows in no particular order, but the rows of one
            # transaction (it holds the write lock) get increasing ids in the order they are inserted: sorted
            # ids pair with the events in order.
            event_ids = sorted(row[0] for row in conn.execute(insert.returning(SqlEventLogStorageTable.c.id), rows))
        self.store_asset_event_tags(events, event_ids)
        # The asset summary row keeps the latest event of each kind (last materialization, last run, ...): the
        # last event of each asset and kind, applied in batch order, leaves it as applying every event would.
        latest: dict[tuple[str, str], tuple[EventLogEntry, int]] = {}
        for event, event_id in zip(events, event_ids):
            key = (event.get_dagster_event().asset_key.to_string(), event.dagster_event_type.value)
            latest.pop(key, None)
            latest[key] = (event, event_id)
        for event, event_id in latest.values():
            self.store_asset_event(event, event_id)


class BatchingSqliteStorage(DagsterSqliteStorage):
    """Dagster's SQLite instance storage (runs, event log, schedules under ``base_dir``, the default layout) with
    the batching event log. Sets DAGSTER_EVENT_BATCH_SIZE (unless set already) in the processes that load it:
    webserver, daemon, run workers, scripts."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        os.environ.setdefault(EVENT_BATCH_SIZE_ENV, str(DEFAULT_EVENT_BATCH_SIZE))
        super().__init__(base_dir, inst_data)
        self._event_log_storage = BatchingSqliteEventLogStorage(_event_logs_directory(base_dir))

    @classmethod
    def config_type(cls) -> UserConfigSchema:
        return {"base_dir": StringSource}

    @classmethod
    def from_config_value(cls, inst_data: ConfigurableClassData, config_value) -> BatchingSqliteStorage:
        return cls.from_local(inst_data=inst_data, **config_value)


class GeoeventsInstance(DagsterInstance):
    """DagsterInstance whose default storage (no ``storage:`` in dagster.yaml) is BatchingSqliteStorage in the
    instance folder, where Dagster would put its SQLite storage."""

    @classmethod
    def config_schema(cls) -> dict:
        return {}  # no settings of its own; dagster.yaml keeps Dagster's schema

    @classmethod
    def config_defaults(cls, base_dir: str) -> Mapping[str, ConfigurableClassData | None]:
        return {
            **InstanceRef.config_defaults(base_dir),
            "storage": ConfigurableClassData(__name__, BatchingSqliteStorage.__name__,
                                             yaml.dump({"base_dir": base_dir}, default_flow_style=False)),
        }
