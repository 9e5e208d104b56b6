"""Qt counts UTF-16 units, the services count code points: the span editor converts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from reader.core.document import Bead
from reader.gui.common.text_offsets import ParagraphSpan, code_points, paragraph_span
from reader.gui.parallel.parallel_model import ParallelModel
from reader.gui.parallel.parallel_view import ParallelView
from reader.gui.parallel.span_editor import SpanEditor, SpanSelection
from reader.services.views import DocumentView
from tests.gui.conftest import side

pytestmark = pytest.mark.gui


def test_code_points_count_a_non_bmp_character_once() -> None:
    text = "𠀀订单"
    assert len(text) == 3  # code points; Qt sees four UTF-16 units
    assert code_points(text, 2) == 1
    assert code_points(text, 4) == 3
    assert code_points("abc", 2) == 2


def test_a_span_is_placed_in_its_paragraph_and_cut_at_its_end() -> None:
    cell = "One two.\n\nThree."
    assert paragraph_span(cell, (4, 5), 4, 7) == ParagraphSpan(4, 4, 7, "two")
    assert paragraph_span(cell, (4, 5), 10, 15) == ParagraphSpan(5, 0, 5, "Three")
    assert paragraph_span(cell, (4, 5), 4, 12) == ParagraphSpan(4, 4, 8, "two.")
    assert paragraph_span(cell, (4, 5), 8, 10) is None


def open_span_editor(table: ParallelView, qtbot: QtBot, index: QModelIndex) -> SpanEditor:
    """Double-click the cell, as a reader would, and return the editor that opens."""
    table.scrollTo(index)
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: isinstance(table.indexWidget(index), SpanEditor))
    editor = table.indexWidget(index)
    assert isinstance(editor, SpanEditor)
    return editor


def test_selecting_after_a_non_bmp_character_gives_code_point_offsets(qtbot: QtBot) -> None:
    view = DocumentView(
        id=1,
        title="Rare",
        source=side("en", "The current order."),
        target=side("zh", "𠀀字后的当前订单。"),
        paragraph_beads=(Bead((0,), (0,), 1.0),),
    )
    model = ParallelModel()
    model.set_document(view)
    table = ParallelView(model)
    qtbot.addWidget(table)
    selection = SpanSelection(table)
    table.delegate.span_selected.connect(selection.record)
    table.resize(700, 300)
    table.show()
    qtbot.waitExposed(table)
    index = model.index(0, 1)
    editor = open_span_editor(table, qtbot, index)
    assert isinstance(editor, SpanEditor)
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(4):  # 𠀀 (one keystroke, two UTF-16 units), 字, 后, 的
        qtbot.keyClick(editor, Qt.Key.Key_Right)
    for _ in range(4):
        qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectionStart() == 5  # UTF-16
    assert selection.spans == {"target": ParagraphSpan(0, 4, 8, "当前订单")}
