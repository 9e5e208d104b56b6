"""What tells open windows that a document changed: its revision, one more with every change
to its annotations or alignment (in the changing transaction), and on PostgreSQL a
notification on CHANNEL with the document's id, delivered when that transaction commits."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from reader.store.engine import sqlite_file
from reader.store.models import Document

CHANNEL = "reader_changes"


def touch(session: Session, doc_id: int, *, alignment: bool = False) -> None:
    values = {"revision": Document.revision + 1}
    if alignment:
        values["alignment_version"] = Document.alignment_version + 1
    session.execute(
        update(Document)
        .where(Document.id == doc_id)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    notify(session, doc_id)


def notify(session: Session, doc_id: int) -> None:
    """On PostgreSQL, tell the listening windows at the commit (NOTIFY is transactional)."""
    if session.get_bind().dialect.name == "postgresql":
        notice = {"channel": CHANNEL, "doc": str(doc_id)}
        session.execute(text("SELECT pg_notify(:channel, :doc)"), notice)


def revision(session: Session, doc_id: int) -> tuple[int, int] | None:
    """The document's revision and alignment version; None if it is gone."""
    found = session.execute(
        select(Document.revision, Document.alignment_version).where(Document.id == doc_id)
    ).first()
    return (found[0], found[1]) if found is not None else None


class ChangeWatch:
    """Hears that other connections committed to the database: on PostgreSQL the
    notifications of the documents they changed, on SQLite the file's data version (which
    says that something changed, not what). Make it, use it and close it on one thread."""

    def __init__(self, url: str) -> None:
        self._sqlite: sqlite3.Connection | None = None
        self._postgres: Any = None
        self._version: int | None = None
        path = sqlite_file(url)
        if path is not None:
            self._sqlite = sqlite3.connect(path)
            self._version = self._data_version()
        elif make_url(url).get_backend_name() == "postgresql":
            import psycopg

            conninfo = make_url(url).set(drivername="postgresql")
            self._postgres = psycopg.connect(
                conninfo.render_as_string(hide_password=False), autocommit=True
            )
            self._postgres.execute(f"LISTEN {CHANNEL}")

    def changes(self, timeout: float) -> set[int] | None:
        """Waiting at most `timeout` seconds: the documents changed since the last call (an
        empty set: none), or None when something changed but the database cannot say what."""
        if self._postgres is not None:
            heard = self._postgres.notifies(timeout=timeout, stop_after=1)
            return {int(n.payload) for n in heard}
        if self._sqlite is None:
            return set()
        time.sleep(timeout)
        version = self._data_version()
        changed, self._version = version != self._version, version
        return None if changed else set()

    def _data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        for connection in (self._sqlite, self._postgres):
            if connection is not None:
                connection.close()
