"""reader db copy: a whole library moved between SQLite and PostgreSQL without loss."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from databases import backends

from reader.core.errors import InputError
from reader.services.library import Library, copy_library


def reviewed(url: str) -> None:
    with closing(Library.open(url)) as library:
        notes = library.annotations
        anchor = notes.quote_anchor(1, "target", "当前订单")
        source = notes.quote_anchor(1, "source", "the current order")
        comment = "世界秩序 <not> a purchase"
        notes.flag(1, "Accuracy/Mistranslation", "major", (source, anchor),
                   comment=comment, fix="当前秩序", annotator="Ada")  # fmt: skip
        notes.accept_fix(notes.for_document(1)[0].id)


def other_back_end(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A new database on the other back end: PostgreSQL for SQLite (when a server is named),
    a SQLite file for PostgreSQL."""
    if db_url.startswith("sqlite") and "postgresql" in backends():
        server = request.getfixturevalue("postgres")
        url = server.create()
        request.addfinalizer(lambda: server.drop(url))
        return url
    return f"sqlite:///{tmp_path / 'there.db'}"


def test_a_library_goes_there_and_back_unchanged(
    db_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """From the test's back end into the other one, and back into a new SQLite file."""
    reviewed(db_url)
    there = other_back_end(db_url, tmp_path, request)
    first = copy_library(db_url, there)
    assert first.faithful and dict((t, n) for t, n, _ in first.counts)["annotation"] == 1
    back = f"sqlite:///{tmp_path / 'back.db'}"
    second = copy_library(there, back)
    assert second.faithful and second.source_checksum == first.source_checksum
    with closing(Library.open(back)) as library:
        (annotation,) = library.annotations.for_document(1)
        assert annotation.fix_accepted and annotation.comment == "世界秩序 <not> a purchase"
        assert len(library.list_documents()) == 5
    with closing(Library.open(there)) as library:  # new rows get new ids after the copied ones
        anchor = library.annotations.quote_anchor(1, "target", "订单")
        added = library.annotations.flag(1, "Other", "minor", (anchor,))
        assert added.id == annotation.id + 1


def test_a_copy_goes_only_into_an_empty_library(db_url: str, tmp_path: Path) -> None:
    other = f"sqlite:///{tmp_path / 'other.db'}"
    Library.open(other).close()  # seeded with the corpus
    with pytest.raises(InputError, match="the target library is not empty"):
        copy_library(db_url, other)
    with pytest.raises(InputError, match="no library at"):
        copy_library(f"sqlite:///{tmp_path / 'none.db'}", f"sqlite:///{tmp_path / 'new.db'}")
    assert not (tmp_path / "none.db").exists()
