"""Reading and writing documents; every function works inside a caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from reader.core.document import Bead, Mark, PreparedDocument, SideSource, SideText, Span
from reader.store import changes
from reader.store.models import (
    AlignmentBead,
    Document,
    Paragraph,
    ParagraphMark,
    RemovedCorpusKey,
    Sentence,
    Side,
    utcnow,
)

ROLES = ("source", "target")


def add_document(session: Session, prepared: PreparedDocument) -> Document:
    text = prepared.text
    doc = Document(
        corpus_key=prepared.corpus_key,
        title=text.title,
        author=text.metadata.get("author", ""),
        origin=text.metadata.get("origin", ""),
        url=text.metadata.get("url", ""),
    )
    session.add(doc)
    for role, side_text in zip(ROLES, (text.source, text.target), strict=True):
        if side_text is not None:
            source = prepared.sources.get(role, SideSource())
            _add_side(session, doc, role, side_text, prepared.sentences[role], source)
    session.flush()
    _add_beads(session, doc.id, prepared)
    session.expire(doc, ["beads"])
    return doc


def _add_side(
    session: Session,
    doc: Document,
    role: str,
    side_text: SideText,
    sentences: Sequence[Sequence[Span]],
    source: SideSource,
) -> None:
    side = Side(
        document=doc,
        role=role,
        lang=side_text.lang,
        filename=source.filename,
        encoding=source.encoding,
    )
    session.add(side)
    session.flush()
    _add_paragraphs(session, side, side_text, sentences)


def _add_paragraphs(
    session: Session, side: Side, side_text: SideText, sentences: Sequence[Sequence[Span]]
) -> None:
    """Bulk inserts, not ORM objects: a book has tens of thousands of rows, which the unit of
    work would write one by one."""
    starts = side_text.paragraph_starts()
    rows = [
        {"side_id": side.id, "position": index, "start": start, "text": text}
        for index, (text, start) in enumerate(zip(side_text.paragraphs, starts, strict=True))
    ]
    if not rows:
        return
    ids = session.scalars(
        insert(Paragraph).returning(Paragraph.id, sort_by_parameter_order=True), rows
    ).all()
    spans = [
        {"side_id": side.id, "paragraph_id": ids[index], "start": span.start, "end": span.end}
        for index in range(len(rows))
        for span in sentences[index]
    ]
    for position, row in enumerate(spans):
        row["position"] = position
    if spans:
        session.execute(insert(Sentence), spans)
    marks = [
        {"paragraph_id": ids[index], "start": m.start, "end": m.end, "kind": m.kind,
         "value": m.value}
        for index, paragraph_marks in enumerate(side_text.marks)
        for m in paragraph_marks
    ]  # fmt: skip
    if marks:
        session.execute(insert(ParagraphMark), marks)
    session.expire(side, ["paragraphs", "sentences"])


def replace_text(session: Session, doc_id: int, prepared: PreparedDocument) -> None:
    """A re-import: new paragraphs, sentences and beads under the same sides.

    The sides stay, so the annotation spans that point at them stay too (to be re-anchored).
    """
    doc = session.get(Document, doc_id)
    if doc is None:
        raise LookupError(f"no document with id {doc_id}")
    sides = {side.role: side for side in doc.sides}
    texts = (prepared.text.source, prepared.text.target)
    for role, side_text in zip(ROLES, texts, strict=True):
        if side_text is None:
            continue
        side = sides.get(role) or Side(document=doc, role=role)
        side.lang = side_text.lang
        source = prepared.sources.get(role, SideSource())
        side.filename, side.encoding = source.filename, source.encoding
        session.add(side)
        session.flush()
        session.execute(delete(Sentence).where(Sentence.side_id == side.id))
        held = select(Paragraph.id).where(Paragraph.side_id == side.id)
        session.execute(delete(ParagraphMark).where(ParagraphMark.paragraph_id.in_(held)))
        session.execute(delete(Paragraph).where(Paragraph.side_id == side.id))
        session.expire(side, ["paragraphs", "sentences"])
        _add_paragraphs(session, side, side_text, prepared.sentences[role])
    session.execute(delete(AlignmentBead).where(AlignmentBead.document_id == doc_id))
    _add_beads(session, doc_id, prepared)
    session.expire(doc, ["beads"])
    changes.touch(session, doc_id, alignment=True)
    session.flush()


def _add_beads(session: Session, doc_id: int, prepared: PreparedDocument) -> None:
    rows = [
        *_bead_rows(doc_id, "paragraph", prepared.paragraph_beads),
        *_bead_rows(doc_id, "sentence", prepared.sentence_beads),
    ]
    if rows:
        session.execute(insert(AlignmentBead), rows)


def _bead_rows(doc_id: int, unit: str, beads: Iterable[Bead]) -> list[dict[str, object]]:
    rows, next_src, next_tgt = [], 0, 0
    for position, bead in enumerate(beads):
        # An empty run is stored as [n, n) at the point where it sits, so order survives.
        src = (bead.src[0], bead.src[-1] + 1) if bead.src else (next_src, next_src)
        tgt = (bead.tgt[0], bead.tgt[-1] + 1) if bead.tgt else (next_tgt, next_tgt)
        next_src, next_tgt = src[1], tgt[1]
        rows.append(
            {
                "document_id": doc_id,
                "unit": unit,
                "position": position,
                "src_start": src[0],
                "src_end": src[1],
                "tgt_start": tgt[0],
                "tgt_end": tgt[1],
                "confidence": bead.confidence,
                "status": bead.status,
            }
        )
    return rows


def document_rows(session: Session) -> list[tuple[Document, dict[str, tuple[str, int]]]]:
    """Every document with, per role, its language and paragraph count."""
    counts = (
        select(Side.document_id, Side.role, Side.lang, func.count(Paragraph.id))
        .join(Paragraph, Paragraph.side_id == Side.id, isouter=True)
        .group_by(Side.id)
    )
    sides: dict[int, dict[str, tuple[str, int]]] = {}
    for doc_id, role, lang, count in session.execute(counts):
        sides.setdefault(doc_id, {})[role] = (lang, count)
    documents = session.scalars(
        select(Document)
        .where(Document.removed_at.is_(None))
        .order_by(Document.position.is_(None), Document.position, Document.id)
    )
    return [(doc, sides.get(doc.id, {})) for doc in documents]


def get_document(session: Session, doc_id: int) -> Document | None:
    return session.get(
        Document,
        doc_id,
        options=[selectinload(Document.sides).selectinload(Side.paragraphs)],
    )


def sentence_spans(session: Session, side_id: int) -> dict[int, list[Span]]:
    """Sentence spans of a side, keyed by paragraph id, in order."""
    rows = session.connection().execute(
        select(Sentence.paragraph_id, Sentence.start, Sentence.end)
        .where(Sentence.side_id == side_id)
        .order_by(Sentence.position)
    )
    spans: dict[int, list[Span]] = {}
    for paragraph_id, start, end in rows:
        spans.setdefault(paragraph_id, []).append(Span(start, end))
    return spans


def beads(session: Session, doc_id: int, unit: str) -> list[Bead]:
    # Core rows, not ORM objects: a long book has tens of thousands of beads, and building
    # an ORM instance for each took most of the time to open it.
    b = AlignmentBead
    rows = session.connection().execute(
        select(b.src_start, b.src_end, b.tgt_start, b.tgt_end, b.confidence, b.status)
        .where(b.document_id == doc_id, b.unit == unit)
        .order_by(b.position)
    )
    return [
        Bead(tuple(range(s0, s1)), tuple(range(t0, t1)), confidence, status)
        for s0, s1, t0, t1, confidence, status in rows
    ]


def paragraph_marks(session: Session, side_id: int) -> dict[int, list[Mark]]:
    """The marks of a side's paragraphs, keyed by paragraph id, in text order."""
    m = ParagraphMark
    rows = session.connection().execute(
        select(m.paragraph_id, m.start, m.end, m.kind, m.value)
        .join(Paragraph, Paragraph.id == m.paragraph_id)
        .where(Paragraph.side_id == side_id)
        .order_by(m.paragraph_id, m.start, m.end, m.id)
    )
    marks: dict[int, list[Mark]] = {}
    for paragraph_id, start, end, kind, value in rows:
        marks.setdefault(paragraph_id, []).append(Mark(start, end, kind, value))
    return marks


def paragraph_texts(session: Session, side_id: int) -> list[tuple[int, str]]:
    """(paragraph id, text) of a side, in order, as Core rows for the same reason as beads."""
    rows = session.connection().execute(
        select(Paragraph.id, Paragraph.text)
        .where(Paragraph.side_id == side_id)
        .order_by(Paragraph.position)
    )
    return [(paragraph_id, text) for paragraph_id, text in rows]


def claim_alignment(session: Session, doc_id: int, expected: int) -> bool:
    """Take the next version of a document's alignment about to change, if it is still at
    `expected` (the first write of the transaction); False if it has moved on."""
    moved = session.execute(
        update(Document)
        .where(Document.id == doc_id, Document.alignment_version == expected)
        .values(alignment_version=Document.alignment_version + 1, revision=Document.revision + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if moved:
        changes.notify(session, doc_id)
    return bool(moved)


def replace_beads(session: Session, doc_id: int, unit: str, new_beads: Iterable[Bead]) -> None:
    """A document's beads of one unit ("paragraph" or "sentence") replaced by new_beads."""
    doc = session.get(Document, doc_id)
    if doc is None:
        raise LookupError(f"no document with id {doc_id}")
    session.execute(
        delete(AlignmentBead).where(AlignmentBead.document_id == doc_id, AlignmentBead.unit == unit)
    )
    rows = _bead_rows(doc_id, unit, new_beads)
    if rows:
        session.execute(insert(AlignmentBead), rows)
    session.expire(doc, ["beads"])


def corpus_keys(session: Session) -> set[str]:
    """The bundled documents the library holds, or held until the reader deleted them."""
    keys = session.scalars(select(Document.corpus_key).where(Document.corpus_key.is_not(None)))
    return set(keys) | set(session.scalars(select(RemovedCorpusKey.corpus_key)))


def documents_with_text(
    session: Session, title: str, sides: dict[str, tuple[str, ...]]
) -> list[int]:
    """The shown documents with this title whose sides hold exactly these paragraphs."""
    candidates = session.scalars(
        select(Document.id).where(Document.title == title, Document.removed_at.is_(None))
    )
    found = []
    for doc_id in candidates:
        held = {
            side.role: tuple(text for _, text in paragraph_texts(session, side.id))
            for side in session.scalars(select(Side).where(Side.document_id == doc_id))
        }
        if held == sides:
            found.append(doc_id)
    return found


def set_removed(session: Session, doc_id: int, removed: bool) -> Document | None:
    """Hide the document from the library (undoably), or bring it back."""
    doc = session.get(Document, doc_id)
    if doc is not None:
        doc.removed_at = utcnow() if removed else None
    return doc


def purge_removed(session: Session) -> int:
    """Delete the removed documents for good (their annotations, terms and the rest go by
    cascade); a bundled one is remembered, so that seeding leaves it out. How many."""
    removed = list(session.scalars(select(Document).where(Document.removed_at.is_not(None))))
    for doc in removed:
        if doc.corpus_key is not None:
            session.merge(RemovedCorpusKey(corpus_key=doc.corpus_key))
        session.delete(doc)
    session.flush()
    return len(removed)


def set_order(session: Session, doc_ids: list[int]) -> None:
    """Put the documents in this order; those not named follow them."""
    for position, doc_id in enumerate(doc_ids):
        doc = session.get(Document, doc_id)
        if doc is not None:
            doc.position = position


def document_by_key(session: Session, key: str) -> Document | None:
    return session.scalars(select(Document).where(Document.corpus_key == key)).first()
