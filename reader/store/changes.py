"""What tells open windows that a document changed: its revision, one more with every change
to its annotations or alignment (in the changing transaction), and on PostgreSQL a
notification on CHANNEL with the document's id, delivered when that transaction commits."""

from __future__ import annotations

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

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
