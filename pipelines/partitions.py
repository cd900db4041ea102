"""Partitions of the daily aggregate: one per calendar day (UTC).

GEOEVENTS_PARTITION_START (read at import time, default 2014-01-01) sets the first day; end_offset=1 makes
today's partition exist, so articles about today can be aggregated without waiting for midnight.
"""

import os
from datetime import date, timedelta

import dagster as dg

PARTITION_START = os.environ.get("GEOEVENTS_PARTITION_START", "2014-01-01")

daily_partitions = dg.DailyPartitionsDefinition(start_date=PARTITION_START, end_offset=1)

# Run tags Dagster sets on partitioned runs (a single partition, or a single-run range backfill). Spelled out
# here because dagster does not export the constants publicly.
PARTITION_TAG = "dagster/partition"
PARTITION_RANGE_START_TAG = "dagster/asset_partition_range_start"
PARTITION_RANGE_END_TAG = "dagster/asset_partition_range_end"


def partition_days(dates: list[str]) -> list[str]:
    """The distinct ISO days of ``dates`` that are existing daily partitions, in order."""
    first, last = daily_partitions.get_first_partition_key(), daily_partitions.get_last_partition_key()
    return sorted({day for day in dates if first <= day <= last})


def contiguous_day_ranges(dates: list[str]) -> list[tuple[str, str]]:
    """ISO days grouped into [first, last] runs of consecutive days, restricted to existing daily partitions."""
    ranges: list[tuple[date, date]] = []
    for day in map(date.fromisoformat, partition_days(dates)):
        if ranges and day == ranges[-1][1] + timedelta(days=1):
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return [(start.isoformat(), end.isoformat()) for start, end in ranges]
