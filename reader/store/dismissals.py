"""Reading and writing check dismissals; every function works inside a caller's transaction.

Dismissals go in and out as core.checks.Dismissal values, so no ORM object leaves the store.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from reader.core.checks import Dismissal
from reader.store.models import CheckDismissal


def add(session: Session, document_id: int, dismissal: Dismissal) -> Dismissal:
    """Store the dismissal; one that carries an id (an undone removal) gets it back."""
    row = CheckDismissal(
        document_id=document_id,
        check=dismissal.check,
        side=dismissal.side,
        start=dismissal.start,
        end=dismissal.end,
        text=dismissal.text,
    )
    if dismissal.id is not None:
        row.id = dismissal.id
    session.add(row)
    session.flush()
    return _value(row)


def for_document(session: Session, document_id: int) -> list[Dismissal]:
    rows = session.scalars(
        select(CheckDismissal)
        .where(CheckDismissal.document_id == document_id)
        .order_by(CheckDismissal.id)
    )
    return [_value(row) for row in rows]


def remove(session: Session, document_id: int, dismissal_id: int) -> Dismissal | None:
    row = session.get(CheckDismissal, dismissal_id)
    if row is None or row.document_id != document_id:
        return None
    value = _value(row)
    session.delete(row)
    return value


def _value(row: CheckDismissal) -> Dismissal:
    return Dismissal(row.check, row.side, row.start, row.end, row.text, row.id)  # type: ignore[arg-type]
