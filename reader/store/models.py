"""The relational schema: documents, their sides, paragraphs, sentences, beads and annotations.

Offsets are code points. A side's text is its paragraphs joined by a blank line
(core.document.PARAGRAPH_SEPARATOR); `Paragraph.start` is the paragraph's offset in it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints keep Alembic migrations portable between SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Document(Base):
    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The bundled corpus entry this document was seeded from, if any.
    corpus_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    author: Mapped[str] = mapped_column(String(200), default="")
    origin: Mapped[str] = mapped_column(String(500), default="")
    # Its address on the web (migration 0007): exchange formats name its sides by it.
    url: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Where the reader put it in the library's list (migration 0006); None: after the placed
    # ones, by id.
    position: Mapped[int | None]
    # Removed, undoably until the library is next opened, when it is deleted for good.
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Migration 0009: bumped by every change to its annotations or alignment (open windows
    # watch it), and by every change to its alignment alone.
    revision: Mapped[int] = mapped_column(default=0, server_default="0")
    alignment_version: Mapped[int] = mapped_column(default=0, server_default="0")

    sides: Mapped[list[Side]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Side.id"
    )
    beads: Mapped[list[AlignmentBead]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="AlignmentBead.position"
    )
    annotations: Mapped[list[Annotation]] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )


class Side(Base):
    __tablename__ = "side"
    __table_args__ = (UniqueConstraint("document_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(10))  # "source" or "target"
    lang: Mapped[str] = mapped_column(String(10))
    filename: Mapped[str] = mapped_column(String(500), default="")
    encoding: Mapped[str] = mapped_column(String(40), default="utf-8")

    document: Mapped[Document] = relationship(back_populates="sides")
    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="side", cascade="all, delete-orphan", order_by="Paragraph.position"
    )
    sentences: Mapped[list[Sentence]] = relationship(
        back_populates="side", cascade="all, delete-orphan", order_by="Sentence.position"
    )


class Paragraph(Base):
    __tablename__ = "paragraph"
    __table_args__ = (UniqueConstraint("side_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    side_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="CASCADE"))
    position: Mapped[int]
    start: Mapped[int]
    text: Mapped[str] = mapped_column(Text)

    side: Mapped[Side] = relationship(back_populates="paragraphs")


class ParagraphMark(Base):
    """What a paragraph shows beyond its words (core.document.Mark), over [start, end) of it
    (migration 0008): bold, italic, a CAT tool's inline code, a segment's state."""

    __tablename__ = "paragraph_mark"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(
        ForeignKey("paragraph.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int]
    end: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))
    value: Mapped[str] = mapped_column(Text, default="")


class Sentence(Base):
    """A sentence: `position` counts over the whole side; start and end are in the paragraph."""

    __tablename__ = "sentence"
    __table_args__ = (UniqueConstraint("side_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    side_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="CASCADE"))
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id", ondelete="CASCADE"))
    position: Mapped[int]
    start: Mapped[int]
    end: Mapped[int]

    side: Mapped[Side] = relationship(back_populates="sentences")
    paragraph: Mapped[Paragraph] = relationship()


class AlignmentBead(Base):
    """Contiguous runs [start, end) of source and target units (paragraphs or sentences)."""

    __tablename__ = "alignment_bead"
    __table_args__ = (Index("ix_alignment_bead_document_unit", "document_id", "unit", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    unit: Mapped[str] = mapped_column(String(10))  # "paragraph" or "sentence"
    position: Mapped[int]
    src_start: Mapped[int]
    src_end: Mapped[int]
    tgt_start: Mapped[int]
    tgt_end: Mapped[int]
    confidence: Mapped[float] = mapped_column(default=1.0)
    # "auto" from the aligner, "confirmed" or "edited" by a person; re-runs keep the latter two.
    status: Mapped[str] = mapped_column(String(10), default="auto")

    document: Mapped[Document] = relationship(back_populates="beads")


class Annotation(Base):
    """A flagged error (MQM category and severity) with its spans on either side."""

    __tablename__ = "annotation"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    annotator: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(100))
    severity: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    fix: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
    # migration 0007: the reviewer accepted the fix for the revised translation
    fix_accepted: Mapped[bool] = mapped_column(default=False, server_default=false())
    # migration 0009: a new one, from the library's counter, with every change; an edit made
    # on an older one is refused
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    document: Mapped[Document] = relationship(back_populates="annotations")
    spans: Mapped[list[AnnotationSpan]] = relationship(
        back_populates="annotation", cascade="all, delete-orphan"
    )


class AnnotationSpan(Base):
    """Anchored as W3C TextPositionSelector (start, end) plus TextQuoteSelector (exact, affixes)."""

    __tablename__ = "annotation_span"

    id: Mapped[int] = mapped_column(primary_key=True)
    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotation.id", ondelete="CASCADE"), index=True
    )
    side_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="CASCADE"), index=True)
    start: Mapped[int]
    end: Mapped[int]
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    # Set when a re-import changed the text and the quote was not found again (migration 0002).
    orphaned: Mapped[bool] = mapped_column(default=False, server_default=false())

    annotation: Mapped[Annotation] = relationship(back_populates="spans")


class WordListEntry(Base):
    """A word saved for study with the sentence pair it was met in (migration 0003)."""

    __tablename__ = "word_list_entry"
    # One entry per word and sentence; the same word met in another sentence is a new entry.
    __table_args__ = (UniqueConstraint("word", "chinese", name="uq_word_list_entry_word_chinese"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(String(100))
    pinyin: Mapped[str] = mapped_column(String(500), default="")
    gloss: Mapped[str] = mapped_column(Text, default="")
    chinese: Mapped[str] = mapped_column(Text, default="")
    english: Mapped[str] = mapped_column(Text, default="")
    # The words stay when their document is deleted; only the link goes.
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    document: Mapped[Document | None] = relationship()


class CheckDismissal(Base):
    """A check's finding that a reviewer dismissed, or (no span) a text the check may leave
    alone everywhere in the document: a name kept in Latin on purpose (migration 0004)."""

    __tablename__ = "check_dismissal"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    check: Mapped[str] = mapped_column(String(40))
    side: Mapped[str | None] = mapped_column(String(10))
    # Code points into the side's whole text, as annotation anchors count them.
    start: Mapped[int | None]
    end: Mapped[int | None]
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    document: Mapped[Document] = relationship()


class TermEntry(Base):
    """A term of the term base, the library's (no document) or one document's (migration 0005).

    `key` is the term's words, case-folded and joined by spaces: the one term per key and
    scope that the service keeps."""

    __tablename__ = "term"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text, index=True)
    renderings: Mapped[list[str]] = mapped_column(JSON, default=list)
    forbidden: Mapped[list[str]] = mapped_column(JSON, default=list)
    pos: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RemovedCorpusKey(Base):
    """A bundled document the reader deleted: seeding leaves it out (migration 0006)."""

    __tablename__ = "removed_corpus_key"

    corpus_key: Mapped[str] = mapped_column(String(100), primary_key=True)


class Setting(Base):
    """A setting of the whole library, the same for every front end and every reviewer of a
    shared database (migration 0007): the MQM weights."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=False)


class Counter(Base):
    """A number the library hands out one after another (migration 0009): the versions of
    annotations, never given twice."""

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int]


class OriginalFile(Base):
    """The file a document was imported from, where an export writes back into it (migration
    0007): a CAT tool's XLIFF, which the review is added to byte for byte."""

    __tablename__ = "original_file"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(500))
    data: Mapped[bytes] = mapped_column(LargeBinary)
