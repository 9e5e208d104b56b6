"""The term base through the service: stored terms, enforced by the checks, exchanged."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from annotation_docs import BEADS, ENGLISH, add_documents, prepared

from reader.core.errors import InputError
from reader.core.terms import Term
from reader.services.library import Library


@pytest.fixture
def small(empty_url: str) -> Iterator[Library]:
    """The small document, aligned sentence by sentence as paragraph by paragraph, as id 1."""
    doc = prepared()
    add_documents(empty_url, type(doc)(doc.text, doc.sentences, BEADS, BEADS))
    library = Library.open(empty_url, seed=False)
    yield library
    library.close()


ORDER = Term("current order", ("当前秩序",), ("订单",), "noun", "Not a purchase order.", "Ann")


def test_terms_are_added_edited_removed_and_restored(small: Library) -> None:
    added = small.terms.add(ORDER)
    assert added.id is not None and added.created_at is not None
    assert small.terms.list() == [added]
    with pytest.raises(InputError, match="in the term base already"):
        small.terms.add(Term("Current  Order", ("现行秩序",)))
    own = small.terms.add(Term("stake", ("利害关系",), document_id=1))
    assert small.terms.list() == [added] and small.terms.list(1) == [added, own]
    edited = replace(added, renderings=("当前秩序", "现行秩序"))
    assert small.terms.update(edited) == added
    assert small.terms.list() == [edited]
    removed = small.terms.remove(added.id)
    assert removed == edited and small.terms.list() == []
    assert small.terms.restore(removed) == edited and small.terms.list() == [edited]
    with pytest.raises(InputError, match="no document with id 9"):
        small.terms.add(Term("order", ("秩序",), document_id=9))


def test_the_checks_enforce_the_stored_terms_once_per_forbidden_place(small: Library) -> None:
    small.terms.add(ORDER)
    found = [f.finding for f in small.checks.run(1, only=["terms"])]
    chinese = "即使对那些在当前订单中有利害关系的人来说，当前订单也必须改变。"
    first = [(f.start, f.end) for f in found if f.paragraph == 0]
    assert first == [(at, at + 2) for at in (chinese.index("订单"), chinese.rindex("订单"))]
    assert {(f.side, f.detail, f.fix) for f in found} == {("target", "订单", "当前秩序")}
    assert all(f.message.endswith("Note: Not a purchase order.") for f in found)
    assert len(found) == 4  # two in each translated paragraph, none for the omitted one
    annotation = small.checks.flag(1, found[:1], annotator="Ann")[0]
    assert annotation.category.startswith("Terminology/") and annotation.fix == "当前秩序"


def test_a_document_term_applies_to_its_document_only(small: Library) -> None:
    small.terms.add(Term("stake", ("股份",), document_id=1))
    found = small.checks.run(1, only=["terms"])
    assert [f.finding.detail for f in found] == ["stake"]


def test_usage_counts_each_place_and_whether_it_was_kept(small: Library) -> None:
    small.terms.add(ORDER)
    small.terms.add(Term("purchase order", ("采购订单",)))
    usage = {u.term.source: u for u in small.terms.usage(1)}
    current = usage["current order"]
    # Three in the translated paragraphs; the omitted third paragraph has none.
    assert (len(current.uses), current.kept, len(current.forbidden)) == (3, 0, 4)
    at = ENGLISH[0].index("current order")
    assert current.uses[0].place == (0, at, at + len("current order"))
    purchase = usage["purchase order"]
    assert (len(purchase.uses), purchase.kept, len(purchase.forbidden)) == (1, 1, 0)


def test_an_import_adds_new_terms_and_joins_renderings_into_held_ones(
    small: Library, tmp_path: Path
) -> None:
    small.terms.add(ORDER)
    path = tmp_path / "terms.csv"
    path.write_text("term,renderings\ncurrent order,现行秩序\nworld order,世界秩序\n", "utf-8")
    result = small.terms.import_file(path, author="Bo")
    assert [t.source for t in result.added] == ["world order"]
    assert result.added[0].author == "Bo"
    ((_before, after),) = result.merged
    assert after.renderings == ("当前秩序", "现行秩序") and after.forbidden == ("订单",)
    assert after.note == ORDER.note
    assert small.terms.import_file(path).unchanged == 2
    path.write_text("term,renderings\nfine,好\nbroken,\n", "utf-8")
    with pytest.raises(InputError, match=r"terms\.csv entry 3"):
        small.terms.import_file(path)
    assert len(small.terms.list()) == 2  # the good line of a bad file is not stored either


def test_an_export_reads_back_the_same_terms(small: Library, tmp_path: Path) -> None:
    small.terms.add(ORDER)
    small.terms.add(Term("sanction", ("制裁",), pos="noun", author="Bo"))
    held = small.terms.list()
    for fmt in ("tbx", "csv"):
        path = tmp_path / f"terms.{fmt}"
        assert small.terms.export(path, fmt) == 2
        for term in held:
            small.terms.remove(term.id)
        small.terms.import_file(path)
        again = small.terms.list()
        assert [replace(t, id=None) for t in again] == [replace(t, id=None) for t in held]
        held = again


def test_a_new_library_starts_with_the_corpus_starter_terms(empty_url: str) -> None:
    library = Library.open(empty_url)
    try:
        terms = {t.source: t for t in library.terms.list()}
        assert len(terms) > 40 and terms["world order"].renderings == ("世界秩序",)
        assert all(t.note.startswith("CC-CEDICT: ") for t in terms.values())  # each cites it
        library.terms.remove(terms["world order"].id)
        assert library.seed_corpus() == 0  # a library with documents gets no terms back
        assert "world order" not in {t.source for t in library.terms.list()}
    finally:
        library.close()
