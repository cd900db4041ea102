"""Independent long subprocesses a test module starts at once: each mostly leaves the other core idle, so they
overlap, and each test then waits for its own (a deadline, not a timing assertion)."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


def selected_tests(request: pytest.FixtureRequest) -> set[str]:
    """Names of the tests of the requesting module that this session runs."""
    return {item.name for item in request.session.items if item.path == request.path}


class StartedTogether:
    def __init__(self, timeout_seconds: float):
        self.timeout_seconds = timeout_seconds
        self.started: dict[str, tuple[list[str], Path, subprocess.Popen]] = {}

    def start(self, name: str, command: list[str], folder: Path, **popen_options) -> None:
        self.started[name] = (command, folder, subprocess.Popen(command, stdout=subprocess.PIPE,
                                                                stderr=subprocess.PIPE, text=True, **popen_options))

    def finished(self, name: str) -> tuple[subprocess.CompletedProcess, Path]:
        """The test's run once it has ended (CompletedProcess), and its folder."""
        command, folder, process = self.started[name]
        stdout, stderr = process.communicate(timeout=self.timeout_seconds)
        return subprocess.CompletedProcess(command, process.returncode, stdout, stderr), folder

    def stop(self) -> None:
        for _, _, process in self.started.values():
            if process.poll() is None:
                process.kill()
                process.communicate()
