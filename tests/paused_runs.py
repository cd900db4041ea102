"""`python -m pipelines.run` started so that it pauses at a known point (geoevents/pause_points.py), then SIGKILLed
there: the crash tests and the killed-run test of `make run` share this."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geoevents.pause_points import PAUSE_AT_ENV, PAUSE_MARKER_ENV


def start_paused_run(point: str, marker: Path, cwd: Path, env: dict[str, str]) -> subprocess.Popen:
    """Starts the run with ``env`` (the whole environment) plus the pause settings; it writes its pid to
    ``marker`` and waits when it reaches ``point``."""
    return subprocess.Popen([sys.executable, "-m", "pipelines.run"], cwd=cwd,
                            env={**env, PAUSE_AT_ENV: point, PAUSE_MARKER_ENV: str(marker)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill_when_paused(running: dict[str, tuple[subprocess.Popen, Path]], timeout_seconds: float) -> dict[str, int]:
    """SIGKILLs every run once it has paused (its marker holds its pid); returns each run's return code. Fails the
    test when a run ends before its point or does not reach it within the deadline (not a timing assertion)."""
    running = dict(running)
    deadline = time.monotonic() + timeout_seconds
    killed = {}
    while running and time.monotonic() < deadline:
        for name, (process, marker) in list(running.items()):
            if marker.exists() and marker.read_text().strip() == str(process.pid):
                os.kill(process.pid, signal.SIGKILL)
                process.wait()
                killed[name] = process.returncode
                del running[name]
            elif process.poll() is not None:
                pytest.fail(f"run {name} ended before its pause point: {process.stderr.read().decode()[-2000:]}")
        time.sleep(0.05)
    for name, (process, _) in running.items():
        process.kill()
        process.wait()
        pytest.fail(f"run {name} never reached its pause point")
    return killed
