"""Migration 0002 (orphan flags, annotation indexes) and the annotation rows."""

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from reader.core.anchors import Anchor
from reader.core.mqm import Annotation
from reader.store import annotations as rows
from reader.store.engine import MIGRATIONS, Store, make_engine
from reader.store.models import Base

# Rows as a 0001 database held them, written in SQL so that no model of today is involved.
SEED_0001 = [
    "INSERT INTO document (id, title, author, origin, created_at)"
    " VALUES (1, 'Old', '', '', '2026-01-01 00:00:00')",
    "INSERT INTO side (id, document_id, role, lang, filename, encoding)"
    " VALUES (1, 1, 'source', 'en', '', 'utf-8'), (2, 1, 'target', 'zh', '', 'utf-8')",
    "INSERT INTO paragraph (id, side_id, position, start, text)"
    " VALUES (1, 1, 0, 0, 'The current order.'), (2, 2, 0, 0, '当前订单。')",
    "INSERT INTO annotation (id, document_id, annotator, category, severity, comment, fix,"
    " status, created_at, modified_at) VALUES (7, 1, 'ann', 'Accuracy/Mistranslation',"
    " 'major', 'old note', '当前秩序', 'open', '2026-01-02 00:00:00', '2026-01-02 00:00:00')",
    'INSERT INTO annotation_span (annotation_id, side_id, start, "end", exact, prefix, suffix)'
    " VALUES (7, 1, 4, 17, 'current order', 'The ', '.'), (7, 2, 0, 4, '当前订单', '', '。')",
]


def _to_revision(url: str, revision: str, downgrade: bool = False) -> None:
    engine = make_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if downgrade else command.upgrade)(config, revision)
    engine.dispose()


def test_upgrade_from_0001_keeps_the_annotations(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _to_revision(url, "0001")
    engine = make_engine(url)
    with engine.begin() as connection:
        for statement in SEED_0001:
            connection.execute(text(statement))
    engine.dispose()

    store = Store(url)  # migrates to the newest revision
    with store.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0009"
        )
    indexes = {
        ix["name"]
        for t in ("annotation", "annotation_span")
        for ix in inspect(store.engine).get_indexes(t)
    }
    assert {"ix_annotation_document_id", "ix_annotation_span_annotation_id"} <= indexes
    with store.transaction() as session:
        old = rows.get(session, 7)
    assert old is not None and old.comment == "old note" and old.fix == "当前秩序"
    assert old.anchors == (
        Anchor("source", 4, 17, "current order", "The ", "."),
        Anchor("target", 0, 4, "当前订单", "", "。"),
    )
    assert not old.orphaned and old.created_at is not None and old.created_at.year == 2026
    store.close()

    _to_revision(url, "0001", downgrade=True)
    engine = make_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM annotation_span")).scalar() == 2
        columns = {c["name"] for c in inspect(connection).get_columns("annotation_span")}
    engine.dispose()
    assert "orphaned" not in columns


def test_the_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'fresh.db'}")
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    store.close()


def test_rows_round_trip_with_filters_and_orphans(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'rows.db'}")
    with store.engine.begin() as connection:
        for statement in SEED_0001[:3]:
            connection.execute(text(statement))
    src = Anchor("source", 4, 17, "current order", "The ", ".")
    with store.transaction() as session:
        kept = rows.add(session, 1, Annotation("Other", "minor", (src,), annotator="a"))
        lost = rows.add(
            session, 1, Annotation("Other", "major", (Anchor("target", 0, 2, "旧", orphaned=True),))
        )
    with store.transaction() as session:
        assert rows.for_document(session, 1, rows.Filter(orphaned=True)) == [lost]
        assert rows.for_document(session, 1, rows.Filter(orphaned=False)) == [kept]
        assert rows.for_document(session, 1, rows.Filter(severities={"minor"})) == [kept]
        assert rows.for_document(session, None) == [kept, lost]
        assert rows.side_text(session, 1).text == "The current order."
        assert rows.remove(session, kept.id or 0) == kept
        assert rows.get(session, kept.id or 0) is None
    store.close()
