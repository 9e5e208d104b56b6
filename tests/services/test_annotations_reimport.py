from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.errors import InputError
from reader.services.library import Library

ENGLISH = [
    "The current order must change.",
    "Russia and China offer an alternative to the current order.",
]
CHINESE = ["当前秩序必须改变。", "俄罗斯和中国提供了当前订单的替代方案。"]


def _write(folder: Path, english: list[str], chinese: list[str]) -> tuple[Path, Path]:
    en, zh = folder / "en.txt", folder / "zh.txt"
    en.write_text("\n\n".join(english) + "\n", "utf-8")
    zh.write_text("\n\n".join(chinese) + "\n", "utf-8")
    return en, zh


@pytest.fixture
def imported(empty_url: str, tmp_path: Path) -> Iterator[tuple[Library, int, int]]:
    """A document imported from files, with "the current order" ↔ 当前订单 flagged in para 1."""
    library = Library.open(empty_url, seed=False)
    doc_id = library.import_files(*_write(tmp_path, ENGLISH, CHINESE)).id
    notes = library.annotations
    src = notes.quote_anchor(doc_id, "source", "the current order", paragraph=1)
    tgt = notes.quote_anchor(doc_id, "target", "当前订单")
    flagged = notes.flag(doc_id, "Accuracy/Mistranslation", "major", [src, tgt])
    yield library, doc_id, flagged.id or 0
    library.close()


def test_an_edit_before_the_span_moves_it(imported, tmp_path: Path) -> None:
    library, doc_id, ann_id = imported
    before = library.annotations.get(ann_id)
    added_en, added_zh = "A new first paragraph.", "新的第一段。"
    files = _write(tmp_path, [added_en, *ENGLISH], [added_zh, *CHINESE])
    report = library.annotations.reimport(doc_id, *files)
    assert (report.moved, report.orphaned) == (2, ())
    after = library.annotations.get(ann_id)
    shift = {"source": len(added_en) + 2, "target": len(added_zh) + 2}
    for old, new in zip(before.anchors, after.anchors, strict=True):
        assert new.start == old.start + shift[new.side] and new.exact == old.exact
        assert not new.orphaned
    view = library.load_document(doc_id)
    assert view.source.paragraphs[0] == added_en and len(view.source.sentences) == 3
    assert view.target is not None and view.target.paragraphs[0] == added_zh
    assert len(library.list_documents()) == 1  # the same document, not a new one


def test_a_changed_span_is_orphaned_and_listed_never_dropped(imported, tmp_path: Path) -> None:
    library, doc_id, ann_id = imported
    fixed = [CHINESE[0], CHINESE[1].replace("当前订单", "当前秩序")]
    report = library.annotations.reimport(doc_id, *_write(tmp_path, ENGLISH, fixed))
    (orphan,) = report.orphaned
    assert orphan.id == ann_id and orphan.orphaned
    source, target = orphan.anchors
    assert not source.orphaned and source.exact == "the current order"
    assert target.orphaned and target.exact == "当前订单"  # what it was, for the reviewer
    assert library.annotations.orphaned(doc_id) == [orphan]
    assert library.annotations.for_document(doc_id) == [orphan]
    assert library.annotations.score(doc_id).total.errors == 0  # its text is gone
    # Putting the old rendering back finds the span again.
    report = library.annotations.reimport(doc_id, *_write(tmp_path, ENGLISH, CHINESE))
    assert report.orphaned == () and not library.annotations.get(ann_id).orphaned


def test_a_reimport_without_the_translation_is_refused(imported, tmp_path: Path) -> None:
    library, doc_id, ann_id = imported
    english_only = tmp_path / "only.txt"
    english_only.write_text("\n\n".join(ENGLISH), "utf-8")
    with pytest.raises(InputError, match="no translation"):
        library.annotations.reimport(doc_id, english_only)
    assert library.annotations.get(ann_id).anchors[1].exact == "当前订单"
    assert library.load_document(doc_id).target is not None
