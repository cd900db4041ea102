"""Test-only pause points, so crash tests can SIGKILL a real run at a known moment.

``GEOEVENTS_TEST_PAUSE_AT=<point>`` makes the process stop when it reaches that point: it writes its pid to the
file named by ``GEOEVENTS_TEST_PAUSE_MARKER`` (if set) and sleeps (``GEOEVENTS_TEST_PAUSE_SECONDS``, default
600) so the test can kill it there. Unset (production), a pause point costs one environment look-up.

Points: ``ingest_scan`` (the first chunk of files scanned, nothing written), ``duckdb_write`` (article rows written inside the open
transaction, not committed), ``events_write`` (an extraction batch written, not committed), ``analyst_publish``
(analyst copy's temp file written, not renamed), ``parquet_write`` (a partition's temp file written, not renamed).
"""
from __future__ import annotations

import os
import time
from pathlib import Path

PAUSE_AT_ENV = "GEOEVENTS_TEST_PAUSE_AT"
PAUSE_MARKER_ENV = "GEOEVENTS_TEST_PAUSE_MARKER"
PAUSE_SECONDS_ENV = "GEOEVENTS_TEST_PAUSE_SECONDS"
PAUSE_POINTS = ("ingest_scan", "duckdb_write", "events_write", "analyst_publish", "parquet_write")


def pause_point(name: str) -> None:
    """Stop here when GEOEVENTS_TEST_PAUSE_AT names this point; otherwise return at once."""
    if os.environ.get(PAUSE_AT_ENV) != name:
        return
    marker = os.environ.get(PAUSE_MARKER_ENV)
    if marker:
        Path(marker).write_text(str(os.getpid()), encoding="utf-8")
    time.sleep(float(os.environ.get(PAUSE_SECONDS_ENV, "600")))
