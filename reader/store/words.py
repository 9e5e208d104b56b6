"""Reading and writing the word list; every function works inside a caller's transaction.

Entries go in and out as core.word_list.SavedWord values, so no ORM object leaves the store.
"""

from __future__ import annotations

from datetime import UTC

from sqlalchemy import select
from sqlalchemy.orm import Session

from reader.core.word_list import SavedWord
from reader.store.models import Document, WordListEntry


def add(session: Session, word: SavedWord) -> tuple[SavedWord, bool]:
    """Insert the word, or find the entry with the same word and sentence; True if inserted.

    A word that carries an id and a time (an undone delete) gets them back."""
    existing = session.scalars(
        select(WordListEntry).where(
            WordListEntry.word == word.word, WordListEntry.chinese == word.chinese
        )
    ).first()
    if existing is not None:
        return _value(session, existing), False
    row = WordListEntry(
        word=word.word,
        pinyin=word.pinyin,
        gloss=word.gloss,
        chinese=word.chinese,
        english=word.english,
        document_id=word.document_id,
    )
    if word.id is not None and word.created_at is not None:
        row.id, row.created_at = word.id, word.created_at
    session.add(row)
    session.flush()
    return _value(session, row), True


def all_words(session: Session) -> list[SavedWord]:
    """Every entry, oldest first, with the title of its document where that still exists."""
    rows = session.execute(
        select(WordListEntry, Document.title)
        .outerjoin(Document, WordListEntry.document_id == Document.id)
        .order_by(WordListEntry.created_at, WordListEntry.id)
    )
    return [_saved(row, title or "") for row, title in rows]


def exists_id(session: Session, entry_id: int) -> bool:
    return session.get(WordListEntry, entry_id) is not None


def remove(session: Session, entry_id: int) -> SavedWord | None:
    """Delete the entry; the removed value, or None if there was no such entry."""
    row = session.get(WordListEntry, entry_id)
    if row is None:
        return None
    value = _value(session, row)
    session.delete(row)
    session.flush()
    return value


def _value(session: Session, row: WordListEntry) -> SavedWord:
    document = session.get(Document, row.document_id) if row.document_id is not None else None
    return _saved(row, document.title if document else "")


def _saved(row: WordListEntry, title: str) -> SavedWord:
    return SavedWord(
        word=row.word,
        pinyin=row.pinyin,
        gloss=row.gloss,
        chinese=row.chinese,
        english=row.english,
        document_id=row.document_id,
        document_title=title,
        id=row.id,
        # SQLite hands back naive datetimes; they were written in UTC.
        created_at=row.created_at.replace(tzinfo=row.created_at.tzinfo or UTC),
    )
