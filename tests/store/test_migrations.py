"""A database made by each earlier schema migrates forward with every row intact: the rows
are written in SQL as that schema took them, then the store upgrades the file to the newest
schema, keeping a backup of it as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from reader.services.library import Library
from reader.store import backup
from reader.store.engine import HEAD, Store, make_engine
from tests.store.test_annotations_store import SEED_0001, _to_revision

# What each later schema added, in rows: 0003 the word list, 0004 dismissals, 0005 terms,
# 0006 the reader's order of documents.
LATER = {
    "0003": [
        "INSERT INTO word_list_entry (id, word, pinyin, gloss, chinese, english, document_id,"
        " created_at) VALUES (3, '秩序', 'zhì xù', 'order', '当前秩序。', 'The order.', 1,"
        " '2026-01-03 00:00:00')",
    ],
    "0004": [
        'INSERT INTO check_dismissal (id, document_id, "check", side, start, "end", text,'
        " created_at) VALUES (4, 1, 'numbers', 'source', 0, 3, 'The', '2026-01-04 00:00:00')",
    ],
    "0005": [
        "INSERT INTO term (id, document_id, source, key, renderings, forbidden, pos, note,"
        " author, created_at) VALUES (5, NULL, 'current order', 'current order',"
        " '[\"当前秩序\"]', '[\"订单\"]', 'noun', 'n', 'ann', '2026-01-05 00:00:00')",
    ],
    "0006": ["UPDATE document SET position = 0 WHERE id = 1"],
}
REVISIONS = ["0001", "0002", "0003", "0004", "0005", "0006"]


def _seeded(url: str, revision: str) -> None:
    _to_revision(url, revision)
    statements = list(SEED_0001)
    for later, rows in LATER.items():
        if later <= revision:
            statements += rows
    engine = make_engine(url)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


@pytest.mark.parametrize("revision", REVISIONS)
def test_every_row_of_an_older_schema_survives_the_upgrade(tmp_path: Path, revision: str) -> None:
    path = tmp_path / f"made-by-{revision}.db"
    url = f"sqlite:///{path}"
    _seeded(url, revision)
    Store(url).close()  # migrates to the newest schema
    assert backup.backups(path)[0].stem.endswith("before_migration")
    library = Library.open(url, seed=False)
    try:
        assert [d.title for d in library.list_documents()] == ["Old"]
        (annotation,) = library.annotations.for_document(1)
        assert (annotation.comment, annotation.fix) == ("old note", "当前秩序")
        assert [a.exact for a in annotation.anchors] == ["current order", "当前订单"]
        assert not annotation.fix_accepted  # 0007: no fix was accepted before
        if revision >= "0003":
            assert [w.word for w in library.words.list()] == ["秩序"]
        if revision >= "0004":
            assert [d.text for d in library.checks.dismissals(1)] == ["The"]
        if revision >= "0005":
            (term,) = library.terms.list()
            assert (term.renderings, term.forbidden) == (("当前秩序",), ("订单",))
    finally:
        library.close()
    with make_engine(url).connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
