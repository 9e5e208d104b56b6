"""Accepting fixes, and the revised translation they make, through the services."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import InputError
from reader.services import exporting
from reader.services.library import Library


@pytest.fixture
def doc_id(library: Library, tmp_path: Path) -> int:
    english, chinese = tmp_path / "en.txt", tmp_path / "zh.txt"
    english.write_text("The current order is changing.\n\nRussia and China agree.\n", "utf-8")
    chinese.write_text("当前订单正在改变。\n\n俄罗斯和中国同意。\n", "utf-8")
    return library.import_files(english, chinese, title="Revise me").id


def _flag(library: Library, doc_id: int, quote: str, fix: str):
    anchor = library.annotations.quote_anchor(doc_id, "target", quote)
    return library.annotations.flag(
        doc_id, "Accuracy/Mistranslation", "major", (anchor,), fix=fix, annotator="ann"
    )


def test_an_accepted_fix_is_kept_and_applied(library: Library, doc_id: int) -> None:
    order = _flag(library, doc_id, "订单", "秩序")
    agree = _flag(library, doc_id, "同意", "意见一致")
    assert order.id is not None and agree.id is not None
    assert library.annotations.accept_fix(order.id).fix_accepted
    assert library.annotations.get(order.id).fix_accepted
    assert exporting.revision(library, doc_id).paragraphs() == (
        "当前秩序正在改变。",
        "俄罗斯和中国同意。",
    )
    assert not library.annotations.accept_fix(order.id, accepted=False).fix_accepted
    assert not exporting.revision(library, doc_id).changes


def test_a_fix_without_a_span_in_the_translation_cannot_be_accepted(
    library: Library, doc_id: int
) -> None:
    anchor = library.annotations.quote_anchor(doc_id, "source", "current order")
    omission = library.annotations.flag(
        doc_id, "Accuracy/Omission", "major", (anchor,), fix="当前秩序"
    )
    assert omission.id is not None
    with pytest.raises(InputError, match="only a fix of a span of the translation"):
        library.annotations.accept_fix(omission.id)
    assert not library.annotations.get(omission.id).fix_accepted


def test_the_revised_formats_are_asked_for_by_name(
    library: Library, doc_id: int, tmp_path: Path
) -> None:
    assert exporting.format_for(Path("review.xlf")) == "xliff"
    assert exporting.format_for(Path("revised.txt")) is None
    accepted = _flag(library, doc_id, "订单", "秩序")
    assert accepted.id is not None
    library.annotations.accept_fix(accepted.id)
    path = exporting.export_document(library, doc_id, "revised-txt", tmp_path / "zh.txt")
    assert path.read_text("utf-8").startswith("当前秩序正在改变。\n\n")
