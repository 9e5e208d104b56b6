"""A paragraph's marks on screen: bold type, inline codes shaded and taken whole by a
selection, a segment's state in the tooltip."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from pytestqt.qtbot import QtBot

from reader.core.document import Bead, Mark
from reader.gui.common.text_offsets import ParagraphSpan
from reader.gui.parallel import inline_marks
from reader.gui.parallel.parallel_model import ParallelModel, Role
from reader.gui.parallel.parallel_view import ParallelView
from reader.gui.parallel.span_editor import SpanSelection
from reader.services.views import DocumentView
from tests.gui.conftest import side
from tests.gui.parallel.test_flagging_offsets import open_span_editor

pytestmark = pytest.mark.gui

ENGLISH = ("A title.", "The {1}current{/1} order.")
CHINESE = ("标题。", "当前{1}秩序{/1}。")
CODES = (Mark(4, 7, "code", '<g id="1">'), Mark(14, 18, "code", "</g>"))
CHINESE_MARKS = (Mark(2, 5, "code", '<g id="1">'), Mark(7, 11, "code", "</g>"))


def marked_view() -> DocumentView:
    english = replace(side("en", *ENGLISH), marks=((Mark(0, 1, "bold"),), CODES))
    state = Mark(0, len(CHINESE[1]), "state", "needs-review-translation")
    chinese = replace(side("zh", *CHINESE), marks=((), (*CHINESE_MARKS, state)))
    beads = (Bead((0,), (0,)), Bead((1,), (1,)))
    return DocumentView(1, "Marked", english, chinese, beads)


def test_a_cells_marks_are_placed_in_its_text(qtbot: QtBot) -> None:
    model = ParallelModel()
    model.set_document(marked_view())
    assert model.index(1, 0).data(Role.INLINE) == CODES
    merged = DocumentView(1, "M", marked_view().source, marked_view().target, (Bead((0, 1), ()),))
    model.set_document(merged)
    shifted = model.index(0, 0).data(Role.INLINE)
    offset = len(ENGLISH[0]) + 2  # the second paragraph, after a blank line
    assert shifted[1:] == inline_marks.shifted(CODES, offset)
    assert shifted[1].start == CODES[0].start + offset


def test_bold_and_codes_are_drawn_and_a_selection_takes_a_code_whole(qtbot: QtBot) -> None:
    model = ParallelModel()
    model.set_document(marked_view())
    table = ParallelView(model)
    qtbot.addWidget(table)
    selection = SpanSelection(table)
    table.delegate.span_selected.connect(selection.record)
    table.resize(700, 300)
    table.show()
    qtbot.waitExposed(table)
    index = model.index(1, 0)
    document = table.delegate.cell_document(index, table.visualRect(index))
    cursor = QTextCursor(document)
    cursor.setPosition(5)  # inside {1}
    assert cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush  # shaded
    cursor.setPosition(9)  # in "current"
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush
    first = table.delegate.cell_document(model.index(0, 0), table.visualRect(model.index(0, 0)))
    cursor = QTextCursor(first)
    cursor.setPosition(1)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold
    editor = open_span_editor(table, qtbot, index)
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(9):  # into "current", past the middle of {1}
        qtbot.keyClick(editor, Qt.Key.Key_Right)
    for _ in range(3):  # back, into {1}
        qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert selection.spans == {"source": ParagraphSpan(1, 4, 9, "{1}cu")}


def test_the_tooltip_names_a_code_and_a_segments_state() -> None:
    marks = marked_view().target.marks[1]
    assert inline_marks.described(marks, 3) == [
        'Inline code: <g id="1">',
        "Segment state: needs-review-translation",
    ]
    assert inline_marks.described(marks, 0) == ["Segment state: needs-review-translation"]
    assert inline_marks.whole_codes(0, 3, marks) == (0, 5)
