"""Write a file whole or not at all: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

NEW_FILE_MODE = 0o644


def write_atomic(path: Path, data: bytes) -> None:
    """Readers of `path` see the old file or the new one, never a half-written one."""
    # Same folder, so the final rename never crosses file systems and stays atomic.
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private; an export is an ordinary document.
        os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else NEW_FILE_MODE)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
