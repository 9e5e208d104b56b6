"""Scratch folders for work that leaves files behind while it runs (a PDF being printed, the
browser's profile): all under one folder of the user's, named after the process that made
them, so that what a killed process left is found and removed on the next start."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from reader.export.atomic import process_alive


def scratch_root() -> Path:
    root = Path(tempfile.gettempdir()) / f"reader-{os.getuid() if hasattr(os, 'getuid') else 0}"
    root.mkdir(mode=0o700, exist_ok=True)
    return root


@contextlib.contextmanager
def scratch_folder(purpose: str) -> Iterator[Path]:
    """A private folder for one piece of work, removed when it ends."""
    folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-{purpose}-", dir=scratch_root()))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def remove_stale_scratch() -> int:
    """Remove the scratch folders of processes that are gone (killed mid-export); how many."""
    removed = 0
    for folder in scratch_root().iterdir():
        pid = folder.name.split("-", 1)[0]
        if pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed
