"""Headless Chromium, run as a subprocess: the one HTML engine outside the GUI (Qt stays there)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

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
    with tempfile.TemporaryDirectory(prefix="reader-chromium-") as profile:
        return subprocess.run(
            [binary, *FLAGS, f"--user-data-dir={profile}", *args, page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
