"""The parallel table model on hand-made documents: shapes, placeholders, doubtful rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from reader.gui.parallel.parallel_model import (
    ADDED_IN_TRANSLATION,
    NOT_TRANSLATED,
    Column,
    ParallelModel,
    Role,
)
from reader.services.views import DocumentView

pytestmark = pytest.mark.gui


def test_model_passes_qt_model_checks(qtmodeltester: ModelTester, mixed_view: DocumentView) -> None:
    model = ParallelModel()
    model.set_document(mixed_view)
    qtmodeltester.check(model)


def test_one_row_per_bead_with_placeholders(mixed_view: DocumentView) -> None:
    model = ParallelModel()
    model.set_document(mixed_view)
    rows = [
        (model.index(r, Column.SOURCE).data(), model.index(r, Column.TARGET).data())
        for r in range(model.rowCount())
    ]
    assert rows == [
        ("One.", "一。"),
        ("Two, untranslated.", NOT_TRANSLATED),
        (ADDED_IN_TRANSLATION, "多出来的。"),
        ("Three.\n\nFour.", "三和四。"),
    ]
    assert model.index(1, Column.TARGET).data(Role.PLACEHOLDER) is True
    assert model.index(1, Column.SOURCE).data(Role.PLACEHOLDER) is False
    assert model.index(3, Column.SOURCE).data(Role.PARAGRAPHS) == (2, 3)


def test_placeholders_are_greyed_and_italic(qapp: object, mixed_view: DocumentView) -> None:
    model = ParallelModel()
    model.set_document(mixed_view)
    placeholder = model.index(1, Column.TARGET)
    assert placeholder.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, Column.TARGET).data(Qt.ItemDataRole.ForegroundRole) is None


def test_only_doubtful_alignments_are_marked(mixed_view: DocumentView) -> None:
    model = ParallelModel()
    model.set_document(mixed_view)
    marked = [model.index(r, 0).data(Role.LOW_CONFIDENCE) for r in range(model.rowCount())]
    assert marked == [False, False, False, True]
    assert "uncertain" in model.index(3, Column.TARGET).data(Qt.ItemDataRole.ToolTipRole)


def test_headers_name_the_languages(mixed_view: DocumentView) -> None:
    model = ParallelModel()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Original"
    model.set_document(mixed_view)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "English"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Chinese"


def test_document_without_alignment_lists_its_source(mixed_view: DocumentView) -> None:
    from dataclasses import replace

    model = ParallelModel()
    model.set_document(replace(mixed_view, target=None, paragraph_beads=()))
    assert model.rowCount() == len(mixed_view.source.paragraphs)
    assert model.index(0, Column.TARGET).data() == NOT_TRANSLATED
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
