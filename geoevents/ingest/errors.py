"""The internal signal that a file cannot be ingested; turned into a RejectedFile at the file boundary."""
from __future__ import annotations

from geoevents.ingest.model import REJECTION_REASONS


class Rejection(Exception):
    def __init__(self, reason: str, detail: str):
        if reason not in REJECTION_REASONS:
            raise ValueError(f"unknown rejection reason {reason!r}")
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
