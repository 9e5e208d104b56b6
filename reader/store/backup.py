"""Backups of a SQLite library: consistent copies made with SQLite's backup API (safe while
the library is open), kept in a folder beside the database file, the newest few kept.

A copy is made before every migration and once a day of use; `reader backup` makes one at
will and `reader restore` puts one back (after backing up what it replaces).
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

KEEP = 10  # the newest copies kept; older ones are deleted
DAILY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S-%f"


def backup_folder(database: Path) -> Path:
    return database.with_name(f"{database.name}.backups")


def backups(database: Path) -> list[Path]:
    """The copies of this database, newest first."""
    folder = backup_folder(database)
    return sorted(folder.glob(f"{database.stem}-*.db"), reverse=True) if folder.is_dir() else []


def make_backup(database: Path, reason: str = "manual") -> Path:
    """A consistent copy of the database now; the oldest copies beyond KEEP are deleted.
    `reason` (one word, no dash) ends the copy's name: manual, daily, before_migration..."""
    folder = backup_folder(database)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{database.stem}-{stamp}-{reason}.db"
    _copy(database, target)
    for old in backups(database)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def latest_good(database: Path) -> Path | None:
    """The newest copy made while the library was in use (not one a restore set aside)."""
    return next(
        (c for c in backups(database) if not c.stem.endswith(("before_restore", "damaged"))),
        None,
    )


def backup_if_due(database: Path) -> Path | None:
    """Make the day's copy if the newest is older than a day (or there is none)."""
    newest = backups(database)[:1]
    if newest and datetime.now(UTC) - _made(newest[0]) < DAILY:
        return None
    return make_backup(database, "daily")


def restore(database: Path, copy: Path) -> Path:
    """Put a copy back in place of the database; the database as it was is backed up first
    (that backup is returned), so a restore can be undone by restoring it."""
    if not copy.is_file():
        raise FileNotFoundError(copy)
    try:
        before = make_backup(database, "before_restore")
    except sqlite3.DatabaseError:  # too damaged to read through SQLite: keep its bytes
        stamp = datetime.now(UTC).strftime(_STAMP)
        before = backup_folder(database) / f"{database.stem}-{stamp}-damaged.db"
        shutil.copyfile(database, before)
    _copy(copy, database)
    return before


def _copy(source: Path, target: Path) -> None:
    """SQLite's online backup from one file to another. The connections are closed here, not
    left to the collector: an open one keeps the library's write-ahead log from being folded
    back into its file when the library closes."""
    with closing(sqlite3.connect(source)) as reading, closing(sqlite3.connect(target)) as writing:
        reading.backup(writing)


def _made(copy: Path) -> datetime:
    stamp = "-".join(copy.stem.split("-")[-4:-1])
    try:
        return datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp(copy.stat().st_mtime, UTC)
