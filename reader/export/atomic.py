"""Write a file whole or not at all: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from pathlib import Path

NEW_FILE_MODE = 0o644


def write_atomic(path: Path, data: bytes) -> None:
    """Readers of `path` see the old file or the new one, never a half-written one."""
    remove_stale_parts(path)
    # Same folder, so the final rename never crosses file systems and stays atomic; the
    # writer's process id in the name tells a later writer whether it is still at work.
    prefix = f".{path.name}.{os.getpid()}."
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".part")
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


def remove_stale_parts(path: Path) -> int:
    """Delete the half-written copies of `path` that a killed writer left; how many."""
    removed = 0
    for part in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
        pid = part.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not process_alive(int(pid)):
            with contextlib.suppress(OSError):
                part.unlink()
                removed += 1
    return removed


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, alive
    return True
