"""PNG chart of daily event counts per ordered dyad (matplotlib, headless).

Used for the China-Russia-US chart of the daily aggregate; kept free of Dagster so it can be reused by
scripts and dashboards.
"""
from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date, timedelta

CHART_WINDOW_DAYS = 90


def chart_window(newest_day: date, days: int = CHART_WINDOW_DAYS) -> tuple[date, date]:
    """[first, last] day of the ``days``-day window ending on ``newest_day`` (the newest day with data, so an
    archive that stops in the past still gets a full chart)."""
    return newest_day - timedelta(days=days - 1), newest_day


def render_daily_dyad_chart(counts: Mapping[str, Mapping[date, int]], first_day: date, last_day: date,
                            title: str) -> bytes:
    """PNG bytes: one line per dyad (e.g. ``"CHN->RUS"``) over every day of [first_day, last_day], days without
    events drawn as zero. The same input gives the same bytes (no timestamp or version in the file)."""
    import matplotlib

    matplotlib.use("Agg")  # no display in run workers
    from matplotlib import pyplot as plt

    days = [first_day + timedelta(days=offset) for offset in range((last_day - first_day).days + 1)]
    figure, axes = plt.subplots(figsize=(8, 3.2), dpi=80)
    try:
        for dyad in sorted(counts):
            axes.plot(days, [counts[dyad].get(day, 0) for day in days], marker="o", markersize=3, linewidth=1.2,
                      label=dyad)
        axes.set_xlim(days[0], days[-1])
        axes.set_ylim(bottom=0)
        axes.set_ylabel("events per day")
        axes.set_title(title, fontsize="medium")
        if counts:
            axes.legend(fontsize="small", ncol=3, loc="upper left")
        else:
            axes.text(0.5, 0.5, "no events in this window", transform=axes.transAxes, ha="center", va="center")
        figure.autofmt_xdate()
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", metadata={"Software": None})
    finally:
        plt.close(figure)
    return buffer.getvalue()
