"""Reading and writing the term base; every function works inside a caller's transaction.

Terms go in and out as core.terms.Term values, so no ORM object leaves the store.
"""

from __future__ import annotations

from datetime import UTC

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from reader.core.terms import Term
from reader.store.models import Document, TermEntry


def add(session: Session, term: Term) -> Term:
    """Store the term; one that carries an id and a time (an undone delete) gets them back."""
    row = TermEntry(document_id=term.document_id)
    if term.id is not None:
        row.id = term.id
    if term.created_at is not None:
        row.created_at = term.created_at
    _fill(row, term)
    session.add(row)
    session.flush()
    return _value(row)


def update(session: Session, term: Term) -> Term | None:
    """Replace the stored fields of the term with this id; the term as it was, or None."""
    row = session.get(TermEntry, term.id)
    if row is None:
        return None
    before = _value(row)
    _fill(row, term)
    row.document_id = term.document_id
    session.flush()
    return before


def remove(session: Session, term_id: int) -> Term | None:
    row = session.get(TermEntry, term_id)
    if row is None:
        return None
    value = _value(row)
    session.delete(row)
    session.flush()
    return value


def in_scope(session: Session, document_id: int | None) -> list[Term]:
    """The library's terms, and with a document its own ones too; in the order they came."""
    scope = TermEntry.document_id.is_(None)
    if document_id is not None:
        scope = or_(scope, TermEntry.document_id == document_id)
    rows = session.scalars(select(TermEntry).where(scope).order_by(TermEntry.id))
    return [_value(row) for row in rows]


def same_key(session: Session, term: Term) -> Term | None:
    """Another stored term matched by the same words in the same scope (the library's, or the
    same document's), if there is one."""
    scope = (
        TermEntry.document_id.is_(None)
        if term.document_id is None
        else TermEntry.document_id == term.document_id
    )
    query = select(TermEntry).where(TermEntry.key == " ".join(term.key), scope)
    if term.id is not None:
        query = query.where(TermEntry.id != term.id)
    row = session.scalars(query).first()
    return _value(row) if row is not None else None


def scope_exists(session: Session, document_id: int | None) -> bool:
    """Whether the scope is there: the library always is, a document while it is stored."""
    return document_id is None or session.get(Document, document_id) is not None


def _fill(row: TermEntry, term: Term) -> None:
    row.source = term.source
    row.key = " ".join(term.key)
    row.renderings = list(term.renderings)
    row.forbidden = list(term.forbidden)
    row.pos, row.note, row.author = term.pos, term.note, term.author


def _value(row: TermEntry) -> Term:
    return Term(
        source=row.source,
        renderings=tuple(row.renderings),
        forbidden=tuple(row.forbidden),
        pos=row.pos,
        note=row.note,
        author=row.author,
        # SQLite hands back naive datetimes; they were written in UTC.
        created_at=row.created_at.replace(tzinfo=row.created_at.tzinfo or UTC),
        document_id=row.document_id,
        id=row.id,
    )
