"""Headless Chromium, run as a subprocess: the one HTML engine outside the GUI (Qt stays there)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from pathlib import Path

from reader.export.scratch import scratch_folder

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Quiet and private: no first-run UI, no updates, no sync, no network beyond the file itself.
FLAGS = (
    "--headless",
    "--no-sandbox",  # the sandbox needs user namespaces, absent in containers and CI runners
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
)
TIMEOUT_SECONDS = 300


class BrowserMissing(RuntimeError):
    """No Chromium to render with; the Debian package is `chromium`."""


def find_chromium() -> str | None:
    return next((path for name in NAMES if (path := shutil.which(name))), None)


def run_chromium(page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Open a local page headless with a throw-away profile and the given extra switches."""
    binary = find_chromium()
    if binary is None:
        raise BrowserMissing("PDF export needs Chromium (Debian package: chromium)")
    with scratch_folder("chromium") as profile:
        browser = [binary, *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()]
        command = _dying_with_us(browser)
        # Its own process group, killed whole when done: no renderer or helper stays behind.
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            start_new_session=True,
        )  # fmt: skip
        try:
            out, err = process.communicate(timeout=TIMEOUT_SECONDS)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        return subprocess.CompletedProcess(command, process.returncode, out, err)


def _dying_with_us(command: list[str]) -> list[str]:
    """The command under util-linux's setpriv, which has the kernel kill it when this process
    dies (a killed export leaves no browser behind); as it is where setpriv is missing."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "KILL", *command] if setpriv else command
