import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError

from reader.core.document import Bead, BilingualText, PreparedDocument, SideText, Span
from reader.core.errors import DatabaseError
from reader.store import repository
from reader.store.engine import HEAD, MIGRATIONS, Store, database_faults, resolve_url


def _prepared() -> PreparedDocument:
    text_ = BilingualText(
        "Round trip",
        SideText("en", ("The current order. It holds.", "Dropped.")),
        SideText("zh", ("当前秩序。它成立。",)),
        {"author": "A. N. Author", "origin": "test"},
    )
    sentences = {
        "source": ((Span(0, 18), Span(19, 28)), (Span(0, 8),)),
        "target": ((Span(0, 5), Span(5, 9)),),
    }
    beads = (Bead((0,), (0,), 0.9), Bead((1,), (), 0.7))
    return PreparedDocument(text_, sentences, beads)


def test_migrations_create_the_schema_from_an_empty_database(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'empty.db'}")
    tables = set(inspect(store.engine).get_table_names())
    assert {"document", "side", "paragraph", "sentence", "alignment_bead", "annotation"} <= tables
    assert {"check_dismissal", "term"} <= tables
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0009"
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    store.close()
    # Opening again finds the schema current and changes nothing.
    Store(f"sqlite:///{tmp_path / 'empty.db'}").close()


def test_document_round_trip(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'rt.db'}")
    with store.transaction() as session:
        doc_id = repository.add_document(session, _prepared()).id
    with store.transaction() as session:
        doc = repository.get_document(session, doc_id)
        assert doc is not None and doc.title == "Round trip" and doc.author == "A. N. Author"
        source, target = doc.sides
        assert [p.text for p in source.paragraphs] == ["The current order. It holds.", "Dropped."]
        assert [p.start for p in source.paragraphs] == [0, 30]
        assert target.lang == "zh" and target.paragraphs[0].text == "当前秩序。它成立。"
        spans = repository.sentence_spans(session, source.id)
        assert spans[source.paragraphs[0].id] == [Span(0, 18), Span(19, 28)]
        assert repository.beads(session, doc_id, "paragraph") == [
            Bead((0,), (0,), 0.9),
            Bead((1,), (), 0.7),
        ]
    store.close()


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'atomic.db'}")
    try:
        with store.transaction() as session:
            repository.add_document(session, _prepared())
            raise RuntimeError("crash in the middle of an import")
    except RuntimeError:
        pass
    with store.transaction() as session:
        assert repository.document_rows(session) == []
    store.close()


def test_database_url_precedence(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("READER_DB", "sqlite:///from-env.db")
    assert resolve_url("sqlite:///explicit.db") == "sqlite:///explicit.db"
    assert resolve_url(None) == "sqlite:///from-env.db"
    monkeypatch.delenv("READER_DB")
    default = resolve_url(None)
    assert default.startswith("sqlite:///") and default.endswith("reader/reader.db")
    assert str(tmp_path) in default  # the private XDG_DATA_HOME of the test


def test_the_head_the_store_knows_is_alembics() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD


def test_database_faults_are_one_line_with_no_data() -> None:
    statement = "INSERT INTO annotation (comment, annotator) VALUES (?, ?)"
    locked = OperationalError(
        statement, ("a private comment", "Ada"), sqlite3.OperationalError("database is locked")
    )
    with pytest.raises(DatabaseError) as caught, database_faults():
        raise locked
    message = str(caught.value)
    assert message == "the database is busy: another program is writing to it; try again shortly"
    assert "private" not in message and "INSERT" not in message and "\n" not in message


def test_a_foreign_or_newer_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (x)")
    with pytest.raises(DatabaseError, match="another program's tables"):
        Store(f"sqlite:///{other}")
    with sqlite3.connect(other) as connection:
        assert [r[0] for r in connection.execute("SELECT name FROM sqlite_master")] == ["notes"]
    ours = tmp_path / "ours.db"
    Store(f"sqlite:///{ours}").close()
    with sqlite3.connect(ours) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(DatabaseError, match=r"newer version of reader \(schema 0099"):
        Store(f"sqlite:///{ours}")


def test_a_schema_that_does_not_match_its_revision_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "edited.db"
    Store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE term")
    with pytest.raises(DatabaseError, match=r"lacks tables its schema 0009 has \(term\)"):
        Store(f"sqlite:///{path}")
