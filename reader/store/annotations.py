"""Reading and writing annotations; every function works inside a caller's transaction.

Rows go in and out as core.mqm.Annotation values, so no ORM object leaves the store.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Row, Select, delete, exists, select, update
from sqlalchemy.orm import Session

from reader.core import mqm
from reader.core.anchors import Anchor
from reader.core.document import SideText
from reader.core.errors import Conflict
from reader.store import changes
from reader.store.models import Annotation, AnnotationSpan, Counter, Paragraph, Side, utcnow


@dataclass(frozen=True)
class Filter:
    """Keep annotations whose field is one of the given values; an empty set keeps all."""

    categories: Collection[str] = ()
    severities: Collection[str] = ()
    annotators: Collection[str] = ()
    statuses: Collection[str] = ()
    orphaned: bool | None = None


def side_ids(session: Session, doc_id: int) -> dict[str, int]:
    """The document's side ids by role ("source", "target")."""
    rows = session.execute(select(Side.role, Side.id).where(Side.document_id == doc_id))
    return {role: side_id for role, side_id in rows}


def side_text(session: Session, side_id: int) -> SideText:
    """A side's paragraphs; `.text` is the full text that annotation offsets count in."""
    lang = session.scalars(select(Side.lang).where(Side.id == side_id)).one()
    texts = session.scalars(
        select(Paragraph.text).where(Paragraph.side_id == side_id).order_by(Paragraph.position)
    )
    return SideText(lang, tuple(texts))


def add(session: Session, doc_id: int, annotation: mqm.Annotation) -> mqm.Annotation:
    """Insert; an annotation that carries an id (an undone delete) gets that id back, and a
    version past the one it had."""
    version = _next_version(session)  # locks as every change does: the counter first
    changes.touch(session, doc_id)
    sides = side_ids(session, doc_id)
    row = Annotation(document_id=doc_id, version=version, **_fields(annotation))
    for name in ("id", "created_at", "modified_at"):
        if getattr(annotation, name) is not None:
            setattr(row, name, getattr(annotation, name))
    row.spans = [_span_row(a, sides) for a in annotation.anchors]
    session.add(row)
    session.flush()
    return _value(row, {a.side: a for a in annotation.anchors})


def claim(session: Session, ann_id: int, expected: int | None) -> bool:
    """Take the next version of an annotation about to change, if it is still at `expected`
    (whatever it is, with None). Every change locks in one order, the library's counter, the
    annotation, its document, so that two never wait on each other. False if there is no
    such annotation; Conflict if someone changed or deleted it since `expected`."""
    statement = (
        update(Annotation)
        .where(Annotation.id == ann_id)
        .values(version=_next_version(session), modified_at=utcnow())
        .returning(Annotation.document_id)
        .execution_options(synchronize_session=False)
    )
    if expected is not None:
        statement = statement.where(Annotation.version == expected)
    doc_id = session.execute(statement).scalar()
    if doc_id is None:
        if expected is not None:
            raise Conflict(f"annotation {ann_id}", get(session, ann_id))
        return False
    changes.touch(session, doc_id)
    return True


def replace(
    session: Session, annotation: mqm.Annotation, expected: int | None = None
) -> mqm.Annotation | None:
    """Overwrite every field and span of a stored annotation; None if it does not exist."""
    assert annotation.id is not None
    if not claim(session, annotation.id, expected):
        return None
    row = session.get(Annotation, annotation.id, populate_existing=True)
    assert row is not None
    for name, value in _fields(annotation).items():
        setattr(row, name, value)
    sides = side_ids(session, row.document_id)
    row.spans = [_span_row(a, sides) for a in annotation.anchors]
    session.flush()
    return _value(row, {a.side: a for a in annotation.anchors})


def set_status(
    session: Session, ann_id: int, status: str, expected: int | None = None
) -> mqm.Annotation | None:
    if not claim(session, ann_id, expected):
        return None
    session.execute(update(Annotation).where(Annotation.id == ann_id).values(status=status))
    return get(session, ann_id)


def remove(session: Session, ann_id: int, expected: int | None = None) -> mqm.Annotation | None:
    """Delete and return what was deleted, so that it can be restored; None if there was no
    such annotation; Conflict if someone changed it since `expected`."""
    found = get(session, ann_id)  # as it was before this change
    if not claim(session, ann_id, expected):
        return None
    # Its spans go with it (ON DELETE CASCADE)
    session.execute(delete(Annotation).where(Annotation.id == ann_id))
    return found


def _next_version(session: Session) -> int:
    """The library's next annotation version: one counter for all, so that an annotation
    never has a version another had, even one whose id SQLite gives out again."""
    return int(
        session.execute(
            update(Counter)
            .where(Counter.name == VERSIONS)
            .values(value=Counter.value + 1)
            .returning(Counter.value)
        ).scalar_one()
    )


VERSIONS = "annotation_version"


def hold_versions(session: Session) -> None:
    """Lock the counter of versions before a change that touches a document first (a
    re-import): every change locks the counter, then annotations, then the document."""
    _next_version(session)


def exists_id(session: Session, ann_id: int) -> bool:
    return session.get(Annotation, ann_id) is not None


def get(session: Session, ann_id: int) -> mqm.Annotation | None:
    found = _load(session, select(Annotation.id).where(Annotation.id == ann_id))
    return found[0] if found else None


def for_document(
    session: Session, doc_id: int | None, which: Filter | None = None
) -> list[mqm.Annotation]:
    """A document's annotations (every document's with None) in id order, filtered."""
    ids = select(Annotation.id)
    if doc_id is not None:
        ids = ids.where(Annotation.document_id == doc_id)
    return _load(session, _filtered(ids, which or Filter()))


def update_anchor(session: Session, ann_id: int, new: Anchor) -> None:
    """Move one span (a re-anchored quote, or an orphan)."""
    claim(session, ann_id, None)
    span = session.scalars(
        select(AnnotationSpan)
        .join(Side, Side.id == AnnotationSpan.side_id)
        .where(AnnotationSpan.annotation_id == ann_id, Side.role == new.side)
    ).one()
    span.start, span.end, span.exact = new.start, new.end, new.exact
    span.prefix, span.suffix, span.orphaned = new.prefix, new.suffix, new.orphaned


def _filtered(ids: Select, which: Filter) -> Select:
    for column, values in (
        (Annotation.category, which.categories),
        (Annotation.severity, which.severities),
        (Annotation.annotator, which.annotators),
        (Annotation.status, which.statuses),
    ):
        if values:
            ids = ids.where(column.in_(list(values)))
    if which.orphaned is not None:
        has_orphan = exists().where(
            AnnotationSpan.annotation_id == Annotation.id, AnnotationSpan.orphaned.is_(True)
        )
        ids = ids.where(has_orphan if which.orphaned else ~has_orphan)
    return ids


def _load(session: Session, ids: Select) -> list[mqm.Annotation]:
    """One flat query rather than ORM objects, so that a 10,000-annotation document opens
    fast; one, not two, so that it reads the annotations and their spans as of one moment
    even while other reviewers change them (PostgreSQL reads each statement afresh)."""
    span = (
        AnnotationSpan.start,
        AnnotationSpan.end,
        AnnotationSpan.exact,
        AnnotationSpan.prefix,
        AnnotationSpan.suffix,
        AnnotationSpan.orphaned,
    )
    rows = session.execute(
        select(*(getattr(Annotation, name) for name in _COLUMNS), Side.role, *span)
        .join(AnnotationSpan, AnnotationSpan.annotation_id == Annotation.id)
        .join(Side, Side.id == AnnotationSpan.side_id)
        .where(Annotation.id.in_(ids.scalar_subquery()))
        .order_by(Annotation.id)
    )
    found: dict[int, tuple[Row, dict[str, Anchor]]] = {}
    for row in rows:
        role = row.role
        anchors = found.setdefault(row.id, (row, {}))[1]
        anchors[role] = Anchor(role, *row[len(_COLUMNS) + 1 :])
    return [_value(row, anchors) for row, anchors in found.values()]


_FIELDS = ("category", "severity", "comment", "fix", "annotator", "status", "fix_accepted")
_COLUMNS = ("id", "document_id", "created_at", "modified_at", "version", *_FIELDS)


def _fields(annotation: object) -> dict[str, object]:
    return {name: getattr(annotation, name) for name in _FIELDS}


def _span_row(anchor: Anchor, sides: dict[str, int]) -> AnnotationSpan:
    return AnnotationSpan(
        side_id=sides[anchor.side],
        start=anchor.start,
        end=anchor.end,
        exact=anchor.exact,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        orphaned=anchor.orphaned,
    )


def _value(row: Annotation | Row, anchors: dict[str, Anchor]) -> mqm.Annotation:
    """A row object or a result row with the same names, as a domain value."""
    return mqm.Annotation(
        id=row.id,
        document_id=row.document_id,
        anchors=_ordered(anchors.values()),
        created_at=_utc(row.created_at),
        modified_at=_utc(row.modified_at),
        version=row.version,
        **_fields(row),
    )


def _ordered(anchors: Iterable[Anchor]) -> tuple[Anchor, ...]:
    return tuple(sorted(anchors, key=lambda a: a.side != "source"))


def _utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
