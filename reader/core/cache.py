"""Files derived from shipped data and kept in the user's cache, so a command starts fast.

The shipped forms (a compressed archive of weights, a gzipped dictionary) take seconds to
unpack; a derived copy loads in a tenth of that. Each copy is named after its source's size
and modification time, so an upgraded package makes a new copy and the old one is removed.
Nothing here is needed: when the cache cannot be written, callers read the shipped form.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

_STALE_PART = 3600  # seconds after which a half-written copy's writer is taken to be dead


def folder() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("reader")


def derived_path(kind: str, source: Path, suffix: str) -> Path:
    """Where the copy of `source` of this kind lives (it may not exist yet)."""
    stat = source.stat()
    return folder() / f"{kind}-{stat.st_size}-{stat.st_mtime_ns}{suffix}"


def write(path: Path, kind: str, fill: Callable[[BinaryIO], None]) -> bool:
    """Write `path` whole or not at all, after removing other copies of the same kind."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(path, kind)
        handle, part = tempfile.mkstemp(dir=path.parent, prefix=f"{kind}-", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as file:
                fill(file)
            os.replace(part, path)  # another process may be reading the old name meanwhile
        finally:
            Path(part).unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _remove_stale(path: Path, kind: str) -> None:
    """Copies made from another version of the source, and halves whose writer was killed."""
    for old in path.parent.glob(f"{kind}-*{path.suffix}"):
        if old != path:
            old.unlink(missing_ok=True)
    cutoff = time.time() - _STALE_PART
    for part in path.parent.glob(f"{kind}-*.part"):
        if part.stat().st_mtime < cutoff:
            part.unlink(missing_ok=True)
