"""The word list: words saved for study with their sentence pair, exported for Anki.

Every change is its own transaction, committed before the call returns.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.core.errors import InputError
from reader.core.word_list import SavedWord
from reader.export.anki import anki_csv
from reader.export.atomic import write_atomic
from reader.services.views import Added
from reader.store import repository
from reader.store import words as rows
from reader.store.engine import Store


class Words:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        word: str,
        pinyin: str = "",
        gloss: str = "",
        chinese: str = "",
        english: str = "",
        document_id: int | None = None,
    ) -> Added:
        """Save a word with the sentence pair it was met in; the same word and sentence twice
        is one entry."""
        word = word.strip()
        if not word:
            raise InputError("no word to save")
        fields = (pinyin, gloss, chinese, english)
        value = SavedWord(word, *(field.strip() for field in fields), document_id=document_id)
        with self._store.transaction() as session:
            if document_id is not None and repository.get_document(session, document_id) is None:
                raise InputError(f"no document with id {document_id}")
            saved, new = rows.add(session, value)
        return Added(saved, new)

    def list(self) -> list[SavedWord]:
        """Every saved word, oldest first."""
        with self._store.transaction() as session:
            return rows.all_words(session)

    def delete(self, entry_id: int) -> SavedWord:
        """Remove an entry; the removed word, which `restore` brings back (undo)."""
        with self._store.transaction() as session:
            removed = rows.remove(session, entry_id)
        if removed is None:
            raise InputError(f"no word list entry with id {entry_id}")
        return removed

    def restore(self, word: SavedWord) -> SavedWord:
        """Put a deleted entry back with its id and time (its document, if that still exists)."""
        if word.id is None or word.created_at is None:
            raise InputError("only a word list entry that was stored can be restored")
        with self._store.transaction() as session:
            if rows.exists_id(session, word.id):
                raise InputError(f"word list entry {word.id} exists; it was not deleted")
            gone = word.document_id is not None and not repository.get_document(
                session, word.document_id
            )
            if gone:  # the document was deleted since; the word stays without it
                word = replace(word, document_id=None)
            return rows.add(session, word)[0]

    def anki_csv(self) -> str:
        """The whole list as CSV text that Anki imports (header lines included)."""
        return anki_csv(self.list())

    def export_csv(self, path: Path) -> int:
        """Write the list as an Anki CSV file (UTF-8), whole or not at all; how many words."""
        words = self.list()
        path = Path(path)
        if path.is_dir():
            raise InputError(f"{path}: is a folder; give a file name")
        if not path.parent.is_dir():
            raise InputError(f"{path.parent}: no such folder")
        write_atomic(path, anki_csv(words).encode("utf-8"))
        return len(words)
