"""Backups: a copy daily and before every migration, the newest few kept; a damaged library
is refused before anything is written to it, and a backup puts it back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.errors import DatabaseError
from reader.services.library import Library, library_backups, restore_library
from reader.store import backup
from reader.store.engine import Store


def test_a_daily_copy_and_one_before_a_migration(tmp_path: Path) -> None:
    database = tmp_path / "lib.db"
    Library.open(f"sqlite:///{database}", seed=False).close()
    daily = backup.backups(database)
    assert [c.stem.split("-")[-1] for c in daily] == ["daily"]
    Library.open(f"sqlite:///{database}", seed=False).close()
    assert backup.backups(database) == daily  # once a day
    with sqlite3.connect(database) as connection:  # as an older version left it
        connection.execute("UPDATE alembic_version SET version_num = '0008'")
        connection.execute("ALTER TABLE annotation DROP COLUMN version")
        connection.execute("ALTER TABLE document DROP COLUMN revision")
        connection.execute("ALTER TABLE document DROP COLUMN alignment_version")
        connection.execute("DROP TABLE counter")
    Store(f"sqlite:///{database}").close()
    assert backup.backups(database)[0].stem.endswith("before_migration")


def test_only_the_newest_copies_are_kept(tmp_path: Path) -> None:
    database = tmp_path / "lib.db"
    sqlite3.connect(database).close()
    for _ in range(backup.KEEP + 3):
        backup.make_backup(database)
    assert len(backup.backups(database)) == backup.KEEP


def test_a_damaged_library_is_refused_and_a_backup_restores_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'lib.db'}"
    library = Library.open(url, seed=False)
    try:
        saved = library.backup()
    finally:
        library.close()
    damaged = tmp_path / "lib.db"
    with sqlite3.connect(damaged) as connection:  # every page in the file, none in the log
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = damaged.stat().st_size
    with open(damaged, "r+b") as file:  # a disk error over every page but the first
        file.seek(4096)
        file.write(b"\xde\xad" * ((size - 4096) // 2))
    with pytest.raises(DatabaseError, match=r"damaged.*reader restore"):
        Library.open(url, seed=False)
    assert saved in library_backups(url)
    restored, kept = restore_library(url)
    assert restored == saved and kept.exists()
    Library.open(url, seed=False).close()  # whole again
