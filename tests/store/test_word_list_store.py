"""Migration 0003 (the word list) and its rows."""

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import delete, inspect, text

from reader.core.errors import DatabaseError
from reader.core.word_list import SavedWord
from reader.store import words as rows
from reader.store.engine import MIGRATIONS, Store, make_engine
from reader.store.models import Document

OLD_DOCUMENT = (
    "INSERT INTO document (id, title, author, origin, created_at)"
    " VALUES (1, 'Old', '', '', '2026-01-01 00:00:00')"
)
ORDER = SavedWord("秩序", "zhì xù", "order", "当前秩序在变化。", "The order is changing.", 1)


def _to_revision(url: str, revision: str, downgrade: bool = False) -> None:
    engine = make_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if downgrade else command.upgrade)(config, revision)
    engine.dispose()


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    names = set(inspect(engine).get_table_names())
    engine.dispose()
    return names


def test_upgrade_from_0002_adds_the_word_list_and_downgrade_removes_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _to_revision(url, "0002")
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text(OLD_DOCUMENT))
    engine.dispose()
    assert "word_list_entry" not in _tables(url)

    store = Store(url)  # migrates to the newest revision
    with store.transaction() as session:
        saved, new = rows.add(session, ORDER)
    assert new and saved.document_title == "Old" and saved.created_at is not None
    store.close()

    _to_revision(url, "0002", downgrade=True)
    assert "word_list_entry" not in _tables(url) and "document" in _tables(url)


def test_one_row_per_word_and_sentence(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'rows.db'}")
    with store.engine.begin() as connection:
        connection.execute(text(OLD_DOCUMENT))
    with store.transaction() as session:
        first, new = rows.add(session, ORDER)
        again, again_new = rows.add(session, ORDER)
        other, other_new = rows.add(session, SavedWord("秩序", "zhì xù", "order", "秩序井然。", ""))
    assert (new, again_new, other_new) == (True, False, True)
    assert again == first and other.id != first.id
    # The schema says so too; the store words its refusal for the user.
    with pytest.raises(DatabaseError, match="IntegrityError"), store.transaction() as session:
        session.execute(
            text(
                "INSERT INTO word_list_entry (word, pinyin, gloss, chinese, english, created_at)"
                " VALUES ('秩序', '', '', '当前秩序在变化。', '', '2026-01-01 00:00:00')"
            )
        )
    store.close()


def test_the_words_stay_when_their_document_goes(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'rows.db'}")
    with store.engine.begin() as connection:
        connection.execute(text(OLD_DOCUMENT))
    with store.transaction() as session:
        saved, _ = rows.add(session, ORDER)
    with store.transaction() as session:
        session.execute(delete(Document))
    with store.transaction() as session:
        (kept,) = rows.all_words(session)
        assert (kept.word, kept.document_id, kept.document_title) == ("秩序", None, "")
        assert rows.remove(session, saved.id or 0) == kept
        assert rows.remove(session, saved.id or 0) is None
        assert rows.all_words(session) == []
    store.close()
