"""What tells a window that another reviewer changed the library, on each back end."""

from __future__ import annotations

from contextlib import closing

from reader.services.library import Library, change_watch


def test_a_change_is_heard_and_the_documents_revision_moves(db_url: str) -> None:
    watch = change_watch(db_url)
    try:
        assert watch.changes(0.05) == set()  # nothing yet
        with closing(Library.open(db_url)) as library:
            before = library.revision(1)
            anchor = library.annotations.quote_anchor(1, "target", "当前订单")
            library.annotations.flag(1, "Other", "minor", (anchor,), annotator="Ben")
            after = library.revision(1)
            library.alignment.merge(1, "paragraph", 0)
            merged = library.revision(1)
        heard = watch.changes(1.0)
        # PostgreSQL names the document; SQLite only knows that something changed
        assert heard == ({1} if db_url.startswith("postgresql") else None)
        assert before is not None and after is not None and merged is not None
        assert after[0] > before[0] and after[1] == before[1]  # annotations only
        assert merged[0] > after[0] and merged[1] == after[1] + 1  # and the alignment
        assert watch.changes(0.05) == set()  # heard once
    finally:
        watch.close()
